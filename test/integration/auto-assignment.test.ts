import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql';
import type { AssignmentMode } from '../support/gql/graphql';
import { loginToken, startTestApp, type TestApp } from '../support/test-app';

const CREATE_DEPARTMENT = graphql(`
  mutation DepartmentToAssign($input: DepartmentInput!) { createDepartment(input: $input) { department { id assignment } } }
`);
const UPDATE_DEPARTMENT = graphql(`
  mutation DepartmentAssignment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { id name assignment } } }
`);
const DEPARTMENTS = graphql(`
  query DepartmentAssignments { departments { id assignment } }
`);
const CREATE_AGENT = graphql(`
  mutation AgentToAssign($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }
`);
const UPDATE_AGENT = graphql(`
  mutation AgentActivity($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id active } } }
`);
const CREATE_TICKET = graphql(`
  mutation CreateTicketToAssign($input: CreateTicketInput!) {
    createTicket(input: $input) { ticket { id version assignee { id } department { id } } }
  }
`);
const CREATE_RULE = graphql(`
  mutation RuleBeforeAssignment($input: RoutingRuleInput!) { createRoutingRule(input: $input) { routingRule { id } } }
`);
const DELETE_RULE = graphql(`
  mutation DeleteRuleBeforeAssignment($id: ID!) { deleteRoutingRule(id: $id) { deletedId } }
`);
const SET_STATUS = graphql(`
  mutation ResolveAssigned($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }
`);
const ASSIGNED_TICKET = graphql(`
  query AssignedTicket($id: ID!) {
    ticket(id: $id) { id version assignee { id } events(first: 20) { edges { node { kind from to actor { id } } } } }
  }
`);
const OWNER_ID = graphql(`
  query OwnerForAssignment { viewer { agent { id } } }
`);

let t: TestApp;
let ownerId: string;
beforeAll(async () => {
  t = await startTestApp();
  ownerId = (await t.data(OWNER_ID, {}, t.ownerToken)).viewer.agent!.id;
});
afterAll(async () => {
  await t?.stop();
});

let unique = 0;
const next = () => (unique += 1);

async function department(assignment?: AssignmentMode): Promise<string> {
  return (await t.data(CREATE_DEPARTMENT, { input: { name: `Assigning ${next()}`, assignment } }, t.ownerToken)).createDepartment.department.id;
}

/** Agents created one after another: their turn order is the order of this list. */
async function agents(count: number, departmentIds: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const n = next();
    const input = { name: `Assignee ${n}`, email: `assignee-${n}@example.com`, password: `assignee-password-${n}`, role: 'AGENT' as const, departmentIds };
    ids.push((await t.data(CREATE_AGENT, { input }, t.ownerToken)).createAgent.agent.id);
    // Created at least a millisecond apart, so that the turn order is the creation order.
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return ids;
}

async function createTicket(input: { departmentId?: string; assigneeId?: string; subject?: string } = {}) {
  const n = next();
  return (await t.data(CREATE_TICKET, { input: { subject: input.subject ?? `Ticket ${n}`, body: 'Help', contact: { email: `assigned-${n}@example.com` }, ...input } }, t.ownerToken))
    .createTicket.ticket;
}

const assigneesOf = async (departmentId: string, count: number) => {
  const picks: Array<string | null> = [];
  for (let index = 0; index < count; index += 1) picks.push((await createTicket({ departmentId })).assignee?.id ?? null);
  return picks;
};

