import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLObjectType, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveSubscription, recordingClient, type RecordingClient, type SubscriptionEnd } from '../support/ws-client';
import { loginToken, OWNER as OWNER_LOGIN, startTestApp, type TestApp } from '../support/test-app';

/*
 * Issue #3: the permission matrix. One table (MATRIX) of operations: every root field of
 * schema.graphql, the fields customers must not read, and the ticketChanged subscription, each
 * with its expected outcome for each of seven callers. One test per (caller, row). Besides the
 * outcome, every response and every WebSocket frame is searched for what that caller must never
 * see (other tickets' subjects, codes, ids and messages, internal notes, tags, agents' and other
 * contacts' emails, tokens, passwords), and every error for a stack trace or SQL.
 */

// ---------------------------------------------------------------- callers and outcomes

const ROLES = ['OWNER', 'ADMIN', 'AGENT_DEPARTMENTS', 'AGENT_ASSIGNED_ONLY', 'CUSTOMER', 'ANONYMOUS', 'BAD_TOKEN'] as const;
type Role = (typeof ROLES)[number];
type AgentRole = 'OWNER' | 'ADMIN' | 'AGENT_DEPARTMENTS' | 'AGENT_ASSIGNED_ONLY';
const AGENT_ROLES: readonly AgentRole[] = ['OWNER', 'ADMIN', 'AGENT_DEPARTMENTS', 'AGENT_ASSIGNED_ONLY'];
/** Callers with a valid token: the ones a subscription delivers to. */
const SIGNED_IN: readonly Role[] = [...AGENT_ROLES, 'CUSTOMER'];

type Code = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'BAD_USER_INPUT';
const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const NF = 'NOT_FOUND';

/** Responses are plain JSON of many shapes; each check reads only the fields its document asked for. */
type Data = any;
type Check = (data: Data, at: { fx: Fixture; role: Role }) => void | Promise<void>;

/**
 * 'ok': data, no error (and `ok` holds of the data, where given); 'null': the root field is null
 * without error, as for an object that does not exist; a code: the root field is refused with
 * it; `{ code, at }`: the field at path `at` is refused with `code`, the rest of the answer stands.
 */
type Outcome = 'ok' | 'null' | Code | { ok: Check; says: string } | { code: Code; at: string };

interface Call {
  role: Role;
  /** Unique per test, for names and emails that must not collide. */
  unique: string;
  /** The row's own ticket, when it asks for one (`target`). */
  own: FixtureTicket | undefined;
}

interface HttpRow {
  transport: 'http';
  name: string;
  document: string;
  variables?: (fx: Fixture, call: Call) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** A fresh ticket made for this row alone: in D1, or in D2 assigned to the ASSIGNED_ONLY agent. */
  target?: 'D1' | 'ASSIGNED';
  /** Puts back what a successful call changed, whoever made it, so that no other row depends on the order. */
  undo?: (fx: Fixture, data: Data) => Promise<void>;
  expect: Record<Role, Outcome>;
}

/** What one caller's ticketChanged subscription got during the live session. */
interface LiveView {
  received: LiveChange[];
  end: SubscriptionEnd | undefined;
  frames: string[];
}
type LiveOutcome = { ok: (mine: LiveView, live: LiveSession, fx: Fixture, role: Role) => void; says: string } | 'UNAUTHENTICATED' | { closed: number };

interface LiveRow {
  transport: 'ws';
  name: string;
  document: string;
  expect: Record<Role, LiveOutcome>;
}

/** A subscription whose first message (a snapshot) or refusal is all a caller gets without a change. */
interface SnapshotRow {
  transport: 'ws-snapshot';
  name: string;
  document: string;
  expect: Record<Role, { ok: (data: Data) => void; says: string } | Code | { closed: number }>;
}

type Row = HttpRow | LiveRow | SnapshotRow;

/** Agents get `agents`; customers FORBIDDEN; no token and a bad token UNAUTHENTICATED; `overrides` say where a row differs. */
function roles(agents: Outcome, overrides: Partial<Record<Role, Outcome>> = {}): Record<Role, Outcome> {
  return { OWNER: agents, ADMIN: agents, AGENT_DEPARTMENTS: agents, AGENT_ASSIGNED_ONLY: agents, CUSTOMER: F, ANONYMOUS: U, BAD_TOKEN: U, ...overrides };
}
/** OWNER and ADMIN only. */
const adminsOnly = (overrides: Partial<Record<Role, Outcome>> = {}) => roles(F, { OWNER: 'ok', ADMIN: 'ok', ...overrides });
const http = (row: Omit<HttpRow, 'transport'>): HttpRow => ({ transport: 'http', ...row });
const at = (code: Code, path: string): Outcome => ({ code, at: path });
const own = (call: Call): FixtureTicket => {
  if (!call.own) throw new Error('this row has no target ticket of its own');
  return call.own;
};
/** A policy of this call's own, inactive so no fixture ticket changes its SLA. */
const inactivePolicy = async (fx: Fixture, call: Call): Promise<string> =>
  (await fx.owner('mutation($input: SlaPolicyInput!) { createSlaPolicy(input: $input) { slaPolicy { id } } }', {
    input: { name: `Own policy ${call.unique}`, active: false, targets: [] },
  })).createSlaPolicy.slaPolicy.id as string;
const tomorrow = () => new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString();

// ---------------------------------------------------------------- the fixture

type Dept = 'D1' | 'D2';

interface Person {
  id: string;
  name: string;
  email: string;
  password: string;
}

/** A ticket the fixture made, with what decides who sees it and the texts only those who see it may read. */
interface FixtureTicket {
  label: string;
  id: string;
  code: string;
  department: Dept | null;
  assigneeId: string | null;
  /** In the customer's session. */
  granted: boolean;
  /** Id, code, subject and conversation: secret from whoever does not see the ticket. */
  texts: string[];
  /** Notes and tags: also secret from customers who see the ticket. */
  internal: string[];
  /** Bodies for rows that write on this ticket, already counted among its texts and internal ones. */
  writes: { note: string; reply: string; message: string };
}

interface Fixture {
  run: string;
  departments: Record<Dept, string>;
  agents: Record<AgentRole | 'LOGIN' | 'TARGET' | 'PROMOTE', Person>;
  tokens: Record<Role, string | undefined>;
  customer: { email: string; name: string; contactId: string };
  otherContact: { id: string; email: string; name: string };
  /** A contact only rows write on. */
  spareContactId: string;
  tickets: Record<'own' | 'sync' | 'sibling' | 'other' | 'assigned', FixtureTicket>;
  all: FixtureTicket[];
  targets: Map<HttpRow, FixtureTicket>;
  noteOnOwn: string;
  eventOnOwn: string;
  /** A word only the internal notes of T_OWN and T_OTHER contain. */
  watchword: string;
  ownTag: string;
  /** What no ticket holds: agents' emails and contacts' data (for customers and callers without a valid token), and for everyone tokens and passwords. */
  secrets: { agentEmails: string[]; contactData: string[]; universal: string[] };
  owner(document: string, variables?: Record<string, unknown>): Promise<Data>;
}

/** The visibility rule of the contract, restated independently of the code under test. */
function sees(role: Role, ticket: { id: string; department: Dept | null; assigneeId: string | null; granted?: boolean }, fx: Fixture): boolean {
  switch (role) {
    case 'OWNER':
    case 'ADMIN':
      return true;
    case 'AGENT_DEPARTMENTS':
      return ticket.department === 'D1' || ticket.assigneeId === fx.agents.AGENT_DEPARTMENTS.id;
    case 'AGENT_ASSIGNED_ONLY':
      return ticket.assigneeId === fx.agents.AGENT_ASSIGNED_ONLY.id;
    case 'CUSTOMER':
      return ticket.granted === true;
    case 'ANONYMOUS':
    case 'BAD_TOKEN':
      return false;
  }
}

/** Everything `role` must never find in a response or a frame. */
function secretsOf(role: Role, fx: Fixture): string[] {
  const secrets = [...fx.secrets.universal];
  for (const ticket of fx.all) {
    if (!sees(role, ticket, fx)) secrets.push(...ticket.texts, ...ticket.internal);
    else if (role === 'CUSTOMER') secrets.push(...ticket.internal);
  }
  if (role === 'CUSTOMER' || role === 'ANONYMOUS' || role === 'BAD_TOKEN') secrets.push(...fx.secrets.agentEmails, ...fx.secrets.contactData);
  return secrets;
}

// ---------------------------------------------------------------- checks of lists

interface Connection {
  totalCount: number;
  edges: Array<{ node: { id: string } }>;
}

/**
 * Exactly the fixture's tickets among `among` that the caller may see; a caller who sees only
 * fixture tickets (all but OWNER and ADMIN) sees nothing else and a totalCount to match.
 */
function listsVisible(connection: (data: Data) => Connection, among: (fx: Fixture) => FixtureTicket[], says = 'lists exactly the tickets it may see'): Outcome {
  return {
    says,
    ok: (data, { fx, role }) => {
      const list = connection(data);
      const ids = list.edges.map((edge) => edge.node.id);
      const fixtureIds = new Set(fx.all.map((ticket) => ticket.id));
      const expected = among(fx)
        .filter((ticket) => sees(role, ticket, fx))
        .map((ticket) => ticket.id)
        .sort();
      const label = (id: string) => fx.all.find((ticket) => ticket.id === id)?.label ?? id;
      expect(ids.filter((id) => fixtureIds.has(id)).sort().map(label)).toEqual(expected.map(label));
      if (role === 'OWNER' || role === 'ADMIN') {
        expect(list.totalCount).toBeGreaterThanOrEqual(expected.length);
      } else {
        expect(ids.sort().map(label)).toEqual(expected.map(label));
        expect(list.totalCount).toBe(expected.length);
      }
    },
  };
}

const nothingFound: Outcome = {
  says: 'finds nothing',
  ok: (data) => expect(data.tickets).toEqual({ totalCount: 0, edges: [] }),
};

const viewerIs: Outcome = {
  says: 'says who is calling',
  ok: (data, { fx, role }) => {
    if (role === 'ANONYMOUS') return expect(data.viewer).toEqual({ kind: 'ANONYMOUS', agent: null, contact: null });
    if (role === 'CUSTOMER') return expect(data.viewer).toEqual({ kind: 'CUSTOMER', agent: null, contact: { id: fx.customer.contactId } });
    const agent = fx.agents[role as AgentRole];
    const roleName = role === 'OWNER' || role === 'ADMIN' ? role : 'AGENT';
    expect(data.viewer).toEqual({ kind: 'AGENT', agent: { id: agent.id, email: agent.email, role: roleName }, contact: null });
  },
};

const noContact: Outcome = { says: 'has no contact', ok: (data) => expect(data.viewer.contact).toBeNull() };

/** Queued (NEW, OPEN) tickets of each department the caller may see, as the owner finds them right now. */
const queueLengths: Outcome = {
  says: 'counts in queueLength only the queued tickets it may see',
  ok: async (data, { fx, role }) => {
    for (const department of ['D1', 'D2'] as const) {
      const queued = await fx.owner(
        'query($filter: TicketFilter) { tickets(filter: $filter, first: 100) { edges { node { id assignee { id } } } } }',
        { filter: { departmentId: fx.departments[department], statuses: ['NEW', 'OPEN'] } },
      );
      const expected = (queued.tickets.edges as Array<{ node: { id: string; assignee: { id: string } | null } }>).filter(({ node }) =>
        sees(role, { id: node.id, department, assigneeId: node.assignee?.id ?? null }, fx),
      ).length;
      const shown = (data.departments as Array<{ id: string; queueLength: number }>).find((entry) => entry.id === fx.departments[department]);
      expect(shown?.queueLength, `queueLength of ${department}`).toBe(expected);
    }
  },
};

type QueueNode = { id: string; queuePosition: number | null; department: { id: string } | null; assignee: { id: string } | null };

