import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyOf } from '../../src/common/global-id';
import { systemServices } from '../../src/modules/context';
import { graphql } from '../support/gql';
import { isolatedDatabase, startTestApp, type TestApp, type TestDatabase } from '../support/test-app';
import { TestClock } from '../support/test-clock';
import { claimFromEverySide, twoServersOnOneDatabase } from '../support/two-servers';
import { connectRecording, disposeClients, LiveSubscription, subscriptionSettles } from '../support/ws-client';

const CREATE = graphql(`
  mutation CreateToAutoClose($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }
`);
const SET_STATUS = graphql(`
  mutation SetStatusBeforeAutoClose($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status resolvedAt } } }
`);
const SUBMIT = graphql(`
  mutation SubmitToAutoClose($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }
`);
const BY_CODE = graphql(`
  query AutoClosedByCode($code: String!) { ticketByCode(code: $code) { id } }
`);
const CUSTOMER_MESSAGE = graphql(`
  mutation CustomerReopens($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status closedAt resolvedAt version } } }
`);
const TICKET = graphql(`
  query AutoClosedTicket($id: ID!) {
    ticket(id: $id) {
      status
      version
      resolvedAt
      closedAt
      updatedAt
      events(first: 100) { edges { node { kind from to actor { id } createdAt } } }
    }
  }
`);
const TICKET_CHANGED = `
  subscription AutoCloses($ticketId: ID) {
    ticketChanged(ticketId: $ticketId) { event { kind from to actor { id } } ticket { id status version } }
  }
`;

interface ChangeMessage {
  ticketChanged: { event: { kind: string; from: string | null; to: string | null; actor: { id: string } | null }; ticket: { id: string; status: string; version: number } };
}

const HOUR = 3_600_000;
const DELAY = 96 * HOUR;
const JOB = 'auto-close';

async function resolvedTicket(t: TestApp, subject = 'Fixed, probably'): Promise<string> {
  const input = { subject, body: 'It broke', contact: { email: 'auto-close@example.com' } };
  const id = (await t.data(CREATE, { input }, t.ownerToken)).createTicket.ticket.id;
  await t.data(SET_STATUS, { input: { ticketId: id, status: 'RESOLVED' } }, t.ownerToken);
  return id;
}

const ticketOf = async (t: TestApp, id: string) => (await t.data(TICKET, { id }, t.ownerToken)).ticket!;
const statusChanges = (ticket: Awaited<ReturnType<typeof ticketOf>>) =>
  ticket.events!.edges.map(({ node }) => node).filter((event) => event.kind === 'STATUS_CHANGED').map(({ from, to }) => `${from}->${to}`);

