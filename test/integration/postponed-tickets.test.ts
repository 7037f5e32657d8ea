import type { EntityManager } from '@mikro-orm/postgresql';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { keyOf } from '../../src/common/global-id';
import { systemServices } from '../../src/modules/context';
import { graphql } from '../support/gql';
import { isolatedDatabase, startTestApp, type TestApp, type TestDatabase } from '../support/test-app';
import { TestClock } from '../support/test-clock';
import { claimFromEverySide, twoServersOnOneDatabase } from '../support/two-servers';
import { connectRecording, disposeClients, LiveSubscription, subscriptionSettles } from '../support/ws-client';

const CREATE = graphql(`
  mutation CreateToPostpone($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id version } } }
`);
const SET_STATUS = graphql(`
  mutation Postpone($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status postponedUntil } } }
`);
const REPLY = graphql(`
  mutation ReplyBeforePostponing($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status waitingSince } } }
`);
const TICKET = graphql(`
  query PostponedTicket($id: ID!) {
    ticket(id: $id) {
      status
      version
      postponedUntil
      waitingSince
      updatedAt
      events(first: 100) { edges { node { kind from to actor { id } createdAt } } }
    }
  }
`);
const TICKET_CHANGED = `
  subscription WakeUps($ticketId: ID) {
    ticketChanged(ticketId: $ticketId) { event { kind from to actor { id } } ticket { id status version } }
  }
`;

interface WakeUpMessage {
  ticketChanged: { event: { kind: string; from: string | null; to: string | null; actor: { id: string } | null }; ticket: { id: string; status: string; version: number } };
}

const HOUR = 3_600_000;
const JOB = 'postponed-tickets';

async function newTicket(t: TestApp, subject = 'Call back next week'): Promise<string> {
  const input = { subject, body: 'Please call me back', contact: { email: 'postponed@example.com' } };
  return (await t.data(CREATE, { input }, t.ownerToken)).createTicket.ticket.id;
}

async function postpone(t: TestApp, ticketId: string, until: Date): Promise<void> {
  const { setTicketStatus } = await t.data(SET_STATUS, { input: { ticketId, status: 'POSTPONED', postponedUntil: until.toISOString() } }, t.ownerToken);
  expect(setTicketStatus.ticket).toEqual({ status: 'POSTPONED', postponedUntil: until.toISOString() });
}

const ticketOf = async (t: TestApp, id: string) => (await t.data(TICKET, { id }, t.ownerToken)).ticket!;
const statusChanges = (ticket: Awaited<ReturnType<typeof ticketOf>>) =>
  ticket.events!.edges.map(({ node }) => node).filter((event) => event.kind === 'STATUS_CHANGED');