/**
 * The caller's queue (of one department, or of all): the owner's queue as it is right now,
 * narrowed to the tickets the caller may see, with a totalCount to match; and each ticket's
 * queuePosition is the number of those tickets of its department before it.
 */
function queueOfVisible(department: Dept | null): Outcome {
  return {
    says: 'lists in queue order exactly the queued tickets it may see, with their positions',
    ok: async (data, { fx, role }) => {
      const owners: QueueNode[] = [];
      let after: string | null = null;
      do {
        const page = await fx.owner(
          'query($departmentId: ID, $after: String) { queue(departmentId: $departmentId, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id queuePosition department { id } assignee { id } } } } }',
          { departmentId: department ? fx.departments[department] : null, after },
        );
        owners.push(...page.queue.edges.map((edge: { node: QueueNode }) => edge.node));
        after = page.queue.pageInfo.hasNextPage ? page.queue.pageInfo.endCursor : null;
      } while (after);
      const dept = (node: QueueNode): Dept | null =>
        node.department?.id === fx.departments.D1 ? 'D1' : node.department?.id === fx.departments.D2 ? 'D2' : null;
      const expected = owners.filter((node) => sees(role, { id: node.id, department: dept(node), assigneeId: node.assignee?.id ?? null }, fx));
      const positions = expected.map((node, index) =>
        node.department ? expected.slice(0, index).filter((before) => before.department?.id === node.department?.id).length : null,
      );
      const { queue } = data as { queue: { totalCount: number; edges: Array<{ node: { id: string; queuePosition: number | null } }> } };
      expect(queue.edges.map((edge) => edge.node.id)).toEqual(expected.slice(0, 100).map((node) => node.id));
      expect(queue.edges.map((edge) => edge.node.queuePosition)).toEqual(positions.slice(0, 100));
      expect(queue.totalCount).toBe(expected.length);
    },
  };
}

// ---------------------------------------------------------------- the table

const NOTE = 'mutation($input: NoteInput!) { addInternalNote(input: $input) { message { id } } }';
const REPLY = 'mutation($input: ReplyInput!) { replyToTicket(input: $input) { message { id } } }';
const ASSIGN = 'mutation($input: AssignTicketInput!) { assignTicket(input: $input) { ticket { id } } }';
const UPDATE_TICKET = 'mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id } } }';
const SET_STATUS = 'mutation($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { id } } }';
const SUBMIT = 'mutation($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }';
const CREATE_TICKET = 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id code contact { id } } } }';
const UPDATE_AGENT = 'mutation($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id name role active } } }';
const DELETE_RULE = 'mutation($id: ID!) { deleteRoutingRule(id: $id) { deletedId } }';

/** A rule of its own for a row that changes or deletes one; inactive, so that it routes nothing. */
const inactiveRule = async (fx: Fixture, name: string): Promise<string> =>
  (await fx.owner('mutation($input: RoutingRuleInput!) { createRoutingRule(input: $input) { routingRule { id } } }', { input: { name, active: false } })).createRoutingRule
    .routingRule.id;

const TICKET_CHANGED = `subscription {
  ticketChanged { event { id kind from to actor { id name email } } ticket { id code subject status } }
}`;

/** Event kinds a customer's ticketChanged carries: what the conversation shows anyway. */
const CUSTOMER_EVENT_KINDS = ['CREATED', 'MESSAGE_ADDED', 'STATUS_CHANGED', 'REOPENED', 'SUBJECT_CHANGED'];
const HIDDEN_FROM_CUSTOMERS = ['NOTE_ADDED', 'ASSIGNED', 'TAGS_CHANGED', 'PRIORITY_CHANGED', 'DEPARTMENT_CHANGED'];

