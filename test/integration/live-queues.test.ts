import { print } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql';
import { loginToken, startTestApp, type TestApp } from '../support/test-app';
import { TestClock } from '../support/test-clock';
import { connectRecording, disposeClients, LiveSubscription, subscriptionSettles } from '../support/ws-client';

/*
 * queueChanged: a snapshot of the caller's view, then updates only when the order or
 * membership of its first N tickets changes, computed by the server, per viewer.
 */

const DEPARTMENT = graphql(`
  mutation LiveQueueDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }
`);
const AGENT = graphql(`
  mutation LiveQueueAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }
`);
const UPDATE_AGENT = graphql(`
  mutation LiveQueueUpdateAgent($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id } } }
`);
const CREATE = graphql(`
  mutation LiveQueueTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }
`);
const UPDATE = graphql(`
  mutation LiveQueueUpdate($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id } } }
`);
const ASSIGN = graphql(`
  mutation LiveQueueAssign($input: AssignTicketInput!) { assignTicket(input: $input) { ticket { id } } }
`);
const SET_STATUS = graphql(`
  mutation LiveQueueStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }
`);
const QUEUE = graphql(`
  query LiveQueueTruth($departmentId: ID, $first: Int) { queue(departmentId: $departmentId, first: $first) { totalCount edges { node { id } } } }
`);
const QUEUE_CHANGED = graphql(`
  subscription LiveQueue($departmentId: ID, $first: Int) {
    queueChanged(departmentId: $departmentId, first: $first) {
      departmentId
      totalCount
      moves { ticketId from to }
      tickets { id subject priority queuePosition }
    }
  }
`);

interface Update {
  queueChanged: {
    departmentId: string | null;
    totalCount: number;
    moves: Array<{ ticketId: string; from: number | null; to: number | null }>;
    tickets: Array<{ id: string; subject: string; priority: string; queuePosition: number | null }>;
  };
}

const clock = new TestClock();
let t: TestApp;
let support: string;
let sales: string;

beforeAll(async () => {
  t = await startTestApp({ maxSubscriptionsPerSocket: 100, maxSubscriptionsPerUser: 1000 }, { clock });
  support = (await t.data(DEPARTMENT, { input: { name: 'Support' } }, t.ownerToken)).createDepartment.department.id;
  sales = (await t.data(DEPARTMENT, { input: { name: 'Sales' } }, t.ownerToken)).createDepartment.department.id;
});
afterAll(async () => {
  await disposeClients();
  await t?.stop();
});
beforeEach(async () => {
  // Each test starts from empty queues.
  await t.app.database.orm.em.fork().execute(`update "ticket" set "status" = 'RESOLVED' where "status" in ('NEW', 'OPEN')`);
});

let agents = 0;
async function agent(ticketAccess: 'DEPARTMENTS' | 'ASSIGNED_ONLY', departmentIds: string[]) {
  agents += 1;
  const email = `live-queue-${agents}@example.com`;
  const password = `live-queue-password-${agents}`;
  const { createAgent } = await t.data(AGENT, { input: { name: `Agent ${agents}`, email, password, role: 'AGENT', ticketAccess, departmentIds } }, t.ownerToken);
  return { id: createAgent.agent.id, token: await loginToken(t.httpUrl, email, password) };
}

async function ticket(subject: string, departmentId: string, priority = 'MEDIUM', assigneeId?: string): Promise<string> {
  const input = { subject, body: 'Help', contact: { email: 'queue-watcher@example.com' }, departmentId, priority: priority as 'MEDIUM', assigneeId };
  return (await t.data(CREATE, { input }, t.ownerToken)).createTicket.ticket.id;
}

async function watch(token: string, variables: { departmentId?: string | null; first?: number }) {
  const subscription = new LiveSubscription<Update>(connectRecording(t.wsUrl, token), print(QUEUE_CHANGED), variables);
  await subscription.until((received) => received.length === 1, 'the snapshot');
  return subscription;
}

