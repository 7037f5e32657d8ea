import { initialSla } from '../../src/modules/slas/sla-record';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, TicketAccess } from '../../src/auth/roles';
import type { AgentViewer } from '../../src/auth/viewer';
import { keyOf, toGlobalId } from '../../src/common/global-id';
import { QUEUE_KEYS, queueConditions, queuePageQuery, queuePositionsQuery, queueScope, queueSnapshotQuery } from '../../src/modules/queues/queue-query';
import { QueueService } from '../../src/modules/queues/queue.service';
import { cursorOf, orderBySql } from '../../src/modules/tickets/ticket-query';
import { Ticket } from '../../src/modules/tickets/ticket.entity';
import { whereSql } from '../../src/db/sql';
import { graphql } from '../support/gql';
import { loginToken, startTestApp, type TestApp } from '../support/test-app';

/*
 * The queue: NEW and OPEN tickets in the contract's order, each caller's view of it, the
 * positions of tickets in it, and what it costs in SQL.
 */

const DEPARTMENT = graphql(`
  mutation QueueDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }
`);
const AGENT = graphql(`
  mutation QueueAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }
`);
const CREATE = graphql(`
  mutation QueueTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }
`);
const REPLY = graphql(`
  mutation QueueReply($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }
`);
const CUSTOMER_MESSAGE = graphql(`
  mutation QueueCustomerMessage($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status } } }
`);
const SET_STATUS = graphql(`
  mutation QueueSetStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }
`);
const SUBMIT = graphql(`
  mutation QueueSupportRequest($input: SupportRequestInput!) { submitSupportRequest(input: $input) { accessToken ticketCode } }
`);
const QUEUE = graphql(`
  query Queue($departmentId: ID, $first: Int, $after: String) {
    queue(departmentId: $departmentId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id status queuePosition department { id } } }
    }
  }
`);
const QUEUE_PAGE = graphql(`
  query QueuePage($departmentId: ID, $first: Int, $after: String) {
    queue(departmentId: $departmentId, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id queuePosition contact { displayName } assignee { name } department { name } lastMessage { preview } } }
    }
  }
`);
const QUEUE_ORDERED_TICKETS = graphql(`
  query QueueOrderedTickets($filter: TicketFilter, $first: Int, $after: String) {
    tickets(filter: $filter, orderBy: { field: QUEUE }, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id queuePosition } }
    }
  }
`);
const POSITION = graphql(`
  query QueuePosition($id: ID!) { ticket(id: $id) { id status queuePosition } }
`);
const CUSTOMER_POSITION = graphql(`
  query QueueCustomerPosition($code: String!) { ticketByCode(code: $code) { id queuePosition } }
`);
const QUEUE_LENGTHS = graphql(`
  query QueueLengths { departments { id queueLength } }
`);

let t: TestApp;

const sql = (text: string, params: unknown[] = []) => t.app.database.orm.em.getConnection().execute(text, params);
const key = (ticketId: string) => keyOf(ticketId, 'Ticket') as string;
const departmentKey = (departmentId: string) => keyOf(departmentId, 'Department') as string;

async function department(name: string): Promise<string> {
  return (await t.data(DEPARTMENT, { input: { name } }, t.ownerToken)).createDepartment.department.id;
}

async function agent(name: string, ticketAccess: 'DEPARTMENTS' | 'ASSIGNED_ONLY', departmentIds: string[]) {
  const email = `${name.toLowerCase()}@queue.example.com`;
  const password = `${name.toLowerCase()}-password-1`;
  const { createAgent } = await t.data(AGENT, { input: { name, email, password, role: 'AGENT', ticketAccess, departmentIds } }, t.ownerToken);
  return { id: createAgent.agent.id, token: await loginToken(t.httpUrl, email, password) };
}

type Priority = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

async function ticket(subject: string, options: { departmentId?: string; assigneeId?: string; priority?: Priority; email?: string } = {}): Promise<string> {
  const { departmentId, assigneeId, priority = 'MEDIUM', email = 'queue-customer@example.com' } = options;
  const input = { subject, body: 'Help', contact: { email, name: `Customer ${email.split('@')[0]}` }, departmentId, assigneeId, priority };
  return (await t.data(CREATE, { input }, t.ownerToken)).createTicket.ticket.id;
}