const MATRIX: Row[] = [
  // ---------------------------------------------------------------- who is calling
  http({
    name: 'viewer',
    document: 'query { viewer { kind agent { id email role } contact { id } } }',
    expect: roles(viewerIs, { CUSTOMER: viewerIs, ANONYMOUS: viewerIs }),
  }),
  http({
    name: 'viewer { contact { emails } }',
    document: 'query { viewer { kind contact { emails } } }',
    expect: roles(noContact, { CUSTOMER: at(F, 'viewer.contact.emails'), ANONYMOUS: noContact }),
  }),
  http({
    name: 'viewer { contact { phones } }',
    document: 'query { viewer { kind contact { phones } } }',
    expect: roles(noContact, { CUSTOMER: at(F, 'viewer.contact.phones'), ANONYMOUS: noContact }),
  }),
  http({
    name: 'viewer { contact { group } }',
    document: 'query { viewer { kind contact { group { id name } } } }',
    expect: roles(noContact, { CUSTOMER: at(F, 'viewer.contact.group'), ANONYMOUS: noContact }),
  }),
  http({
    name: 'viewer { contact { tickets } }',
    document: 'query { viewer { contact { id displayName tickets(first: 100) { totalCount edges { node { id } } } } } }',
    expect: roles(noContact, {
      CUSTOMER: listsVisible((data) => data.viewer.contact.tickets, (fx) => [fx.tickets.own, fx.tickets.sync, fx.tickets.sibling], "lists only its session's tickets"),
      ANONYMOUS: noContact,
    }),
  }),

  // ---------------------------------------------------------------- node
  http({
    name: 'node(T_OWN)',
    document: 'query($id: ID!) { node(id: $id) { id ... on Ticket { code subject } } }',
    variables: (fx) => ({ id: fx.tickets.own.id }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: 'null', CUSTOMER: 'ok' }),
  }),
  http({
    name: 'node(T_OTHER)',
    document: 'query($id: ID!) { node(id: $id) { id ... on Ticket { code subject } } }',
    variables: (fx) => ({ id: fx.tickets.other.id }),
    expect: roles('null', { OWNER: 'ok', ADMIN: 'ok', CUSTOMER: 'null' }),
  }),
  http({
    name: 'node(T_ASSIGNED)',
    document: 'query($id: ID!) { node(id: $id) { id ... on Ticket { code subject } } }',
    variables: (fx) => ({ id: fx.tickets.assigned.id }),
    expect: roles('ok', { AGENT_DEPARTMENTS: 'null', CUSTOMER: 'null' }),
  }),
  http({
    name: 'node(an internal note on T_OWN)',
    document: 'query($id: ID!) { node(id: $id) { id ... on Message { kind body } } }',
    variables: (fx) => ({ id: fx.noteOnOwn }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: 'null', CUSTOMER: 'null' }),
  }),
  http({
    name: 'node(an event of T_OWN)',
    document: 'query($id: ID!) { node(id: $id) { id ... on TicketEvent { kind } } }',
    variables: (fx) => ({ id: fx.eventOnOwn }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: 'null', CUSTOMER: 'null' }),
  }),
  http({
    name: "node(another customer's contact)",
    document: 'query($id: ID!) { node(id: $id) { id ... on Contact { displayName emails } } }',
    variables: (fx) => ({ id: fx.otherContact.id }),
    expect: roles('ok', { CUSTOMER: 'null' }),
  }),
  http({
    name: "node(the customer's own contact)",
    document: 'query($id: ID!) { node(id: $id) { id ... on Contact { displayName } } }',
    variables: (fx) => ({ id: fx.customer.contactId }),
    expect: roles('ok', { CUSTOMER: 'ok' }),
  }),
  http({
    name: 'node(an agent)',
    document: 'query($id: ID!) { node(id: $id) { id ... on Agent { name } } }',
    variables: (fx) => ({ id: fx.agents.ADMIN.id }),
    expect: roles('ok', { CUSTOMER: 'null' }),
  }),
  http({
    name: 'node(a department)',
    document: 'query($id: ID!) { node(id: $id) { id ... on Department { name } } }',
    variables: (fx) => ({ id: fx.departments.D2 }),
    expect: roles('ok', { CUSTOMER: 'null' }),
  }),

  // ---------------------------------------------------------------- tickets
  http({
    name: 'ticket(T_OWN)',
    document: 'query($id: ID!) { ticket(id: $id) { id code subject status } }',
    variables: (fx) => ({ id: fx.tickets.own.id }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: 'null', CUSTOMER: 'ok' }),
  }),
  http({
    name: 'ticket(T_OTHER)',
    document: 'query($id: ID!) { ticket(id: $id) { id code subject status } }',
    variables: (fx) => ({ id: fx.tickets.other.id }),
    expect: roles('null', { OWNER: 'ok', ADMIN: 'ok', CUSTOMER: 'null' }),
  }),
  http({
    name: 'ticket(T_ASSIGNED)',
    document: 'query($id: ID!) { ticket(id: $id) { id code subject status } }',
    variables: (fx) => ({ id: fx.tickets.assigned.id }),
    expect: roles('ok', { AGENT_DEPARTMENTS: 'null', CUSTOMER: 'null' }),
  }),
  http({
    name: "ticket(a ticket of the customer's contact outside its session)",
    document: 'query($id: ID!) { ticket(id: $id) { id code subject status } }',
    variables: (fx) => ({ id: fx.tickets.sibling.id }),
    expect: roles('null', { OWNER: 'ok', ADMIN: 'ok', CUSTOMER: 'null' }),
  }),
  http({
    name: 'ticketByCode(T_OWN)',
    document: 'query($code: String!) { ticketByCode(code: $code) { id code subject } }',
    variables: (fx) => ({ code: fx.tickets.own.code }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: 'null', CUSTOMER: 'ok' }),
  }),
  http({
    name: 'ticketByCode(T_OTHER)',
    document: 'query($code: String!) { ticketByCode(code: $code) { id code subject } }',
    variables: (fx) => ({ code: fx.tickets.other.code }),
    expect: roles('null', { OWNER: 'ok', ADMIN: 'ok', CUSTOMER: 'null' }),
  }),
  http({
    name: 'tickets',
    document: 'query { tickets(first: 100) { totalCount edges { node { id code subject } } } }',
    expect: roles(listsVisible((data) => data.tickets, (fx) => fx.all), { CUSTOMER: listsVisible((data) => data.tickets, (fx) => fx.all) }),
  }),
  http({
    name: "tickets searched for a word of internal notes",
    document: 'query($search: String!) { tickets(first: 100, filter: { search: $search }) { totalCount edges { node { id } } } }',
    variables: (fx) => ({ search: fx.watchword }),
    expect: roles(listsVisible((data) => data.tickets, (fx) => [fx.tickets.own, fx.tickets.other]), { CUSTOMER: nothingFound }),
  }),
  http({
    name: 'tickets filtered by tag',
    document: 'query($tag: String!) { tickets(first: 100, filter: { tag: $tag }) { totalCount edges { node { id } } } }',
    variables: (fx) => ({ tag: fx.ownTag }),
    expect: roles(listsVisible((data) => data.tickets, (fx) => [fx.tickets.own])),
  }),
  http({
    name: 'tickets filtered by department D2',
    document: 'query($departmentId: ID!) { tickets(first: 100, filter: { departmentId: $departmentId }) { totalCount edges { node { id } } } }',
    variables: (fx) => ({ departmentId: fx.departments.D2 }),
    expect: roles(listsVisible((data) => data.tickets, (fx) => fx.all.filter((ticket) => ticket.department === 'D2')), {
      CUSTOMER: listsVisible((data) => data.tickets, (fx) => fx.all.filter((ticket) => ticket.department === 'D2')),
    }),
  }),
  http({
    name: "tickets filtered by another customer's contact",
    document: 'query($contactId: ID!) { tickets(first: 100, filter: { contactId: $contactId }) { totalCount edges { node { id } } } }',
    variables: (fx) => ({ contactId: fx.otherContact.id }),
    expect: roles(listsVisible((data) => data.tickets, (fx) => [fx.tickets.other]), { CUSTOMER: nothingFound }),
  }),

  http({
    name: 'queue',
    document: 'query { queue(first: 100) { totalCount edges { node { id queuePosition } } } }',
    expect: roles(queueOfVisible(null)),
  }),
  http({
    name: 'queue(D2)',
    document: 'query($departmentId: ID!) { queue(departmentId: $departmentId, first: 100) { totalCount edges { node { id queuePosition } } } }',
    variables: (fx) => ({ departmentId: fx.departments.D2 }),
    expect: roles(queueOfVisible('D2')),
  }),

  // ---------------------------------------------------------------- fields customers must not read
  http({
    name: 'ticket(T_OWN) { events }',
    document: 'query($id: ID!) { ticket(id: $id) { id events { totalCount edges { node { kind } } } } }',
    variables: (fx) => ({ id: fx.tickets.own.id }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: 'null', CUSTOMER: at(F, 'ticket.events') }),
  }),
  http({
    name: 'ticket(T_OWN) { queuePosition }',
    document: 'query($id: ID!) { ticket(id: $id) { id queuePosition } }',
    variables: (fx) => ({ id: fx.tickets.own.id }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: 'null', CUSTOMER: at(F, 'ticket.queuePosition') }),
  }),
  http({
    name: 'ticket(T_OWN) { sla }',
    document: 'query($id: ID!) { ticket(id: $id) { id sla { nextDueAt policy { name } } } }',
    variables: (fx) => ({ id: fx.tickets.own.id }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: 'null', CUSTOMER: at(F, 'ticket.sla') }),
  }),
  http({
    name: 'ticket(T_OWN) { tags }',
    document: 'query($id: ID!) { ticket(id: $id) { id tags } }',
    variables: (fx) => ({ id: fx.tickets.own.id }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: 'null', CUSTOMER: at(F, 'ticket.tags') }),
  }),
  http({
    name: 'ticket(T_OWN) { messages }',
    document: 'query($id: ID!) { ticket(id: $id) { messages { totalCount edges { node { id kind body } } } } }',
    variables: (fx) => ({ id: fx.tickets.own.id }),
    expect: roles(
      {
        says: 'reads every message, internal notes included',
        ok: (data) => {
          const { messages } = data.ticket;
          expect(messages.edges.map((edge: Data) => edge.node.kind)).toContain('INTERNAL_NOTE');
          expect(messages.totalCount).toBe(messages.edges.length);
        },
      },
      {
        AGENT_ASSIGNED_ONLY: 'null',
        CUSTOMER: {
          says: 'reads the conversation without internal notes, and does not count them',
          ok: (data) => {
            const { messages } = data.ticket;
            const kinds: string[] = messages.edges.map((edge: Data) => edge.node.kind);
            expect(kinds).toContain('AGENT_REPLY');
            expect(kinds).not.toContain('INTERNAL_NOTE');
            expect(messages.totalCount).toBe(kinds.length);
          },
        },
      },
    ),
  }),
  http({
    name: 'ticket(T_OWN) { assignee { id name email } }',
    document: 'query($id: ID!) { ticket(id: $id) { assignee { id name email } } }',
    variables: (fx) => ({ id: fx.tickets.own.id }),
    expect: roles(
      { says: "sees the assignee's email", ok: (data) => expect(data.ticket.assignee.email).toMatch(/@/) },
      {
        AGENT_ASSIGNED_ONLY: 'null',
        CUSTOMER: { says: "sees the assignee's name but a null email", ok: (data) => expect(data.ticket.assignee).toMatchObject({ name: expect.any(String), email: null }) },
      },
    ),
  }),
  http({
    name: 'ticket(T_OWN) { messages { authorAgent { email } } }',
    document: 'query($id: ID!) { ticket(id: $id) { messages { edges { node { kind authorAgent { id name email } } } } } }',
    variables: (fx) => ({ id: fx.tickets.own.id }),
    expect: roles('ok', {
      AGENT_ASSIGNED_ONLY: 'null',
      CUSTOMER: {
        says: "sees the authors' names but null emails",
        ok: (data) => {
          const authors = data.ticket.messages.edges.map((edge: Data) => edge.node.authorAgent).filter(Boolean);
          expect(authors.length).toBeGreaterThan(0);
          for (const author of authors) expect(author).toMatchObject({ name: expect.any(String), email: null });
        },
      },
    }),
  }),
  http({
    name: 'ticket(T_OWN) { messages { authorContact { emails } } }',
    document: 'query($id: ID!) { ticket(id: $id) { id messages(first: 1) { edges { node { kind authorContact { id emails } } } } } }',
    variables: (fx) => ({ id: fx.tickets.own.id }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: 'null', CUSTOMER: at(F, 'ticket.messages.edges.0.node.authorContact.emails') }),
  }),
  ...(['role', 'ticketAccess', 'active', 'createdAt', 'departments { id }'] as const).map((field) => {
    const name = field.split(' ')[0] as string;
    return http({
      name: `ticket(T_OWN) { assignee { ${name} } }`,
      document: `query($id: ID!) { ticket(id: $id) { id assignee { id ${field} } } }`,
      variables: (fx) => ({ id: fx.tickets.own.id }),
      expect: roles('ok', { AGENT_ASSIGNED_ONLY: 'null', CUSTOMER: at(F, `ticket.assignee.${name}`) }),
    });
  }),
  http({
    name: 'ticket(T_OWN) { department { id name } }',
    document: 'query($id: ID!) { ticket(id: $id) { department { id name } } }',
    variables: (fx) => ({ id: fx.tickets.own.id }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: 'null', CUSTOMER: 'ok' }),
  }),
  http({
    name: 'ticket(T_OWN) { department { agents } }',
    document: 'query($id: ID!) { ticket(id: $id) { id department { id agents { id } } } }',
    variables: (fx) => ({ id: fx.tickets.own.id }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: 'null', CUSTOMER: at(F, 'ticket.department.agents') }),
  }),
  http({
    name: 'ticket(T_OWN) { department { queueLength } }',
    document: 'query($id: ID!) { ticket(id: $id) { id department { id queueLength } } }',
    variables: (fx) => ({ id: fx.tickets.own.id }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: 'null', CUSTOMER: at(F, 'ticket.department.queueLength') }),
  }),
  http({
    name: 'ticket(T_OWN) { contact { id displayName } }',
    document: 'query($id: ID!) { ticket(id: $id) { contact { id displayName } } }',
    variables: (fx) => ({ id: fx.tickets.own.id }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: 'null', CUSTOMER: 'ok' }),
  }),
  http({
    name: 'ticket(T_OWN) { contact { emails } }',
    document: 'query($id: ID!) { ticket(id: $id) { id contact { id emails } } }',
    variables: (fx) => ({ id: fx.tickets.own.id }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: 'null', CUSTOMER: at(F, 'ticket.contact.emails') }),
  }),
  http({
    name: 'ticket(T_OWN) { contact { tickets } }',
    document: 'query($id: ID!) { ticket(id: $id) { contact { tickets(first: 100) { totalCount edges { node { id } } } } } }',
    variables: (fx) => ({ id: fx.tickets.own.id }),
    expect: roles(listsVisible((data) => data.ticket.contact.tickets, (fx) => [fx.tickets.own, fx.tickets.sync, fx.tickets.sibling]), {
      AGENT_ASSIGNED_ONLY: 'null',
      CUSTOMER: listsVisible((data) => data.ticket.contact.tickets, (fx) => [fx.tickets.own, fx.tickets.sync, fx.tickets.sibling]),
    }),
  }),

  // ---------------------------------------------------------------- contacts, agents, departments
  http({
    name: 'contacts',
    document: 'query { contacts(first: 100) { totalCount edges { node { id displayName emails } } } }',
    expect: roles({
      says: 'lists every contact',
      ok: (data, { fx }) => expect(data.contacts.edges.map((edge: Data) => edge.node.id)).toEqual(expect.arrayContaining([fx.otherContact.id, fx.customer.contactId])),
    }),
  }),
  http({
    name: "contact(another customer's contact) { tickets }",
    document: 'query($id: ID!) { contact(id: $id) { id emails tickets(first: 100) { totalCount edges { node { id } } } } }',
    variables: (fx) => ({ id: fx.otherContact.id }),
    expect: roles(listsVisible((data) => data.contact.tickets, (fx) => [fx.tickets.other])),
  }),
  http({
    name: "contact(the customer's contact) { tickets }",
    document: 'query($id: ID!) { contact(id: $id) { id tickets(first: 100) { totalCount edges { node { id } } } } }',
    variables: (fx) => ({ id: fx.customer.contactId }),
    expect: roles(listsVisible((data) => data.contact.tickets, (fx) => [fx.tickets.own, fx.tickets.sync, fx.tickets.sibling])),
  }),
  http({
    name: 'contactGroups',
    document: 'query { contactGroups { id name } }',
    expect: roles('ok'),
  }),
  http({
    name: 'agents',
    document: 'query { agents { id name email role } }',
    expect: roles({
      says: 'lists the agents with their emails',
      ok: (data, { fx }) => expect(data.agents).toEqual(expect.arrayContaining([expect.objectContaining({ id: fx.agents.ADMIN.id, email: fx.agents.ADMIN.email })])),
    }),
  }),
  http({
    name: 'departments { queueLength }',
    document: 'query { departments { id name queueLength } }',
    expect: roles(queueLengths),
  }),
  http({
    name: 'departments { agents }',
    document: 'query { departments { id agents { id } } }',
    expect: roles({
      says: "lists each department's agents",
      ok: (data, { fx }) => {
        const d1 = data.departments.find((department: Data) => department.id === fx.departments.D1);
        expect(d1.agents.map((agent: Data) => agent.id).sort()).toEqual([fx.agents.AGENT_DEPARTMENTS.id, fx.agents.AGENT_ASSIGNED_ONLY.id].sort());
      },
    }),
  }),

  // ---------------------------------------------------------------- public mutations
  http({
    name: 'login',
    document: 'mutation($input: LoginInput!) { login(input: $input) { token agent { id name role } } }',
    variables: (fx) => ({ input: { email: fx.agents.LOGIN.email, password: fx.agents.LOGIN.password } }),
    expect: roles(
      { says: 'signs the agent in, whatever token came with it', ok: (data, { fx }) => expect(data.login.agent).toEqual({ id: fx.agents.LOGIN.id, name: fx.agents.LOGIN.name, role: 'AGENT' }) },
      { CUSTOMER: 'ok', ANONYMOUS: 'ok', BAD_TOKEN: 'ok' },
    ),
  }),
  http({
    name: 'login with a wrong password',
    document: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
    variables: (fx) => ({ input: { email: fx.agents.LOGIN.email, password: 'wrong-password-1' } }),
    expect: roles(U, { CUSTOMER: U }),
  }),
  http({
    name: 'submitSupportRequest',
    document: 'mutation($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }',
    variables: (_fx, call) => ({ input: { email: `walk-in-${call.unique}@example.com`, subject: `Walk-in ${call.unique}`, body: 'Hello there' } }),
    expect: roles(
      {
        says: 'opens a ticket, whatever token came with it',
        ok: (data) => expect(data.submitSupportRequest).toEqual({ ticketCode: expect.stringMatching(/^\w{3}-\w{3}-\w{3}$/), accessToken: expect.any(String) }),
      },
      { CUSTOMER: 'ok', ANONYMOUS: 'ok', BAD_TOKEN: 'ok' },
    ),
  }),

  // ---------------------------------------------------------------- ticket mutations
  http({
    name: 'createTicket',
    document: 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id subject channel } } }',
    // No department and no assignee: the new ticket changes no scoped agent's view.
    variables: (_fx, call) => ({ input: { subject: `Phoned in ${call.unique}`, body: 'Hello', contact: { email: `caller-${call.unique}@example.com` } } }),
    expect: roles('ok'),
  }),
  http({
    name: 'updateTicket on a D1 ticket',
    target: 'D1',
    document: 'mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id priority } } }',
    variables: (_fx, call) => ({ input: { id: own(call).id, priority: 'HIGH' } }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: NF }),
  }),
  http({
    name: 'updateTicket on a ticket assigned to the ASSIGNED_ONLY agent',
    target: 'ASSIGNED',
    document: 'mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id priority } } }',
    variables: (_fx, call) => ({ input: { id: own(call).id, priority: 'HIGH' } }),
    expect: roles('ok', { AGENT_DEPARTMENTS: NF }),
  }),
  http({
    name: 'updateTicket on T_OTHER',
    document: 'mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id priority } } }',
    // T_OTHER is LOW already: a change that changes nothing.
    variables: (fx) => ({ input: { id: fx.tickets.other.id, priority: 'LOW' } }),
    expect: roles(NF, { OWNER: 'ok', ADMIN: 'ok' }),
  }),
  http({
    name: 'updateTicket with a stale expectedVersion on a D1 ticket',
    target: 'D1',
    document: 'mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id } } }',
    variables: (_fx, call) => ({ input: { id: own(call).id, expectedVersion: 999_999, priority: 'CRITICAL' } }),
    expect: roles('CONFLICT', { AGENT_ASSIGNED_ONLY: NF }),
  }),
  http({
    name: 'updateTicket with a stale expectedVersion on T_OTHER',
    document: 'mutation($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id } } }',
    variables: (fx) => ({ input: { id: fx.tickets.other.id, expectedVersion: 999_999, priority: 'CRITICAL' } }),
    expect: roles(NF, { OWNER: 'CONFLICT', ADMIN: 'CONFLICT' }),
  }),
  http({
    name: 'assignTicket on a D1 ticket',
    target: 'D1',
    document: 'mutation($input: AssignTicketInput!) { assignTicket(input: $input) { ticket { id assignee { id } } } }',
    variables: (fx, call) => ({ input: { ticketId: own(call).id, agentId: fx.agents.ADMIN.id } }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: NF }),
  }),
  http({
    name: 'assignTicket on a ticket assigned to the ASSIGNED_ONLY agent',
    target: 'ASSIGNED',
    document: 'mutation($input: AssignTicketInput!) { assignTicket(input: $input) { ticket { id assignee { id } } } }',
    // To whom it is assigned already: nobody's view changes.
    variables: (fx, call) => ({ input: { ticketId: own(call).id, agentId: fx.agents.AGENT_ASSIGNED_ONLY.id } }),
    expect: roles('ok', { AGENT_DEPARTMENTS: NF }),
  }),
  http({
    name: 'assignTicket on T_OTHER',
    document: 'mutation($input: AssignTicketInput!) { assignTicket(input: $input) { ticket { id assignee { id } } } }',
    // T_OTHER has no assignee: unassigning it changes nothing.
    variables: (fx) => ({ input: { ticketId: fx.tickets.other.id, agentId: null } }),
    expect: roles(NF, { OWNER: 'ok', ADMIN: 'ok' }),
  }),
  http({
    name: 'setTicketStatus on a D1 ticket',
    target: 'D1',
    document: 'mutation($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { id status } } }',
    variables: (_fx, call) => ({ input: { ticketId: own(call).id, status: 'POSTPONED', postponedUntil: tomorrow() } }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: NF }),
  }),
  http({
    name: 'setTicketStatus on a ticket assigned to the ASSIGNED_ONLY agent',
    target: 'ASSIGNED',
    document: 'mutation($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { id status } } }',
    variables: (_fx, call) => ({ input: { ticketId: own(call).id, status: 'POSTPONED', postponedUntil: tomorrow() } }),
    expect: roles('ok', { AGENT_DEPARTMENTS: NF }),
  }),
  http({
    name: 'setTicketStatus with an illegal transition on T_OTHER',
    document: 'mutation($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { id status } } }',
    // CLOSED only follows RESOLVED, which T_OTHER never is: CONFLICT for those who see it, NOT_FOUND for the rest.
    variables: (fx) => ({ input: { ticketId: fx.tickets.other.id, status: 'CLOSED' } }),
    expect: roles(NF, { OWNER: 'CONFLICT', ADMIN: 'CONFLICT' }),
  }),
  http({
    name: 'setTicketStatus POSTPONED without a date',
    document: 'mutation($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { id status } } }',
    variables: (fx) => ({ input: { ticketId: fx.tickets.other.id, status: 'POSTPONED' } }),
    expect: roles('BAD_USER_INPUT'),
  }),
  http({
    name: 'replyToTicket on a D1 ticket',
    target: 'D1',
    document: 'mutation($input: ReplyInput!) { replyToTicket(input: $input) { message { id kind body } ticket { id status } } }',
    variables: (_fx, call) => ({ input: { ticketId: own(call).id, body: own(call).writes.reply } }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: NF }),
  }),
  http({
    name: 'replyToTicket on a ticket assigned to the ASSIGNED_ONLY agent',
    target: 'ASSIGNED',
    document: 'mutation($input: ReplyInput!) { replyToTicket(input: $input) { message { id kind body } ticket { id status } } }',
    variables: (_fx, call) => ({ input: { ticketId: own(call).id, body: own(call).writes.reply } }),
    expect: roles('ok', { AGENT_DEPARTMENTS: NF }),
  }),
  http({
    name: 'replyToTicket on T_OTHER',
    document: 'mutation($input: ReplyInput!) { replyToTicket(input: $input) { message { id kind body } ticket { id status } } }',
    variables: (fx) => ({ input: { ticketId: fx.tickets.other.id, body: fx.tickets.other.writes.reply } }),
    expect: roles(NF, { OWNER: 'ok', ADMIN: 'ok' }),
  }),
  http({
    name: 'addInternalNote on a D1 ticket',
    target: 'D1',
    document: 'mutation($input: NoteInput!) { addInternalNote(input: $input) { message { id kind body } } }',
    variables: (_fx, call) => ({ input: { ticketId: own(call).id, body: own(call).writes.note } }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: NF }),
  }),
  http({
    name: 'addInternalNote on a ticket assigned to the ASSIGNED_ONLY agent',
    target: 'ASSIGNED',
    document: 'mutation($input: NoteInput!) { addInternalNote(input: $input) { message { id kind body } } }',
    variables: (_fx, call) => ({ input: { ticketId: own(call).id, body: own(call).writes.note } }),
    expect: roles('ok', { AGENT_DEPARTMENTS: NF }),
  }),
  http({
    name: 'addInternalNote on T_OTHER',
    document: 'mutation($input: NoteInput!) { addInternalNote(input: $input) { message { id kind body } } }',
    variables: (fx) => ({ input: { ticketId: fx.tickets.other.id, body: fx.tickets.other.writes.note } }),
    expect: roles(NF, { OWNER: 'ok', ADMIN: 'ok' }),
  }),
  http({
    name: 'addCustomerMessage on T_OWN',
    document: 'mutation($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { message { id kind } ticket { id status } } }',
    variables: (fx, call) => ({ input: { ticketId: fx.tickets.own.id, body: `Any news? (${call.unique})` } }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: NF, CUSTOMER: 'ok' }),
  }),
  http({
    name: 'addCustomerMessage on T_OTHER',
    document: 'mutation($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { message { id kind } ticket { id status } } }',
    variables: (fx) => ({ input: { ticketId: fx.tickets.other.id, body: fx.tickets.other.writes.message } }),
    expect: roles(NF, { OWNER: 'ok', ADMIN: 'ok', CUSTOMER: NF }),
  }),
  http({
    name: "addCustomerMessage on a ticket of the customer's contact outside its session",
    document: 'mutation($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { message { id kind } ticket { id status } } }',
    variables: (fx) => ({ input: { ticketId: fx.tickets.sibling.id, body: fx.tickets.sibling.writes.message } }),
    expect: roles(NF, { OWNER: 'ok', ADMIN: 'ok', CUSTOMER: NF }),
  }),
  http({
    name: 'addCustomerMessage on a ticket assigned to the ASSIGNED_ONLY agent',
    target: 'ASSIGNED',
    document: 'mutation($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { message { id kind } ticket { id status } } }',
    variables: (_fx, call) => ({ input: { ticketId: own(call).id, body: own(call).writes.message } }),
    expect: roles('ok', { AGENT_DEPARTMENTS: NF, CUSTOMER: NF }),
  }),

  // ---------------------------------------------------------------- agents
  http({
    name: 'createAgent',
    document: 'mutation($input: CreateAgentInput!) { createAgent(input: $input) { agent { id role } } }',
    variables: (_fx, call) => ({ input: { name: `Agent ${call.unique}`, email: `agent-${call.unique}@example.com`, password: 'agent-password-1', role: 'AGENT' } }),
    expect: adminsOnly(),
  }),
  http({
    name: 'createAgent of an OWNER',
    document: 'mutation($input: CreateAgentInput!) { createAgent(input: $input) { agent { id role } } }',
    variables: (_fx, call) => ({ input: { name: `Owner ${call.unique}`, email: `owner-${call.unique}@example.com`, password: 'agent-password-1', role: 'OWNER' } }),
    // A second active owner would let the fixture's owner be demoted: the new one is deactivated at once.
    undo: async (fx, data) => void (await fx.owner(UPDATE_AGENT, { input: { id: data.createAgent.agent.id, active: false } })),
    expect: adminsOnly({ ADMIN: F }),
  }),
  http({
    name: "createAgent with an agent's email in other case",
    document: 'mutation($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }',
    variables: (fx, call) => ({ input: { name: `Twin ${call.unique}`, email: fx.agents.ADMIN.email.toUpperCase(), password: 'agent-password-1', role: 'AGENT' } }),
    expect: adminsOnly({ OWNER: 'CONFLICT', ADMIN: 'CONFLICT' }),
  }),
  http({
    name: 'updateAgent',
    document: UPDATE_AGENT,
    variables: (fx) => ({ input: { id: fx.agents.TARGET.id, name: fx.agents.TARGET.name } }),
    expect: adminsOnly(),
  }),
  http({
    name: 'updateAgent making an agent OWNER',
    document: UPDATE_AGENT,
    variables: (fx) => ({ input: { id: fx.agents.PROMOTE.id, role: 'OWNER' } }),
    undo: async (fx, data) => void (await fx.owner(UPDATE_AGENT, { input: { id: data.updateAgent.agent.id, role: 'AGENT' } })),
    expect: adminsOnly({ ADMIN: F }),
  }),
  http({
    name: 'updateAgent on the OWNER',
    document: UPDATE_AGENT,
    variables: (fx) => ({ input: { id: fx.agents.OWNER.id, name: fx.agents.OWNER.name } }),
    expect: adminsOnly({ ADMIN: F }),
  }),
  http({
    name: 'updateAgent demoting the last active OWNER',
    document: UPDATE_AGENT,
    variables: (fx) => ({ input: { id: fx.agents.OWNER.id, role: 'ADMIN' } }),
    expect: adminsOnly({ OWNER: 'CONFLICT', ADMIN: F }),
  }),
  http({
    name: 'updateAgent deactivating the last active OWNER',
    document: UPDATE_AGENT,
    variables: (fx) => ({ input: { id: fx.agents.OWNER.id, active: false } }),
    expect: adminsOnly({ OWNER: 'CONFLICT', ADMIN: F }),
  }),

  // ---------------------------------------------------------------- departments
  http({
    name: 'createDepartment',
    document: 'mutation($input: DepartmentInput!) { createDepartment(input: $input) { department { id name } } }',
    variables: (_fx, call) => ({ input: { name: `Department ${call.unique}` } }),
    expect: adminsOnly(),
  }),
  http({
    name: 'updateDepartment',
    document: 'mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { id description } } }',
    variables: (fx) => ({ input: { id: fx.departments.D2, description: 'Second line' } }),
    expect: adminsOnly(),
  }),

  // ---------------------------------------------------------------- contacts
  http({
    name: 'updateContact',
    document: 'mutation($input: UpdateContactInput!) { updateContact(input: $input) { contact { id name } } }',
    variables: (fx) => ({ input: { id: fx.spareContactId, name: 'Spare Contact' } }),
    expect: roles('ok'),
  }),
  http({
    name: "updateContact on the customer's own contact",
    document: 'mutation($input: UpdateContactInput!) { updateContact(input: $input) { contact { id name } } }',
    variables: (fx) => ({ input: { id: fx.customer.contactId, name: fx.customer.name } }),
    expect: roles('ok'),
  }),
  http({
    name: 'mergeContacts',
    document: 'mutation($input: MergeContactsInput!) { mergeContacts(input: $input) { contact { id } } }',
    // Each call merges two contacts of its own.
    variables: async (fx, call) => {
      const contactOf = async (email: string) =>
        (await fx.owner(CREATE_TICKET, { input: { subject: 'To merge', body: 'x', contact: { email } } })).createTicket.ticket.contact.id as string;
      return { input: { sourceId: await contactOf(`merge-from-${call.unique}@example.com`), targetId: await contactOf(`merge-into-${call.unique}@example.com`) } };
    },
    expect: adminsOnly(),
  }),
  http({
    name: 'mergeContacts of a contact into itself',
    document: 'mutation($input: MergeContactsInput!) { mergeContacts(input: $input) { contact { id } } }',
    variables: (fx) => ({ input: { sourceId: fx.spareContactId, targetId: fx.spareContactId } }),
    expect: adminsOnly({ OWNER: 'BAD_USER_INPUT', ADMIN: 'BAD_USER_INPUT' }),
  }),
  http({
    name: 'createContactGroup',
    document: 'mutation($input: ContactGroupInput!) { createContactGroup(input: $input) { contactGroup { id name } } }',
    variables: (_fx, call) => ({ input: { name: `Group ${call.unique}` } }),
    expect: adminsOnly(),
  }),

  // ---------------------------------------------------------------- SLA policies
  http({
    name: 'slaPolicies',
    document: 'query { slaPolicies { id name targets { priority firstResponseMinutes } } }',
    expect: roles('ok'),
  }),
  http({
    name: 'createSlaPolicy',
    document: 'mutation($input: SlaPolicyInput!) { createSlaPolicy(input: $input) { slaPolicy { id name } } }',
    // Inactive: the matrix's tickets keep their SLA (none).
    variables: (_fx, call) => ({ input: { name: `Policy ${call.unique}`, active: false, targets: [{ priority: 'LOW', firstResponseMinutes: 60 }] } }),
    expect: adminsOnly(),
  }),
  http({
    name: 'updateSlaPolicy',
    document: 'mutation($input: UpdateSlaPolicyInput!) { updateSlaPolicy(input: $input) { slaPolicy { id name } } }',
    variables: async (_fx, call) => ({ input: { id: await inactivePolicy(_fx, call), policy: { name: `Renamed ${call.unique}`, active: false, targets: [] } } }),
    expect: adminsOnly(),
  }),
  http({
    name: 'deleteSlaPolicy',
    document: 'mutation($id: ID!) { deleteSlaPolicy(id: $id) { deletedId } }',
    variables: async (fx, call) => ({ id: await inactivePolicy(fx, call) }),
    expect: adminsOnly(),
  }),
  // ---------------------------------------------------------------- reports
  http({
    name: 'ticketReport',
    document: 'query($input: ReportInput!) { ticketReport(input: $input) { rows { key created } totals { created resolved } backlogAtEnd } }',
    variables: () => ({ input: { from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z', groupBy: 'DAY' } }),
    expect: adminsOnly(),
  }),
  http({
    name: 'agentWorkload',
    document: 'query($input: AgentWorkloadInput!) { agentWorkload(input: $input) { agent { id } openTickets replies } }',
    variables: () => ({ input: { from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' } }),
    expect: adminsOnly(),
  }),
  // ---------------------------------------------------------------- canned responses
  http({
    name: 'cannedResponses',
    document: 'query { cannedResponses { id title department { id } owner { id } } }',
    variables: async (fx) => (await cannedOf(fx), {}),
    expect: roles(listsCanned(null)),
  }),
  http({
    name: 'cannedResponses(departmentId: D2)',
    document: 'query($departmentId: ID) { cannedResponses(departmentId: $departmentId) { id title department { id } owner { id } } }',
    variables: async (fx) => (await cannedOf(fx), { departmentId: fx.departments.D2 }),
    expect: roles(listsCanned('D2')),
  }),
  http({
    name: "renderCannedResponse of D1's response for T_OWN",
    document: 'query($id: ID!, $ticketId: ID!) { renderCannedResponse(id: $id, ticketId: $ticketId) }',
    variables: async (fx) => ({ id: (await cannedOf(fx)).ofD1, ticketId: fx.tickets.own.id }),
    expect: roles(
      {
        says: 'renders it with the ticket, its contact and department, and the caller',
        ok: (data, { fx, role }) =>
          expect(data.renderCannedResponse).toBe(`Dear ${fx.customer.name}, ${fx.tickets.own.code} is with D1 ${fx.run}. ${fx.agents[role as AgentRole].name}`),
      },
      { AGENT_ASSIGNED_ONLY: NF },
    ),
  }),
  http({
    name: "renderCannedResponse of D2's response for T_ASSIGNED (D2, assigned to the ASSIGNED_ONLY agent)",
    document: 'query($id: ID!, $ticketId: ID!) { renderCannedResponse(id: $id, ticketId: $ticketId) }',
    variables: async (fx) => ({ id: (await cannedOf(fx)).ofD2, ticketId: fx.tickets.assigned.id }),
    // The DEPARTMENTS agent sees neither; the ASSIGNED_ONLY agent sees the ticket, not D2's response.
    expect: roles(NF, { OWNER: 'ok', ADMIN: 'ok' }),
  }),
  http({
    name: "renderCannedResponse of the DEPARTMENTS agent's personal response for T_OWN",
    document: 'query($id: ID!, $ticketId: ID!) { renderCannedResponse(id: $id, ticketId: $ticketId) }',
    variables: async (fx) => ({ id: (await cannedOf(fx)).agentsOwn, ticketId: fx.tickets.own.id }),
    expect: roles(NF, { AGENT_DEPARTMENTS: 'ok' }),
  }),
  http({
    name: "node(D1's canned response)",
    document: 'query($id: ID!) { node(id: $id) { id ... on CannedResponse { title body } } }',
    variables: async (fx) => ({ id: (await cannedOf(fx)).ofD1 }),
    expect: roles('ok', { CUSTOMER: 'null' }),
  }),
  http({
    name: "node(the DEPARTMENTS agent's personal canned response)",
    document: 'query($id: ID!) { node(id: $id) { id ... on CannedResponse { title body } } }',
    variables: async (fx) => ({ id: (await cannedOf(fx)).agentsOwn }),
    expect: roles('null', { AGENT_DEPARTMENTS: 'ok', CUSTOMER: 'null' }),
  }),
  http({
    name: 'createCannedResponse, personal',
    document: 'mutation($input: CannedResponseInput!) { createCannedResponse(input: $input) { cannedResponse { id owner { id } } } }',
    variables: (_fx, call) => ({ input: { title: `Mine ${call.unique}`, body: 'Thanks, {{contact.firstName}}!', shortcut: '#thanks', personal: true } }),
    expect: roles({ says: 'creates it as its own', ok: (data, { fx, role }) => expect(data.createCannedResponse.cannedResponse.owner.id).toBe(fx.agents[role as AgentRole].id) }),
  }),
  http({
    name: 'createCannedResponse, shared',
    document: 'mutation($input: CannedResponseInput!) { createCannedResponse(input: $input) { cannedResponse { id owner { id } } } }',
    variables: (_fx, call) => ({ input: { title: `Shared ${call.unique}`, body: 'Hello', shortcut: `#s${call.unique}` } }),
    expect: adminsOnly(),
  }),
  http({
    name: "createCannedResponse in D1 with D1's shortcut in other case",
    document: 'mutation($input: CannedResponseInput!) { createCannedResponse(input: $input) { cannedResponse { id } } }',
    variables: async (fx, call) => (await cannedOf(fx), { input: { title: `Twin ${call.unique}`, body: 'Hello', shortcut: `#MATRIX-${fx.run}`, departmentId: fx.departments.D1 } }),
    expect: adminsOnly({ OWNER: 'CONFLICT', ADMIN: 'CONFLICT' }),
  }),
  http({
    name: 'updateCannedResponse of the shared response',
    document: 'mutation($input: UpdateCannedResponseInput!) { updateCannedResponse(input: $input) { cannedResponse { id title } } }',
    variables: async (fx) => ({ input: { id: (await cannedOf(fx)).shared, title: `CANNED-SHARED-${fx.run}` } }),
    expect: adminsOnly(),
  }),
  http({
    name: "updateCannedResponse of the DEPARTMENTS agent's personal response",
    document: 'mutation($input: UpdateCannedResponseInput!) { updateCannedResponse(input: $input) { cannedResponse { id title } } }',
    variables: async (fx) => ({ input: { id: (await cannedOf(fx)).agentsOwn, title: `CANNED-AGENTS-OWN-${fx.run}` } }),
    expect: roles(NF, { AGENT_DEPARTMENTS: 'ok' }),
  }),
  http({
    name: 'deleteCannedResponse of a personal response of its own',
    document: 'mutation($id: ID!) { deleteCannedResponse(id: $id) { deletedId } }',
    // Each agent deletes one it has just made; callers who cannot make one aim at a fresh shared one.
    variables: async (fx, call) => {
      const agent = (AGENT_ROLES as readonly Role[]).includes(call.role);
      const token = agent ? fx.tokens[call.role] : fx.tokens.OWNER;
      return { id: await createCanned(token, { title: `Doomed ${call.unique}`, body: 'x', personal: agent }) };
    },
    expect: roles({ says: 'deletes it', ok: (data) => expect(data.deleteCannedResponse.deletedId).toEqual(expect.any(String)) }),
  }),
  http({
    name: "deleteCannedResponse of a new D2 response",
    document: 'mutation($id: ID!) { deleteCannedResponse(id: $id) { deletedId } }',
    variables: async (fx, call) => ({ id: await createCanned(fx.tokens.OWNER, { title: `Doomed ${call.unique}`, body: 'x', departmentId: fx.departments.D2 }) }),
    expect: roles(NF, { OWNER: 'ok', ADMIN: 'ok' }),
  }),
  http({
    name: 'replyToTicket with a canned response on a D1 ticket',
    target: 'D1',
    document: 'mutation($input: ReplyInput!) { replyToTicket(input: $input) { message { id kind body } ticket { id status } } }',
    variables: async (fx, call) => ({ input: { ticketId: own(call).id, cannedResponseId: (await cannedOf(fx)).shared } }),
    expect: roles(
      { says: 'replies with it, rendered', ok: (data, { fx, role }) => expect(data.replyToTicket.message.body).toBe(`Shared reply from ${fx.agents[role as AgentRole].name}`) },
      { AGENT_ASSIGNED_ONLY: NF },
    ),
  }),
  // ---------------------------------------------------------------- routing rules
  http({
    name: 'routingRules',
    document: 'query { routingRules { id name position active conditions { channels keywords contactGroups { id } } actions { priority tags department { id } } } }',
    expect: adminsOnly(),
  }),
  // Rows' rules are inactive, so that they route no ticket another row creates.
  http({
    name: 'createRoutingRule',
    document: 'mutation($input: RoutingRuleInput!) { createRoutingRule(input: $input) { routingRule { id name } } }',
    variables: (fx, call) => ({ input: { name: `Rule ${call.unique}`, active: false, departmentId: fx.departments.D2, tags: ['routed'] } }),
    undo: async (fx, data) => void (await fx.owner(DELETE_RULE, { id: data.createRoutingRule.routingRule.id })),
    expect: adminsOnly(),
  }),
  http({
    name: 'updateRoutingRule',
    document: 'mutation($input: UpdateRoutingRuleInput!) { updateRoutingRule(input: $input) { routingRule { id name } } }',
    variables: async (fx, call) => ({ input: { id: await inactiveRule(fx, `Rule to update ${call.unique}`), rule: { name: `Updated ${call.unique}`, active: false } } }),
    undo: async (fx, data) => void (await fx.owner(DELETE_RULE, { id: data.updateRoutingRule.routingRule.id })),
    expect: adminsOnly(),
  }),
  http({
    name: 'deleteRoutingRule',
    document: 'mutation($id: ID!) { deleteRoutingRule(id: $id) { deletedId } }',
    variables: async (fx, call) => ({ id: await inactiveRule(fx, `Rule to delete ${call.unique}`) }),
    expect: adminsOnly(),
  }),
  http({
    name: 'ticket(T_OWN) { department { assignment } }',
    document: 'query($id: ID!) { ticket(id: $id) { id department { id assignment } } }',
    variables: (fx) => ({ id: fx.tickets.own.id }),
    expect: roles('ok', { AGENT_ASSIGNED_ONLY: 'null', CUSTOMER: at(F, 'ticket.department.assignment') }),
  }),

  // ---------------------------------------------------------------- live
  {
    transport: 'ws',
    name: 'ticketChanged',
    document: TICKET_CHANGED,
    expect: {
      OWNER: { says: 'receives every event of T_OWN and T_OTHER', ok: (mine, live) => expect(eventIds(mine, live.watched)).toEqual(live.newEvents.map((event) => event.id)) },
      ADMIN: { says: 'receives every event of T_OWN and T_OTHER', ok: (mine, live) => expect(eventIds(mine, live.watched)).toEqual(live.newEvents.map((event) => event.id)) },
      AGENT_DEPARTMENTS: {
        says: 'receives the events of T_OWN (D1) and nothing of T_OTHER (D2)',
        ok: (mine, live, fx) => {
          expect(eventIds(mine, [fx.tickets.other.id])).toEqual([]);
          // Whether the move out of D1 is heard depends on whether it is read before the move back: either is right.
          const heard = eventIds(mine, [fx.tickets.own.id]).filter((id) => id !== live.movedOut);
          expect(heard).toEqual(live.newEvents.filter((event) => event.ticketId === fx.tickets.own.id && event.id !== live.movedOut).map((event) => event.id));
        },
      },
      AGENT_ASSIGNED_ONLY: { says: 'receives nothing of T_OWN nor T_OTHER', ok: (mine, live) => expect(eventIds(mine, live.watched)).toEqual([]) },
      CUSTOMER: {
        says: 'receives only the conversation events of T_OWN, never a note, assignment, tag, priority or department change',
        ok: (mine, live, fx) => {
          const expected = live.newEvents.filter((event) => event.ticketId === fx.tickets.own.id && CUSTOMER_EVENT_KINDS.includes(event.kind));
          expect(eventIds(mine, live.watched)).toEqual(expected.map((event) => event.id));
          const kinds = mine.received.map((change) => change.ticketChanged.event.kind);
          expect(kinds).toEqual(expect.arrayContaining(['MESSAGE_ADDED', 'STATUS_CHANGED']));
          expect(kinds.filter((kind) => HIDDEN_FROM_CUSTOMERS.includes(kind))).toEqual([]);
          expect(mine.frames.join('\n')).not.toMatch(/NOTE_ADDED|TAGS_CHANGED|PRIORITY_CHANGED|DEPARTMENT_CHANGED/);
        },
      },
      ANONYMOUS: U,
      BAD_TOKEN: { closed: 4403 },
    },
  },
  {
    transport: 'ws-snapshot',
    name: 'queueChanged',
    document: 'subscription { queueChanged(first: 50) { departmentId totalCount moves { ticketId from to } tickets { id code subject } } }',
    expect: {
      ...Object.fromEntries(
        (['OWNER', 'ADMIN', 'AGENT_DEPARTMENTS', 'AGENT_ASSIGNED_ONLY'] as const).map((role) => [
          role,
          {
            says: 'gets a snapshot of the queue tickets it may see (and no other)',
            ok: (data: Data) => {
              expect(data.queueChanged.moves).toEqual([]);
              expect(data.queueChanged.totalCount).toBeGreaterThanOrEqual(data.queueChanged.tickets.length);
            },
          },
        ]),
      ),
      CUSTOMER: F,
      ANONYMOUS: U,
      BAD_TOKEN: { closed: 4403 },
    } as SnapshotRow['expect'],
  },
];

// ---------------------------------------------------------------- canned responses of the table

/** One canned response of each scope, made once by the first row that asks. */
interface CannedFixture {
  shared: string;
  ofD1: string;
  ofD2: string;
  /** Personal to AGENT_DEPARTMENTS. */
  agentsOwn: string;
  /** Personal to OWNER. */
  ownersOwn: string;
}
type CannedLabel = keyof CannedFixture;

/** Who sees which, restated from the contract: shared ones, their departments' (every one for OWNER and ADMIN), their own. */
const CANNED_SEEN: Record<AgentRole, readonly CannedLabel[]> = {
  OWNER: ['shared', 'ofD1', 'ofD2', 'ownersOwn'],
  ADMIN: ['shared', 'ofD1', 'ofD2'],
  AGENT_DEPARTMENTS: ['shared', 'ofD1', 'agentsOwn'],
  AGENT_ASSIGNED_ONLY: ['shared', 'ofD1'],
};

async function createCanned(token: string | undefined, input: Record<string, unknown>): Promise<string> {
  const { body } = await post('mutation($input: CannedResponseInput!) { createCannedResponse(input: $input) { cannedResponse { id } } }', { input }, token);
  if (body.errors?.length || !body.data) throw new Error(`canned response fixture failed: ${JSON.stringify(body.errors)}`);
  return body.data.createCannedResponse.cannedResponse.id as string;
}

let cannedFixture: Promise<CannedFixture> | undefined;
function cannedOf(fx: Fixture): Promise<CannedFixture> {
  cannedFixture ??= (async () => ({
    shared: await createCanned(fx.tokens.OWNER, { title: `CANNED-SHARED-${fx.run}`, body: 'Shared reply from {{agent.name}}' }),
    ofD1: await createCanned(fx.tokens.OWNER, {
      title: `CANNED-D1-${fx.run}`,
      body: 'Dear {{contact.name}}, {{ticket.code}} is with {{department.name}}. {{agent.name}}',
      shortcut: `#matrix-${fx.run}`,
      departmentId: fx.departments.D1,
    }),
    ofD2: await createCanned(fx.tokens.OWNER, { title: `CANNED-D2-${fx.run}`, body: 'D2 only', departmentId: fx.departments.D2 }),
    agentsOwn: await createCanned(fx.tokens.AGENT_DEPARTMENTS, { title: `CANNED-AGENTS-OWN-${fx.run}`, body: 'Mine', personal: true }),
    ownersOwn: await createCanned(fx.tokens.OWNER, { title: `CANNED-OWNERS-OWN-${fx.run}`, body: 'Mine', personal: true }),
  }))();
  return cannedFixture;
}

/** Exactly the fixture's canned responses the caller may see; with `department` D2, all but D1's. */
function listsCanned(department: 'D2' | null): Outcome {
  return {
    says: department ? "lists the shared ones, D2's if it may see them, and its own" : 'lists exactly the canned responses it may see',
    ok: async (data, { fx, role }) => {
      const canned = await cannedOf(fx);
      const labelOf = new Map(Object.entries(canned).map(([label, id]) => [id, label]));
      const listed = (data.cannedResponses as Array<{ id: string }>).map((response) => labelOf.get(response.id)).filter((label) => label !== undefined);
      const expected = CANNED_SEEN[role as AgentRole].filter((label) => department === null || label !== 'ofD1');
      expect(listed.sort()).toEqual([...expected].sort());
    },
  };
}

// ---------------------------------------------------------------- running a row

interface GraphQLBody {
  data?: Data;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string } & Record<string, unknown> }>;
}

const ROOTS = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

/** The root type and field a row's document calls. */
function rootOf(row: Row): string {
  const operation = parse(row.document).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const field = operation?.selectionSet.selections[0];
  if (!operation || field?.kind !== Kind.FIELD) throw new Error(`row ${row.name} has no operation with a root field`);
  return `${ROOTS[operation.operation]}.${field.name.value}`;
}

function describeOutcome(outcome: Outcome | LiveOutcome | SnapshotRow['expect'][Role]): string {
  if (outcome === 'ok') return 'is allowed';
  if (outcome === 'null') return 'is null, as if it did not exist';
  if (typeof outcome === 'string') return `is ${outcome}`;
  if ('says' in outcome) return outcome.says;
  if ('closed' in outcome) return `closes the socket with ${outcome.closed}`;
  return `is ${outcome.code} on ${outcome.at}`;
}

function assertOutcome(body: GraphQLBody, outcome: Outcome, field: string, role: Role): Promise<void> | void {
  const codes = (body.errors ?? []).map((error) => error.extensions?.code);
  if (outcome === 'ok' || (typeof outcome === 'object' && 'ok' in outcome)) {
    expect(body.errors, 'errors').toBeUndefined();
    expect(body.data?.[field], `data.${field}`).not.toBeNull();
    expect(body.data?.[field], `data.${field}`).toBeDefined();
    return typeof outcome === 'object' ? outcome.ok(body.data, { fx, role }) : undefined;
  }
  if (outcome === 'null') {
    expect(body.errors, 'errors').toBeUndefined();
    expect(body.data).toEqual({ [field]: null });
    return;
  }
  const expected = typeof outcome === 'string' ? { code: outcome, at: field } : outcome;
  expect(codes.length, `errors in ${JSON.stringify(body)}`).toBeGreaterThan(0);
  expect(codes.map((code) => code ?? 'none')).toEqual(codes.map(() => expected.code));
  expect((body.errors ?? []).map((error) => error.path?.join('.'))).toEqual(codes.map(() => expected.at));
  if (typeof outcome === 'string') expect(body.data?.[field] ?? null, `data.${field}`).toBeNull();
}

/** No secret of the caller anywhere in `text`. */
function assertNoLeak(text: string, role: Role): void {
  const leaked = secretsOf(role, fx).filter((secret) => text.includes(secret));
  expect(leaked, 'secrets in the answer').toEqual([]);
}

/** No error carries a stack trace, SQL or a driver message. */
function assertNothingInternal(errors: unknown): void {
  const text = JSON.stringify(errors ?? []).toLowerCase();
  for (const marker of ['stacktrace', '    at ', 'select ', 'insert ', 'update "', 'node_modules', 'internal_server_error']) {
    expect(text, 'errors').not.toContain(marker);
  }
}

async function post(document: string, variables: Record<string, unknown>, token: string | undefined): Promise<{ text: string; body: GraphQLBody }> {
  const response = await fetch(t.httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query: document, variables }),
  });
  const text = await response.text();
  return { text, body: JSON.parse(text) as GraphQLBody };
}

