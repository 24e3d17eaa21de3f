/** What /health/ready checks, by name: each probe resolves when its dependency answers. */
export type ReadinessProbes = Readonly<Record<string, () => Promise<unknown>>>;

export const READINESS_PROBES = Symbol('ReadinessProbes');