/** Sets what the API cannot: the SLA deadline (the SLA work will), and exact times for ties. */
async function setKeys(ticketId: string, keys: { slaNextDueAt?: string | null; waitingSince?: string | null; createdAt?: string }): Promise<void> {
  if (keys.slaNextDueAt !== undefined) await sql('update "ticket" set "sla_next_due_at" = ? where "id" = ?', [keys.slaNextDueAt, key(ticketId)]);
  if (keys.waitingSince !== undefined) await sql('update "ticket" set "waiting_since" = ? where "id" = ?', [keys.waitingSince, key(ticketId)]);
  if (keys.createdAt !== undefined) await sql('update "ticket" set "created_at" = ? where "id" = ?', [keys.createdAt, key(ticketId)]);
}

type QueueData = Awaited<ReturnType<typeof queueOf>>;

async function queueOf(token: string, variables: { departmentId?: string | null; first?: number; after?: string | null } = {}) {
  return (await t.data(QUEUE, { first: 100, ...variables }, token)).queue;
}

/** Every ticket of a queue, page by page. */
async function pageThrough(token: string, departmentId: string | null, first: number) {
  const nodes: QueueData['edges'][number]['node'][] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const result: QueueData = await queueOf(token, { departmentId, first, after });
    nodes.push(...result.edges.map((edge) => edge.node));
    if (!result.pageInfo.hasNextPage) return nodes;
    after = result.pageInfo.endCursor;
  }
  throw new Error('the queue never ended');
}

const ids = (queue: QueueData) => queue.edges.map((edge) => edge.node.id);

let order: { departmentId: string; expected: string[]; labels: Map<string, string>; excluded: string[] };
let access: {
  support: string;
  billing: string;
  departmentsAgent: { id: string; token: string };
  assignedAgent: { id: string; token: string };
  customer: { token: string; ticketCode: string };
  /** Tickets by label, and who may see each: the departments agent sees billing and what is assigned to it. */
  tickets: Record<string, { id: string; department: 'support' | 'billing' | null; assignee: 'departments' | 'assigned' | null }>;
};