let uniqueCounter = 0;

async function runHttpRow(row: HttpRow, role: Role): Promise<void> {
  uniqueCounter += 1;
  const call: Call = { role, unique: `${fx.run}-${uniqueCounter}`, own: fx.targets.get(row) };
  const variables = row.variables ? await row.variables(fx, call) : {};
  const { text, body } = await post(row.document, variables, fx.tokens[role]);
  const field = rootOf(row).split('.')[1] as string;
  // Put back whatever changed before judging it, even a change that should have been refused.
  if (row.undo && body.data?.[field]) await row.undo(fx, body.data);
  assertNothingInternal(body.errors);
  assertNoLeak(text, role);
  assertNoLeak(JSON.stringify(body), role);
  await assertOutcome(body, row.expect[role], field, role);
}

// ---------------------------------------------------------------- the live session

interface LiveChange {
  ticketChanged: {
    event: { id: string; kind: string; from: string | null; to: string | null; actor: { id: string; name: string; email: string | null } | null };
    ticket: { id: string; code: string; subject: string; status: string };
  };
}

interface LiveSession {
  views: Record<Role, LiveView>;
  /** T_OWN and T_OTHER. */
  watched: string[];
  /** Every event the owner's changes wrote on T_OWN and T_OTHER, in the order they were announced. */
  newEvents: Array<{ id: string; kind: string; ticketId: string }>;
  /** The event of T_OWN's move out of D1. */
  movedOut: string | undefined;
}