describe('auto-close, on one server', () => {
  const clock = new TestClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { clock });
  });
  afterAll(async () => {
    await disposeClients();
    await t?.stop();
  });

  it('leaves a RESOLVED ticket alone until 96 hours after its resolution, then closes it by no actor, announced, with a new version', async () => {
    const ticketId = await resolvedTicket(t);
    const resolvedAt = clock.now();
    const live = new LiveSubscription<ChangeMessage>(connectRecording(t.wsUrl, t.ownerToken), TICKET_CHANGED, { ticketId });
    await subscriptionSettles();

    clock.set(new Date(resolvedAt.getTime() + DELAY - 1));
    expect(await t.app.deps.scheduler.runDueNow()).toEqual([]);
    expect(await live.holdsWithin((received) => received.length > 0, 300)).toBe(false);
    expect(await ticketOf(t, ticketId)).toMatchObject({ status: 'RESOLVED', version: 2, closedAt: null });

    const closedAt = clock.set(new Date(resolvedAt.getTime() + DELAY));
    expect(await t.app.deps.scheduler.runDueNow()).toEqual([{ job: JOB, at: closedAt, processed: 1, lagMs: 0, failed: false }]);
    await live.until((received) => received.length > 0, 'the auto-close message');
    expect(live.received).toEqual([
      { ticketChanged: { event: { kind: 'STATUS_CHANGED', from: 'RESOLVED', to: 'CLOSED', actor: null }, ticket: { id: ticketId, status: 'CLOSED', version: 3 } } },
    ]);
    const ticket = await ticketOf(t, ticketId);
    expect(ticket).toMatchObject({ status: 'CLOSED', version: 3, resolvedAt: resolvedAt.toISOString(), closedAt: closedAt.toISOString(), updatedAt: closedAt.toISOString() });
    expect(ticket.events!.edges.at(-1)?.node).toEqual({ kind: 'STATUS_CHANGED', from: 'RESOLVED', to: 'CLOSED', actor: null, createdAt: closedAt.toISOString() });

    // Closed once: a later run finds nothing to do.
    clock.advance(HOUR);
    expect(await t.app.deps.scheduler.runDueNow()).toEqual([]);
    expect(statusChanges(await ticketOf(t, ticketId))).toEqual(['NEW->RESOLVED', 'RESOLVED->CLOSED']);
    live.stop();
  });

  it('counts from the latest resolution, and leaves tickets reopened or closed by hand meanwhile alone', async () => {
    const reopened = await resolvedTicket(t, 'Reopened');
    const closedByHand = await resolvedTicket(t, 'Closed by hand');
    const resolvedAgain = await resolvedTicket(t, 'Resolved again');
    const start = clock.now();
    clock.advance(DELAY / 2);
    await t.data(SET_STATUS, { input: { ticketId: reopened, status: 'OPEN' } }, t.ownerToken);
    await t.data(SET_STATUS, { input: { ticketId: closedByHand, status: 'CLOSED' } }, t.ownerToken);
    await t.data(SET_STATUS, { input: { ticketId: resolvedAgain, status: 'OPEN' } }, t.ownerToken);
    await t.data(SET_STATUS, { input: { ticketId: resolvedAgain, status: 'RESOLVED' } }, t.ownerToken);

    clock.set(new Date(start.getTime() + DELAY + HOUR));
    expect(await t.app.deps.scheduler.runDueNow()).toEqual([]);
    expect((await ticketOf(t, reopened)).status).toBe('OPEN');
    expect(statusChanges(await ticketOf(t, closedByHand))).toEqual(['NEW->RESOLVED', 'RESOLVED->CLOSED']);
    expect((await ticketOf(t, resolvedAgain)).status).toBe('RESOLVED');

    clock.set(new Date(start.getTime() + DELAY / 2 + DELAY));
    expect((await t.app.deps.scheduler.runDueNow())[0]).toMatchObject({ job: JOB, processed: 1 });
    expect((await ticketOf(t, resolvedAgain)).status).toBe('CLOSED');
  });

  it('reopens an auto-closed ticket when the customer writes: MESSAGE_ADDED, REOPENED, then STATUS_CHANGED CLOSED -> OPEN', async () => {
    const receipt = (await t.data(SUBMIT, { input: { email: 'comes-back@example.com', subject: 'Printer', body: 'Jammed' } })).submitSupportRequest;
    const ticketId = (await t.data(BY_CODE, { code: receipt.ticketCode }, t.ownerToken)).ticketByCode!.id;
    await t.data(SET_STATUS, { input: { ticketId, status: 'RESOLVED' } }, t.ownerToken);
    clock.advance(DELAY);
    expect((await t.app.deps.scheduler.runDueNow())[0]).toMatchObject({ job: JOB, processed: 1 });
    expect((await ticketOf(t, ticketId)).status).toBe('CLOSED');

    const writtenAt = clock.advance(HOUR);
    const { addCustomerMessage } = await t.data(CUSTOMER_MESSAGE, { input: { ticketId, body: 'Jammed again' } }, receipt.accessToken);
    expect(addCustomerMessage.ticket).toEqual({ status: 'OPEN', closedAt: null, resolvedAt: null, version: 4 });
    const events = (await ticketOf(t, ticketId)).events!.edges.map(({ node }) => node);
    expect(events.slice(-3)).toEqual([
      { kind: 'MESSAGE_ADDED', from: null, to: null, actor: null, createdAt: writtenAt.toISOString() },
      { kind: 'REOPENED', from: 'CLOSED', to: 'OPEN', actor: null, createdAt: writtenAt.toISOString() },
      { kind: 'STATUS_CHANGED', from: 'CLOSED', to: 'OPEN', actor: null, createdAt: writtenAt.toISOString() },
    ]);
  });
});

