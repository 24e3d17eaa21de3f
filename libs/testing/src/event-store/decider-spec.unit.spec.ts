import { DomainError, type Decider } from '@crm/core';
import { DeciderSpec } from './decider-spec';

type LampEvent = { type: 'SwitchedOn'; data: { at: string } } | { type: 'SwitchedOff'; data: { at: string } };
type LampCommand = { type: 'SwitchOn'; at: string } | { type: 'Break' };

const lampDecider: Decider<{ on: boolean }, LampCommand, LampEvent> = {
  initialState: () => ({ on: false }),
  evolve: (_state, event) => ({ on: event.type === 'SwitchedOn' }),
  decide: (command, state) => {
    if (command.type === 'Break') throw new Error('not a domain error');
    if (state.on) throw new DomainError('LAMP.ALREADY_ON', 'illegal-state', 'The lamp is already on');
    return [{ type: 'SwitchedOn', data: { at: command.at } }];
  },
};

describe('DeciderSpec', () => {
  const given = DeciderSpec.for(lampDecider);
  const switchOn: LampCommand = { type: 'SwitchOn', at: '2025-01-01T00:00:00.000Z' };
  const switchedOn: LampEvent = { type: 'SwitchedOn', data: { at: '2025-01-01T00:00:00.000Z' } };
  const switchedOff: LampEvent = { type: 'SwitchedOff', data: { at: '2025-01-01T01:00:00.000Z' } };

  it('passes when the decider returns the expected events', () => {
    expect(() => {
      given([]).when(switchOn).then([switchedOn]);
    }).not.toThrow();
  });

  it('decides on the state folded from the given events', () => {
    expect(() => {
      given([switchedOn, switchedOff]).when(switchOn).then([switchedOn]);
    }).not.toThrow();
    expect(() => {
      given([switchedOn]).when(switchOn).thenThrows('LAMP.ALREADY_ON');
    }).not.toThrow();
  });

  it('fails when the decider returns other events', () => {
    expect(() => {
      given([]).when(switchOn).then([switchedOff]);
    }).toThrow();
    expect(() => {
      given([]).when(switchOn).then([]);
    }).toThrow();
  });

  it('fails thenThrows when the decider returns events instead', () => {
    expect(() => {
      given([]).when(switchOn).thenThrows('LAMP.ALREADY_ON');
    }).toThrow(/returned/);
  });

  it('fails thenThrows on another code or an error that is not a DomainError', () => {
    expect(() => {
      given([switchedOn]).when(switchOn).thenThrows('LAMP.BROKEN');
    }).toThrow();
    expect(() => {
      given([]).when({ type: 'Break' }).thenThrows('LAMP.BROKEN');
    }).toThrow('not a domain error');
  });
});
