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
    // Refused at the root field itself, not only field by field below it.
    expect(attempts.map(({ body }) => [body.errors?.[0]?.extensions?.code, body.errors?.[0]?.path])).toEqual([
      ['FORBIDDEN', ['routingRules']],
      ['FORBIDDEN', ['createRoutingRule']],
      ['FORBIDDEN', ['updateRoutingRule']],
      ['FORBIDDEN', ['deleteRoutingRule']],
    ]);
    expect((await t.data(RULE_NODE, { id: rule.id }, agentToken)).node).toBeNull();
    expect((await t.data(RULES, {}, t.ownerToken)).routingRules).toEqual([expect.objectContaining({ id: rule.id, name: 'Admins only' })]);
  });
});

describe('routing a new ticket', () => {
  it('applies the first active matching rule by position, and among equal positions the oldest', async () => {
    await createRule({ name: 'Inactive first', position: -10, active: false, departmentId: departments.sales });
    await createRule({ name: 'Chat only', position: -5, channels: ['CHAT'], departmentId: departments.sales });
    await createRule({ name: 'Late catch-all', position: 10, departmentId: departments.support });
    await createRule({ name: 'Older of two', position: 1, departmentId: departments.billing });
    await createRule({ name: 'Newer of two', position: 1, departmentId: departments.sales });
    const ticket = await ticketOf((await createTicket({ subject: 'Where is my order?', channel: 'EMAIL' })).id);
    expect(ticket.department?.id).toBe(departments.billing);
    expect(trail(ticket).slice(0, 2)).toEqual([
      ['CREATED', null, 'NEW', expect.any(String)],
      ['ROUTED', null, 'Older of two', null],
    ]);
  });

  it('writes ROUTED right after CREATED, by no actor, at the same instant, without a new version', async () => {
    await createRule({ name: 'Tagging', tags: ['triage'] });
    const ticket = await ticketOf((await createTicket({ subject: 'Anything' })).id);
    const events = ticket.events!.edges.map(({ node }) => node);
    expect(events.map((event) => event.kind)).toEqual(['CREATED', 'ROUTED']);
    expect(events[1]).toMatchObject({ from: null, to: 'Tagging', actor: null, createdAt: ticket.createdAt });
    expect(ticket.version).toBe(1);
  });

  it('leaves a ticket no rule matches as it was created, without ROUTED', async () => {
    await createRule({ name: 'Phone only', channels: ['CHAT'], departmentId: departments.sales, priority: 'CRITICAL', tags: ['chat'] });
    const created = await createTicket({ subject: 'By mail', channel: 'EMAIL' });
    expect(created).toMatchObject({ department: null, priority: 'MEDIUM', tags: [] });
    expect(trail(await ticketOf(created.id)).map(([kind]) => kind)).toEqual(['CREATED']);
  });

  it('matches on the channel', async () => {
    await createRule({ name: 'Chats to sales', channels: ['CHAT', 'WEB_FORM'], departmentId: departments.sales });
    expect((await createTicket({ subject: 'Hi', channel: 'CHAT' })).department?.id).toBe(departments.sales);
    expect((await createTicket({ subject: 'Hi', channel: 'API' })).department).toBeNull();
  });

  it("matches on the contact's group", async () => {
    await createRule({ name: 'VIPs first', contactGroupIds: [vipGroup], priority: 'CRITICAL' });
    const first = await createTicket({ subject: 'Hello', email: 'vip-routing@example.com' });
    expect(first.priority).toBe('MEDIUM');
    await t.data(UPDATE_CONTACT, { input: { id: first.contact.id, groupId: vipGroup } }, t.ownerToken);
    expect((await createTicket({ subject: 'Hello again', email: 'vip-routing@example.com' })).priority).toBe('CRITICAL');
    expect((await createTicket({ subject: 'Hello', email: 'nobody-special@example.com' })).priority).toBe('MEDIUM');
  });

  it('matches keywords as whole words regardless of case, in the subject or the first message', async () => {
    await createRule({ name: 'Refunds', keywords: ['refund', 'money back'], departmentId: departments.billing });
    const routed = async (subject: string, body = 'Hello') => (await createTicket({ subject, body })).department?.id ?? null;
    expect(await routed('REFUND please')).toBe(departments.billing);
    expect(await routed('Question', 'I want my Money\nBack.')).toBe(departments.billing);
    expect(await routed('Refunds policy?')).toBeNull();
    expect(await routed('Question', 'prerefund check')).toBeNull();
    expect(await routed('Money for back pain')).toBeNull();
  });

  it("sets the rule's department and priority where the creator gave none", async () => {
    await createRule({ name: 'Outages', keywords: ['outage'], departmentId: departments.support, priority: 'CRITICAL' });
    expect(await createTicket({ subject: 'Outage in Riga' })).toMatchObject({ department: { id: departments.support }, priority: 'CRITICAL' });
  });

  it("keeps the creator's department and priority over the rule's, and still records the rule", async () => {
    await createRule({ name: 'Outages', keywords: ['outage'], departmentId: departments.support, priority: 'CRITICAL', tags: ['outage'] });
    const created = await createTicket({ subject: 'Outage', departmentId: departments.sales, priority: 'LOW' });
    expect(created).toMatchObject({ department: { id: departments.sales }, priority: 'LOW', tags: ['outage'] });
    expect(trail(await ticketOf(created.id)).map(([kind, , to]) => `${kind}:${to}`)).toEqual(['CREATED:NEW', 'ROUTED:Outages']);
  });

  it("treats priority MEDIUM, the contract's default, as no choice: the rule's priority replaces it", async () => {
    await createRule({ name: 'Outages', keywords: ['outage'], priority: 'HIGH' });
    expect((await createTicket({ subject: 'Outage', priority: 'MEDIUM' })).priority).toBe('HIGH');
  });

  it("adds the rule's tags to the creator's", async () => {
    await createRule({ name: 'Billing tags', tags: ['billing', 'routed'] });
    expect((await createTicket({ subject: 'Tagged', tags: ['VIP', 'billing'] })).tags).toEqual(['billing', 'routed', 'vip']);
  });

  it("routes web form requests, where the customer's chosen department is kept", async () => {
    await createRule({ name: 'Web form', channels: ['WEB_FORM'], departmentId: departments.billing, priority: 'HIGH', tags: ['web'] });
    const submit = async (departmentId?: string) =>
      (await t.data(SUBMIT, { input: { email: 'form-routing@example.com', subject: 'From the form', body: 'Hello', departmentId } })).submitSupportRequest.ticketCode;
    const routed = (await t.data(ROUTED_BY_CODE, { code: await submit() }, t.ownerToken)).ticketByCode!;
    expect(routed).toMatchObject({ channel: 'WEB_FORM', department: { id: departments.billing }, priority: 'HIGH', tags: ['web'] });
    expect(routed.events!.edges.map(({ node }) => [node.kind, node.to, node.actor])).toEqual([
      ['CREATED', 'NEW', null],
      ['ROUTED', 'Web form', null],
    ]);
    const chosen = (await t.data(ROUTED_BY_CODE, { code: await submit(departments.sales) }, t.ownerToken)).ticketByCode!;
    expect(chosen).toMatchObject({ department: { id: departments.sales }, priority: 'HIGH', tags: ['web'] });
  });
});