describe('auto-close turned off with AUTO_CLOSE_AFTER_HOURS=0', () => {
  const clock = new TestClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ autoCloseAfterHours: 0 }, { clock });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('never closes a RESOLVED ticket', async () => {
    const ticketId = await resolvedTicket(t);
    clock.advance(365 * 24 * HOUR);
    expect(await t.app.deps.scheduler.runDueNow()).toEqual([]);
    expect(t.app.deps.scheduler.lastRun(JOB)).toBeUndefined();
    expect((await ticketOf(t, ticketId)).status).toBe('RESOLVED');
  });
});

describe('auto-close catching up at start', () => {
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

  it('closes tickets whose delay passed while no server ran, before the new one serves', async () => {
    const clock = new TestClock();
    const first = await startTestApp({}, { clock, database });
    apps.push(first);
    const overdue = [await resolvedTicket(first), await resolvedTicket(first)];
    clock.advance(2 * HOUR);
    const recent = await resolvedTicket(first);
    await first.stop();
    apps.pop();

    // A minute before the recent one is due; the first two have been due for 2 hours less that minute.
    clock.advance(DELAY - 60_000);
    const second = await startTestApp({}, { clock, database });
    apps.push(second);
    expect(second.app.deps.scheduler.lastRun(JOB)).toMatchObject({ processed: 2, lagMs: 2 * HOUR - 60_000, failed: false });
    for (const id of overdue) {
      const ticket = await ticketOf(second, id);
      expect(ticket).toMatchObject({ status: 'CLOSED', version: 3 });
      expect(ticket.events!.edges.at(-1)?.node).toMatchObject({ kind: 'STATUS_CHANGED', from: 'RESOLVED', to: 'CLOSED', actor: null });
    }
    expect(await ticketOf(second, recent)).toMatchObject({ status: 'RESOLVED', version: 2 });
  });
});

// Two processes share a database only on a real PostgreSQL: PGlite lives inside one process.
describe.skipIf(!process.env.DATABASE_URL)('auto-close with two servers on one PostgreSQL database', () => {
  const clock = new TestClock();
  const servers = twoServersOnOneDatabase(clock);

  it('closes every ticket exactly once while both run the job at the same time, round after round', async () => {
    const [a, b] = [servers.a(), servers.b()];
    const ROUNDS = 3;
    const PER_ROUND = 30;
    const all: string[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const ids = await Promise.all(Array.from({ length: PER_ROUND }, (_, index) => resolvedTicket(index % 2 ? a : b, `Round ${round} #${index}`)));
      all.push(...ids);
      const now = clock.advance(DELAY + 1_000);
      const resolvedBy = new Date(now.getTime() - DELAY);
      expect(await claimFromEverySide([a, b], (app) => systemServices(app.app.deps).tickets.closeResolved(resolvedBy, now, 3))).toBe(PER_ROUND);
    }

    const em = a.app.database.orm.em.fork() as EntityManager;
    // The database is this describe's own: every ticket in it is one of `all`.
    const rows = await em.execute<Array<{ id: string; status: string; version: number; closings: number }>>(
      `select t.id, t.status, t.version,
              (select count(*)::int from ticket_event e
                where e.ticket_id = t.id and e.kind = 'STATUS_CHANGED' and e.from_value = 'RESOLVED' and e.to_value = 'CLOSED' and e.actor_id is null) as closings
         from ticket t`,
    );
    expect(rows.map((row) => row.id).sort()).toEqual(all.map((id) => keyOf(id, 'Ticket')).sort());
    expect(rows.filter((row) => row.status !== 'CLOSED' || row.version !== 3 || row.closings !== 1)).toEqual([]);
  });
});