beforeAll(async () => {
  t = await startTestApp();

  // ---------------------------------------------------------------- a department built to test the order
  const departmentId = await department('Order');
  const labelled: Array<[string, string]> = [];
  const make = async (label: string, priority: Priority, keys: Parameters<typeof setKeys>[1]) => {
    const id = await ticket(`Order ${label}`, { departmentId, priority });
    await setKeys(id, keys);
    labelled.push([label, id]);
    return id;
  };
  const C1 = '2030-01-01T08:00:00.000Z';
  const C2 = '2030-01-01T09:00:00.000Z';
  const W1 = '2030-01-02T08:00:00.000Z';
  const W2 = '2030-01-02T09:00:00.000Z';
  // Each pair ties on every key before the one it is there to test.
  const a = await make('A: earliest SLA, though LOW and not waiting', 'LOW', { slaNextDueAt: '2030-01-03T10:00:00.000Z', waitingSince: null, createdAt: C2 });
  const b = await make('B: same SLA as C, CRITICAL', 'CRITICAL', { slaNextDueAt: '2030-01-03T11:00:00.000Z', waitingSince: W2, createdAt: C2 });
  const c = await make('C: same SLA as B, HIGH', 'HIGH', { slaNextDueAt: '2030-01-03T11:00:00.000Z', waitingSince: W1, createdAt: C1 });
  const d = await make('D: no SLA, CRITICAL, waiting since W2', 'CRITICAL', { slaNextDueAt: null, waitingSince: W2, createdAt: C1 });
  const e = await make('E: no SLA, CRITICAL, waiting since W1', 'CRITICAL', { slaNextDueAt: null, waitingSince: W1, createdAt: C2 });
  const f = await make('F: no SLA, CRITICAL, not waiting', 'CRITICAL', { slaNextDueAt: null, waitingSince: null, createdAt: C1 });
  const g = await make('G: no SLA, MEDIUM, waiting since W1, created C2', 'MEDIUM', { waitingSince: W1, createdAt: C2 });
  const h = await make('H: no SLA, MEDIUM, waiting since W1, created C1', 'MEDIUM', { waitingSince: W1, createdAt: C1 });
  const i = await make('I: no SLA, MEDIUM, not waiting, created C1', 'MEDIUM', { waitingSince: null, createdAt: C1 });
  const j = await make('J: same as I but the id', 'MEDIUM', { waitingSince: null, createdAt: C1 });
  const k = await make('K: no SLA, LOW, waiting', 'LOW', { waitingSince: W1, createdAt: C1 });
  // uuids compare as their lower-case hex text does.
  const byId = [i, j].sort((x, y) => (key(x) < key(y) ? -1 : 1));
  // One OPEN ticket among the NEW ones: replied to, then the customer wrote again.
  await t.data(REPLY, { input: { ticketId: e, body: 'Looking' } }, t.ownerToken);
  expect((await t.data(CUSTOMER_MESSAGE, { input: { ticketId: e, body: 'Still broken' } }, t.ownerToken)).addCustomerMessage.ticket.status).toBe('OPEN');
  await setKeys(e, { waitingSince: W1 });

  // Tickets that would come first if they were queued: every other status.
  const urgent = { slaNextDueAt: '2030-01-01T00:00:00.000Z', waitingSince: '2029-01-01T00:00:00.000Z' };
  const excluded: string[] = [];
  const outOfQueue = async (label: string, change: (id: string) => Promise<unknown>) => {
    const id = await ticket(`Excluded ${label}`, { departmentId, priority: 'CRITICAL' });
    await change(id);
    await setKeys(id, urgent);
    excluded.push(id);
  };
  await outOfQueue('ANSWERED', (id) => t.data(REPLY, { input: { ticketId: id, body: 'Answered' } }, t.ownerToken));
  await outOfQueue('POSTPONED', (id) =>
    t.data(SET_STATUS, { input: { ticketId: id, status: 'POSTPONED', postponedUntil: new Date(Date.now() + 86_400_000).toISOString() } }, t.ownerToken),
  );
  await outOfQueue('RESOLVED', (id) => t.data(SET_STATUS, { input: { ticketId: id, status: 'RESOLVED' } }, t.ownerToken));
  await outOfQueue('CLOSED', async (id) => {
    await t.data(SET_STATUS, { input: { ticketId: id, status: 'RESOLVED' } }, t.ownerToken);
    await t.data(SET_STATUS, { input: { ticketId: id, status: 'CLOSED' } }, t.ownerToken);
  });
  order = { departmentId, expected: [a, b, c, e, d, f, h, g, ...byId, k], labels: new Map(labelled.map(([label, id]) => [id, label])), excluded };

  // ---------------------------------------------------------------- two departments, two restricted agents, a customer
  const support = await department('Support');
  const billing = await department('Billing');
  const departmentsAgent = await agent('Billie', 'DEPARTMENTS', [billing]);
  const assignedAgent = await agent('Sam', 'ASSIGNED_ONLY', [support]);
  const tickets: typeof access.tickets = {};
  const add = async (label: string, department: 'support' | 'billing' | null, assignee: 'departments' | 'assigned' | null, priority: Priority) => {
    const id = await ticket(`Access ${label}`, {
      departmentId: department === 'support' ? support : department === 'billing' ? billing : undefined,
      assigneeId: assignee === 'departments' ? departmentsAgent.id : assignee === 'assigned' ? assignedAgent.id : undefined,
      priority,
    });
    tickets[label] = { id, department, assignee };
  };
  await add('support, unassigned', 'support', null, 'HIGH');
  await add('support, for Sam', 'support', 'assigned', 'LOW');
  await add('support, for Billie', 'support', 'departments', 'MEDIUM');
  await add('support, unassigned, critical', 'support', null, 'CRITICAL');
  await add('billing, unassigned', 'billing', null, 'LOW');
  await add('billing, for Sam', 'billing', 'assigned', 'CRITICAL');
  await add('billing, unassigned, high', 'billing', null, 'HIGH');
  await add('no department, unassigned', null, null, 'HIGH');
  await add('no department, for Sam', null, 'assigned', 'MEDIUM');
  await add('no department, for Billie', null, 'departments', 'LOW');
  const resolved = await ticket('Access billing, resolved', { departmentId: billing, assigneeId: assignedAgent.id });
  await t.data(SET_STATUS, { input: { ticketId: resolved, status: 'RESOLVED' } }, t.ownerToken);
  const { submitSupportRequest } = await t.data(
    SUBMIT,
    { input: { email: 'queue-web@example.com', name: 'Web Customer', subject: 'From the form', body: 'Hello', departmentId: support } },
  );
  access = { support, billing, departmentsAgent, assignedAgent, customer: { token: submitSupportRequest.accessToken, ticketCode: submitSupportRequest.ticketCode }, tickets };
});

afterAll(async () => {
  await t?.stop();
});