const subjects = (update: Update | undefined) => update?.queueChanged.tickets.map((ticket) => ticket.subject);

async function truth(token: string, departmentId: string | null, first: number) {
  const { queue } = await t.data(QUEUE, { departmentId, first }, token);
  return { ids: queue.edges.map((edge) => edge.node.id), totalCount: queue.totalCount };
}

describe('queueChanged', () => {
  it('starts with a snapshot of the view, then sends the moves of a change that reorders it', async () => {
    const low = await ticket('low', support, 'LOW');
    const medium = await ticket('medium', support, 'MEDIUM');
    await ticket('elsewhere', sales, 'CRITICAL');
    const watcher = await watch(t.ownerToken, { departmentId: support, first: 10 });
    expect(watcher.received[0]).toEqual({
      queueChanged: {
        departmentId: support,
        totalCount: 2,
        moves: [],
        tickets: [
          { id: medium, subject: 'medium', priority: 'MEDIUM', queuePosition: 0 },
          { id: low, subject: 'low', priority: 'LOW', queuePosition: 1 },
        ],
      },
    });
    await t.data(UPDATE, { input: { id: low, priority: 'CRITICAL' } }, t.ownerToken);
    await watcher.until((received) => received.length === 2, 'the reordering');
    expect(watcher.received[1]!.queueChanged.moves).toEqual([
      { ticketId: low, from: 1, to: 0 },
      { ticketId: medium, from: 0, to: 1 },
    ]);
    expect(watcher.received[1]!.queueChanged.tickets.map((entry) => [entry.id, entry.queuePosition])).toEqual([
      [low, 0],
      [medium, 1],
    ]);
    watcher.stop();
  });

  it('sends nothing for a change that leaves order and membership of the first N as they were', async () => {
    const first = await ticket('first', support, 'HIGH');
    await ticket('second', support, 'MEDIUM');
    const watcher = await watch(t.ownerToken, { departmentId: support, first: 1 });
    await t.data(UPDATE, { input: { id: first, subject: 'first, renamed' } }, t.ownerToken);
    // Below the first N: the total changes, the view does not.
    await ticket('third', support, 'LOW');
    await t.app.relay.drain();
    expect(await watcher.holdsWithin((received) => received.length > 1, 500)).toBe(false);
    // A ticket entering above it is a change of the view.
    const urgent = await ticket('urgent', support, 'CRITICAL');
    await watcher.until((received) => received.length === 2, 'the entering ticket');
    expect(watcher.received[1]!.queueChanged).toMatchObject({
      totalCount: 4,
      moves: [
        { ticketId: urgent, from: null, to: 0 },
        { ticketId: first, from: 0, to: null },
      ],
    });
    watcher.stop();
  });

  it('gives two agents with different access their own views of the same queue', async () => {
    const member = await agent('DEPARTMENTS', [support]);
    const assignedOnly = await agent('ASSIGNED_ONLY', []);
    await ticket('for the department', support, 'HIGH');
    await ticket('assigned', support, 'LOW', assignedOnly.id);
    const forMember = await watch(member.token, { departmentId: support });
    const forAssigned = await watch(assignedOnly.token, { departmentId: support });
    expect(subjects(forMember.received[0])).toEqual(['for the department', 'assigned']);
    expect(subjects(forAssigned.received[0])).toEqual(['assigned']);
    expect(forAssigned.received[0]!.queueChanged.totalCount).toBe(1);
    // A new ticket of the department reaches the member's view only.
    await ticket('new', support, 'CRITICAL');
    await forMember.until((received) => received.length === 2, "the member's update");
    expect(subjects(forMember.received[1])).toEqual(['new', 'for the department', 'assigned']);
    expect(await forAssigned.holdsWithin((received) => received.length > 1, 300)).toBe(false);
    forMember.stop();
    forAssigned.stop();
  });

  it('moves a subscriber to the view of its new rights when they change, starting with a snapshot', async () => {
    const member = await agent('DEPARTMENTS', [support]);
    await ticket('visible until the move', support);
    const watcher = await watch(member.token, { departmentId: support });
    expect(subjects(watcher.received[0])).toEqual(['visible until the move']);
    await t.data(UPDATE_AGENT, { input: { id: member.id, departmentIds: [sales] } }, t.ownerToken);
    await watcher.until((received) => received.length === 2, 'the snapshot of the new view');
    expect(watcher.received[1]!.queueChanged).toMatchObject({ totalCount: 0, moves: [], tickets: [] });
    watcher.stop();
  });

  it('answers a burst of 200 reassignments with a few coalesced updates that end in the true view', async () => {
    const assignee = await agent('ASSIGNED_ONLY', []);
    const ids: string[] = [];
    for (let i = 0; i < 200; i += 1) ids.push(await ticket(`burst ${String(i).padStart(3, '0')}`, support));
    const watcher = await watch(assignee.token, { departmentId: null, first: 50 });
    expect(watcher.received[0]!.queueChanged.totalCount).toBe(0);
    // All at once, as a dashboard's bulk action sends them.
    const started = Date.now();
    await Promise.all(ids.map((ticketId) => t.data(ASSIGN, { input: { ticketId, agentId: assignee.id } }, t.ownerToken)));
    const burstMs = Date.now() - started;
    const expected = await truth(assignee.token, null, 50);
    await watcher.until(
      (received) => JSON.stringify(received.at(-1)!.queueChanged.tickets.map((entry) => entry.id)) === JSON.stringify(expected.ids),
      'the final view',
    );
    const updates = watcher.received.length - 1;
    expect(updates).toBeGreaterThan(0);
    // One per 250 ms of burst at most, plus the run that answered its first requests before they were a burst, the
    // one after its end and one for a request made while a run was reading: never one per ticket, whatever the machine's speed.
    expect(updates).toBeLessThanOrEqual(Math.ceil(burstMs / 250) + 3);
    expect(updates).toBeLessThan(50);
    watcher.stop();
  });

  it('shows a postponed ticket entering the queue when its time comes', async () => {
    const sleeper = await ticket('sleeper', support);
    const until = new Date(clock.now().getTime() + 60 * 60 * 1000);
    await t.data(SET_STATUS, { input: { ticketId: sleeper, status: 'POSTPONED', postponedUntil: until.toISOString() } }, t.ownerToken);
    const watcher = await watch(t.ownerToken, { departmentId: support });
    expect(watcher.received[0]!.queueChanged.tickets).toEqual([]);
    clock.set(new Date(until.getTime() + 1000));
    await t.app.deps.scheduler.runDueNow();
    await watcher.until((received) => received.length === 2, 'the woken ticket');
    expect(watcher.received[1]!.queueChanged.moves).toEqual([{ ticketId: sleeper, from: null, to: 0 }]);
    watcher.stop();
  });

  it('is refused to customers and anonymous callers, and for an id that is not a department', async () => {
    const anonymous = new LiveSubscription<Update>(connectRecording(t.wsUrl, undefined), print(QUEUE_CHANGED), {});
    expect(await anonymous.ended('the refusal')).toMatchObject({ kind: 'errors', errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    const wrongId = new LiveSubscription<Update>(connectRecording(t.wsUrl, t.ownerToken), print(QUEUE_CHANGED), { departmentId: 'not-an-id' });
    expect(await wrongId.ended('the refusal')).toMatchObject({ kind: 'errors' });
  });
});

describe('queue views', () => {
  it('shares one view among subscribers of the same rights, and closes it with the last', async () => {
    await ticket('shared', support);
    const before = t.app.deps.queueViews.size;
    const watchers = await Promise.all(Array.from({ length: 20 }, () => watch(t.ownerToken, { departmentId: support })));
    expect(t.app.deps.queueViews.size).toBe(before + 1);
    await subscriptionSettles();
    watchers.forEach((watcher) => watcher.stop());
    const until = Date.now() + 5000;
    while (t.app.deps.queueViews.size !== before && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(t.app.deps.queueViews.size).toBe(before);
  });
});
