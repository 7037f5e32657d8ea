import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql';
import { startTestApp, type TestApp } from '../support/test-app';

const CREATE = graphql(`
  mutation CreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      ticket { id code status version waitingSince contact { id displayName emails visitorId } tags }
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateTicket($input: UpdateTicketInput!) {
    updateTicket(input: $input) { ticket { id subject priority version tags } }
  }
`);
const ASSIGN = graphql(`
  mutation AssignTicket($input: AssignTicketInput!) {
    assignTicket(input: $input) { ticket { id version assignee { id } } }
  }
`);
const REPLY = graphql(`
  mutation Reply($input: ReplyInput!) {
    replyToTicket(input: $input) { ticket { status firstRespondedAt waitingSince resolvedAt version } message { kind body authorAgent { name } } }
  }
`);
const CUSTOMER_MESSAGE = graphql(`
  mutation CustomerMessage($input: CustomerMessageInput!) {
    addCustomerMessage(input: $input) { ticket { status waitingSince resolvedAt } message { kind authorContact { id } } }
  }
`);
const SET_STATUS = graphql(`
  mutation SetStatus($input: SetTicketStatusInput!) {
    setTicketStatus(input: $input) { ticket { status postponedUntil resolvedAt closedAt } }
  }
`);
const NOTE = graphql(`
  mutation Note($input: NoteInput!) {
    addInternalNote(input: $input) { ticket { status version } message { kind } }
  }
`);
const EVENTS = graphql(`
  query TicketEvents($id: ID!) {
    ticket(id: $id) {
      version
      events(first: 100) { totalCount edges { node { kind from to actor { id } } } }
      messages { totalCount edges { node { kind body } } }
    }
  }
`);
const CREATE_AGENT = graphql(`
  mutation CreateAgentForTickets($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }
`);
const LIST = graphql(`
  query ListTickets($filter: TicketFilter, $orderBy: TicketOrder, $first: Int, $after: String) {
    tickets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id subject priority createdAt } }
    }
  }
`);
const BY_CODE = graphql(`
  query TicketByCode($code: String!) { ticketByCode(code: $code) { id code } }
`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.stop();
});

const newTicket = async (overrides: Partial<{ subject: string; email: string; tags: string[] }> = {}) =>
  (
    await t.data(
      CREATE,
      { input: { subject: overrides.subject ?? 'Printer on fire', body: 'Help', contact: { email: overrides.email ?? 'ada@example.com', name: 'Ada' }, tags: overrides.tags } },
      t.ownerToken,
    )
  ).createTicket.ticket;

const eventsOf = async (id: string) => (await t.data(EVENTS, { id }, t.ownerToken)).ticket!;

