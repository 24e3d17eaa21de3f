// Legal forms and fillers say nothing about which company it is: "Acme GmbH" and "Acme AG" share only them.
const NOISE_TOKENS = new Set(
  'ag and bv co company corp corporation der die gbr gmbh inc kg llc llp ltd limited mbh nv ohg plc sa sarl se srl the und'.split(
    ' ',
  ),
);

/** Lower case, without accents and punctuation, legal forms dropped, in alphabetical order. */
export function nameTokensOf(name: string): string[] {
  const tokens = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
  const meaningful = tokens.filter((token) => !NOISE_TOKENS.has(token));
  return [...new Set(meaningful.length > 0 ? meaningful : tokens)].sort();
}

/** The form two names are compared in: order-insensitive, so "Smith, John" matches "John Smith". */
export function comparableNameOf(name: string): string {
  return nameTokensOf(name).join(' ');
}

const SOUNDEX_GROUPS = ['bfpv', 'cgjkqsxz', 'dt', 'l', 'mn', 'r'];
const SOUNDEX_CODES: Readonly<Record<string, string>> = Object.fromEntries(
  SOUNDEX_GROUPS.flatMap((letters, index) => letters.split('').map((letter) => [letter, String(index + 1)])),
);

/**
 * American Soundex of one token (Knuth's variant: h and w do not separate equal codes). Blocking on
 * it lets "Smith" meet "Smyth" and "Meyer" meet "Meier" without comparing every name in a city.
 */
export function soundexOf(token: string): string {
  const letters = token.replace(/[^a-z]/g, '');
  const first = letters.charAt(0);
  if (first === '') return token;
  let code = first.toUpperCase();
  let previous = SOUNDEX_CODES[first] ?? '';
  for (const letter of letters.slice(1)) {
    const digit = SOUNDEX_CODES[letter] ?? '';
    if (digit !== '' && digit !== previous) code += digit;
    if (letter !== 'h' && letter !== 'w') previous = digit;
    if (code.length === 4) break;
  }
  return code.padEnd(4, '0');
}

/**
 * Jaro-Winkler similarity in [0, 1] (Winkler 1990: prefix scale 0.1, at most 4 prefix characters).
 * Checked against the published values (MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.84, DIXON/DICKSONX 0.813).
 */
export function jaroWinkler(left: string, right: string): number {
  const jaro = jaroOf(left, right);
  let prefix = 0;
  while (prefix < Math.min(4, left.length, right.length) && left[prefix] === right[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

function jaroOf(left: string, right: string): number {
  if (left === right) return 1;
  if (left.length === 0 || right.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(left.length, right.length) / 2) - 1);
  const leftMatched = new Array<boolean>(left.length).fill(false);
  const rightMatched = new Array<boolean>(right.length).fill(false);
  let matches = 0;
  for (let i = 0; i < left.length; i++) {
    const end = Math.min(i + window + 1, right.length);
    for (let j = Math.max(0, i - window); j < end; j++) {
      if (rightMatched[j] || left[i] !== right[j]) continue;
      leftMatched[i] = rightMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let j = 0;
  for (let i = 0; i < left.length; i++) {
    if (!leftMatched[i]) continue;
    while (!rightMatched[j]) j++;
    if (left[i] !== right[j]) transpositions++;
    j++;
  }
  const m = matches;
  return (m / left.length + m / right.length + (m - transpositions / 2) / m) / 3;
}
