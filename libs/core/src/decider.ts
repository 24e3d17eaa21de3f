/**
 * A pure decider (Dudycz, Emmett): state is a left fold of events, and a command either yields new
 * events or throws a DomainError. No I/O, no clock, no randomness: time and ids come in with the command.
 */
export interface Decider<State, Command, Event> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State): readonly Event[];
}

/** Domain events as deciders see them: a type tag and a payload. The envelope is the store's business. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

export function foldEvents<State, Event>(
  decider: Pick<Decider<State, unknown, Event>, 'initialState' | 'evolve'>,
  events: Iterable<Event>,
): State {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event);
  return state;
}