const eventIds = (view: LiveView, ticketIds: readonly string[]) =>
  view.received.filter((change) => ticketIds.includes(change.ticketChanged.ticket.id)).map((change) => change.ticketChanged.event.id);

const sequenceOf = (eventId: string) => Number(Buffer.from(eventId, 'base64url').toString('utf8').split(':')[1]);

async function eventsOf(ticketId: string): Promise<Array<{ id: string; kind: string; ticketId: string }>> {
  const data = await fx.owner('query($id: ID!) { ticket(id: $id) { events(first: 100) { edges { node { id kind } } } } }', { id: ticketId });
  return data.ticket.events.edges.map((edge: Data) => ({ id: edge.node.id as string, kind: edge.node.kind as string, ticketId }));
}

/**
 * Every caller subscribes to ticketChanged on a socket of its own; the owner then changes T_OWN
 * and T_OTHER. No sleep decides anything: subscribers are known to listen once they have heard
 * a change of T_SYNC (a ticket all five may see), and to have been handed everything once they
 * hear the final change of T_SYNC, since each subscriber's events are resolved in order.
 */
async function runLiveSession(row: LiveRow): Promise<LiveSession> {
  const { own: tOwn, other: tOther, sync } = fx.tickets;
  const clients: RecordingClient[] = [];
  const subscriptions = {} as Record<Role, LiveSubscription<LiveChange>>;
  for (const role of ROLES) {
    const client = recordingClient(t.wsUrl, fx.tokens[role]);
    clients.push(client);
    subscriptions[role] = new LiveSubscription<LiveChange>(client.client, row.document);
  }
  try {
    const marker = (subject: string) => (received: readonly LiveChange[]) =>
      received.some(({ ticketChanged }) => ticketChanged.ticket.id === sync.id && ticketChanged.event.kind === 'SUBJECT_CHANGED' && ticketChanged.event.to === subject);
    const setSyncSubject = (subject: string) => fx.owner(UPDATE_TICKET, { input: { id: sync.id, subject } });
    const allHear = (subject: string) => Promise.all(SIGNED_IN.map((role) => subscriptions[role].until(marker(subject), `${role}: the change of T_SYNC to "${subject}"`)));

    // graphql-ws registers a subscription asynchronously: change T_SYNC until every subscriber has heard of it.
    for (let attempt = 1; ; attempt += 1) {
      const subject = `SYNC-ping-${attempt}-${fx.run}`;
      await setSyncSubject(subject);
      const heard = await Promise.all(SIGNED_IN.map((role) => subscriptions[role].holdsWithin(marker(subject), 250)));
      if (heard.every(Boolean)) break;
      if (attempt === 40) throw new Error(`the subscriptions of ${SIGNED_IN.filter((_role, index) => !heard[index]).join(', ')} never started`);
    }
    const before = { own: (await eventsOf(tOwn.id)).length, other: (await eventsOf(tOther.id)).length };

    await fx.owner(NOTE, { input: { ticketId: tOwn.id, body: LIVE.ownNote } });
    await fx.owner(ASSIGN, { input: { ticketId: tOwn.id, agentId: fx.agents.OWNER.id } });
    await fx.owner(UPDATE_TICKET, { input: { id: tOwn.id, tags: [fx.ownTag, LIVE.ownTag] } });
    await fx.owner(UPDATE_TICKET, { input: { id: tOwn.id, priority: 'CRITICAL' } });
    await fx.owner(REPLY, { input: { ticketId: tOwn.id, body: 'Here is what we found' } });
    await fx.owner(SET_STATUS, { input: { ticketId: tOwn.id, status: 'RESOLVED' } });
    await fx.owner(NOTE, { input: { ticketId: tOther.id, body: LIVE.otherNote } });
    await fx.owner(REPLY, { input: { ticketId: tOther.id, body: LIVE.otherReply } });
    await fx.owner(UPDATE_TICKET, { input: { id: tOther.id, tags: [`secret-tag-other-${fx.run}`, LIVE.otherTag] } });
    // Everything so far is delivered (or withheld) before T_OWN leaves D1 for a moment.
    await setSyncSubject(`SYNC-mid-${fx.run}`);
    await allHear(`SYNC-mid-${fx.run}`);
    await fx.owner(UPDATE_TICKET, { input: { id: tOwn.id, departmentId: fx.departments.D2 } });
    await fx.owner(UPDATE_TICKET, { input: { id: tOwn.id, departmentId: fx.departments.D1 } });
    await setSyncSubject(`SYNC-done-${fx.run}`);
    await allHear(`SYNC-done-${fx.run}`);
    await subscriptions.ANONYMOUS.ended('the refusal of the anonymous subscription');
    await subscriptions.BAD_TOKEN.ended('the close of the socket with a bad token');

    const newEvents = [...(await eventsOf(tOwn.id)).slice(before.own), ...(await eventsOf(tOther.id)).slice(before.other)].sort(
      (a, b) => sequenceOf(a.id) - sequenceOf(b.id),
    );
    const views = {} as Record<Role, LiveView>;
    ROLES.forEach((role, index) => {
      views[role] = { received: [...subscriptions[role].received], end: subscriptions[role].end, frames: [...(clients[index] as RecordingClient).frames] };
    });
    return {
      views,
      watched: [tOwn.id, tOther.id],
      newEvents,
      movedOut: newEvents.find((event) => event.ticketId === tOwn.id && event.kind === 'DEPARTMENT_CHANGED')?.id,
    };
  } finally {
    for (const role of ROLES) subscriptions[role].stop();
    await Promise.all(clients.map((client) => client.dispose()));
  }
}

