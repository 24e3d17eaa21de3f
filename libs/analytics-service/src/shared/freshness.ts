/** How current a result is: the last event the feature store applied, per source topic and overall. */
export interface Freshness {
  /** Global position of the latest applied event (a decimal string), null before the first one. */
  readonly lastPosition: string | null;
  /** When that event happened (its occurredAt). */
  readonly lastEventAt: string | null;
  /** When the feature store applied it. */
  readonly updatedAt: string | null;
  /** Positions are per event store; in distributed mode each context has its own, so each topic is listed. */
  readonly sources: Readonly<Record<string, { readonly position: string; readonly eventAt: string }>>;
}

export const NO_FRESHNESS: Freshness = {
  lastPosition: null,
  lastEventAt: null,
  updatedAt: null,
  sources: {},
};

export interface AppliedEvent {
  readonly topic: string;
  readonly position: string;
  readonly eventAt: string;
}

/** The freshness after one more applied event; positions only move forward (a replay leaves them). */
export function freshnessAfter(current: Freshness, applied: AppliedEvent, appliedAt: string): Freshness {
  const source = current.sources[applied.topic];
  if (source !== undefined && BigInt(source.position) >= BigInt(applied.position)) return current;
  return {
    lastPosition: applied.position,
    lastEventAt: applied.eventAt,
    updatedAt: appliedAt,
    sources: {
      ...current.sources,
      [applied.topic]: { position: applied.position, eventAt: applied.eventAt },
    },
  };
}
