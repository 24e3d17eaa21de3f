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

/**
 * A decider over sequences of commands: each command is decided on the state the previous ones left,
 * and all their events are appended together or not at all (e.g. an imported order placed and paid).
 */
export function sequenceDecider<State, Command, Event>(
  decider: Decider<State, Command, Event>,
): Decider<State, readonly Command[], Event> {
  return {
    initialState: () => decider.initialState(),
    evolve: (state, event) => decider.evolve(state, event),
    decide: (commands, state) => {
      const decided: Event[] = [];
      let current = state;
      for (const command of commands) {
        const events = decider.decide(command, current);
        for (const event of events) current = decider.evolve(current, event);
        decided.push(...events);
      }
      return decided;
    },
  };
}