describe('the queue order, as owner', () => {
  it("lists the department's NEW and OPEN tickets by SLA deadline (none last), priority, wait (none last), creation and id", async () => {
    const queue = await queueOf(t.ownerToken, { departmentId: order.departmentId });
    const label = (id: string) => order.labels.get(id) ?? `excluded ${id}`;
    expect(ids(queue).map(label)).toEqual(order.expected.map(label));
    expect(queue.totalCount).toBe(order.expected.length);
    expect(queue.pageInfo.hasNextPage).toBe(false);
    expect(new Set(queue.edges.map((edge) => edge.node.status))).toEqual(new Set(['NEW', 'OPEN']));
  });

  it('leaves out ANSWERED, POSTPONED, RESOLVED and CLOSED tickets, however urgent', async () => {
    const queue = await queueOf(t.ownerToken, { departmentId: order.departmentId });
    expect(ids(queue).filter((id) => order.excluded.includes(id))).toEqual([]);
    for (const id of order.excluded) expect((await t.data(POSITION, { id }, t.ownerToken)).ticket?.queuePosition).toBeNull();
  });

  it('gives each ticket its index on the page as queuePosition', async () => {
    const queue = await queueOf(t.ownerToken, { departmentId: order.departmentId });
    expect(queue.edges.map((edge) => edge.node.queuePosition)).toEqual(order.expected.map((_id, index) => index));
  });

  it('is the order of tickets(orderBy: QUEUE), positions included', async () => {
    const { tickets } = await t.data(
      QUEUE_ORDERED_TICKETS,
      { filter: { departmentId: order.departmentId, statuses: ['NEW', 'OPEN'] }, first: 100 },
      t.ownerToken,
    );
    expect(tickets.edges.map((edge) => edge.node.id)).toEqual(order.expected);
    expect(tickets.edges.map((edge) => edge.node.queuePosition)).toEqual(order.expected.map((_id, index) => index));
  });

  it('pages through tickets(orderBy: QUEUE) in the same order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { tickets }: { tickets: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await t.data(
        QUEUE_ORDERED_TICKETS,
        { filter: { departmentId: order.departmentId, statuses: ['NEW', 'OPEN'] }, first: 3, after },
        t.ownerToken,
      );
      seen.push(...tickets.edges.map((edge) => edge.node.id));
      after = tickets.pageInfo.hasNextPage ? tickets.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(order.expected);
  });
});

describe('paging through the queue', () => {
  it.each([1, 2, 3, 5])('with first: %i, gives exactly the single full page, positions included', async (first) => {
    const whole = await queueOf(t.ownerToken, { departmentId: order.departmentId });
    const paged = await pageThrough(t.ownerToken, order.departmentId, first);
    expect(paged).toEqual(whole.edges.map((edge) => edge.node));
  });

  it('across every department, gives exactly the single full page, positions included', async () => {
    const whole = await queueOf(t.ownerToken, { departmentId: null });
    expect(whole.pageInfo.hasNextPage).toBe(false);
    expect(await pageThrough(t.ownerToken, null, 4)).toEqual(whole.edges.map((edge) => edge.node));
  });

  it('refuses a malformed cursor, and one of another order, as BAD_USER_INPUT on "after"', async () => {
    const { tickets } = await t.data(QUEUE_ORDERED_TICKETS, { filter: { statuses: ['NEW'] }, first: 1 }, t.ownerToken);
    expect(tickets.pageInfo.endCursor).toBeTruthy();
    const byCreation = await t.request(
      graphql(`query QueueCreationCursor { tickets(first: 1) { pageInfo { endCursor } } }`),
      {},
      t.ownerToken,
    );
    const creationCursor = byCreation.body.data!.tickets.pageInfo.endCursor!;
    const forged = Buffer.from(JSON.stringify(["2030-01-01T00:00:00.000Z'); drop table ticket; --", 1, 'infinity', '2030-01-01T00:00:00.000Z', order.expected[0]])).toString('base64url');
    for (const after of ['garbage', 'e30', creationCursor, forged]) {
      const { body } = await t.request(QUEUE, { departmentId: order.departmentId, after }, t.ownerToken);
      expect(body.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'after' }]);
      expect(body.data).toBeNull();
    }
  });

  it('refuses first outside 1 to 100 as BAD_USER_INPUT on "first"', async () => {
    for (const first of [0, 101, -1]) {
      const { body } = await t.request(QUEUE, { first }, t.ownerToken);
      expect(body.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', field: 'first' }]);
    }
  });
});

