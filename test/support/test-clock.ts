import type { Clock } from '../../src/common/clock';

/**
 * A clock that stands still until the test moves it, starting at the real time. Give one to
 * several apps to have them agree on the time, like processes on synchronized machines.
 */
export class TestClock implements Clock {
  private time: number;

  constructor(start: Date = new Date()) {
    this.time = start.getTime();
  }

  now(): Date {
    return new Date(this.time);
  }

  set(to: Date): Date {
    this.time = to.getTime();
    return this.now();
  }

  advance(ms: number): Date {
    this.time += ms;
    return this.now();
  }
}
