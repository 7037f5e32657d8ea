import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Role, TicketAccess } from '../../../../src/auth/roles';
import type { AgentViewer } from '../../../../src/auth/viewer';
import { QueueViews, type QueueViewUpdate } from '../../../../src/modules/queues/queue-views';
import { createInProcessPubSub } from '../../../../src/pubsub/pubsub';
import { Topic } from '../../../../src/pubsub/topics';

const owner: AgentViewer = { kind: 'AGENT', agentId: 'a1', role: Role.OWNER, ticketAccess: TicketAccess.DEPARTMENTS, departmentIds: [], expiresAt: null };
const change = (ticketId: string) => ({ ticketId, eventId: '1', eventKind: 'PRIORITY_CHANGED', departmentId: 'd1', formerDepartmentId: null, assigneeId: null });
const pass = async (update: QueueViewUpdate) => update;

describe('QueueViews', () => {
  let order: string[];
  let reads: number;
  const pubsub = createInProcessPubSub();
  const views = () =>
    new QueueViews(
      pubsub,
      async () => {
        reads += 1;
        return { ticketIds: [...order], totalCount: order.length };
      },
      { window: { quietMs: 10, burstMs: 50, burstSize: 5 }, maxPendingEvents: 3 },
      pino({ level: 'silent' }),
    );

  beforeEach(() => {
    vi.useFakeTimers();
    order = ['t1', 't2', 't3'];
    reads = 0;
  });
  afterEach(() => vi.useRealTimers());

  const reorder = async (next: string[]) => {
    order = next;
    await pubsub.publish(Topic.TICKET_CHANGED, change(next[0]!));
    await vi.advanceTimersByTimeAsync(20);
  };

  it('reads a view once for all its subscribers, and sends each the same message object', async () => {
    const registry = views();
    const first = registry.subscribe(owner, 'd1', 10, pass);
    const second = registry.subscribe(owner, 'd1', 10, pass);
    expect(registry.size).toBe(1);
    await first.stream.next();
    await second.stream.next();
    const readsBefore = reads;
    await reorder(['t2', 't1', 't3']);
    const [a, b] = [await first.stream.next(), await second.stream.next()];
    expect(reads).toBe(readsBefore + 1);
    expect(a.value).toBe(b.value);
    expect(a.value?.moves).toEqual([
      { ticketId: 't2', from: 1, to: 0 },
      { ticketId: 't1', from: 0, to: 1 },
    ]);
    await first.stream.return();
    await second.stream.return();
    expect(registry.size).toBe(0);
    expect(pubsub.listenerCount()).toBe(0);
  });

  it('replaces the backlog of a subscriber that stopped reading with one fresh snapshot', async () => {
    const registry = views();
    const slow = registry.subscribe(owner, 'd1', 10, pass);
    await slow.stream.next();
    for (const next of [['t2', 't1', 't3'], ['t3', 't2', 't1'], ['t1', 't3', 't2'], ['t2', 't3', 't1'], ['t3', 't1', 't2']]) await reorder(next);
    // Five updates came; the fourth found three waiting, so a snapshot of that moment replaced them.
    expect(slow.stream.pending).toBe(2);
    const snapshot = (await slow.stream.next()).value;
    expect(snapshot?.moves).toEqual([]);
    expect(snapshot?.ticketIds).toEqual(['t2', 't3', 't1']);
    // The fifth follows as an ordinary update, its moves counted from that snapshot.
    const last = (await slow.stream.next()).value;
    expect(last?.ticketIds).toEqual(['t3', 't1', 't2']);
    expect(last?.moves).toEqual([
      { ticketId: 't3', from: 1, to: 0 },
      { ticketId: 't1', from: 2, to: 1 },
      { ticketId: 't2', from: 0, to: 2 },
    ]);
    await slow.stream.return();
  });

  it('gives subscribers with other rights a view of their own', async () => {
    const registry = views();
    const agent: AgentViewer = { ...owner, agentId: 'a2', role: Role.AGENT, departmentIds: ['d1'] };
    const mine = registry.subscribe(owner, 'd1', 10, pass);
    const theirs = registry.subscribe(agent, 'd1', 10, pass);
    expect(registry.size).toBe(2);
    await mine.stream.return();
    await theirs.stream.return();
    expect(registry.size).toBe(0);
  });
});