describe('a postponed ticket, on one server', () => {
  const clock = new TestClock();
  let t: TestApp;
  beforeAll(async () => {
    // The harness's long poll stays out of the way: the tests move the clock and call runDueNow, or rely on the kick.
    t = await startTestApp({}, { clock });
  });
  afterAll(async () => {
    await disposeClients();
    await t?.stop();
  });

  it('stays POSTPONED until its time, then becomes OPEN by no actor, with a new version and a ticketChanged message', async () => {
    const ticketId = await newTicket(t);
    const until = new Date(clock.now().getTime() + HOUR);
    await postpone(t, ticketId, until);
    const live = new LiveSubscription<WakeUpMessage>(connectRecording(t.wsUrl, t.ownerToken), TICKET_CHANGED, { ticketId });
    await subscriptionSettles();

    clock.set(new Date(until.getTime() - 1));
    expect(await t.app.deps.scheduler.runDueNow()).toEqual([]);
    expect(await live.holdsWithin((received) => received.length > 0, 300)).toBe(false);
    expect(await ticketOf(t, ticketId)).toMatchObject({ status: 'POSTPONED', version: 2, postponedUntil: until.toISOString() });

    // Five minutes late, as if every process had been busy or down.
    const wokeAt = clock.set(new Date(until.getTime() + 5 * 60_000));
    const runs = await t.app.deps.scheduler.runDueNow();
    expect(runs).toEqual([{ job: JOB, at: wokeAt, processed: 1, lagMs: 5 * 60_000, failed: false }]);

    await live.until((received) => received.length > 0, 'the wake-up message');
    expect(live.received).toEqual([
      { ticketChanged: { event: { kind: 'STATUS_CHANGED', from: 'POSTPONED', to: 'OPEN', actor: null }, ticket: { id: ticketId, status: 'OPEN', version: 3 } } },
    ]);
    const ticket = await ticketOf(t, ticketId);
    expect(ticket).toMatchObject({ status: 'OPEN', version: 3, postponedUntil: null, updatedAt: wokeAt.toISOString() });
    expect(statusChanges(ticket).at(-1)).toEqual({ kind: 'STATUS_CHANGED', from: 'POSTPONED', to: 'OPEN', actor: null, createdAt: wokeAt.toISOString() });
    live.stop();
  });

  it('keeps the time a waiting customer has waited, and queues one nobody waited for from when its postponement ended', async () => {
    const waiting = await newTicket(t, 'Still waiting');
    const answered = await newTicket(t, 'Answered, then postponed');
    const { replyToTicket } = await t.data(REPLY, { input: { ticketId: answered, body: 'Let us talk next week' } }, t.ownerToken);
    expect(replyToTicket.ticket).toEqual({ status: 'ANSWERED', waitingSince: null });
    const waitingSince = (await ticketOf(t, waiting)).waitingSince;
    const until = new Date(clock.now().getTime() + HOUR);
    await postpone(t, waiting, until);
    await postpone(t, answered, until);

    clock.advance(2 * HOUR);
    expect((await t.app.deps.scheduler.runDueNow())[0]).toMatchObject({ processed: 2 });
    expect(await ticketOf(t, waiting)).toMatchObject({ status: 'OPEN', waitingSince });
    expect(await ticketOf(t, answered)).toMatchObject({ status: 'OPEN', waitingSince: until.toISOString() });
  });

  it('leaves a ticket that moved on before its time alone', async () => {
    const ticketId = await newTicket(t);
    await postpone(t, ticketId, new Date(clock.now().getTime() + HOUR));
    await t.data(SET_STATUS, { input: { ticketId, status: 'RESOLVED' } }, t.ownerToken);
    clock.advance(2 * HOUR);
    await t.app.deps.scheduler.runDueNow();
    const ticket = await ticketOf(t, ticketId);
    expect(ticket.status).toBe('RESOLVED');
    expect(statusChanges(ticket).map(({ from, to }) => `${from}->${to}`)).toEqual(['NEW->POSTPONED', 'POSTPONED->RESOLVED']);
  });

  it('wakes by itself a ticket postponed for a moment: postponing kicks the sleeping scheduler', async () => {
    const ticketId = await newTicket(t);
    const live = new LiveSubscription<WakeUpMessage>(connectRecording(t.wsUrl, t.ownerToken), TICKET_CHANGED, { ticketId });
    await subscriptionSettles();
    const until = new Date(clock.now().getTime() + 1_500);
    await postpone(t, ticketId, until);
    // Planned for the ticket, not for the hourly poll (the kick's look at the tickets runs after the response).
    await vi.waitFor(() => expect(t.app.deps.scheduler.plannedWakeUp()).toEqual(until));

    // The timer was set for 1.5 s of real time; when it fires, the clock says the time has come.
    clock.set(until);
    await live.until((received) => received.some((message) => message.ticketChanged.ticket.status === 'OPEN'), 'the wake-up message');
    expect(live.received.map((message) => message.ticketChanged.event)).toEqual([
      { kind: 'STATUS_CHANGED', from: 'NEW', to: 'POSTPONED', actor: expect.objectContaining({ id: expect.any(String) }) },
      { kind: 'STATUS_CHANGED', from: 'POSTPONED', to: 'OPEN', actor: null },
    ]);
    live.stop();
  });
});

