import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql';
import { collectUntil, connectRecording, disposeClients, subscriptionSettles } from '../support/ws-client';
import { loginToken, startTestApp, type TestApp } from '../support/test-app';

const SUBMIT = graphql(`
  mutation Submit($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }
`);
const MY_TICKETS = graphql(`
  query MyTickets {
    viewer { kind agent { id } contact { id displayName } }
    tickets(first: 50) { totalCount edges { node { id code subject status channel priority } } }
  }
`);
const MY_TICKET = graphql(`
  query MyTicket($code: String!) {
    ticketByCode(code: $code) {
      id
      status
      messages { totalCount edges { node { kind body authorAgent { name email } } } }
    }
  }
`);
const AS_AGENT = graphql(`
  query TicketForAgent($code: String!) {
    ticketByCode(code: $code) { id channel contact { id emails phones name tickets { totalCount } } events { edges { node { kind actor { id } } } } }
  }
`);
const SEARCH = graphql(`
  query CustomerSearch($filter: TicketFilter) { tickets(filter: $filter) { totalCount edges { node { code } } } }
`);
const WRITE = graphql(`
  mutation CustomerWrites($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status } message { kind authorAgent { id } } } }
`);
const REPLY = graphql(`
  mutation AgentReplies($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }
`);
const NOTE = graphql(`
  mutation AgentNotes($input: NoteInput!) { addInternalNote(input: $input) { message { id } } }
`);
const MERGE = graphql(`
  mutation MergeForCustomer($input: MergeContactsInput!) { mergeContacts(input: $input) { contact { id } } }
`);
const CREATE_FOR = graphql(`
  mutation CreateForContact($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id contact { id } } } }
`);
const LOGIN = graphql(`
  mutation LoginForLimits($input: LoginInput!) { login(input: $input) { token } }
`);
const CHANGES = graphql(`
  subscription CustomerChanges { ticketChanged { event { kind from to } ticket { id status } } }
`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await disposeClients();
  await t?.stop();
});

const request = (email: string, subject: string) => ({ email, subject, body: `${subject}: please help`, name: 'Ada Lovelace' });

async function submit(email: string, subject: string, token?: string) {
  return (await t.data(SUBMIT, { input: request(email, subject) }, token)).submitSupportRequest;
}