/** Subscribes on a socket of the caller's own and judges the first message, or how the subscription ended. */
async function runSnapshotRow(row: SnapshotRow, role: Role): Promise<void> {
  const client = recordingClient(t.wsUrl, fx.tokens[role]);
  const subscription = new LiveSubscription<Data>(client.client, row.document);
  try {
    await Promise.race([subscription.until((received) => received.length > 0, `${role}: the snapshot`).catch(() => undefined), subscription.ended(`${role}: the end`)]);
    assertNoLeak(client.frames.join('\n'), role);
    for (const frame of client.frames) {
      const message = JSON.parse(frame) as { type: string; payload?: { errors?: unknown } | unknown[] };
      if (message.type === 'error') assertNothingInternal(message.payload);
      if (message.type === 'next' && message.payload && !Array.isArray(message.payload)) assertNothingInternal(message.payload.errors);
    }
    const outcome = row.expect[role];
    if (typeof outcome === 'string') {
      expect(subscription.end?.kind === 'errors' ? subscription.end.errors.map((error) => error.extensions?.code) : subscription.end).toEqual([outcome]);
      expect(subscription.received).toEqual([]);
    } else if ('closed' in outcome) {
      expect(subscription.end).toMatchObject({ kind: 'closed', code: outcome.closed });
    } else {
      expect(subscription.received.length, 'messages').toBeGreaterThan(0);
      outcome.ok(subscription.received[0] as Data);
    }
  } finally {
    subscription.stop();
    await client.dispose();
  }
}

