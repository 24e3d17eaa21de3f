import { segmentLabel } from './segment-description';

describe(segmentLabel.name, () => {
  const features = ['recencyDays', 'frequency', 'monetary', 'openCases'] as const;

  it('names the features far from the mean, strongest first', () => {
    expect(segmentLabel(features, [-1.2, 0.9, 2.0, 0.1])).toBe('high value, recent, frequent');
    expect(segmentLabel(features, [1.5, -0.8, 0, 0.6])).toBe('lapsed, occasional, with open cases');
  });

  it('calls a segment near the mean typical', () => {
    expect(segmentLabel(features, [0.2, -0.3, 0.1, 0])).toBe('typical customers');
  });
});