describe('catching up at start', () => {
  let database: TestDatabase;
  const apps: TestApp[] = [];
  beforeAll(async () => {
    // On disk when embedded, so the second app finds what the first wrote.
    database = await isolatedDatabase({ reopenable: true });
  });
  afterAll(async () => {
    for (const app of apps) await app.stop();
    await database?.drop();
  });

  it('wakes tickets whose time passed while no server ran, before the new one serves, without waiting for the poll', async () => {
    const clock = new TestClock();
    const first = await startTestApp({}, { clock, database });
    apps.push(first);
    const overdue = [await newTicket(first), await newTicket(first), await newTicket(first)];
    const later = await newTicket(first);
    const until = new Date(clock.now().getTime() + HOUR);
    for (const id of overdue) await postpone(first, id, until);
    await postpone(first, later, new Date(clock.now().getTime() + 24 * HOUR));
    await first.stop();
    apps.pop();

    clock.advance(2 * HOUR);
    const second = await startTestApp({}, { clock, database });
    apps.push(second);
    expect(second.app.deps.scheduler.lastRun(JOB)).toMatchObject({ processed: 3, lagMs: HOUR, failed: false });
    for (const id of overdue) {
      const ticket = await ticketOf(second, id);
      expect(ticket).toMatchObject({ status: 'OPEN', version: 3 });
      expect(statusChanges(ticket).at(-1)).toMatchObject({ from: 'POSTPONED', to: 'OPEN', actor: null });
    }
    expect(await ticketOf(second, later)).toMatchObject({ status: 'POSTPONED', version: 2 });
  });
});

// Two processes share a database only on a real PostgreSQL: PGlite lives inside one process, so
// each embedded app would have a database of its own.
describe.skipIf(!process.env.DATABASE_URL)('two servers on one PostgreSQL database', () => {
  const clock = new TestClock();
  const servers = twoServersOnOneDatabase(clock);

  it('wakes every ticket exactly once while both run the job at the same time, round after round', async () => {
    const [a, b] = [servers.a(), servers.b()];
    const ROUNDS = 3;
    const PER_ROUND = 30;
    const all: string[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const ids = await Promise.all(Array.from({ length: PER_ROUND }, (_, index) => newTicket(index % 2 ? a : b, `Round ${round} #${index}`)));
      const until = new Date(clock.now().getTime() + HOUR);
      await Promise.all(ids.map((id, index) => postpone(index % 2 ? b : a, id, until)));
      all.push(...ids);
      // Let any turn the postponements kicked finish before the clock moves, so every wake-up is counted below.
      await Promise.all([a, b].map((app) => app.app.deps.scheduler.runDueNow()));

      const now = clock.advance(HOUR + 1_000);
      expect(await claimFromEverySide([a, b], (app) => systemServices(app.app.deps).tickets.wakeUpPostponed(now, 3))).toBe(PER_ROUND);
    }

    const em = a.app.database.orm.em.fork() as EntityManager;
    // The database is this describe's own: every ticket in it is one of `all`.
    const rows = await em.execute<Array<{ id: string; status: string; version: number; wake_ups: number }>>(
      `select t.id, t.status, t.version,
              (select count(*)::int from ticket_event e
                where e.ticket_id = t.id and e.kind = 'STATUS_CHANGED' and e.from_value = 'POSTPONED' and e.to_value = 'OPEN' and e.actor_id is null) as wake_ups
         from ticket t`,
    );
    expect(rows.map((row) => row.id).sort()).toEqual(all.map((id) => keyOf(id, 'Ticket')).sort());
    expect(rows.filter((row) => row.status !== 'OPEN' || row.version !== 3 || row.wake_ups !== 1)).toEqual([]);
  });
});
