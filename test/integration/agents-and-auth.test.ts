import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql';
import { OWNER, loginToken, startTestApp, type TestApp } from '../support/test-app';

const LOGIN = graphql(`
  mutation LoginAs($input: LoginInput!) { login(input: $input) { token agent { email role } } }
`);
const VIEWER = graphql(`
  query WhoAmI { viewer { kind agent { email role departments { name } } } }
`);
const CREATE_AGENT = graphql(`
  mutation CreateAgent($input: CreateAgentInput!) {
    createAgent(input: $input) { agent { id name email role ticketAccess active departments { id name } } }
  }
`);
const UPDATE_AGENT = graphql(`
  mutation UpdateAgent($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id role active } } }
`);
const CREATE_DEPARTMENT = graphql(`
  mutation CreateDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id name agents { email } queueLength } } }
`);
const DEPARTMENTS = graphql(`
  query Departments { departments { id name } }
`);
const CREATE_TICKET = graphql(`
  mutation CreateTicketInDepartment($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }
`);
const VISIBLE = graphql(`
  query VisibleTickets($id: ID!) {
    tickets(first: 100) { totalCount edges { node { id subject } } }
    ticket(id: $id) { id }
    node(id: $id) { id }
    departments { name queueLength }
  }
`);

let t: TestApp;
let departmentId: string;
let agentToken: string;
let agentId: string;
beforeAll(async () => {
  t = await startTestApp();
  departmentId = (await t.data(CREATE_DEPARTMENT, { input: { name: 'Billing', description: 'Money' } }, t.ownerToken)).createDepartment.department.id;
  const created = await t.data(
    CREATE_AGENT,
    { input: { name: 'Bob', email: 'Bob@Example.com', password: 'bob-password-1', role: 'AGENT', departmentIds: [departmentId] } },
    t.ownerToken,
  );
  agentId = created.createAgent.agent.id;
  agentToken = await loginToken(t.httpUrl, 'bob@example.com', 'bob-password-1');
});
afterAll(async () => {
  await t?.stop();
});

