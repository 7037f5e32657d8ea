import { print } from 'graphql';
import WebSocket from 'ws';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql';
import { startTestApp, type TestApp } from '../support/test-app';
import { connectRecording, disposeClients, LiveSubscription, subscriptionSettles } from '../support/ws-client';

const CREATE = graphql(`
  mutation CreateForDelivery($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }
`);
const NOTE = graphql(`
  mutation NoteForDelivery($input: NoteInput!) { addInternalNote(input: $input) { ticket { version } } }
`);
const CHANGES = graphql(`
  subscription DeliveredChanges($ticketId: ID) { ticketChanged(ticketId: $ticketId) { event { kind } ticket { id version contact { displayName } } } }
`);
const QUEUE = graphql(`
  subscription DeliveredQueue($first: Int) { queueChanged(first: $first) { totalCount moves { ticketId } tickets { id } } }
`);
const HEAVY_CHANGES = graphql(`
  subscription HeavyChanges($ticketId: ID) { ticketChanged(ticketId: $ticketId) { ticket { messages(first: 50) { edges { node { body } } } } } }
`);

type Change = { ticketChanged: { event: { kind: string }; ticket: { id: string; version: number } } };

let t: TestApp;
/** Listeners of a server nobody subscribes to (the viewer cache's). */
let idleListeners: number;
beforeAll(async () => {
  // Keep-alive short enough for its own test to see a silent socket dropped, long enough that a
  // loaded CI machine setting up 1,000 subscriptions still answers pings in time (at 300 ms, half
  // the sockets of that test were dropped under the whole suite's load).
  t = await startTestApp({ maxSubscriptionsPerSocket: 100, maxSubscriptionsPerUser: 5000, maxPendingEvents: 5, wsKeepAliveMs: 4_000 });
  idleListeners = t.app.deps.pubsub.listenerCount();
});
afterAll(async () => {
  await disposeClients();
  await t?.stop();
});

const newTicket = async () => (await t.data(CREATE, { input: { subject: 'Delivery', body: 'Hello', contact: { email: 'delivery@example.com' } } }, t.ownerToken)).createTicket.ticket.id;
const note = (ticketId: string, body = 'A note') => t.data(NOTE, { input: { ticketId, body } }, t.ownerToken);

const outboxLength = async () => (await t.app.database.orm.em.fork().execute<Array<{ count: number }>>(`select count(*)::int as count from "outbox_message"`))[0]?.count;

/**
 * Polls until `read()` equals `expected`, failing with the last value after `ms`: patient, since a
 * loaded 2-core machine subscribes 1,000 slowly (a wait, not a speed check).
 */