let liveSession: Promise<LiveSession> | undefined;

async function runLiveRow(row: LiveRow, role: Role): Promise<void> {
  liveSession ??= runLiveSession(row);
  const live = await liveSession;
  const mine = live.views[role];
  const outcome = row.expect[role];
  const frames = mine.frames.join('\n');
  assertNoLeak(frames, role);
  for (const frame of mine.frames) {
    const message = JSON.parse(frame) as { type: string; payload?: { errors?: unknown } | unknown[] };
    if (message.type === 'error') assertNothingInternal(message.payload);
    if (message.type === 'next' && message.payload && !Array.isArray(message.payload)) assertNothingInternal(message.payload.errors);
  }
  if (outcome === 'UNAUTHENTICATED') {
    expect(mine.end?.kind).toBe('errors');
    expect(mine.end?.kind === 'errors' ? mine.end.errors.map((error) => error.extensions?.code) : []).toEqual([U]);
    expect(mine.received).toEqual([]);
    return;
  }
  if ('closed' in outcome) {
    expect(mine.end).toMatchObject({ kind: 'closed', code: outcome.closed });
    expect(mine.received).toEqual([]);
    return;
  }
  expect(mine.end, 'the subscription ended early').toBeUndefined();
  // Whatever else arrived, it concerned only tickets this caller may see.
  const seen = new Set(fx.all.filter((ticket) => sees(role, ticket, fx)).map((ticket) => ticket.label));
  const unseen = mine.received.map((change) => fx.all.find((ticket) => ticket.id === change.ticketChanged.ticket.id)?.label ?? change.ticketChanged.ticket.id);
  expect(unseen.filter((label) => !seen.has(label))).toEqual([]);
  outcome.ok(mine, live, fx, role);
}

// ---------------------------------------------------------------- setup

const RUN = randomBytes(4).toString('hex');
/** What the live session writes, known in advance so that it counts among the secrets from the start. */
const LIVE = {
  ownNote: `SECRET-NOTE-OWN-LIVE-${RUN}`,
  ownTag: `secret-tag-own-live-${RUN}`,
  otherNote: `SECRET-NOTE-OTHER-LIVE-${RUN}`,
  otherReply: `SECRET-OTHER-LIVE-REPLY-${RUN}`,
  otherTag: `secret-tag-other-live-${RUN}`,
};

let t: TestApp;
let fx: Fixture;

/** A forged token: another agent's claims pretending to be the owner's, with the original signature. */
function tampered(token: string, sub: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  return [header, Buffer.from(JSON.stringify({ ...claims, sub })).toString('base64url'), signature].join('.');
}

const keyOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] as string;

