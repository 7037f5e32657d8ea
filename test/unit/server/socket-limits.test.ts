import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OperationCaps, onExpiry } from '../../../src/server/socket-limits';

/** A socket as graphql-ws sees it: the ids it still runs. */
function fakeSocket(caps: OperationCaps, subject: string | null) {
  const running = new Set<string>();
  const operations = caps.open(subject, (id) => running.has(id));
  return {
    operations,
    /** graphql-ws reserves the id, then asks onSubscribe. */
    subscribe(id: string) {
      running.add(id);
      const admission = caps.admit(operations, id);
      if (!admission.admitted) running.delete(id);
      return admission;
    },
    /** The operation ended without onComplete (graphql-ws skips it when execution throws). */
    vanish(id: string) {
      running.delete(id);
    },
  };
}

describe('the per-socket cap', () => {
  it('admits as many operations as the cap and refuses the next, saying so', () => {
    const caps = new OperationCaps({ perSocket: 2, perUser: 10 });
    const socket = fakeSocket(caps, 'agent-1');
    expect(socket.subscribe('1')).toEqual({ admitted: true });
    expect(socket.subscribe('2')).toEqual({ admitted: true });
    expect(socket.subscribe('3')).toEqual({ admitted: false, reason: 'At most 2 subscriptions may run at once on one connection' });
  });

  it('frees a place when an operation completes', () => {
    const caps = new OperationCaps({ perSocket: 1, perUser: 10 });
    const socket = fakeSocket(caps, 'agent-1');
    socket.subscribe('1');
    socket.operations.release('1');
    expect(socket.subscribe('2')).toEqual({ admitted: true });
  });

  it('does not count an operation graphql-ws no longer runs, even without onComplete', () => {
    const caps = new OperationCaps({ perSocket: 1, perUser: 10 });
    const socket = fakeSocket(caps, 'agent-1');
    socket.subscribe('1');
    socket.vanish('1');
    expect(socket.operations.count).toBe(0);
    expect(socket.subscribe('2')).toEqual({ admitted: true });
  });

  it('limits anonymous sockets too', () => {
    const caps = new OperationCaps({ perSocket: 1, perUser: 10 });
    const socket = fakeSocket(caps, null);
    socket.subscribe('1');
    expect(socket.subscribe('2').admitted).toBe(false);
  });
});

describe('the per-user cap', () => {
  it('counts one user\'s operations over all its sockets', () => {
    const caps = new OperationCaps({ perSocket: 10, perUser: 3 });
    const first = fakeSocket(caps, 'agent-1');
    const second = fakeSocket(caps, 'agent-1');
    first.subscribe('1');
    first.subscribe('2');
    second.subscribe('1');
    expect(second.subscribe('2')).toEqual({ admitted: false, reason: 'At most 3 subscriptions may run at once for one user, across all connections' });
    expect(first.subscribe('3').admitted).toBe(false);
  });

  it('leaves other users and anonymous sockets alone', () => {
    const caps = new OperationCaps({ perSocket: 10, perUser: 1 });
    fakeSocket(caps, 'agent-1').subscribe('1');
    expect(fakeSocket(caps, 'agent-2').subscribe('1')).toEqual({ admitted: true });
    const anonymous = fakeSocket(caps, null);
    anonymous.subscribe('1');
    expect(anonymous.subscribe('2')).toEqual({ admitted: true });
  });

  it('forgets a closed socket\'s operations and, with its last socket, the user', () => {
    const caps = new OperationCaps({ perSocket: 10, perUser: 1 });
    const first = fakeSocket(caps, 'agent-1');
    first.subscribe('1');
    caps.close(first.operations);
    expect(caps.users).toBe(0);
    expect(fakeSocket(caps, 'agent-1').subscribe('1')).toEqual({ admitted: true });
  });
});

describe('onExpiry', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls back when the time comes, not before', () => {
    const expire = vi.fn();
    onExpiry(new Date(Date.now() + 1000), expire);
    vi.advanceTimersByTime(999);
    expect(expire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(expire).toHaveBeenCalledTimes(1);
  });

  it('calls back at once when the time has passed', () => {
    const expire = vi.fn();
    onExpiry(new Date(Date.now() - 1), expire);
    expect(expire).toHaveBeenCalledTimes(1);
  });

  it('never calls back once cancelled', () => {
    const expire = vi.fn();
    const cancel = onExpiry(new Date(Date.now() + 1000), expire);
    cancel();
    vi.advanceTimersByTime(5000);
    expect(expire).not.toHaveBeenCalled();
  });

  it('waits longer than setTimeout can (24.8 days) in steps', () => {
    const expire = vi.fn();
    const day = 24 * 60 * 60 * 1000;
    const cancel = onExpiry(new Date(Date.now() + 30 * day), expire);
    vi.advanceTimersByTime(29 * day);
    expect(expire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(day);
    expect(expire).toHaveBeenCalledTimes(1);
    cancel();
  });
});
