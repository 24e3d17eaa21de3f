/**
 * Where application code gets "now" (never the domain: time comes in with the command). Bound under
 * CLOCK; tests bind a manual clock, so time-driven behaviour (SLA breaches) runs without sleeping.
 */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('Clock');

export const systemClock: Clock = { now: () => new Date() };
