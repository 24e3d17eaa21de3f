import type { EventEnvelope } from '@crm/contracts';
import { RecentAppends } from './recent-appends';

const at = (position: number): EventEnvelope =>
  ({ id: `e${position}`, globalPosition: BigInt(position) }) as EventEnvelope;
const positions = (events: readonly EventEnvelope[] | undefined): number[] | undefined =>
  events?.map((event) => Number(event.globalPosition));

describe('RecentAppends', () => {
  it('serves the events after a covered position, up to the limit', () => {
    const recent = new RecentAppends(10);
    recent.add([at(5), at(6), at(7)]);
    expect(positions(recent.after(4n, 10))).toEqual([5, 6, 7]);
    expect(positions(recent.after(5n, 1))).toEqual([6]);
  });

  it('sends a reader that is caught up, or behind the run, to the database', () => {
    const recent = new RecentAppends(10);
    expect(recent.after(0n, 10)).toBeUndefined();
    recent.add([at(5), at(6)]);
    expect(recent.after(6n, 10)).toBeUndefined();
    expect(recent.after(3n, 10)).toBeUndefined();
  });

  it('restarts the run at a gap left by another writer', () => {
    const recent = new RecentAppends(10);
    recent.add([at(5)]);
    recent.add([at(7)]);
    expect(recent.after(5n, 10)).toBeUndefined();
    expect(positions(recent.after(6n, 10))).toEqual([7]);
  });

  it('keeps only the newest events up to its capacity', () => {
    const recent = new RecentAppends(2);
    recent.add([at(1), at(2), at(3)]);
    expect(recent.after(0n, 10)).toBeUndefined();
    expect(positions(recent.after(1n, 10))).toEqual([2, 3]);
  });
});