describe('creating tickets, as owner', () => {
  it('gives an 11-character code, status NEW, a waiting customer and a CREATED event', async () => {
    const ticket = await newTicket({ tags: ['  Billing ', 'billing', 'VIP'] });
    expect(ticket.code).toMatch(/^[234679ACDEFGHJKMNPQRTUVWXY]{3}-[234679ACDEFGHJKMNPQRTUVWXY]{3}-[234679ACDEFGHJKMNPQRTUVWXY]{3}$/);
    expect(ticket.status).toBe('NEW');
    expect(ticket.version).toBe(1);
    expect(ticket.waitingSince).not.toBeNull();
    expect(ticket.tags).toEqual(['billing', 'vip']);
    const trail = await eventsOf(ticket.id);
    expect(trail.events!.edges.map((edge) => edge.node.kind)).toEqual(['CREATED']);
    expect(trail.messages.edges.map((edge) => edge.node.kind)).toEqual(['CUSTOMER']);
    expect((await t.data(BY_CODE, { code: ticket.code.toLowerCase().replace(/-/g, ' ') }, t.ownerToken)).ticketByCode?.id).toBe(ticket.id);
  });

  it('links a second request of the same email, in any case, to the same contact', async () => {
    const first = await newTicket({ email: 'Grace@Example.com' });
    const second = await newTicket({ email: 'grace@example.COM' });
    expect(second.contact.id).toBe(first.contact.id);
    expect(second.contact.emails).toEqual(['grace@example.com']);
  });

  it('gives an anonymous visitor a visitor id as display name', async () => {
    const { createTicket } = await t.data(CREATE, { input: { subject: 'Hi', body: 'Anyone?', contact: {} } }, t.ownerToken);
    expect(createTicket.ticket.contact.visitorId).toMatch(/^V-[234679ACDEFGHJKMNPQRTUVWXY]{6}$/);
    expect(createTicket.ticket.contact.displayName).toBe(createTicket.ticket.contact.visitorId);
  });

  it('gives 50 tickets created at once 50 distinct codes', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        t.request(CREATE, { input: { subject: `Concurrent ${index}`, body: 'x', contact: { email: `same-new-person@example.com` } } }, t.ownerToken),
      ),
    );
    const tickets = results.map((result) => {
      expect(result.body.errors).toBeUndefined();
      return result.body.data!.createTicket.ticket;
    });
    expect(new Set(tickets.map((ticket) => ticket.code)).size).toBe(50);
    expect(new Set(tickets.map((ticket) => ticket.contact.id)).size).toBe(1);
  });

  it('rejects bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = (await t.data(LIST, {}, t.ownerToken)).tickets.totalCount;
    const cases = [
      [{ subject: 'x'.repeat(251), body: 'b', contact: {} }, 'subject'],
      [{ subject: '   ', body: 'b', contact: {} }, 'subject'],
      [{ subject: 's', body: 'x'.repeat(64 * 1024 + 1), contact: {} }, 'body'],
      [{ subject: 's', body: 'b', contact: { email: 'not-an-email' } }, 'contact.email'],
      [{ subject: 's', body: 'b', contact: { phone: 'call me' } }, 'contact.phone'],
      [{ subject: 's', body: 'b', contact: {}, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags'],
    ] as const;
    for (const [input, field] of cases) {
      const { body } = await t.request(CREATE, { input: { ...input, tags: 'tags' in input ? [...input.tags] : undefined } }, t.ownerToken);
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect((await t.data(LIST, {}, t.ownerToken)).tickets.totalCount).toBe(before);
  });

  it('answers NOT_FOUND for an unknown department id', async () => {
    const { body } = await t.request(
      CREATE,
      { input: { subject: 's', body: 'b', contact: {}, departmentId: 'RGVwYXJ0bWVudDowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA' } },
      t.ownerToken,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the status workflow through the API', () => {
  it('follows NEW -> ANSWERED -> OPEN -> RESOLVED -> reopened OPEN -> RESOLVED -> CLOSED with its events', async () => {
    const ticket = await newTicket();
    const reply = (await t.data(REPLY, { input: { ticketId: ticket.id, body: 'On it' } }, t.ownerToken)).replyToTicket;
    expect(reply.ticket.status).toBe('ANSWERED');
    expect(reply.ticket.firstRespondedAt).not.toBeNull();
    expect(reply.ticket.waitingSince).toBeNull();
    expect(reply.message).toEqual({ kind: 'AGENT_REPLY', body: 'On it', authorAgent: { name: 'Owner' } });

    const answer = (await t.data(CUSTOMER_MESSAGE, { input: { ticketId: ticket.id, body: 'Still burning' } }, t.ownerToken)).addCustomerMessage;
    expect(answer.ticket.status).toBe('OPEN');
    expect(answer.ticket.waitingSince).not.toBeNull();
    expect(answer.message.authorContact?.id).toBe(ticket.contact.id);

    const resolved = (await t.data(REPLY, { input: { ticketId: ticket.id, body: 'Fixed', resolve: true } }, t.ownerToken)).replyToTicket;
    expect(resolved.ticket.status).toBe('RESOLVED');
    expect(resolved.ticket.resolvedAt).not.toBeNull();
    // firstRespondedAt is the first reply's, not the second's.
    expect(resolved.ticket.firstRespondedAt).toBe(reply.ticket.firstRespondedAt);

    const reopened = (await t.data(CUSTOMER_MESSAGE, { input: { ticketId: ticket.id, body: 'It is back' } }, t.ownerToken)).addCustomerMessage;
    expect(reopened.ticket.status).toBe('OPEN');
    expect(reopened.ticket.resolvedAt).toBeNull();

    await t.data(SET_STATUS, { input: { ticketId: ticket.id, status: 'RESOLVED' } }, t.ownerToken);
    const closed = (await t.data(SET_STATUS, { input: { ticketId: ticket.id, status: 'CLOSED' } }, t.ownerToken)).setTicketStatus;
    expect(closed.ticket.status).toBe('CLOSED');
    expect(closed.ticket.closedAt).not.toBeNull();

    const trail = await eventsOf(ticket.id);
    expect(trail.events!.edges.map(({ node }) => [node.kind, node.from, node.to])).toEqual([
      ['CREATED', null, 'NEW'],
      ['MESSAGE_ADDED', null, null],
      ['STATUS_CHANGED', 'NEW', 'ANSWERED'],
      ['MESSAGE_ADDED', null, null],
      ['STATUS_CHANGED', 'ANSWERED', 'OPEN'],
      ['MESSAGE_ADDED', null, null],
      ['STATUS_CHANGED', 'OPEN', 'RESOLVED'],
      ['MESSAGE_ADDED', null, null],
      ['REOPENED', 'RESOLVED', 'OPEN'],
      ['STATUS_CHANGED', 'RESOLVED', 'OPEN'],
      ['STATUS_CHANGED', 'OPEN', 'RESOLVED'],
      ['STATUS_CHANGED', 'RESOLVED', 'CLOSED'],
    ]);
    expect(trail.version).toBe(7);
  });

  it('refuses illegal transitions with CONFLICT and changes nothing', async () => {
    const ticket = await newTicket();
    for (const status of ['CLOSED', 'ANSWERED', 'NEW', 'OPEN'] as const) {
      const { body } = await t.request(SET_STATUS, { input: { ticketId: ticket.id, status } }, t.ownerToken);
      expect(body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    }
    expect((await eventsOf(ticket.id)).version).toBe(1);
  });

  it('requires a future postponedUntil for POSTPONED', async () => {
    const ticket = await newTicket();
    const missing = await t.request(SET_STATUS, { input: { ticketId: ticket.id, status: 'POSTPONED' } }, t.ownerToken);
    expect(missing.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'postponedUntil' });
    const past = await t.request(SET_STATUS, { input: { ticketId: ticket.id, status: 'POSTPONED', postponedUntil: '2020-01-01T00:00:00.000Z' } }, t.ownerToken);
    expect(past.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'postponedUntil' });
    const until = new Date(Date.now() + 86_400_000).toISOString();
    const postponed = await t.data(SET_STATUS, { input: { ticketId: ticket.id, status: 'POSTPONED', postponedUntil: until } }, t.ownerToken);
    expect(postponed.setTicketStatus.ticket).toMatchObject({ status: 'POSTPONED', postponedUntil: until });
  });

  it('records a note without changing the status, but with a new version', async () => {
    const ticket = await newTicket();
    const { addInternalNote } = await t.data(NOTE, { input: { ticketId: ticket.id, body: 'VIP customer' } }, t.ownerToken);
    expect(addInternalNote).toEqual({ ticket: { status: 'NEW', version: 2 }, message: { kind: 'INTERNAL_NOTE' } });
  });
});

describe('optimistic locking and concurrent writes', () => {
  it('refuses an update with a stale expectedVersion with CONFLICT and writes nothing', async () => {
    const ticket = await newTicket();
    const updated = await t.data(UPDATE, { input: { id: ticket.id, expectedVersion: 1, subject: 'Renamed', priority: 'HIGH' } }, t.ownerToken);
    expect(updated.updateTicket.ticket).toMatchObject({ subject: 'Renamed', priority: 'HIGH', version: 2 });

    const stale = await t.request(UPDATE, { input: { id: ticket.id, expectedVersion: 1, subject: 'Lost update' } }, t.ownerToken);
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const trail = await eventsOf(ticket.id);
    expect(trail.version).toBe(2);
    expect(trail.events!.edges.map(({ node }) => [node.kind, node.from, node.to])).toEqual([
      ['CREATED', null, 'NEW'],
      ['SUBJECT_CHANGED', 'Printer on fire', 'Renamed'],
      ['PRIORITY_CHANGED', 'MEDIUM', 'HIGH'],
    ]);
  });

  it('keeps both of two concurrent assignments: one assignee, two ASSIGNED events that chain', async () => {
    const ticket = await newTicket();
    const agents = await Promise.all(
      ['one', 'two'].map(async (name) =>
        (await t.data(CREATE_AGENT, { input: { name, email: `${name}@agents.test`, password: 'long-password-1', role: 'AGENT' } }, t.ownerToken)).createAgent.agent.id,
      ),
    );
    const results = await Promise.all(agents.map((agentId) => t.data(ASSIGN, { input: { ticketId: ticket.id, agentId } }, t.ownerToken)));
    expect(results.map((result) => result.assignTicket.ticket.version).sort()).toEqual([2, 3]);
    const trail = await eventsOf(ticket.id);
    const assigned = trail.events!.edges.map(({ node }) => node).filter((node) => node.kind === 'ASSIGNED');
    expect(assigned).toHaveLength(2);
    expect(assigned[0]!.from).toBeNull();
    expect(assigned[1]!.from).toBe(assigned[0]!.to);
    const last = results.find((result) => result.assignTicket.ticket.version === 3)!;
    expect(last.assignTicket.ticket.assignee?.id).toBe(assigned[1]!.to);
    expect(trail.version).toBe(3);
  });

  it('clears tags with an explicit null and leaves absent fields alone', async () => {
    const ticket = await newTicket({ tags: ['a', 'b'] });
    const cleared = await t.data(UPDATE, { input: { id: ticket.id, tags: null } }, t.ownerToken);
    expect(cleared.updateTicket.ticket).toMatchObject({ tags: [], subject: 'Printer on fire', priority: 'MEDIUM' });
    const nullSubject = await t.request(UPDATE, { input: { id: ticket.id, subject: null } }, t.ownerToken);
    expect(nullSubject.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'subject' });
  });
});

describe('listing tickets', () => {
  it('pages with cursors, without overlap, and counts the whole filter', async () => {
    for (let index = 0; index < 5; index += 1) await newTicket({ subject: `Paging ${index}`, tags: ['paging'] });
    const listPage = (after: string | null) => t.data(LIST, { filter: { tag: 'paging' }, first: 2, after }, t.ownerToken);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await listPage(after);
      expect(page.tickets.totalCount).toBe(5);
      seen.push(...page.tickets.edges.map((edge) => edge.node.subject));
      after = page.tickets.pageInfo.hasNextPage ? (page.tickets.pageInfo.endCursor ?? null) : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(['Paging 4', 'Paging 3', 'Paging 2', 'Paging 1', 'Paging 0']);
  });

  it('finds tickets by words of their messages', async () => {
    const ticket = await newTicket({ subject: 'Unrelated subject' });
    await t.data(REPLY, { input: { ticketId: ticket.id, body: 'The flux capacitor needs recalibration' } }, t.ownerToken);
    const found = await t.data(LIST, { filter: { search: 'capacitor' } }, t.ownerToken);
    expect(found.tickets.edges.map((edge) => edge.node.id)).toEqual([ticket.id]);
  });

  it('orders by priority, most urgent first, and rejects bad paging input', async () => {
    const ordered = await t.data(LIST, { orderBy: { field: 'PRIORITY', direction: 'DESC' }, first: 100 }, t.ownerToken);
    const ranks = ordered.tickets.edges.map((edge) => ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'].indexOf(edge.node.priority));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    // The last cursor is well shaped but names 30 February, which PostgreSQL would refuse.
    for (const variables of [{ first: 0 }, { first: 101 }, { after: 'garbage!' }, { after: 'WyJub3QtYS1kYXRlIiwieCJd' }, { after: 'WyIyMDI2LTAyLTMwVDA4OjAwOjAwLjAwMFoiLCIwYjZhNGIzNC04ZjNlLTRkMGYtOWIwYS0zYzdhMWQyZTRmNTAiXQ' }]) {
      const { body } = await t.request(LIST, variables, t.ownerToken);
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