describe('submitSupportRequest', () => {
  it('opens a NEW web-form ticket for a new contact and returns its code and a customer token', async () => {
    const receipt = await submit('ada@example.com', 'Printer on fire');
    expect(receipt.ticketCode).toMatch(/^[234679ACDEFGHJKMNPQRTUVWXY]{3}-[234679ACDEFGHJKMNPQRTUVWXY]{3}-[234679ACDEFGHJKMNPQRTUVWXY]{3}$/);
    const mine = await t.data(MY_TICKETS, {}, receipt.accessToken);
    expect(mine.viewer).toMatchObject({ kind: 'CUSTOMER', agent: null, contact: { displayName: 'Ada Lovelace' } });
    expect(mine.tickets.totalCount).toBe(1);
    expect(mine.tickets.edges[0]!.node).toMatchObject({ code: receipt.ticketCode, subject: 'Printer on fire', status: 'NEW', channel: 'WEB_FORM', priority: 'MEDIUM' });
    const seenByAgent = (await t.data(AS_AGENT, { code: receipt.ticketCode }, t.ownerToken)).ticketByCode!;
    expect(seenByAgent.contact.emails).toEqual(['ada@example.com']);
    expect(seenByAgent.events!.edges.map((edge) => edge.node)).toEqual([{ kind: 'CREATED', actor: null }]);
  });

  it('links a second request with the same email to the same contact, but its new token reaches only the new ticket', async () => {
    const first = await submit('grace@example.com', 'First');
    // Anyone can type Grace's email: that must not open Grace's earlier tickets.
    const second = await submit('GRACE@example.com', 'Second');
    const agentView = (await t.data(AS_AGENT, { code: second.ticketCode }, t.ownerToken)).ticketByCode!;
    expect(agentView.contact.tickets.totalCount).toBe(2);
    const secondView = await t.data(MY_TICKETS, {}, second.accessToken);
    expect(secondView.tickets.edges.map((edge) => edge.node.code)).toEqual([second.ticketCode]);
    expect((await t.data(MY_TICKET, { code: first.ticketCode }, second.accessToken)).ticketByCode).toBeNull();
    expect(secondView.viewer.contact!.id).toBe(agentView.contact.id);
  });

  it('keeps every ticket under one token when the customer presents it with the next request', async () => {
    const first = await submit('hopper@example.com', 'One');
    const second = await submit('hopper@example.com', 'Two', first.accessToken);
    const view = await t.data(MY_TICKETS, {}, second.accessToken);
    expect(view.tickets.edges.map((edge) => edge.node.code).sort()).toEqual([first.ticketCode, second.ticketCode].sort());
    // The older token still works, for the tickets of the same session.
    expect((await t.data(MY_TICKETS, {}, first.accessToken)).tickets.totalCount).toBe(2);
  });

  it("does not carry a token's tickets over to a request for another email", async () => {
    const mine = await submit('alice@example.com', 'Alice asks');
    const other = await submit('mallory@example.com', 'Mallory asks', mine.accessToken);
    const view = await t.data(MY_TICKETS, {}, other.accessToken);
    expect(view.tickets.edges.map((edge) => edge.node.code)).toEqual([other.ticketCode]);
  });

  it('answers invalid input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = (await t.data(MY_TICKETS, {}, t.ownerToken)).tickets.totalCount;
    const badEmail = await t.request(SUBMIT, { input: { ...request('not-an-email', 'x'), email: 'not-an-email' } });
    expect(badEmail.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const noSubject = await t.request(SUBMIT, { input: { ...request('ok@example.com', 'x'), subject: '   ' } });
    expect(noSubject.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subject' });
    expect((await t.data(MY_TICKETS, {}, t.ownerToken)).tickets.totalCount).toBe(before);
  });

  it('never links by phone: a phone another contact has stays with that contact', async () => {
    const owned = await t.data(CREATE_FOR, { input: { subject: 'Phone call', body: 'Hi', contact: { phone: '+371 2000 0001', name: 'Phone owner' } } }, t.ownerToken);
    const receipt = (await t.data(SUBMIT, { input: { ...request('stranger@example.com', 'Hello'), phone: '+371 2000 0001' } })).submitSupportRequest;
    const agentView = (await t.data(AS_AGENT, { code: receipt.ticketCode }, t.ownerToken)).ticketByCode!;
    expect(agentView.contact.id).not.toBe(owned.createTicket.ticket.contact.id);
    expect(agentView.contact.phones).toEqual([]);
  });
});

describe('a customer on their ticket', () => {
  it('reads the conversation without internal notes, nor counts them, and sees agents without their emails', async () => {
    const receipt = await submit('notes@example.com', 'Where is my parcel');
    const ticketId = (await t.data(MY_TICKET, { code: receipt.ticketCode }, receipt.accessToken)).ticketByCode!.id;
    await t.data(NOTE, { input: { ticketId, body: 'SECRET: customer is on the watch list' } }, t.ownerToken);
    await t.data(REPLY, { input: { ticketId, body: 'It is on its way' } }, t.ownerToken);
    const response = await t.request(MY_TICKET, { code: receipt.ticketCode }, receipt.accessToken);
    expect(response.body.errors).toBeUndefined();
    const { messages } = response.body.data!.ticketByCode!;
    expect(messages.totalCount).toBe(2);
    expect(messages.edges.map((edge) => edge.node)).toEqual([
      { kind: 'CUSTOMER', body: 'Where is my parcel: please help', authorAgent: null },
      { kind: 'AGENT_REPLY', body: 'It is on its way', authorAgent: { name: 'Owner', email: null } },
    ]);
    expect(JSON.stringify(response.body)).not.toContain('SECRET');
  });

  it("finds its ticket by the conversation's words but not by a note's, and may not probe tags", async () => {
    const receipt = await submit('searcher@example.com', 'Broken kettle');
    const ticketId = (await t.data(MY_TICKET, { code: receipt.ticketCode }, receipt.accessToken)).ticketByCode!.id;
    await t.data(NOTE, { input: { ticketId, body: 'customer flagged zanzibarfraud' } }, t.ownerToken);
    const byConversation = await t.data(SEARCH, { filter: { search: 'kettle' } }, receipt.accessToken);
    expect(byConversation.tickets.edges.map((edge) => edge.node.code)).toEqual([receipt.ticketCode]);
    const byNote = await t.data(SEARCH, { filter: { search: 'zanzibarfraud' } }, receipt.accessToken);
    expect(byNote.tickets).toEqual({ totalCount: 0, edges: [] });
    // The same search finds it for an agent: the note is there.
    expect((await t.data(SEARCH, { filter: { search: 'zanzibarfraud' } }, t.ownerToken)).tickets.totalCount).toBe(1);
    const byTag = await t.request(SEARCH, { filter: { tag: 'vip' } }, receipt.accessToken);
    expect(byTag.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'filter.tag' });
  });

  it('writes back, which reopens the conversation (ANSWERED to OPEN) with no agent as author', async () => {
    const receipt = await submit('writer@example.com', 'Refund');
    const ticketId = (await t.data(MY_TICKET, { code: receipt.ticketCode }, receipt.accessToken)).ticketByCode!.id;
    await t.data(REPLY, { input: { ticketId, body: 'Which order?' } }, t.ownerToken);
    const written = await t.data(WRITE, { input: { ticketId, body: 'Order 42' } }, receipt.accessToken);
    expect(written.addCustomerMessage).toEqual({ ticket: { status: 'OPEN' }, message: { kind: 'CUSTOMER', authorAgent: null } });
  });

  it("cannot write on another customer's ticket: it is NOT_FOUND, as if it did not exist", async () => {
    const mine = await submit('me@example.com', 'Mine');
    const theirs = await submit('them@example.com', 'Theirs');
    const theirId = (await t.data(MY_TICKET, { code: theirs.ticketCode }, theirs.accessToken)).ticketByCode!.id;
    const attempt = await t.request(WRITE, { input: { ticketId: theirId, body: 'let me in' } }, mine.accessToken);
    expect(attempt.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await t.data(MY_TICKET, { code: theirs.ticketCode }, theirs.accessToken)).ticketByCode!.messages.totalCount).toBe(1);
  });

  it('keeps access to their tickets when an admin merges their contact into another', async () => {
    const receipt = await submit('merge-me@example.com', 'Before merge');
    const source = (await t.data(MY_TICKETS, {}, receipt.accessToken)).viewer.contact!.id;
    const target = (await t.data(CREATE_FOR, { input: { subject: 'Target', body: 'x', contact: { email: 'merged-into@example.com' } } }, t.ownerToken)).createTicket
      .ticket.contact.id;
    await t.data(MERGE, { input: { sourceId: source, targetId: target } }, t.ownerToken);
    const view = await t.data(MY_TICKETS, {}, receipt.accessToken);
    expect(view.viewer.contact!.id).toBe(target);
    // Still only the ticket the session was granted, not the target contact's other ticket.
    expect(view.tickets.edges.map((edge) => edge.node.code)).toEqual([receipt.ticketCode]);
  });
});

