export type { ReadinessProbes } from '@crm/http';

/** Token of the probes /health/ready checks; each composition root binds its own. */
export const READINESS_PROBES = Symbol('ReadinessProbes');
