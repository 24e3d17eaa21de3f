import { comparableNameOf, jaroWinkler, nameTokensOf, soundexOf } from './name-similarity';

describe('name similarity', () => {
  it.each([
    ['MARTHA', 'MARHTA', 0.961],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.813],
    ['same', 'same', 1],
    ['abc', '', 0],
  ])('rates %s and %s at %d (Jaro-Winkler)', (left, right, expected) => {
    expect(jaroWinkler(left, right)).toBeCloseTo(expected, 3);
  });

  it.each([
    ['robert', 'R163'],
    ['rupert', 'R163'],
    ['ashcraft', 'A261'],
    ['tymczak', 'T522'],
    ['smith', 'S530'],
    ['smyth', 'S530'],
  ])('codes %s as %s (Soundex)', (token, code) => {
    expect(soundexOf(token)).toBe(code);
  });

  it('drops accents, punctuation and legal forms and sorts the tokens', () => {
    expect(nameTokensOf('Müller & Söhne GmbH')).toEqual(['muller', 'sohne']);
    expect(comparableNameOf('Smith, John')).toBe(comparableNameOf('john SMITH'));
    expect(nameTokensOf('GmbH')).toEqual(['gmbh']);
  });
});