describe("a department's assignment mode, as owner", () => {
  it('is OFF unless given, is set on create and on update, and cannot be cleared', async () => {
    const plain = await department();
    const rotating = await department('ROUND_ROBIN');
    const { departments } = await t.data(DEPARTMENTS, {}, t.ownerToken);
    expect(departments.find((entry) => entry.id === plain)?.assignment).toBe('OFF');
    expect(departments.find((entry) => entry.id === rotating)?.assignment).toBe('ROUND_ROBIN');

    const updated = await t.data(UPDATE_DEPARTMENT, { input: { id: plain, assignment: 'LEAST_OPEN' } }, t.ownerToken);
    expect(updated.updateDepartment.department.assignment).toBe('LEAST_OPEN');
    const renamed = await t.data(UPDATE_DEPARTMENT, { input: { id: plain, name: `Renamed ${next()}` } }, t.ownerToken);
    expect(renamed.updateDepartment.department.assignment).toBe('LEAST_OPEN');
    const cleared = await t.request(UPDATE_DEPARTMENT, { input: { id: plain, assignment: null } }, t.ownerToken);
    expect(cleared.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'assignment' });
  });

  it('may not be changed by an agent (FORBIDDEN)', async () => {
    const n = next();
    const input = { name: `Plain ${n}`, email: `plain-${n}@example.com`, password: `plain-password-${n}`, role: 'AGENT' as const };
    await t.data(CREATE_AGENT, { input }, t.ownerToken);
    const token = await loginToken(t.httpUrl, input.email, input.password);
    const { body } = await t.request(UPDATE_DEPARTMENT, { input: { id: await department(), assignment: 'ROUND_ROBIN' } }, token);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('auto-assignment of new tickets', () => {
  it('assigns nobody in an OFF department', async () => {
    const off = await department('OFF');
    await agents(2, [off]);
    expect(await assigneesOf(off, 2)).toEqual([null, null]);
  });

  it('ROUND_ROBIN: cycles through the active members in turn, skipping a deactivated one and non-members', async () => {
    const rotating = await department('ROUND_ROBIN');
    const [a, b, c] = await agents(3, [rotating]);
    await agents(1, [await department()]);
    expect(await assigneesOf(rotating, 4)).toEqual([a, b, c, a]);

    await t.data(UPDATE_AGENT, { input: { id: b!, active: false } }, t.ownerToken);
    expect(await assigneesOf(rotating, 4)).toEqual([c, a, c, a]);
    await t.data(UPDATE_AGENT, { input: { id: b!, active: true } }, t.ownerToken);
    expect(await assigneesOf(rotating, 3)).toEqual([b, c, a]);
  });

  it('writes ASSIGNED by no actor right after CREATED, in the creating transaction (version 1)', async () => {
    const rotating = await department('ROUND_ROBIN');
    const [a] = await agents(1, [rotating]);
    const created = await createTicket({ departmentId: rotating });
    const ticket = (await t.data(ASSIGNED_TICKET, { id: created.id }, t.ownerToken)).ticket!;
    expect(ticket.version).toBe(1);
    expect(ticket.events!.edges.map(({ node }) => [node.kind, node.from, node.to, node.actor?.id ?? null])).toEqual([
      ['CREATED', null, 'NEW', ownerId],
      ['ASSIGNED', null, a, null],
    ]);
  });

  it('keeps an assignee the creator gave, by the creator, without moving the turn', async () => {
    const rotating = await department('ROUND_ROBIN');
    const [a, b] = await agents(2, [rotating]);
    const given = await createTicket({ departmentId: rotating, assigneeId: b });
    expect(given.assignee?.id).toBe(b);
    const events = (await t.data(ASSIGNED_TICKET, { id: given.id }, t.ownerToken)).ticket!.events!.edges.map(({ node }) => [node.kind, node.actor?.id ?? null]);
    expect(events).toEqual([
      ['CREATED', ownerId],
      ['ASSIGNED', ownerId],
    ]);
    expect(await assigneesOf(rotating, 2)).toEqual([a, b]);
  });

  it('assigns in the department a routing rule chose, after ROUTED', async () => {
    const rotating = await department('ROUND_ROBIN');
    const [a] = await agents(1, [rotating]);
    const n = next();
    const rule = (await t.data(CREATE_RULE, { input: { name: `To rotating ${n}`, keywords: [`route${n}`], departmentId: rotating } }, t.ownerToken)).createRoutingRule.routingRule;
    try {
      const created = await createTicket({ subject: `Please route${n}` });
      expect(created).toMatchObject({ department: { id: rotating }, assignee: { id: a } });
      const events = (await t.data(ASSIGNED_TICKET, { id: created.id }, t.ownerToken)).ticket!.events!.edges.map(({ node }) => node.kind);
      expect(events).toEqual(['CREATED', 'ROUTED', 'ASSIGNED']);
    } finally {
      await t.data(DELETE_RULE, { id: rule.id }, t.ownerToken);
    }
  });

  it('assigns nobody without a department, or in a department without an active member', async () => {
    expect((await createTicket()).assignee).toBeNull();
    const empty = await department('LEAST_OPEN');
    const [gone] = await agents(1, [empty]);
    await t.data(UPDATE_AGENT, { input: { id: gone!, active: false } }, t.ownerToken);
    expect(await assigneesOf(empty, 1)).toEqual([null]);
  });

  it('LEAST_OPEN: picks the member with the fewest tickets not RESOLVED or CLOSED (in any department), equals in turn', async () => {
    const leastOpen = await department('LEAST_OPEN');
    const elsewhere = await department('OFF');
    const [a, b, c] = await agents(3, [leastOpen]);
    // a: 1 open, in another department; b: 3 resolved and none open; c: 1 open.
    await createTicket({ departmentId: elsewhere, assigneeId: a });
    await createTicket({ departmentId: leastOpen, assigneeId: c });
    for (let index = 0; index < 3; index += 1) {
      const resolved = await createTicket({ departmentId: leastOpen, assigneeId: b });
      await t.data(SET_STATUS, { input: { ticketId: resolved.id, status: 'RESOLVED' } }, t.ownerToken);
    }
    // b (0); then all at 1: after b in turn comes c (not a, the first); a and b at 1: after c, a; b;
    // all at 2: after b, c; a and b at 2: after c, a.
    expect(await assigneesOf(leastOpen, 6)).toEqual([b, c, a, b, c, a]);
  });
});

/**
 * 20 creations sent at once into a department of 4 agents: each waits for the department's row
 * lock, then reads the turn and the counts the previous one committed. Without the lock, several
 * read the same turn or counts and pick the same agent. PGlite serves one connection at a time,
 * so there the creations queue up anyway; on PostgreSQL (DATABASE_URL) they really run at once.
 */
describe.each(['ROUND_ROBIN', 'LEAST_OPEN'] as const)('%s under concurrent creation', (mode) => {
  it('gives 20 tickets created at once exactly 5 to each of 4 agents', async () => {
    const target = await department(mode);
    const team = await agents(4, [target]);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        t.request(CREATE_TICKET, { input: { subject: `Rush ${index}`, body: 'Now', contact: { email: `rush-${mode}-${index}@example.com` }, departmentId: target } }, t.ownerToken),
      ),
    );
    const counts = new Map(team.map((id) => [id, 0]));
    for (const { body } of results) {
      expect(body.errors).toBeUndefined();
      const assignee = body.data!.createTicket.ticket.assignee?.id ?? 'nobody';
      counts.set(assignee, (counts.get(assignee) ?? 0) + 1);
    }
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(team.map((id) => [id, 5])));
  });
});