describe('logging in', () => {
  it('returns a token that identifies the agent as viewer', async () => {
    const { login } = await t.data(LOGIN, { input: { email: OWNER.email.toUpperCase(), password: OWNER.password } });
    expect(login.agent).toEqual({ email: OWNER.email, role: 'OWNER' });
    const { viewer } = await t.data(VIEWER, {}, login.token);
    expect(viewer.kind).toBe('AGENT');
    expect(viewer.agent?.email).toBe(OWNER.email);
  });

  it('gives unknown emails and wrong passwords the same UNAUTHENTICATED answer', async () => {
    const unknown = await t.request(LOGIN, { input: { email: 'nobody@example.com', password: 'whatever-123' } });
    const wrong = await t.request(LOGIN, { input: { email: OWNER.email, password: 'wrong-password' } });
    expect(unknown.body.errors).toEqual(wrong.body.errors);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets anonymous callers ask only for the viewer', async () => {
    expect((await t.data(VIEWER, {})).viewer).toEqual({ kind: 'ANONYMOUS', agent: null });
    const { body } = await t.request(DEPARTMENTS, {});
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data ?? null).toBeNull();
  });

  it('treats an invalid token as UNAUTHENTICATED, never as anonymous', async () => {
    const { body } = await t.request(VIEWER, {}, 'not.a.token');
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('managing agents, as owner', () => {
  it('stores emails lowercased and refuses a duplicate in another case with CONFLICT', async () => {
    const { body } = await t.request(CREATE_AGENT, { input: { name: 'Bob 2', email: 'BOB@example.com', password: 'bob-password-2', role: 'AGENT' } }, t.ownerToken);
    expect(body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { viewer } = await t.data(VIEWER, {}, agentToken);
    expect(viewer.agent).toEqual({ email: 'bob@example.com', role: 'AGENT', departments: [{ name: 'Billing' }] });
  });

  it('never demotes or deactivates the last active owner', async () => {
    const { viewer } = await t.data(graphql(`query OwnerId { viewer { agent { id } } }`), {}, t.ownerToken);
    for (const change of [{ role: 'ADMIN' as const }, { active: false }]) {
      const { body } = await t.request(UPDATE_AGENT, { input: { id: viewer.agent!.id, ...change } }, t.ownerToken);
      expect(body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    }
  });

  it('revokes a deactivated agent: no login, and the old token stops working', async () => {
    await t.data(CREATE_AGENT, { input: { name: 'Temp', email: 'temp@example.com', password: 'temp-password-1', role: 'AGENT' } }, t.ownerToken);
    const token = await loginToken(t.httpUrl, 'temp@example.com', 'temp-password-1');
    const { viewer } = await t.data(graphql(`query TempId { viewer { agent { id } } }`), {}, token);
    await t.data(UPDATE_AGENT, { input: { id: viewer.agent!.id, active: false } }, t.ownerToken);
    expect((await t.request(VIEWER, {}, token)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const again = await t.request(LOGIN, { input: { email: 'temp@example.com', password: 'temp-password-1' } });
    expect(again.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('as an agent', () => {
  it('may read departments but not create agents or departments (FORBIDDEN)', async () => {
    expect((await t.data(DEPARTMENTS, {}, agentToken)).departments.map((department) => department.name)).toEqual(['Billing']);
    const agent = await t.request(CREATE_AGENT, { input: { name: 'X', email: 'x@example.com', password: 'x-password-12', role: 'AGENT' } }, agentToken);
    expect(agent.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const department = await t.request(CREATE_DEPARTMENT, { input: { name: 'Sneaky' } }, agentToken);
    expect(department.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("sees its department's tickets and its own, and nothing of the rest: not in lists, counts or lookups", async () => {
    const create = (subject: string, extra: { departmentId?: string; assigneeId?: string }) =>
      t.data(CREATE_TICKET, { input: { subject, body: 'b', contact: {}, ...extra } }, t.ownerToken).then((result) => result.createTicket.ticket.id);
    await create('In billing', { departmentId });
    await create('Assigned to Bob', { assigneeId: agentId });
    const hidden = await create('Nobody told Bob', {});
    const { tickets, ticket, node, departments } = await t.data(VISIBLE, { id: hidden }, agentToken);
    expect(tickets.edges.map((edge) => edge.node.subject).sort()).toEqual(['Assigned to Bob', 'In billing']);
    expect(tickets.totalCount).toBe(2);
    expect(ticket).toBeNull();
    expect(node).toBeNull();
    expect(departments).toEqual([{ name: 'Billing', queueLength: 1 }]);
    expect((await t.data(VISIBLE, { id: hidden }, t.ownerToken)).ticket?.id).toBe(hidden);
  });

  it('cannot promote itself', async () => {
    const { body } = await t.request(UPDATE_AGENT, { input: { id: agentId, role: 'OWNER' } }, agentToken);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('as admin', () => {
  it('may create agents but not owners', async () => {
    await t.data(CREATE_AGENT, { input: { name: 'Ann', email: 'ann@example.com', password: 'ann-password-1', role: 'ADMIN' } }, t.ownerToken);
    const adminToken = await loginToken(t.httpUrl, 'ann@example.com', 'ann-password-1');
    const owner = await t.request(CREATE_AGENT, { input: { name: 'O', email: 'o@example.com', password: 'o-password-123', role: 'OWNER' } }, adminToken);
    expect(owner.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const agent = await t.data(CREATE_AGENT, { input: { name: 'Al', email: 'al@example.com', password: 'al-password-1', role: 'AGENT', ticketAccess: 'ASSIGNED_ONLY' } }, adminToken);
    expect(agent.createAgent.agent).toMatchObject({ role: 'AGENT', ticketAccess: 'ASSIGNED_ONLY', active: true, departments: [] });
  });
});
