import { DomainError, foldEvents, type Decider } from '@crm/core';

export interface DeciderThen<Event> {
  /** Asserts the decider returned exactly these events, in order. */
  then(expected: readonly Event[]): void;
  /** Asserts the decider threw a DomainError with this code. */
  thenThrows(code: string): void;
}

export interface DeciderWhen<Command, Event> {
  when(command: Command): DeciderThen<Event>;
}

export type DeciderGiven<Command, Event> = (events: readonly Event[]) => DeciderWhen<Command, Event>;

/**
 * Given/when/then for deciders (Emmett's DeciderSpecification):
 * `const given = DeciderSpec.for(decider); given([opened]).when(win).then([won]);`
 */
export const DeciderSpec = {
  for<State, Command, Event>(decider: Decider<State, Command, Event>): DeciderGiven<Command, Event> {
    return (events) => ({
      when: (command) => {
        const decide = (): readonly Event[] => decider.decide(command, foldEvents(decider, events));
        return {
          then: (expected) => {
            expect(decide()).toEqual(expected);
          },
          thenThrows: (code) => {
            expect(thrownBy(decide)).toEqual(expect.objectContaining({ code }));
          },
        };
      },
    });
  },
};

function thrownBy(decide: () => readonly unknown[]): DomainError {
  let events: readonly unknown[];
  try {
    events = decide();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`Expected a DomainError, but the decider returned ${JSON.stringify(events)}`);
}
