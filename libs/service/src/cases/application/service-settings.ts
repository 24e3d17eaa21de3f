import { CASE_PRIORITIES, DEFAULT_SLA_POLICY, type CasePriority, type SlaPolicy } from '../domain';

/** Tunables of the service context; the app may bind its own under SERVICE_SETTINGS. */
export interface ServiceSettings {
  /** SLA targets per priority, for cases opened from now on (open cases keep theirs). */
  readonly slaPolicy: SlaPolicy;
  /** How often the SLA scheduler looks for overdue cases; 0 switches the timer off. */
  readonly slaScanIntervalMs: number;
  /** How long a read with X-Min-Version waits for the read model before answering 503. */
  readonly minVersionWaitMs: number;
}

export const SERVICE_SETTINGS = Symbol('ServiceSettings');

const DEFAULT_SCAN_INTERVAL_MS = 60_000;
const DEFAULT_MIN_VERSION_WAIT_MS = 2000;
const TARGET_PATTERN = /^(\w+)=(\d{1,7})\/(\d{1,7})$/;

/**
 * `CRM_SLA_TARGETS` (minutes, first response / resolution, any subset of priorities, e.g.
 * `urgent=30/120,high=120/480`), `CRM_SLA_SCAN_INTERVAL_MS` (default 60000) and
 * `CRM_MIN_VERSION_WAIT_MS` (default 2000). A malformed SLA setting stops the start: silently
 * falling back to defaults would promise customers the wrong times.
 */
export function serviceSettingsFromEnvironment(environment: NodeJS.ProcessEnv): ServiceSettings {
  return {
    slaPolicy: slaPolicyOf(environment['CRM_SLA_TARGETS']),
    slaScanIntervalMs: nonNegativeInteger(environment['CRM_SLA_SCAN_INTERVAL_MS'], DEFAULT_SCAN_INTERVAL_MS),
    minVersionWaitMs: nonNegativeInteger(environment['CRM_MIN_VERSION_WAIT_MS'], DEFAULT_MIN_VERSION_WAIT_MS),
  };
}

export function slaPolicyOf(setting: string | undefined): SlaPolicy {
  const policy: Record<CasePriority, SlaPolicy[CasePriority]> = { ...DEFAULT_SLA_POLICY };
  for (const part of (setting ?? '').split(',').map((entry) => entry.trim())) {
    if (part === '') continue;
    const [, priority = '', firstResponse = '', resolution = ''] = TARGET_PATTERN.exec(part) ?? [];
    const firstResponseMinutes = Number(firstResponse);
    const resolutionMinutes = Number(resolution);
    if (!isPriority(priority) || firstResponseMinutes < 1 || resolutionMinutes < firstResponseMinutes) {
      throw new Error(
        `CRM_SLA_TARGETS: "${part}" is not <priority>=<first response minutes>/<resolution minutes> ` +
          `with a priority of ${CASE_PRIORITIES.join(', ')} and 1 <= first response <= resolution`,
      );
    }
    policy[priority] = { firstResponseMinutes, resolutionMinutes };
  }
  return policy;
}

function isPriority(value: string): value is CasePriority {
  return (CASE_PRIORITIES as readonly string[]).includes(value);
}

function nonNegativeInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value ?? fallback);
  return Number.isInteger(parsed) && parsed >= 0 ? parsed : fallback;
}
