import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql';
import { startTestApp, type TestApp } from '../support/test-app';

const CREATE = graphql(`
  mutation CreateForIntegrity($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }
`);
const CREATE_AGENT = graphql(`
  mutation CreateAgentForIntegrity($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }
`);
const CREATE_DEPARTMENT = graphql(`
  mutation CreateDepartmentForIntegrity($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }
`);
const PAGE = graphql(`
  query TicketPage($first: Int!) {
    tickets(first: $first) {
      totalCount
      edges {
        node {
          code subject status priority tags
          contact { displayName emails }
          assignee { name departments { name } }
          department { name queueLength }
          messages(first: 3) { totalCount edges { node { kind authorAgent { name } authorContact { displayName } } } }
          events(first: 3) { totalCount edges { node { kind actor { name } } } }
        }
      }
    }
  }
`);
const REPLY = graphql(`
  mutation ReplyForIntegrity($input: ReplyInput!) { replyToTicket(input: $input) { message { id } } }
`);
const MERGE = graphql(`
  mutation Merge($input: MergeContactsInput!) { mergeContacts(input: $input) { contact { id emails phones tickets { totalCount } } } }
`);
const CONTACTS = graphql(`
  query Contacts($search: String) { contacts(search: $search) { totalCount edges { node { id displayName } } } }
`);
const UPDATE_CONTACT = graphql(`
  mutation UpdateContact($input: UpdateContactInput!) { updateContact(input: $input) { contact { name displayName emails phones group { name } } } }
`);
const CREATE_GROUP = graphql(`
  mutation CreateGroup($input: ContactGroupInput!) { createContactGroup(input: $input) { contactGroup { id name } } }
`);
const TICKET_CONTACT = graphql(`
  query TicketContact($id: ID!) { node(id: $id) { ... on Ticket { contact { id } version } } }
`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  const departments = await Promise.all(
    ['Sales', 'Support', 'Billing'].map(async (name) => (await t.data(CREATE_DEPARTMENT, { input: { name } }, t.ownerToken)).createDepartment.department.id),
  );
  const agents = await Promise.all(
    [0, 1, 2, 3].map(
      async (index) =>
        (
          await t.data(
            CREATE_AGENT,
            { input: { name: `Agent ${index}`, email: `agent${index}@example.com`, password: 'long-password-1', role: 'AGENT', departmentIds: [departments[index % 3]!] } },
            t.ownerToken,
          )
        ).createAgent.agent.id,
    ),
  );
  for (let index = 0; index < 60; index += 1) {
    const { createTicket } = await t.data(
      CREATE,
      {
        input: {
          subject: `Ticket ${index}`,
          body: 'Body',
          contact: { email: `customer${index % 17}@example.com`, name: `Customer ${index % 17}` },
          departmentId: departments[index % 3],
          assigneeId: agents[index % 4],
          tags: [`tag${index % 5}`],
        },
      },
      t.ownerToken,
    );
    if (index % 2 === 0) await t.data(REPLY, { input: { ticketId: createTicket.ticket.id, body: 'Reply' } }, t.ownerToken);
  }
});
afterAll(async () => {
  await t?.stop();
});

describe('loading relations', () => {
  it('costs the same number of SQL statements for a page of 50 tickets as for a page of 5', async () => {
    await t.queries.reset();
    const small = await t.data(PAGE, { first: 5 }, t.ownerToken);
    const smallCount = t.queries.count;
    await t.queries.reset();
    const large = await t.data(PAGE, { first: 50 }, t.ownerToken);
    const largeCount = t.queries.count;
    expect(small.tickets.edges).toHaveLength(5);
    expect(large.tickets.edges).toHaveLength(50);
    expect(large.tickets.edges.every((edge) => edge.node.contact.displayName.startsWith('Customer'))).toBe(true);
    expect(large.tickets.edges.every((edge) => edge.node.assignee?.departments.length === 1)).toBe(true);
    expect(largeCount).toBe(smallCount);
    // viewer, page, count, contacts, identities, agents, memberships, departments, queue lengths,
    // message pages, message counts, event pages, event counts, message authors (agents, contacts): a fixed handful.
    expect(largeCount).toBeLessThanOrEqual(16);
  });
});

describe('the audit trail', () => {
  it('cannot be updated, deleted or truncated, even with raw SQL', async () => {
    // Raw SQL on the server's own connection: the embedded database serves one at a time.
    const connection = t.app.database.orm.em.getConnection();
    const run = (sql: string) => connection.execute(sql);
    const [before] = await run('select count(*)::int as n from ticket_event');
    await expect(run(`update ticket_event set kind = 'CREATED'`)).rejects.toThrow(/append-only/);
    await expect(run('delete from ticket_event')).rejects.toThrow(/append-only/);
    await expect(run('truncate ticket_event cascade')).rejects.toThrow(/append-only/);
    const [after] = await run('select count(*)::int as n from ticket_event');
    expect(after).toEqual(before);
    expect((before as { n: number }).n).toBeGreaterThan(60);
  });
});