async function buildFixture(): Promise<Fixture> {
  const run = RUN;
  const as = async (token: string | undefined, document: string, variables: Record<string, unknown> = {}): Promise<Data> => {
    const { body } = await post(document, variables, token);
    if (body.errors?.length || !body.data) throw new Error(`fixture step failed: ${JSON.stringify(body.errors)} for ${document}`);
    return body.data;
  };
  const owner = (document: string, variables: Record<string, unknown> = {}) => as(t.ownerToken, document, variables);
  const department = async (name: string, description?: string) =>
    (await owner('mutation($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }', { input: { name, description } })).createDepartment
      .department.id as string;
  const departments = { D1: await department(`D1 ${run}`), D2: await department(`D2 ${run}`, 'Second line') };

  const me = (await owner('query { viewer { agent { id name email } } }')).viewer.agent;
  const agent = async (key: string, role: string, ticketAccess: string, departmentIds: string[]): Promise<Person> => {
    const person = { name: `${key} ${run}`, email: `${key.toLowerCase()}-${run}@agents.example.com`, password: `${key.toLowerCase()}-password-${run}` };
    const created = await owner('mutation($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }', {
      input: { ...person, role, ticketAccess, departmentIds },
    });
    return { id: created.createAgent.agent.id, ...person };
  };
  const agents: Fixture['agents'] = {
    OWNER: { id: me.id, name: me.name, email: me.email, password: OWNER_LOGIN.password },
    ADMIN: await agent('Admin', 'ADMIN', 'DEPARTMENTS', []),
    AGENT_DEPARTMENTS: await agent('Departments', 'AGENT', 'DEPARTMENTS', [departments.D1]),
    AGENT_ASSIGNED_ONLY: await agent('AssignedOnly', 'AGENT', 'ASSIGNED_ONLY', [departments.D1]),
    LOGIN: await agent('Login', 'AGENT', 'DEPARTMENTS', []),
    TARGET: await agent('Target', 'AGENT', 'DEPARTMENTS', []),
    PROMOTE: await agent('Promote', 'AGENT', 'DEPARTMENTS', []),
  };
  const agentTokens = {
    ADMIN: await loginToken(t.httpUrl, agents.ADMIN.email, agents.ADMIN.password),
    AGENT_DEPARTMENTS: await loginToken(t.httpUrl, agents.AGENT_DEPARTMENTS.email, agents.AGENT_DEPARTMENTS.password),
    AGENT_ASSIGNED_ONLY: await loginToken(t.httpUrl, agents.AGENT_ASSIGNED_ONLY.email, agents.AGENT_ASSIGNED_ONLY.password),
  };

  const all: FixtureTicket[] = [];
  /** Registers a ticket with the texts that only those who see it may read. */
  const register = (ticket: Omit<FixtureTicket, 'writes' | 'texts' | 'internal'> & { texts: string[]; internal?: string[] }): FixtureTicket => {
    const tag = ticket.label.replace(/\W+/g, '-');
    const writes = { note: `SECRET-NOTE-${tag}-${run}`, reply: `SECRET-REPLY-${tag}-${run}`, message: `SECRET-MESSAGE-${tag}-${run}` };
    const registered: FixtureTicket = {
      ...ticket,
      texts: [ticket.id, ticket.code, ...ticket.texts, writes.reply, writes.message],
      internal: [...(ticket.internal ?? []), writes.note],
      writes,
    };
    all.push(registered);
    return registered;
  };
  const create = async (input: Record<string, unknown>) => (await owner(CREATE_TICKET, { input })).createTicket.ticket as { id: string; code: string; contact: { id: string } };

  // The customer: T_OWN in D1 from the public form, then T_SYNC with the same token, so one session holds both.
  const customer = { email: `customer-${run}@example.com`, name: `Customer ${run}` };
  const first = (await as(undefined, SUBMIT, { input: { ...customer, subject: `OWN-SUBJECT-${run}`, body: `OWN-BODY-${run}`, departmentId: departments.D1 } }))
    .submitSupportRequest;
  const second = (await as(first.accessToken, SUBMIT, { input: { ...customer, subject: `SYNC-${run}`, body: `SYNC-BODY-${run}`, departmentId: departments.D1 } }))
    .submitSupportRequest;
  const customerToken = second.accessToken as string;
  const byCode = async (code: string) => (await owner('query($code: String!) { ticketByCode(code: $code) { id contact { id } } }', { code })).ticketByCode;
  const ownTicket = await byCode(first.ticketCode);
  const syncTicket = await byCode(second.ticketCode);
  const ownTag = `secret-tag-own-${run}`;
  const watchword = `watchword${run}`;
  const noteOnOwn = (await owner(NOTE, { input: { ticketId: ownTicket.id, body: `SECRET-NOTE-OWN-${run} ${watchword}` } })).addInternalNote.message.id as string;
  await owner(UPDATE_TICKET, { input: { id: ownTicket.id, tags: [ownTag] } });
  await owner(ASSIGN, { input: { ticketId: ownTicket.id, agentId: agents.ADMIN.id } });
  await owner(REPLY, { input: { ticketId: ownTicket.id, body: `We are on it ${run}` } });
  await owner(ASSIGN, { input: { ticketId: syncTicket.id, agentId: agents.AGENT_ASSIGNED_ONLY.id } });
  const eventOnOwn = (await owner('query($id: ID!) { ticket(id: $id) { events(first: 1) { edges { node { id } } } } }', { id: ownTicket.id })).ticket.events.edges[0]
    .node.id as string;

  const sibling = await create({ subject: `SECRET-SIBLING-${run}`, body: `SECRET-SIBLING-BODY-${run}`, contact: { email: customer.email }, departmentId: departments.D2 });
  const otherTag = `secret-tag-other-${run}`;
  const other = await create({
    subject: `SECRET-OTHER-SUBJECT-${run}`,
    body: `SECRET-OTHER-BODY-${run}`,
    contact: { email: `secret-other-${run}@example.com`, name: `SECRET-OTHER-NAME-${run}` },
    departmentId: departments.D2,
    priority: 'LOW',
    tags: [otherTag],
  });
  await owner(NOTE, { input: { ticketId: other.id, body: `SECRET-NOTE-OTHER-${run} ${watchword}` } });
  const assignedTag = `secret-tag-assigned-${run}`;
  const assigned = await create({
    subject: `SECRET-ASSIGNED-SUBJECT-${run}`,
    body: `SECRET-ASSIGNED-BODY-${run}`,
    contact: { email: `assigned-contact-${run}@example.com` },
    departmentId: departments.D2,
    assigneeId: agents.AGENT_ASSIGNED_ONLY.id,
    tags: [assignedTag],
  });
  await owner(NOTE, { input: { ticketId: assigned.id, body: `SECRET-NOTE-ASSIGNED-${run}` } });

  const customerContactId = ownTicket.contact.id as string;
  const tickets: Fixture['tickets'] = {
    own: register({
      label: 'T_OWN',
      id: ownTicket.id,
      code: first.ticketCode,
      department: 'D1',
      assigneeId: agents.ADMIN.id,
      granted: true,
      texts: [`OWN-SUBJECT-${run}`, `OWN-BODY-${run}`, `We are on it ${run}`],
      internal: [`SECRET-NOTE-OWN-${run}`, ownTag, LIVE.ownNote, LIVE.ownTag],
    }),
    sync: register({
      label: 'T_SYNC',
      id: syncTicket.id,
      code: second.ticketCode,
      department: 'D1',
      assigneeId: agents.AGENT_ASSIGNED_ONLY.id,
      granted: true,
      texts: [`SYNC-${run}`, `SYNC-BODY-${run}`],
    }),
    sibling: register({
      label: 'T_SIBLING',
      id: sibling.id,
      code: sibling.code,
      department: 'D2',
      assigneeId: null,
      granted: false,
      texts: [`SECRET-SIBLING-${run}`, `SECRET-SIBLING-BODY-${run}`],
    }),
    other: register({
      label: 'T_OTHER',
      id: other.id,
      code: other.code,
      department: 'D2',
      assigneeId: null,
      granted: false,
      texts: [`SECRET-OTHER-SUBJECT-${run}`, `SECRET-OTHER-BODY-${run}`, LIVE.otherReply],
      internal: [`SECRET-NOTE-OTHER-${run}`, otherTag, LIVE.otherNote, LIVE.otherTag],
    }),
    assigned: register({
      label: 'T_ASSIGNED',
      id: assigned.id,
      code: assigned.code,
      department: 'D2',
      assigneeId: agents.AGENT_ASSIGNED_ONLY.id,
      granted: false,
      texts: [`SECRET-ASSIGNED-SUBJECT-${run}`, `SECRET-ASSIGNED-BODY-${run}`],
      internal: [`SECRET-NOTE-ASSIGNED-${run}`, assignedTag],
    }),
  };

  // Each row that writes on a ticket of its own gets one, so its callers change nothing another row reads.
  const targets = new Map<HttpRow, FixtureTicket>();
  let spareContactId = '';
  for (const [index, row] of MATRIX.entries()) {
    if (row.transport !== 'http' || !row.target) continue;
    const subject = `SECRET-TARGET-${index}-${run}`;
    const created = await create({
      subject,
      body: `SECRET-TARGET-BODY-${index}-${run}`,
      contact: { email: `targets-${run}@example.com`, name: 'Spare Contact' },
      departmentId: row.target === 'D1' ? departments.D1 : departments.D2,
      assigneeId: row.target === 'ASSIGNED' ? agents.AGENT_ASSIGNED_ONLY.id : undefined,
    });
    spareContactId = created.contact.id;
    targets.set(
      row,
      register({
        label: `target of "${row.name}"`,
        id: created.id,
        code: created.code,
        department: row.target === 'D1' ? 'D1' : 'D2',
        assigneeId: row.target === 'ASSIGNED' ? agents.AGENT_ASSIGNED_ONLY.id : null,
        granted: false,
        texts: [subject, `SECRET-TARGET-BODY-${index}-${run}`],
      }),
    );
  }

  // A group on the customer's contact, for contact { group } to hide.
  const group = (await owner('mutation($input: ContactGroupInput!) { createContactGroup(input: $input) { contactGroup { id } } }', { input: { name: `VIP ${run}` } }))
    .createContactGroup.contactGroup.id;
  await owner('mutation($input: UpdateContactInput!) { updateContact(input: $input) { contact { id } } }', { input: { id: customerContactId, groupId: group } });

  const tokens: Record<Role, string | undefined> = {
    OWNER: t.ownerToken,
    ...agentTokens,
    CUSTOMER: customerToken,
    ANONYMOUS: undefined,
    BAD_TOKEN: tampered(agentTokens.AGENT_ASSIGNED_ONLY, keyOf(agents.OWNER.id)),
  };
  return {
    run,
    departments,
    agents,
    tokens,
    customer: { ...customer, contactId: customerContactId },
    otherContact: { id: other.contact.id, email: `secret-other-${run}@example.com`, name: `SECRET-OTHER-NAME-${run}` },
    spareContactId,
    tickets,
    all,
    targets,
    noteOnOwn,
    eventOnOwn,
    watchword,
    ownTag,
    secrets: {
      agentEmails: Object.values(agents).map((person) => person.email),
      contactData: [customer.email, `secret-other-${run}@example.com`, `SECRET-OTHER-NAME-${run}`, `assigned-contact-${run}@example.com`, `targets-${run}@example.com`],
      universal: [
        ...Object.values(agents).map((person) => person.password),
        ...[t.ownerToken, ...Object.values(agentTokens), first.accessToken, customerToken],
      ],
    },
    owner: (document, variables) => owner(document, variables),
  };
}

beforeAll(async () => {
  t = await startTestApp();
  fx = await buildFixture();
});

afterAll(async () => {
  await t?.stop();
});

// ---------------------------------------------------------------- the tests

describe('the permission matrix itself', () => {
  const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
  const rootFields = (['Query', 'Mutation', 'Subscription'] as const).flatMap((root) => {
    const type = schema.getType(root);
    return type instanceof GraphQLObjectType ? Object.keys(type.getFields()).map((field) => `${root}.${field}`) : [];
  });

  it('has a row for every root field of schema.graphql', () => {
    const covered = new Set(MATRIX.map(rootOf));
    expect(rootFields.filter((field) => !covered.has(field))).toEqual([]);
  });

  it('has no row for a root field schema.graphql does not have', () => {
    expect(MATRIX.map(rootOf).filter((field) => !rootFields.includes(field))).toEqual([]);
  });

  it('lets some caller through every root field', () => {
    const allowed = new Set(MATRIX.filter((row) => Object.values(row.expect).some((outcome) => outcome === 'ok' || (typeof outcome === 'object' && 'says' in outcome))).map(rootOf));
    expect(rootFields.filter((field) => !allowed.has(field))).toEqual([]);
  });

  it("keeps from each caller what it must not see, so that the leak checks can fail", () => {
    const { own, other, assigned } = fx.tickets;
    expect(secretsOf('CUSTOMER', fx)).toEqual(expect.arrayContaining([other.id, other.code, `SECRET-OTHER-SUBJECT-${fx.run}`, `SECRET-NOTE-OWN-${fx.run}`, fx.ownTag, fx.agents.OWNER.email, fx.otherContact.email]));
    expect(secretsOf('CUSTOMER', fx)).not.toContain(own.code);
    expect(secretsOf('AGENT_DEPARTMENTS', fx)).toEqual(expect.arrayContaining([other.id, assigned.code, `SECRET-NOTE-OTHER-${fx.run}`]));
    expect(secretsOf('AGENT_DEPARTMENTS', fx)).not.toContain(own.id);
    expect(secretsOf('AGENT_ASSIGNED_ONLY', fx)).toEqual(expect.arrayContaining([own.id, own.code, `SECRET-NOTE-OWN-${fx.run}`, other.code]));
    expect(secretsOf('ANONYMOUS', fx)).toEqual(expect.arrayContaining([own.id, own.code, fx.customer.email]));
  });
});

describe.each(ROLES.map((role) => [role]))('as %s', (role) => {
  const cases = MATRIX.map((row) => [`${role}: ${row.name} ${describeOutcome(row.expect[role])}`, row] as const);
  it.each(cases)('%s', async (_title, row) => {
    if (row.transport === 'http') await runHttpRow(row, role);
    else if (row.transport === 'ws-snapshot') await runSnapshotRow(row, role);
    else await runLiveRow(row, role);
  });
});
