import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql';
import type { RoutingRuleInput } from '../support/gql/graphql';
import { loginToken, startTestApp, type TestApp } from '../support/test-app';
import { TestClock } from '../support/test-clock';

const RULES = graphql(`
  query RoutingRules {
    routingRules {
      id name position active createdAt updatedAt
      conditions { channels keywords contactGroups { id name } }
      actions { priority tags department { id name } }
    }
  }
`);
const CREATE_RULE = graphql(`
  mutation CreateRoutingRule($input: RoutingRuleInput!) {
    createRoutingRule(input: $input) {
      routingRule {
        id name position active createdAt updatedAt
        conditions { channels keywords contactGroups { id name } }
        actions { priority tags department { id name } }
      }
    }
  }
`);
const UPDATE_RULE = graphql(`
  mutation UpdateRoutingRule($input: UpdateRoutingRuleInput!) {
    updateRoutingRule(input: $input) {
      routingRule {
        id name position active createdAt updatedAt
        conditions { channels keywords contactGroups { id name } }
        actions { priority tags department { id name } }
      }
    }
  }
`);
const DELETE_RULE = graphql(`
  mutation DeleteRoutingRule($id: ID!) { deleteRoutingRule(id: $id) { deletedId } }
`);
const RULE_NODE = graphql(`
  query RoutingRuleNode($id: ID!) { node(id: $id) { id ... on RoutingRule { name } } }
`);
const CREATE_DEPARTMENT = graphql(`
  mutation DepartmentForRouting($input: DepartmentInput!) { createDepartment(input: $input) { department { id name } } }
`);
const CREATE_GROUP = graphql(`
  mutation GroupForRouting($input: ContactGroupInput!) { createContactGroup(input: $input) { contactGroup { id name } } }
`);
const UPDATE_CONTACT = graphql(`
  mutation ContactIntoGroup($input: UpdateContactInput!) { updateContact(input: $input) { contact { id } } }
`);
const CREATE_AGENT = graphql(`
  mutation AgentForRouting($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }
`);
const CREATE_TICKET = graphql(`
  mutation CreateRoutedTicket($input: CreateTicketInput!) {
    createTicket(input: $input) { ticket { id version priority tags department { id } contact { id } } }
  }
`);
const SUBMIT = graphql(`
  mutation SubmitRoutedRequest($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode } }
`);
const ROUTED_TICKET = graphql(`
  query RoutedTicket($id: ID!) {
    ticket(id: $id) {
      id version priority tags createdAt
      department { id }
      events(first: 20) { edges { node { kind from to actor { id } createdAt } } }
    }
  }
`);
const ROUTED_BY_CODE = graphql(`
  query RoutedTicketByCode($code: String!) {
    ticketByCode(code: $code) {
      id priority tags channel
      department { id }
      events(first: 20) { edges { node { kind from to actor { id } } } }
    }
  }
`);

// Rules of one position are tried oldest first: each rule is created a second after the previous one.
const clock = new TestClock();
let t: TestApp;
let agentToken: string;
const departments: Record<'billing' | 'support' | 'sales', string> = { billing: '', support: '', sales: '' };
let vipGroup: string;

beforeAll(async () => {
  t = await startTestApp({}, { clock });
  for (const name of ['billing', 'support', 'sales'] as const) {
    departments[name] = (await t.data(CREATE_DEPARTMENT, { input: { name: `Routing ${name}` } }, t.ownerToken)).createDepartment.department.id;
  }
  vipGroup = (await t.data(CREATE_GROUP, { input: { name: 'Routing VIP' } }, t.ownerToken)).createContactGroup.contactGroup.id;
  const agent = { name: 'Routing Agent', email: 'routing-agent@example.com', password: 'routing-agent-password', role: 'AGENT' as const, departmentIds: [departments.support] };
  await t.data(CREATE_AGENT, { input: agent }, t.ownerToken);
  agentToken = await loginToken(t.httpUrl, agent.email, agent.password);
});
afterAll(async () => {
  await t?.stop();
});
// Rules apply to every ticket created: each test starts without any.
afterEach(async () => {
  for (const rule of (await t.data(RULES, {}, t.ownerToken)).routingRules) await t.data(DELETE_RULE, { id: rule.id }, t.ownerToken);
});

async function createRule(input: RoutingRuleInput) {
  clock.advance(1000);
  return (await t.data(CREATE_RULE, { input }, t.ownerToken)).createRoutingRule.routingRule;
}