describe('each caller sees its own queue', () => {
  /** What `who` may see of the access fixture, restated from the contract. */
  const sees = (who: 'departments' | 'assigned', ticket: (typeof access.tickets)[string]) =>
    who === 'departments' ? ticket.department === 'billing' || ticket.assignee === 'departments' : ticket.assignee === 'assigned';
  const visibleIds = (who: 'departments' | 'assigned') => Object.values(access.tickets).filter((ticket) => sees(who, ticket)).map((ticket) => ticket.id);
  const tokenOf = (who: 'departments' | 'assigned') => (who === 'departments' ? access.departmentsAgent.token : access.assignedAgent.token);
  const departments = () => [null, access.support, access.billing, order.departmentId] as const;

  it.each(['departments', 'assigned'] as const)(
    'as agent with %s access: the owner\'s queue narrowed to the tickets it may see, with a totalCount to match',
    async (who) => {
      const mine = new Set(visibleIds(who));
      for (const departmentId of departments()) {
        const owners = await queueOf(t.ownerToken, { departmentId });
        const expected = ids(owners).filter((id) => mine.has(id));
        const queue = await queueOf(tokenOf(who), { departmentId });
        expect(ids(queue), `queue(${departmentId})`).toEqual(expected);
        expect(queue.totalCount).toBe(expected.length);
      }
    },
  );

  it('as agent of billing: sees billing and what is assigned to it, nothing of support but that', async () => {
    const { tickets } = access;
    const all = await queueOf(access.departmentsAgent.token);
    expect(new Set(ids(all))).toEqual(
      new Set([tickets['billing, unassigned']!.id, tickets['billing, for Sam']!.id, tickets['billing, unassigned, high']!.id, tickets['support, for Billie']!.id, tickets['no department, for Billie']!.id]),
    );
    expect(ids(await queueOf(access.departmentsAgent.token, { departmentId: access.support }))).toEqual([tickets['support, for Billie']!.id]);
  });

  it('as agent restricted to assigned tickets: sees only those', async () => {
    const { tickets } = access;
    const all = await queueOf(access.assignedAgent.token);
    expect(new Set(ids(all))).toEqual(new Set([tickets['support, for Sam']!.id, tickets['billing, for Sam']!.id, tickets['no department, for Sam']!.id]));
    // The web form's ticket in its own department is not assigned to it.
    expect(ids(await queueOf(access.assignedAgent.token, { departmentId: access.support }))).toEqual([tickets['support, for Sam']!.id]);
  });

  it.each(['departments', 'assigned'] as const)(
    'as agent with %s access: positions count only the tickets it may see, in the ticket\'s own department',
    async (who) => {
      const token = tokenOf(who);
      const all = await queueOf(token);
      for (const { node } of all.edges) {
        const inDepartment = node.department ? ids(await queueOf(token, { departmentId: node.department.id })) : [];
        const expected = node.department ? inDepartment.indexOf(node.id) : null;
        expect(node.queuePosition, `the all-departments page's position`).toBe(expected);
        expect((await t.data(POSITION, { id: node.id }, token)).ticket?.queuePosition, 'the loaded position').toBe(expected);
      }
    },
  );

  it('gives two callers different positions for the same ticket', async () => {
    const shared = access.tickets['support, for Billie']!.id;
    expect((await t.data(POSITION, { id: shared }, access.departmentsAgent.token)).ticket?.queuePosition).toBe(0);
    const owners = ids(await queueOf(t.ownerToken, { departmentId: access.support }));
    expect(owners.indexOf(shared)).toBeGreaterThan(0);
    expect((await t.data(POSITION, { id: shared }, t.ownerToken)).ticket?.queuePosition).toBe(owners.indexOf(shared));
  });

  it('gives a ticket without a department, and a ticket out of the queue, no position', async () => {
    const { tickets } = access;
    expect((await t.data(POSITION, { id: tickets['no department, unassigned']!.id }, t.ownerToken)).ticket?.queuePosition).toBeNull();
    const all = await queueOf(t.ownerToken);
    const noDepartment = all.edges.filter((edge) => edge.node.department === null);
    expect(noDepartment.length).toBeGreaterThanOrEqual(3);
    expect(noDepartment.map((edge) => edge.node.queuePosition)).toEqual(noDepartment.map(() => null));
  });

  it('gives an empty queue, not an error, for a department the agent sees nothing of or that does not exist', async () => {
    const unknown = toGlobalId('Department', '00000000-0000-4000-8000-000000000000');
    // A department id whose key could be no department's (not a uuid) never reaches SQL as one.
    for (const departmentId of [order.departmentId, unknown, toGlobalId('Department', '12')]) {
      const queue = await queueOf(access.assignedAgent.token, { departmentId });
      expect(queue).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    }
    expect((await queueOf(t.ownerToken, { departmentId: unknown })).totalCount).toBe(0);
  });

  it('answers NOT_FOUND on "departmentId" for an id that is not a department\'s, like tickets(filter:) does', async () => {
    for (const departmentId of ['garbage', access.departmentsAgent.id]) {
      const { body } = await t.request(QUEUE, { departmentId }, access.departmentsAgent.token);
      expect(body.errors?.map((error) => error.extensions)).toEqual([{ code: 'NOT_FOUND', field: 'departmentId' }]);
    }
  });

  it('agrees with Department.queueLength for every caller and department', async () => {
    for (const token of [t.ownerToken, access.departmentsAgent.token, access.assignedAgent.token]) {
      const { departments: lengths } = await t.data(QUEUE_LENGTHS, {}, token);
      for (const { id, queueLength } of lengths) expect(queueLength).toBe((await queueOf(token, { departmentId: id, first: 1 })).totalCount);
    }
  });

  it("as customer: FORBIDDEN, and so is its own ticket's queuePosition", async () => {
    const { body } = await t.request(QUEUE, {}, access.customer.token);
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(body.data).toBeNull();
    const own = await t.request(CUSTOMER_POSITION, { code: access.customer.ticketCode }, access.customer.token);
    expect(own.body.errors?.map((error) => [error.extensions?.code, error.path?.join('.')])).toEqual([['FORBIDDEN', 'ticketByCode.queuePosition']]);
    expect(own.body.data?.ticketByCode?.id).toBeTruthy();
  });

  it('unauthenticated: UNAUTHENTICATED', async () => {
    const { body } = await t.request(QUEUE, {});
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('the snapshot for live queues', () => {
  const services = () => new QueueService(t.app.database.orm.em.fork() as EntityManager);
  const owner = (): AgentViewer => ({ kind: 'AGENT', agentId: '00000000-0000-4000-8000-000000000001', role: Role.OWNER, ticketAccess: TicketAccess.DEPARTMENTS, departmentIds: [], expiresAt: null });

  it('gives the ids of the head of the queue and the total, as queue does, in one statement', async () => {
    const queue = await queueOf(t.ownerToken, { departmentId: order.departmentId, first: 4 });
    await t.queries.reset();
    const snapshot = await services().snapshot(owner(), departmentKey(order.departmentId), 4);
    expect(t.queries.count).toBe(1);
    expect(snapshot).toEqual({ ticketIds: ids(queue).map(key), totalCount: queue.totalCount });
  });

  it("gives an agent's own view across departments", async () => {
    const viewer: AgentViewer = {
      kind: 'AGENT',
      agentId: keyOf(access.assignedAgent.id, 'Agent') as string,
      role: Role.AGENT,
      ticketAccess: TicketAccess.ASSIGNED_ONLY,
      departmentIds: [departmentKey(access.support)],
      expiresAt: null,
    };
    const queue = await queueOf(access.assignedAgent.token);
    expect(await services().snapshot(viewer, null, 100)).toEqual({ ticketIds: ids(queue).map(key), totalCount: queue.totalCount });
  });

  it('gives a customer and a key that is no uuid an empty view', async () => {
    expect(await services().snapshot({ kind: 'CUSTOMER', sessionId: 's', contactId: 'c', ticketIds: [], expiresAt: null }, null, 10)).toEqual({
      ticketIds: [],
      totalCount: 0,
    });
    expect(await services().snapshot(owner(), "x' or true --", 10)).toEqual({ ticketIds: [], totalCount: 0 });
  });
});

describe('what a queue page costs in SQL', () => {
  let bulk: string;
  let helper: { id: string; token: string };
  beforeAll(async () => {
    bulk = await department('Bulk');
    helper = await agent('Helper', 'DEPARTMENTS', [bulk]);
    for (let index = 0; index < 60; index += 1) {
      await ticket(`Bulk ${index}`, {
        departmentId: bulk,
        assigneeId: index % 3 === 0 ? helper.id : undefined,
        priority: (['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const)[index % 4],
        email: `bulk-${index % 7}@example.com`,
      });
    }
  });

  async function statementsFor(token: string, variables: { departmentId?: string | null; first: number; after?: string | null }) {
    await t.queries.reset();
    const { queue } = await t.data(QUEUE_PAGE, variables, token);
    return { queue, count: t.queries.count };
  }

  it('is the same fixed handful for 50 tickets with positions, contacts, assignees and departments as for 5', async () => {
    const small = await statementsFor(t.ownerToken, { departmentId: bulk, first: 5 });
    const large = await statementsFor(t.ownerToken, { departmentId: bulk, first: 50 });
    expect(small.queue.edges).toHaveLength(5);
    expect(large.queue.edges).toHaveLength(50);
    expect(large.queue.edges.map((edge) => edge.node.queuePosition)).toEqual(large.queue.edges.map((_edge, index) => index));
    expect(large.queue.edges.every((edge) => edge.node.contact.displayName.startsWith('Customer bulk-'))).toBe(true);
    expect(large.queue.edges.some((edge) => edge.node.assignee?.name === 'Helper')).toBe(true);
    expect(large.queue.edges.every((edge) => edge.node.assignee === null || edge.node.assignee.name === 'Helper')).toBe(true);
    expect(large.queue.edges.every((edge) => edge.node.department?.name === 'Bulk')).toBe(true);
    expect(large.queue.edges.every((edge) => edge.node.lastMessage?.preview === 'Help')).toBe(true);
    // The caller's agent row (the token check), the page with its count, contacts, assignees and
    // last messages, and the departments; the positions come with the page.
    expect(small.count).toBe(3);
    expect(large.count).toBe(3);
  });

  it('costs one statement more after a cursor, where the positions are counted, whatever the page size', async () => {
    const first = await statementsFor(t.ownerToken, { departmentId: bulk, first: 5 });
    const small = await statementsFor(t.ownerToken, { departmentId: bulk, first: 5, after: first.queue.pageInfo.endCursor });
    const large = await statementsFor(t.ownerToken, { departmentId: bulk, first: 50, after: first.queue.pageInfo.endCursor });
    expect(small.queue.edges.map((edge) => edge.node.queuePosition)).toEqual([5, 6, 7, 8, 9]);
    expect(large.queue.edges.map((edge) => edge.node.queuePosition)).toEqual(large.queue.edges.map((_edge, index) => 5 + index));
    expect(small.count).toBe(4);
    expect(large.count).toBe(4);
  });

  it('costs the same across every department, for an agent of the department', async () => {
    const small = await statementsFor(helper.token, { first: 5 });
    const large = await statementsFor(helper.token, { first: 50 });
    expect(large.queue.edges).toHaveLength(50);
    expect(large.queue.edges.map((edge) => edge.node.queuePosition)).toEqual(large.queue.edges.map((_edge, index) => index));
    expect(small.count).toBe(3);
    expect(large.count).toBe(3);
  });
});

// The planner's choices need real table statistics and a real planner over a large table:
// PGlite runs in this process's thread, and 100,000 rows there would only slow the suite.
describe.skipIf(!process.env.DATABASE_URL)('the plans of the queue on 100,000 queued tickets (PostgreSQL only)', () => {
  let huge: string;
  let assignee: string;
  const em = () => t.app.database.orm.em.fork() as EntityManager;
  const explain = async (query: { sql: string; params: unknown[] }, options = '') =>
    (await em().execute<Array<{ 'QUERY PLAN': string }>>(`explain ${options ? `(${options}) ` : ''}${query.sql}`, query.params))
      .map((row) => row['QUERY PLAN'])
      .join('\n');
  const VIEWERS = ['an owner', 'an agent of the department'] as const;
  const viewer = (who: (typeof VIEWERS)[number] | 'an agent of assigned tickets'): AgentViewer => {
    const agentId = '00000000-0000-4000-8000-000000000002';
    if (who === 'an owner') return { kind: 'AGENT', agentId, role: Role.OWNER, ticketAccess: TicketAccess.DEPARTMENTS, departmentIds: [], expiresAt: null };
    if (who === 'an agent of the department') return { kind: 'AGENT', agentId, role: Role.AGENT, ticketAccess: TicketAccess.DEPARTMENTS, departmentIds: [huge], expiresAt: null };
    return { kind: 'AGENT', agentId: assignee, role: Role.AGENT, ticketAccess: TicketAccess.ASSIGNED_ONLY, departmentIds: [huge], expiresAt: null };
  };

  beforeAll(async () => {
    huge = departmentKey(await department('Huge'));
    assignee = keyOf(access.assignedAgent.id, 'Agent') as string;
    const other = departmentKey(access.billing);
    const [contact] = (await sql('select "id" from "contact" limit 1')) as Array<{ id: string }>;
    // 100,000 queued tickets in one department, 30,000 in another, 20,000 resolved ones; one in ten assigned.
    await sql(
      `insert into "ticket" ("id", "code", "subject", "status", "priority", "channel", "department_id", "assignee_id", "contact_id", "tags",
         "waiting_since", "sla_next_due_at", "created_at", "updated_at", "version", "sla")
       select gen_random_uuid(), 'BULK-' || g, 'Bulk ' || g,
         case when g > 130000 then 'RESOLVED' when g % 2 = 0 then 'NEW' else 'OPEN' end,
         1 + g % 4, 'API',
         case when g between 100001 and 130000 then ?::uuid else ?::uuid end,
         case when g % 10 = 0 then ?::uuid end, ?::uuid, '{}',
         case when g % 5 = 0 then null else timestamptz '2030-01-01' - g * interval '1 second' end,
         case when g % 3 = 0 then timestamptz '2030-02-01' + (g % 1000) * interval '1 minute' end,
         timestamptz '2029-01-01' + g * interval '1 second', timestamptz '2029-01-01' + g * interval '1 second', 1, ?::jsonb
       from generate_series(1, 150000) g`,
      // Their SLA timelines do not matter here: one of a ticket that has just arrived will do for all.
      [other, huge, assignee, contact!.id, JSON.stringify(initialSla(new Date('2029-01-01')))],
    );
    // VACUUM too, as autovacuum would: it marks the pages all-visible, which index-only scans need.
    await sql('vacuum analyze "ticket"');
  }, 120_000);

  it.each(VIEWERS)('reads the first page of a department in index order, without sorting, for %s', async (who) => {
    const plan = await explain(queuePageQuery(queueScope(viewer(who), huge), null, 51));
    expect(plan).toContain('ticket_queue_department_index');
    expect(plan).not.toMatch(/Sort/);
  });

  it.each(VIEWERS)('reads a page 90,000 tickets deep from the index too, the cursor as its lower bound, for %s', async (who) => {
    const scope = queueScope(viewer(who), huge);
    const where = whereSql(queueConditions(scope));
    const [row] = await em().execute<Array<Record<string, unknown>>>(
      `select t.* from "ticket" t where ${where.sql} order by ${orderBySql(QUEUE_KEYS)} offset 90000 limit 1`,
      where.params,
    );
    const cursor = cursorOf(QUEUE_KEYS, em().map(Ticket, row!));
    const plan = await explain(queuePageQuery(scope, cursor, 51), 'analyze, buffers');
    // With this department holding most of the queue (100,000 of 130,000), the planner may as well
    // read the index of all queues and drop the other department's entries on the way: either is a
    // range of a queue index from the cursor on, without sorting, reading about a page.
    expect(plan).toMatch(/Index Scan using ticket_queue(_department)?_index/);
    expect(plan).not.toMatch(/Sort/);
    // The row comparison is the index scan's condition, not a filter over the rows before it.
    expect(plan).toMatch(/Index Cond: .*ROW\(/s);
    const removed = Number(/Rows Removed by Filter: (\d+)/.exec(plan)?.[1] ?? 0);
    expect(removed).toBeLessThan(51);
    const page = queuePageQuery(scope, cursor, 51);
    expect(await em().execute(page.sql, page.params)).toHaveLength(51);
  });

  it('reads the first page across departments from the index of all queues for an owner, of the assignee for an agent of assigned tickets', async () => {
    const all = await explain(queuePageQuery(queueScope(viewer('an owner'), null), null, 51));
    expect(all).toContain('ticket_queue_index');
    expect(all).not.toMatch(/Sort/);
    const assigned = await explain(queuePageQuery(queueScope(viewer('an agent of assigned tickets'), null), null, 51));
    expect(assigned).toContain('ticket_queue_assignee_index');
    expect(assigned).not.toMatch(/Sort/);
  });

  it.each(VIEWERS)('counts the positions of a page on the department index alone, for %s', async (who) => {
    const scope = queueScope(viewer(who), huge);
    const page = queuePageQuery(scope, null, 50);
    const tickets = await em().execute<Array<{ id: string }>>(page.sql, page.params);
    const plan = await explain(queuePositionsQuery(scope.visibility, tickets.map((ticket) => ticket.id)));
    expect(plan).toContain('Index Only Scan using ticket_queue_department_index');
    expect(plan).not.toMatch(/Seq Scan/);
  });

  it.each(VIEWERS)("takes the ids of a department's snapshot from its index alone, without sorting, for %s", async (who) => {
    const plan = await explain(queueSnapshotQuery(queueScope(viewer(who), huge), 50));
    // The ids; how to count two thirds of the table (here a parallel sequential scan) is the planner's call.
    expect(plan).toMatch(/Limit[^\n]*\n\s*->\s+Index Only Scan using ticket_queue_department_index/);
    expect(plan).not.toMatch(/Sort/);
  });
});
