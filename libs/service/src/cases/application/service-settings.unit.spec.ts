import { DEFAULT_SLA_POLICY } from '../domain';
import { serviceSettingsFromEnvironment, slaPolicyOf } from './service-settings';

describe(serviceSettingsFromEnvironment.name, () => {
  it('uses the documented defaults', () => {
    expect(serviceSettingsFromEnvironment({})).toEqual({
      slaPolicy: DEFAULT_SLA_POLICY,
      slaScanIntervalMs: 60_000,
      minVersionWaitMs: 2000,
    });
  });

  it('overrides the targets of the priorities it names', () => {
    expect(slaPolicyOf('urgent=30/120, low=600/6000')).toEqual({
      ...DEFAULT_SLA_POLICY,
      urgent: { firstResponseMinutes: 30, resolutionMinutes: 120 },
      low: { firstResponseMinutes: 600, resolutionMinutes: 6000 },
    });
  });

  it.each(['critical=10/20', 'urgent=60', 'urgent=0/10', 'urgent=120/60', 'urgent=1h/4h'])(
    'refuses to start with the malformed target %s',
    (setting) => {
      expect(() => slaPolicyOf(setting)).toThrow(/CRM_SLA_TARGETS/);
    },
  );
});