let emails = 0;
/** A ticket as an agent or an API would create it: only what the test gives, a fresh contact unless one is named. */
async function createTicket(input: { subject: string; body?: string; channel?: 'EMAIL' | 'CHAT' | 'API' | 'WEB_FORM'; email?: string; departmentId?: string; priority?: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL'; tags?: string[] }) {
  emails += 1;
  const { email, body, ...rest } = input;
  return (await t.data(CREATE_TICKET, { input: { body: body ?? 'Hello', contact: { email: email ?? `routing-${emails}@example.com` }, ...rest } }, t.ownerToken)).createTicket.ticket;
}

const ticketOf = async (id: string) => (await t.data(ROUTED_TICKET, { id }, t.ownerToken)).ticket!;
const trail = (ticket: Awaited<ReturnType<typeof ticketOf>>) => ticket.events!.edges.map(({ node }) => [node.kind, node.from, node.to, node.actor?.id ?? null]);

describe('routing rules, as owner', () => {
  it('creates a rule and lists it with its conditions and actions, in the order rules are tried', async () => {
    const later = await createRule({ name: 'Later', position: 5 });
    const rule = await createRule({
      name: '  Refunds to billing ',
      position: -1,
      channels: ['EMAIL', 'EMAIL', 'WEB_FORM'],
      contactGroupIds: [vipGroup],
      keywords: [' Refund', 'CREDIT   card'],
      departmentId: departments.billing,
      priority: 'HIGH',
      tags: ['Money', ' refund '],
    });
    expect(rule).toMatchObject({
      name: 'Refunds to billing',
      position: -1,
      active: true,
      conditions: { channels: ['EMAIL', 'WEB_FORM'], keywords: ['refund', 'credit card'], contactGroups: [{ id: vipGroup, name: 'Routing VIP' }] },
      actions: { priority: 'HIGH', tags: ['money', 'refund'], department: { id: departments.billing, name: 'Routing billing' } },
    });
    expect(rule.createdAt).toBe(rule.updatedAt);
    const listed = (await t.data(RULES, {}, t.ownerToken)).routingRules;
    expect(listed.map((entry) => entry.id)).toEqual([rule.id, later.id]);
    expect(listed[0]).toEqual(rule);
    expect((await t.data(RULE_NODE, { id: rule.id }, t.ownerToken)).node).toEqual({ id: rule.id, name: 'Refunds to billing' });
  });

  it('gives a rule without conditions or actions empty lists and nulls, position 0, active', async () => {
    const rule = await createRule({ name: 'Catch-all' });
    expect(rule).toMatchObject({ position: 0, active: true, conditions: { channels: [], keywords: [], contactGroups: [] }, actions: { priority: null, tags: [], department: null } });
  });

  it('replaces the whole rule on update: what the new input leaves out is cleared', async () => {
    const rule = await createRule({ name: 'Before', channels: ['CHAT'], keywords: ['x'], departmentId: departments.billing, priority: 'LOW', tags: ['a'] });
    const updatedAt = clock.advance(60_000);
    const { updateRoutingRule } = await t.data(UPDATE_RULE, { input: { id: rule.id, rule: { name: 'After', position: 3, active: false, tags: ['b'] } } }, t.ownerToken);
    expect(updateRoutingRule.routingRule).toMatchObject({
      id: rule.id,
      name: 'After',
      position: 3,
      active: false,
      createdAt: rule.createdAt,
      updatedAt: updatedAt.toISOString(),
      conditions: { channels: [], keywords: [], contactGroups: [] },
      actions: { priority: null, tags: ['b'], department: null },
    });
  });

  it('deletes a rule: it is gone from the list and from node, and a second delete is NOT_FOUND', async () => {
    const rule = await createRule({ name: 'Short-lived' });
    expect((await t.data(DELETE_RULE, { id: rule.id }, t.ownerToken)).deleteRoutingRule).toEqual({ deletedId: rule.id });
    expect((await t.data(RULES, {}, t.ownerToken)).routingRules).toEqual([]);
    expect((await t.data(RULE_NODE, { id: rule.id }, t.ownerToken)).node).toBeNull();
    const again = await t.request(DELETE_RULE, { id: rule.id }, t.ownerToken);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const update = await t.request(UPDATE_RULE, { input: { id: rule.id, rule: { name: 'Ghost' } } }, t.ownerToken);
    expect(update.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const unknownDepartment = 'RGVwYXJ0bWVudDowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA';
    const cases: Array<[RoutingRuleInput, string]> = [
      [{ name: '   ' }, 'name'],
      [{ name: 'x'.repeat(101) }, 'name'],
      [{ name: 'Far', position: 1_000_001 }, 'position'],
      [{ name: 'Dept', departmentId: unknownDepartment }, 'departmentId'],
      [{ name: 'Dept', departmentId: vipGroup }, 'departmentId'],
      [{ name: 'Dept', departmentId: 'not-an-id' }, 'departmentId'],
      [{ name: 'Group', contactGroupIds: [vipGroup, departments.billing] }, 'contactGroupIds'],
      [{ name: 'Tags', tags: ['a,b'] }, 'tags'],
      [{ name: 'Tags', tags: Array.from({ length: 21 }, (_, index) => `t${index}`) }, 'tags'],
      [{ name: 'Keywords', keywords: ['fine', ' '] }, 'keywords'],
    ];
    for (const [input, field] of cases) {
      const { body } = await t.request(CREATE_RULE, { input }, t.ownerToken);
      expect(body.errors?.[0]?.extensions, JSON.stringify(input)).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    const rule = await createRule({ name: 'Valid' });
    const { body } = await t.request(UPDATE_RULE, { input: { id: rule.id, rule: { name: 'Valid', tags: ['a,b'] } } }, t.ownerToken);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'rule.tags' });
    expect((await t.data(RULES, {}, t.ownerToken)).routingRules.map((entry) => entry.name)).toEqual(['Valid']);
  });

  it('refuses a second rule of the same name, in any case, with CONFLICT', async () => {
    await createRule({ name: 'Unique name' });
    const { body } = await t.request(CREATE_RULE, { input: { name: 'UNIQUE NAME' } }, t.ownerToken);
    expect(body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('routing rules, as agent', () => {
  it('are FORBIDDEN to list, create, update and delete, and not found by node', async () => {
    const rule = await createRule({ name: 'Admins only' });
    const attempts = [
      await t.request(RULES, {}, agentToken),
      await t.request(CREATE_RULE, { input: { name: 'Mine' } }, agentToken),
      await t.request(UPDATE_RULE, { input: { id: rule.id, rule: { name: 'Mine' } } }, agentToken),
      await t.request(DELETE_RULE, { id: rule.id }, agentToken),
    ];
    expect(attempts.map(({ body }) => body.errors?.[0]?.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect((await t.data(RULE_NODE, { id: rule.id }, agentToken)).node).toBeNull();
    expect((await t.data(RULES, {}, t.ownerToken)).routingRules).toEqual([expect.objectContaining({ id: rule.id, name: 'Admins only' })]);
  });
});