type Change = { ticketChanged: { event: { kind: string }; ticket: { id: string; status: string } } };

const subscribe = (token: string, until: (change: Change) => boolean, frames: string[] = []) =>
  collectUntil<Change>(connectRecording(t.wsUrl, token, frames), print(CHANGES), until);

describe("a customer's ticketChanged", () => {
  it('never carries a note, nor assignment or tag changes: only what the conversation shows', async () => {
    const receipt = await submit('live@example.com', 'Live help');
    const ticketId = (await t.data(MY_TICKET, { code: receipt.ticketCode }, receipt.accessToken)).ticketByCode!.id;
    const other = await submit('other-live@example.com', 'Not yours');
    const otherId = (await t.data(MY_TICKET, { code: other.ticketCode }, other.accessToken)).ticketByCode!.id;
    const frames: string[] = [];
    const received = subscribe(receipt.accessToken, (change) => change.ticketChanged.event.kind === 'STATUS_CHANGED', frames);
    await subscriptionSettles();
    await t.data(NOTE, { input: { ticketId, body: 'SECRET-NOTE-live' } }, t.ownerToken);
    await t.data(REPLY, { input: { ticketId: otherId, body: 'SECRET-REPLY-to-someone-else' } }, t.ownerToken);
    await t.data(REPLY, { input: { ticketId, body: 'Hello Ada' } }, t.ownerToken);
    const changes = await received;
    expect(changes.map((change) => [change.ticketChanged.event.kind, change.ticketChanged.ticket.id])).toEqual([
      ['MESSAGE_ADDED', ticketId],
      ['STATUS_CHANGED', ticketId],
    ]);
    expect(frames.join('\n')).not.toMatch(/SECRET|NOTE_ADDED/);
  });
});