describe('merging contacts, as owner', () => {
  it('moves tickets and emails into the target and removes the source', async () => {
    const source = (await t.data(CONTACTS, { search: 'customer1@' }, t.ownerToken)).contacts.edges[0]!.node;
    const target = (await t.data(CONTACTS, { search: 'customer2@' }, t.ownerToken)).contacts.edges[0]!.node;
    const { mergeContacts } = await t.data(MERGE, { input: { sourceId: source.id, targetId: target.id } }, t.ownerToken);
    expect(mergeContacts.contact.emails.sort()).toEqual(['customer1@example.com', 'customer2@example.com']);
    expect(mergeContacts.contact.tickets.totalCount).toBe(8);
    expect((await t.data(CONTACTS, { search: source.displayName }, t.ownerToken)).contacts.edges.map((edge) => edge.node.id)).not.toContain(source.id);
    const again = await t.request(MERGE, { input: { sourceId: source.id, targetId: target.id } }, t.ownerToken);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses to merge a contact into itself', async () => {
    const contact = (await t.data(CONTACTS, { search: 'customer3@' }, t.ownerToken)).contacts.edges[0]!.node;
    const { body } = await t.request(MERGE, { input: { sourceId: contact.id, targetId: contact.id } }, t.ownerToken);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'sourceId' });
  });

  it('moves the version of every moved ticket', async () => {
    const { tickets } = await t.data(graphql(`query AnyTicket { tickets(first: 1) { edges { node { id version contact { id } } } } }`), {}, t.ownerToken);
    const ticket = tickets.edges[0]!.node;
    const other = (await t.data(CONTACTS, { search: 'customer5@' }, t.ownerToken)).contacts.edges[0]!.node;
    if (other.id === ticket.contact.id) return;
    await t.data(MERGE, { input: { sourceId: ticket.contact.id, targetId: other.id } }, t.ownerToken);
    const { node } = await t.data(TICKET_CONTACT, { id: ticket.id }, t.ownerToken);
    expect(node).toEqual({ contact: { id: other.id }, version: ticket.version + 1 });
  });
});

describe('updating a contact', () => {
  it('replaces emails and phones, sets and clears the group and the name', async () => {
    const contact = (await t.data(CONTACTS, { search: 'customer7@' }, t.ownerToken)).contacts.edges[0]!.node;
    const group = (await t.data(CREATE_GROUP, { input: { name: 'VIP' } }, t.ownerToken)).createContactGroup.contactGroup;
    const updated = await t.data(
      UPDATE_CONTACT,
      { input: { id: contact.id, emails: ['New@Example.com', 'customer7@example.com'], phones: ['+1 (555) 010-9999'], groupId: group.id } },
      t.ownerToken,
    );
    expect(updated.updateContact.contact).toMatchObject({ emails: ['customer7@example.com', 'new@example.com'], phones: ['15550109999'], group: { name: 'VIP' } });
    const cleared = await t.data(UPDATE_CONTACT, { input: { id: contact.id, name: null, groupId: null } }, t.ownerToken);
    expect(cleared.updateContact.contact.name).toBeNull();
    expect(cleared.updateContact.contact.group).toBeNull();
    expect(cleared.updateContact.contact.displayName).toMatch(/^V-/);
    expect(cleared.updateContact.contact.emails).toEqual(['customer7@example.com', 'new@example.com']);
    const withoutPhones = await t.data(UPDATE_CONTACT, { input: { id: contact.id, phones: null } }, t.ownerToken);
    expect(withoutPhones.updateContact.contact).toMatchObject({ phones: [], emails: ['customer7@example.com', 'new@example.com'] });
  });

  it("refuses another contact's email with CONFLICT and keeps everything as it was", async () => {
    const contact = (await t.data(CONTACTS, { search: 'customer8@' }, t.ownerToken)).contacts.edges[0]!.node;
    const { body } = await t.request(UPDATE_CONTACT, { input: { id: contact.id, emails: ['customer9@example.com'], phones: ['12345678'] } }, t.ownerToken);
    expect(body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const same = await t.data(CONTACTS, { search: 'customer8@' }, t.ownerToken);
    expect(same.contacts.edges.map((edge) => edge.node.id)).toEqual([contact.id]);
    const { createContactGroup } = await t.data(CREATE_GROUP, { input: { name: 'Partners' } }, t.ownerToken);
    const duplicate = await t.request(CREATE_GROUP, { input: { name: 'partners' } }, t.ownerToken);
    expect(createContactGroup.contactGroup.name).toBe('Partners');
    expect(duplicate.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