async function eventually<T>(read: () => T, expected: T, ms = 40_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (read() === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  expect(read()).toBe(expected);
}

describe('the transactional outbox', () => {
  it('delivers the event of a change committed by a process that died before publishing, once a relay runs again', async () => {
    const ticketId = await newTicket();
    const watcher = new LiveSubscription<Change>(connectRecording(t.wsUrl, t.ownerToken), print(CHANGES), { ticketId });
    await subscriptionSettles();
    // Nothing relays: the commit happens, the publish never does, as in a process killed between the two.
    await t.app.relay.stop();
    await note(ticketId);
    expect(await outboxLength()).toBe(1);
    expect(await watcher.holdsWithin((received) => received.length > 0, 300)).toBe(false);
    // A restarted process relays what is left in the table first.
    t.app.relay.start();
    await watcher.until((received) => received.length === 1, 'the NOTE_ADDED event left in the outbox');
    expect(watcher.received[0]!.ticketChanged.event.kind).toBe('NOTE_ADDED');
    await t.app.relay.drain();
    expect(await outboxLength()).toBe(0);
    watcher.stop();
  });
});

describe('one execution per audience', () => {
  it('costs the same SQL statements per event for 40 subscribers with the same rights as for one', async () => {
    const ticketId = await newTicket();
    const statementsPerEvent = async (subscribers: number) => {
      const client = connectRecording(t.wsUrl, t.ownerToken);
      const watchers = Array.from({ length: subscribers }, () => new LiveSubscription<Change>(client, print(CHANGES), { ticketId }));
      await subscriptionSettles();
      const before = watchers[0]!.received.length;
      await note(ticketId);
      await Promise.all(watchers.map((watcher) => watcher.until((received) => received.length === before + 1, 'the note event')));
      await t.queries.reset();
      await note(ticketId);
      await Promise.all(watchers.map((watcher) => watcher.until((received) => received.length === before + 2, 'the second note event')));
      const count = t.queries.count;
      watchers.forEach((watcher) => watcher.stop());
      // Every subscriber got the same answer.
      expect(new Set(watchers.map((watcher) => JSON.stringify(watcher.received.at(-1)))).size).toBe(1);
      return count;
    };
    const one = await statementsPerEvent(1);
    const forty = await statementsPerEvent(40);
    expect(one).toBeGreaterThan(0);
    expect(forty).toBe(one);
  });
});

describe('resources', () => {
  beforeEach(async () => {
    await disposeClients();
    await eventually(() => t.app.deps.pubsub.listenerCount(), idleListeners);
  });

  it('releases every listener and queue view when 1,000 subscriptions end, by complete or by closing their sockets', async () => {
    const pubsub = t.app.deps.pubsub;
    const clients = Array.from({ length: 10 }, () => connectRecording(t.wsUrl, t.ownerToken));
    const watchers = clients.flatMap((client) => [
      ...Array.from({ length: 50 }, () => new LiveSubscription<Change>(client, print(CHANGES))),
      ...Array.from({ length: 50 }, () => new LiveSubscription(client, print(QUEUE), { first: 10 })),
    ]);
    // A ticketChanged listens to ticket changes and to its subscriber's rights; a queueChanged to
    // its subscriber's rights, and the one view they share to ticket changes.
    await eventually(() => pubsub.listenerCount(), idleListeners + 500 * 2 + 500 + 1);
    expect(t.app.deps.queueViews.size).toBe(1);
    watchers.filter((_watcher, index) => index % 2 === 0).forEach((watcher) => watcher.stop());
    await eventually(() => pubsub.listenerCount(), idleListeners + 250 * 2 + 250 + 1);
    await disposeClients();
    await eventually(() => pubsub.listenerCount(), idleListeners);
    expect(t.app.deps.queueViews.size).toBe(0);
  });

  it('terminates a socket that stops answering pings', async () => {
    const socket = new WebSocket(t.wsUrl, 'graphql-transport-ws', { autoPong: false });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${t.ownerToken}` } }));
    // Terminated, not closed: 1006 on this side, after one ping went unanswered for an interval.
    expect(await closed).toBe(1006);
  });

  it('closes the socket of a subscriber that stopped reading (1013) instead of queueing without end', async () => {
    const ticketId = await newTicket();
    // Large answers (the ticket's messages, up to 64 KB each) fill the socket's buffers quickly.
    for (let i = 0; i < 30; i += 1) await note(ticketId, `${i} ${'x'.repeat(60_000)}`);
    const socket = new WebSocket(t.wsUrl, 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    await new Promise((resolve) => socket.once('open', resolve));
    const acknowledged = new Promise((resolve) => socket.once('message', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${t.ownerToken}` } }));
    await acknowledged;
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: print(HEAVY_CHANGES), variables: { ticketId } } }));
    const listening = t.app.deps.pubsub.listenerCount();
    await subscriptionSettles();
    expect(t.app.deps.pubsub.listenerCount()).toBe(listening + 2);
    // The client stops reading; the server keeps producing.
    (socket as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
    for (let i = 0; i < 40 && t.app.deps.pubsub.listenerCount() > listening; i += 1) await note(ticketId, `more ${i} ${'y'.repeat(60_000)}`);
    // The subscription ended on the server, its listeners gone, without the client reading anything.
    await eventually(() => t.app.deps.pubsub.listenerCount(), listening);
    (socket as unknown as { _socket: { resume(): void } })._socket.resume();
    expect(await closed).toBe(1013);
  });
});
