import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql';
import { loginToken, startTestApp, type TestApp } from '../support/test-app';
import { collectUntil, connectRecording, disposeClients, subscriptionSettles } from '../support/ws-client';

/**
 * The ways help desks have leaked a ticket to someone who may not see it: search, counts,
 * lookups by id, a contact's ticket list, a queue length, a live event. For an agent restricted
 * to some tickets, each must behave as if the hidden ticket did not exist.
 */
const DEPARTMENT = graphql(`
  mutation SidePathDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }
`);
const AGENT = graphql(`
  mutation SidePathAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }
`);
const CREATE = graphql(`
  mutation SidePathTicket($input: CreateTicketInput!) {
    createTicket(input: $input) { ticket { id contact { id } events { edges { node { id } } } messages { edges { node { id } } } } }
  }
`);
const NOTE = graphql(`
  mutation SidePathNote($input: NoteInput!) { addInternalNote(input: $input) { message { id } } }
`);
const SEARCH = graphql(`
  query SidePathSearch($search: String!) { tickets(filter: { search: $search }) { totalCount edges { node { id } } } }
`);
const BY_ID = graphql(`
  query SidePathById($ticket: ID!, $message: ID!, $event: ID!, $code: String!) {
    ticket(id: $ticket) { id }
    ticketByCode(code: $code) { id }
    asNode: node(id: $ticket) { id }
    message: node(id: $message) { id }
    event: node(id: $event) { id }
  }
`);
const CODE = graphql(`
  query SidePathCode($id: ID!) { ticket(id: $id) { code } }
`);
const CONTACT_TICKETS = graphql(`
  query SidePathContact($id: ID!) { contact(id: $id) { tickets { totalCount edges { node { id } } } } }
`);
const QUEUE_LENGTH = graphql(`
  query SidePathQueue { departments { id queueLength } }
`);
const CHANGES = graphql(`
  subscription SidePathChanges { ticketChanged { event { kind } ticket { id subject } } }
`);

let t: TestApp;
let fixture: {
  hidden: { id: string; code: string; contactId: string; messageId: string; eventId: string };
  shownId: string;
  departmentsAgent: string;
  assignedOnlyAgent: string;
  assignedOnlyId: string;
  departments: { mine: string; theirs: string };
};
const SECRET = 'quasarwhistle';

beforeAll(async () => {
  t = await startTestApp();
  const department = async (name: string) => (await t.data(DEPARTMENT, { input: { name } }, t.ownerToken)).createDepartment.department.id;
  const [mine, theirs] = [await department('Visible'), await department('Hidden')];
  const agent = async (name: string, ticketAccess: 'DEPARTMENTS' | 'ASSIGNED_ONLY') => {
    const input = { name, email: `${name}@example.com`, password: 'agent-password-1', role: 'AGENT' as const, ticketAccess, departmentIds: [mine] };
    const { id } = (await t.data(AGENT, { input }, t.ownerToken)).createAgent.agent;
    return { id, token: await loginToken(t.httpUrl, input.email, input.password) };
  };
  const inDepartments = await agent('dana', 'DEPARTMENTS');
  const assignedOnly = await agent('otto', 'ASSIGNED_ONLY');
  const ticket = async (subject: string, departmentId: string, assigneeId?: string) =>
    (await t.data(CREATE, { input: { subject, body: `${subject} body`, contact: { email: `${subject.split(' ')[0]}@example.com` }, departmentId, assigneeId } }, t.ownerToken))
      .createTicket.ticket;
  const hidden = await ticket(`hidden ${SECRET}`, theirs);
  await t.data(NOTE, { input: { ticketId: hidden.id, body: `note ${SECRET}` } }, t.ownerToken);
  const shown = await ticket('shown ticket', mine);
  const assigned = await ticket('assigned ticket', theirs, assignedOnly.id);
  fixture = {
    hidden: {
      id: hidden.id,
      code: (await t.data(CODE, { id: hidden.id }, t.ownerToken)).ticket!.code,
      contactId: hidden.contact.id,
      messageId: hidden.messages.edges[0]!.node.id,
      eventId: hidden.events!.edges[0]!.node.id,
    },
    shownId: shown.id,
    departmentsAgent: inDepartments.token,
    assignedOnlyAgent: assignedOnly.token,
    assignedOnlyId: assigned.id,
    departments: { mine, theirs },
  };
});
afterAll(async () => {
  await disposeClients();
  await t?.stop();
});

const OTHER_DEPARTMENTS = 'an agent of other departments';
const ASSIGNED_ONLY = 'an agent restricted to assigned tickets';

describe.each([OTHER_DEPARTMENTS, ASSIGNED_ONLY])('for %s, a hidden ticket', (who) => {
  const token = () => (who === ASSIGNED_ONLY ? fixture.assignedOnlyAgent : fixture.departmentsAgent);

  it('is found by no search, in its subject or in a note, and counted by no total', async () => {
    const found = await t.data(SEARCH, { search: SECRET }, token());
    expect(found.tickets).toEqual({ totalCount: 0, edges: [] });
    // The owner's search proves there is something to find.
    expect((await t.data(SEARCH, { search: SECRET }, t.ownerToken)).tickets.totalCount).toBe(1);
  });

  it('is null by id, by code and through node, and so are its message and its event', async () => {
    const { hidden } = fixture;
    const response = await t.request(BY_ID, { ticket: hidden.id, message: hidden.messageId, event: hidden.eventId, code: hidden.code }, token());
    expect(response.body).toEqual({ data: { ticket: null, ticketByCode: null, asNode: null, message: null, event: null } });
  });

  it("is not in its contact's tickets, nor in their count", async () => {
    const { contact } = await t.data(CONTACT_TICKETS, { id: fixture.hidden.contactId }, token());
    expect(contact!.tickets).toEqual({ totalCount: 0, edges: [] });
  });

  it('is not counted in its queue length', async () => {
    const lengths = async (as: string) =>
      Object.fromEntries((await t.data(QUEUE_LENGTH, {}, as)).departments.map((department) => [department.id, department.queueLength]));
    const { mine, theirs } = fixture.departments;
    // The owner counts the hidden ticket and the assigned one in theirs.
    expect(await lengths(t.ownerToken)).toEqual({ [mine]: 1, [theirs]: 2 });
    expect(await lengths(token())).toEqual(who === ASSIGNED_ONLY ? { [mine]: 0, [theirs]: 1 } : { [mine]: 1, [theirs]: 0 });
  });

  it('sends nothing over ticketChanged, not even its id', async () => {
    const frames: string[] = [];
    // Each agent sees one ticket that the owner changes last: its event ends the wait.
    const lastVisible = who === ASSIGNED_ONLY ? fixture.assignedOnlyId : fixture.shownId;
    const received = collectUntil(connectRecording(t.wsUrl, token(), frames), print(CHANGES), (data) => JSON.stringify(data).includes(lastVisible));
    await subscriptionSettles();
    await t.data(NOTE, { input: { ticketId: fixture.hidden.id, body: `another ${SECRET}` } }, t.ownerToken);
    await t.data(NOTE, { input: { ticketId: lastVisible, body: 'visible note' } }, t.ownerToken);
    const messages = await received;
    expect(messages).toHaveLength(1);
    expect(frames.join('\n')).not.toContain(fixture.hidden.id);
    expect(frames.join('\n')).not.toContain(SECRET);
  });
});