describe('rights that change while a subscription is open', () => {
  const CREATE_DEPARTMENT = graphql(`
    mutation DepartmentForLive($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }
  `);
  const CREATE_AGENT = graphql(`
    mutation AgentForLive($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }
  `);
  const UPDATE_AGENT = graphql(`
    mutation AgentChangesForLive($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id } } }
  `);

  async function agentIn(name: string, departmentId: string) {
    const email = `${name}@example.com`;
    const input = { name, email, password: 'agent-password-1', role: 'AGENT' as const, departmentIds: [departmentId] };
    const { id } = (await t.data(CREATE_AGENT, { input }, t.ownerToken)).createAgent.agent;
    return { id, token: await loginToken(t.httpUrl, email, 'agent-password-1') };
  }

  it('stops delivering at once to an agent removed from the department', async () => {
    const department = (await t.data(CREATE_DEPARTMENT, { input: { name: 'Live moves' } }, t.ownerToken)).createDepartment.department.id;
    const agent = await agentIn('mover', department);
    const ticket = (await t.data(CREATE_FOR, { input: { subject: 'In dept', body: 'x', contact: { email: 'dept@example.com' }, departmentId: department } }, t.ownerToken))
      .createTicket.ticket.id;
    const frames: string[] = [];
    const received = subscribe(agent.token, () => true, frames);
    await subscriptionSettles();
    await t.data(UPDATE_AGENT, { input: { id: agent.id, departmentIds: [] } }, t.ownerToken);
    await t.data(NOTE, { input: { ticketId: ticket, body: 'SECRET-after-removal' } }, t.ownerToken);
    // A ticket assigned to the agent stays visible: its event is the first one delivered.
    const assigned = (await t.data(CREATE_FOR, { input: { subject: 'Assigned', body: 'x', contact: { email: 'dept@example.com' }, assigneeId: agent.id } }, t.ownerToken))
      .createTicket.ticket.id;
    const [first] = await received;
    expect(first!.ticketChanged.ticket.id).toBe(assigned);
    expect(frames.join('\n')).not.toContain(ticket);
  });

  it('closes the socket of a deactivated agent with 4403', async () => {
    const department = (await t.data(CREATE_DEPARTMENT, { input: { name: 'Live leavers' } }, t.ownerToken)).createDepartment.department.id;
    const agent = await agentIn('leaver', department);
    const received = subscribe(agent.token, () => true);
    await subscriptionSettles();
    await t.data(UPDATE_AGENT, { input: { id: agent.id, active: false } }, t.ownerToken);
    await expect(received).rejects.toMatchObject({ code: 4403 });
  });
});

describe('a token that expires while its socket is open', () => {
  let shortLived: TestApp;
  beforeAll(async () => {
    shortLived = await startTestApp({ tokenTtlSeconds: 2 });
  });
  afterAll(() => shortLived?.stop());

  it('ends the socket with 4401 when it expires, without waiting for an event', async () => {
    const client = connectRecording(shortLived.wsUrl, shortLived.ownerToken);
    const received = collectUntil<Change>(client, print(CHANGES), () => true);
    await expect(received).rejects.toMatchObject({ code: 4401 });
  });
});

describe('abuse limits', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({
      abuseLimits: {
        loginPerAddress: { points: 100, durationSeconds: 600 },
        loginFailuresPerAccount: { points: 3, durationSeconds: 600 },
        supportRequestsPerAddress: { points: 5, durationSeconds: 600 },
        supportRequestsPerEmail: { points: 2, durationSeconds: 600 },
      },
    });
  });
  afterAll(() => limited?.stop());

  it('refuses a third support request for one email with RATE_LIMITED, and creates no ticket for it', async () => {
    const send = (email: string) => limited.request(SUBMIT, { input: request(email, 'Again') });
    expect((await send('spam@example.com')).body.errors).toBeUndefined();
    expect((await send('spam@example.com')).body.errors).toBeUndefined();
    const third = await send('spam@example.com');
    expect(third.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(third.body.errors?.[0]?.message).toMatch(/try again in \d+ seconds/);
    const count = (await limited.data(MY_TICKETS, {}, limited.ownerToken)).tickets.totalCount;
    expect(count).toBe(2);
  });

  it('refuses a sixth support request from one address, whatever the email', async () => {
    const codes = [];
    for (const email of ['a1@example.com', 'a2@example.com', 'a3@example.com']) {
      codes.push((await limited.request(SUBMIT, { input: request(email, 'Hi') })).body.errors?.[0]?.extensions?.code ?? 'ok');
    }
    // The previous test spent three of this address's five, the refused one included.
    expect(codes).toEqual(['ok', 'ok', 'RATE_LIMITED']);
  });

  it('answers unknown emails and wrong passwords alike, then locks the account, even for the right password', async () => {
    const login = (email: string, password: string) => limited.request(LOGIN, { input: { email, password } });
    const unknown = await login('nobody@test.local', 'whatever-password');
    const wrong = await login('owner@test.local', 'wrong-password-1');
    expect(unknown.body.errors).toEqual(wrong.body.errors);
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await login('owner@test.local', 'wrong-password-2');
    await login('owner@test.local', 'wrong-password-3');
    const locked = await login('owner@test.local', 'owner-password-1');
    expect(locked.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(locked.body.data).toBeNull();
  });
});
