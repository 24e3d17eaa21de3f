import type { Clock } from '@crm/core';

/** A clock that moves only when a test says so. */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: string | Date = '2025-01-06T09:00:00.000Z') {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  advanceMinutes(minutes: number): void {
    this.current += minutes * 60_000;
  }

  set(instant: string | Date): void {
    this.current = new Date(instant).getTime();
  }
}
