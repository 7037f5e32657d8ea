import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql';
import { loginToken, startTestApp, type TestApp } from '../support/test-app';

const CREATE = graphql(`
  mutation CannedCreate($input: CannedResponseInput!) {
    createCannedResponse(input: $input) {
      cannedResponse { id title body shortcut department { id name } owner { id name } createdAt updatedAt }
    }
  }
`);
const UPDATE = graphql(`
  mutation CannedUpdate($input: UpdateCannedResponseInput!) {
    updateCannedResponse(input: $input) {
      cannedResponse { id title body shortcut department { id } owner { id } createdAt updatedAt }
    }
  }
`);
const DELETE = graphql(`
  mutation CannedDelete($id: ID!) { deleteCannedResponse(id: $id) { deletedId } }
`);
const LIST = graphql(`
  query CannedList($search: String, $departmentId: ID) {
    cannedResponses(search: $search, departmentId: $departmentId) { id title shortcut department { id name } owner { id name } }
  }
`);
const RENDER = graphql(`
  query CannedRender($id: ID!, $ticketId: ID!) { renderCannedResponse(id: $id, ticketId: $ticketId) }
`);
const NODE = graphql(`
  query CannedNode($id: ID!) { node(id: $id) { id ... on CannedResponse { title shortcut owner { id } } } }
`);
const REPLY = graphql(`
  mutation CannedReply($input: ReplyInput!) {
    replyToTicket(input: $input) { ticket { id status version } message { kind body authorAgent { id } } }
  }
`);
const TICKET = graphql(`
  query CannedTicket($id: ID!) {
    ticket(id: $id) { status version messages { totalCount edges { node { kind body } } } events { edges { node { kind } } } }
  }
`);
const CREATE_TICKET = graphql(`
  mutation CannedCreateTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id code } } }
`);
const CREATE_DEPARTMENT = graphql(`
  mutation CannedCreateDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }
`);
const CREATE_AGENT = graphql(`
  mutation CannedCreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }
`);
const VIEWER = graphql(`
  query CannedViewer { viewer { agent { id } } }
`);
const SUBMIT = graphql(`
  mutation CannedSubmit($input: SupportRequestInput!) { submitSupportRequest(input: $input) { accessToken } }
`);

type Input = { title: string; body: string; shortcut?: string | null; departmentId?: string | null; personal?: boolean };
type Person = { id: string; name: string; token: string };

let t: TestApp;
let D1: string;
let D2: string;
let owner: Person;
let admin: Person;
/** AGENT with DEPARTMENTS access in D1. */
let alice: Person;
/** AGENT with ASSIGNED_ONLY access in D1. */
let ivy: Person;
/** AGENT with DEPARTMENTS access in D2. */
let bruno: Person;
let customerToken: string;

let counter = 0;
const unique = () => `${(counter += 1)}`;

async function newAgent(name: string, role: 'ADMIN' | 'AGENT', ticketAccess: 'DEPARTMENTS' | 'ASSIGNED_ONLY', departmentIds: string[]): Promise<Person> {
  const email = `${name.toLowerCase()}@canned.test`;
  const password = `${name.toLowerCase()}-password-1`;
  const { createAgent } = await t.data(CREATE_AGENT, { input: { name, email, password, role, ticketAccess, departmentIds } }, t.ownerToken);
  return { id: createAgent.agent.id, name, token: await loginToken(t.httpUrl, email, password) };
}

const create = async (who: Person, input: Input) => (await t.data(CREATE, { input }, who.token)).createCannedResponse.cannedResponse;
const attempt = async (who: Person | undefined, input: Input) => (await t.request(CREATE, { input }, who?.token)).body;
const list = async (who: Person, variables: { search?: string | null; departmentId?: string | null } = {}) =>
  (await t.data(LIST, variables, who.token)).cannedResponses;
const ids = (responses: ReadonlyArray<{ id: string }>) => responses.map((response) => response.id);
const render = (who: Person | undefined, id: string, ticketId: string) => t.request(RENDER, { id, ticketId }, who?.token);
const errorOf = (body: { errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> }) => ({
  ...body.errors?.[0]?.extensions,
  message: body.errors?.[0]?.message,
});
const codeOf = (body: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => body.errors?.map((error) => error.extensions?.code);

async function newTicket(input: { subject?: string; contact?: { name?: string; email?: string }; departmentId?: string; assigneeId?: string } = {}) {
  const { createTicket } = await t.data(
    CREATE_TICKET,
    { input: { subject: input.subject ?? 'Refund please', body: 'I was charged twice.', contact: input.contact ?? { name: 'Ada King Lovelace' }, ...input } },
    t.ownerToken,
  );
  return createTicket.ticket;
}

/** One of each scope, made afresh for a test: shared, D1's, D2's, and personal ones of alice, bruno and the owner. */
async function oneOfEach(tag = unique()) {
  return {
    shared: await create(owner, { title: `Shared ${tag}`, body: `Shared body ${tag}` }),
    ofD1: await create(admin, { title: `D1 ${tag}`, body: `D1 body ${tag}`, departmentId: D1 }),
    ofD2: await create(admin, { title: `D2 ${tag}`, body: `D2 body ${tag}`, departmentId: D2 }),
    alices: await create(alice, { title: `Alice ${tag}`, body: `Alice body ${tag}`, personal: true }),
    brunos: await create(bruno, { title: `Bruno ${tag}`, body: `Bruno body ${tag}`, personal: true }),
    owners: await create(owner, { title: `Owner ${tag}`, body: `Owner body ${tag}`, personal: true }),
  };
}

beforeAll(async () => {
  t = await startTestApp();
  D1 = (await t.data(CREATE_DEPARTMENT, { input: { name: 'Billing' } }, t.ownerToken)).createDepartment.department.id;
  D2 = (await t.data(CREATE_DEPARTMENT, { input: { name: 'Hardware' } }, t.ownerToken)).createDepartment.department.id;
  owner = { id: (await t.data(VIEWER, {}, t.ownerToken)).viewer.agent!.id, name: 'Owner', token: t.ownerToken };
  admin = await newAgent('Adam', 'ADMIN', 'DEPARTMENTS', []);
  alice = await newAgent('Alice', 'AGENT', 'DEPARTMENTS', [D1]);
  ivy = await newAgent('Ivy', 'AGENT', 'ASSIGNED_ONLY', [D1]);
  bruno = await newAgent('Bruno', 'AGENT', 'DEPARTMENTS', [D2]);
  customerToken = (await t.data(SUBMIT, { input: { email: 'customer@canned.test', subject: 'Hi', body: 'Hello' } })).submitSupportRequest.accessToken;
});

afterAll(async () => {
  await t?.stop();
});

describe('as owner or admin', () => {
  it('creates shared, department and personal responses, with their department and owner', async () => {
    const shared = await create(admin, { title: '  Refund policy ', body: 'Hello {{contact.firstName}},\n\nRefunds take 5 days.', shortcut: ' #refund ' });
    expect(shared).toMatchObject({ title: 'Refund policy', body: 'Hello {{contact.firstName}},\n\nRefunds take 5 days.', shortcut: '#refund', department: null, owner: null });
    expect(shared.createdAt).toBe(shared.updatedAt);
    const ofD1 = await create(owner, { title: 'Invoice copy', body: 'Attached.', departmentId: D1 });
    expect(ofD1).toMatchObject({ shortcut: null, department: { id: D1, name: 'Billing' }, owner: null });
    const personal = await create(admin, { title: 'My sign-off', body: 'Cheers, {{agent.name}}', personal: true });
    expect(personal).toMatchObject({ department: null, owner: { id: admin.id, name: 'Adam' } });
  });

  it("lists every shared and department response and its own personal ones, never another agent's", async () => {
    const made = await oneOfEach();
    const asOwner = ids(await list(owner));
    expect(asOwner).toEqual(expect.arrayContaining([made.shared.id, made.ofD1.id, made.ofD2.id, made.owners.id]));
    expect(asOwner).not.toContain(made.alices.id);
    expect(asOwner).not.toContain(made.brunos.id);
    const asAdmin = ids(await list(admin));
    expect(asAdmin).toEqual(expect.arrayContaining([made.shared.id, made.ofD1.id, made.ofD2.id]));
    expect(asAdmin).not.toContain(made.owners.id);
  });

  it("narrows to shared ones, the department's and its own personal ones with departmentId", async () => {
    const made = await oneOfEach();
    const inD2 = await list(owner, { departmentId: D2 });
    expect(ids(inD2)).toEqual(expect.arrayContaining([made.shared.id, made.ofD2.id, made.owners.id]));
    expect(ids(inD2)).not.toContain(made.ofD1.id);
    expect(inD2.every((response) => response.department === null || response.department.id === D2)).toBe(true);
  });

  it('answers NOT_FOUND naming departmentId for a malformed, foreign or unknown department', async () => {
    const unknownDepartment = Buffer.from('Department:00000000-0000-4000-8000-000000000000').toString('base64url');
    // Not an id; an agent's id; a department's id that does not exist.
    for (const departmentId of ['nonsense', admin.id, unknownDepartment]) {
      const { body } = await t.request(LIST, { departmentId }, owner.token);
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'departmentId' });
    }
  });

  it('searches title, shortcut and body regardless of case, and takes % and _ literally', async () => {
    const tag = `z${unique()}q`;
    const byTitle = await create(admin, { title: `Shipping ${tag.toUpperCase()} delays`, body: 'Sorry.' });
    const byShortcut = await create(admin, { title: 'Other', body: 'Text', shortcut: `#${tag}-ship` });
    const byBody = await create(admin, { title: 'Third', body: `We ship with ${tag}.`, departmentId: D1 });
    const percent = await create(admin, { title: `50% off ${tag}`, body: 'Deal' });
    await create(admin, { title: `Unrelated ${unique()}`, body: 'Nothing' });
    expect(ids(await list(admin, { search: `  ${tag.toUpperCase()} ` })).sort()).toEqual([byTitle.id, byShortcut.id, byBody.id, percent.id].sort());
    expect(ids(await list(admin, { search: '50%' }))).toEqual([percent.id]);
    expect(ids(await list(admin, { search: `${tag}_ship` }))).toEqual([]);
    expect(ids(await list(admin, { search: `${tag}-SHIP` }))).toEqual([byShortcut.id]);
    expect(ids(await list(admin, { search: `ship`, departmentId: D2 }))).not.toContain(byBody.id);
  });

  it('lists in a picker’s order: by shortcut, those without one after by title', async () => {
    const tag = `order${unique()}`;
    const made = [
      await create(owner, { title: `b ${tag}`, body: 'x' }),
      await create(owner, { title: `A ${tag}`, body: 'x' }),
      await create(owner, { title: `z ${tag}`, body: 'x', shortcut: `#${tag}-10` }),
      await create(owner, { title: `y ${tag}`, body: 'x', shortcut: `#${tag}-2`, departmentId: D1 }),
      await create(owner, { title: `x ${tag}`, body: 'x', shortcut: `#${tag}-1`, personal: true }),
    ];
    const [b, a, ten, two, one] = made.map((response) => response.id);
    expect(ids(await list(owner, { search: tag }))).toEqual([one, two, ten, a, b]);
  });

  it('keeps a shortcut unique regardless of case within a scope, and lets two scopes share it', async () => {
    const shortcut = `#dup${unique()}`;
    await create(owner, { title: 'Shared', body: 'x', shortcut });
    await create(owner, { title: 'In D1', body: 'x', shortcut, departmentId: D1 });
    await create(owner, { title: 'In D2', body: 'x', shortcut, departmentId: D2 });
    await create(owner, { title: 'Mine', body: 'x', shortcut, personal: true });
    await create(alice, { title: "Alice's", body: 'x', shortcut, personal: true });
    for (const [who, input, scope] of [
      [admin, { title: 'Shared again', body: 'x', shortcut: shortcut.toUpperCase() }, 'among the shared canned responses'],
      [admin, { title: 'D1 again', body: 'x', shortcut: ` ${shortcut} `, departmentId: D1 }, 'in this department'],
      [owner, { title: 'Mine again', body: 'x', shortcut, personal: true }, 'among your personal canned responses'],
    ] as const) {
      const body = await attempt(who, input);
      expect(errorOf(body)).toEqual({ code: 'CONFLICT', message: `The shortcut ${input.shortcut.trim()} is taken ${scope}` });
    }
    // Moving a response into a department where its shortcut is taken is a conflict too.
    const movable = await create(owner, { title: 'Movable', body: 'x', shortcut: `${shortcut}-m`, departmentId: D2 });
    await create(owner, { title: 'Taken in D1', body: 'x', shortcut: `${shortcut}-M`, departmentId: D1 });
    const moved = await t.request(UPDATE, { input: { id: movable.id, departmentId: D1 } }, owner.token);
    expect(codeOf(moved.body)).toEqual(['CONFLICT']);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const tag = `bad${unique()}`;
    const cases: Array<[Input, string]> = [
      [{ title: '   ', body: tag }, 'title'],
      [{ title: 'x'.repeat(201), body: tag }, 'title'],
      [{ title: tag, body: ' \n ' }, 'body'],
      [{ title: tag, body: 'x'.repeat(10_001) }, 'body'],
      [{ title: tag, body: tag, shortcut: '#two words' }, 'shortcut'],
      [{ title: tag, body: tag, shortcut: `#${'x'.repeat(32)}` }, 'shortcut'],
      [{ title: tag, body: tag, departmentId: D1, personal: true }, 'departmentId'],
    ];
    for (const [input, field] of cases) {
      const body = await attempt(owner, input);
      expect(body.errors?.[0]?.extensions, JSON.stringify(input).slice(0, 80)).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect(await list(owner, { search: tag })).toEqual([]);
  });

  it('refuses an unknown placeholder on create and on update, naming it', async () => {
    const created = await attempt(owner, { title: 'Typo', body: 'Hi {{contact.firstName}}, your ticket {{ ticket.foo }} is done' });
    expect(errorOf(created)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body', message: expect.stringMatching(/^Unknown placeholder \{\{ticket\.foo\}\}; known: /) });
    const response = await create(owner, { title: 'Fine', body: 'Hi {{ contact.firstName }}' });
    const updated = await t.request(UPDATE, { input: { id: response.id, body: 'Bye {{agent.email}} and {{sla.foo}}' } }, owner.token);
    expect(errorOf(updated.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body', message: expect.stringMatching(/^Unknown placeholders \{\{agent\.email\}\}, \{\{sla\.foo\}\}; /) });
    expect((await t.data(NODE, { id: response.id }, owner.token)).node).toMatchObject({ title: 'Fine' });
  });

  it('answers NOT_FOUND naming departmentId for an unknown department on create', async () => {
    const body = await attempt(owner, { title: 'Lost', body: 'x', departmentId: Buffer.from('Department:00000000-0000-4000-8000-000000000000').toString('base64url') });
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'departmentId' });
  });

  it('replaces the given fields only: null clears the shortcut, departmentId null makes it shared, and updatedAt moves', async () => {
    const response = await create(owner, { title: 'Old', body: 'Old body', shortcut: `#upd${unique()}`, departmentId: D1 });
    const renamed = (await t.data(UPDATE, { input: { id: response.id, title: ' New ' } }, owner.token)).updateCannedResponse.cannedResponse;
    expect(renamed).toMatchObject({ title: 'New', body: 'Old body', shortcut: response.shortcut, department: { id: D1 } });
    expect(renamed.updatedAt >= response.updatedAt).toBe(true);
    expect(renamed.createdAt).toBe(response.createdAt);
    const shared = (await t.data(UPDATE, { input: { id: response.id, shortcut: null, departmentId: null, body: 'New body' } }, admin.token)).updateCannedResponse.cannedResponse;
    expect(shared).toMatchObject({ title: 'New', body: 'New body', shortcut: null, department: null, owner: null });
    const moved = (await t.data(UPDATE, { input: { id: response.id, departmentId: D2 } }, admin.token)).updateCannedResponse.cannedResponse;
    expect(moved.department).toEqual({ id: D2 });
    for (const [input, field] of [
      [{ title: null }, 'title'],
      [{ body: null }, 'body'],
      [{ title: '' }, 'title'],
      [{ shortcut: 'no spaces please' }, 'shortcut'],
    ] as const) {
      const { body } = await t.request(UPDATE, { input: { id: response.id, ...input } }, owner.token);
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('keeps a personal response personal', async () => {
    const mine = await create(owner, { title: 'Mine', body: 'x', personal: true });
    const { body } = await t.request(UPDATE, { input: { id: mine.id, departmentId: D1 } }, owner.token);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'departmentId' });
    const unchanged = (await t.data(UPDATE, { input: { id: mine.id, departmentId: null, title: 'Still mine' } }, owner.token)).updateCannedResponse.cannedResponse;
    expect(unchanged).toMatchObject({ title: 'Still mine', department: null, owner: { id: expect.any(String) } });
  });

  it('deletes a response, which is then gone from lists, node and rendering', async () => {
    const response = await create(admin, { title: `Doomed ${unique()}`, body: 'x', departmentId: D2 });
    expect((await t.data(DELETE, { id: response.id }, owner.token)).deleteCannedResponse).toEqual({ deletedId: response.id });
    expect(ids(await list(owner))).not.toContain(response.id);
    expect((await t.data(NODE, { id: response.id }, owner.token)).node).toBeNull();
    const again = await t.request(DELETE, { id: response.id }, owner.token);
    expect(again.body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
  });

  it('finds a canned response by node(id)', async () => {
    const response = await create(owner, { title: 'Noded', body: 'x', shortcut: '#noded', departmentId: D1 });
    expect((await t.data(NODE, { id: response.id }, admin.token)).node).toEqual({ id: response.id, title: 'Noded', shortcut: '#noded', owner: null });
  });

  it("treats another agent's personal response as nonexistent: null by node, NOT_FOUND to render, update and delete", async () => {
    const { alices } = await oneOfEach();
    const ticket = await newTicket({ departmentId: D1 });
    expect((await t.data(NODE, { id: alices.id }, owner.token)).node).toBeNull();
    expect(errorOf((await render(owner, alices.id, ticket.id)).body)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(errorOf((await t.request(UPDATE, { input: { id: alices.id, title: 'Mine now' } }, admin.token)).body)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(errorOf((await t.request(DELETE, { id: alices.id }, owner.token)).body)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect((await t.data(NODE, { id: alices.id }, alice.token)).node).toMatchObject({ title: alices.title });
  });

  it('costs the same number of SQL statements to list 3 responses with department and owner as 12', async () => {
    const tag = `cost${unique()}`;
    const few = async () => {
      await t.queries.reset();
      await list(owner, { search: tag });
      return t.queries.count;
    };
    await create(owner, { title: `${tag} a`, body: 'x', departmentId: D1 });
    await create(owner, { title: `${tag} b`, body: 'x', personal: true });
    await create(owner, { title: `${tag} c`, body: 'x' });
    const small = await few();
    for (let index = 0; index < 9; index += 1) {
      await create(owner, { title: `${tag} more ${index}`, body: 'x', departmentId: index % 2 ? D1 : D2, personal: false });
    }
    expect((await list(owner, { search: tag })).length).toBe(12);
    expect(await few()).toBe(small);
  });
});

describe('as agent of a department', () => {
  it("lists shared responses, its department's and its own personal ones, and nothing else", async () => {
    const made = await oneOfEach();
    const seen = ids(await list(alice));
    expect(seen).toEqual(expect.arrayContaining([made.shared.id, made.ofD1.id, made.alices.id]));
    for (const hidden of [made.ofD2.id, made.brunos.id, made.owners.id]) expect(seen).not.toContain(hidden);
  });

  it("gets only shared and its own personal ones when filtering by a department it is not in", async () => {
    const made = await oneOfEach();
    const inD2 = ids(await list(alice, { departmentId: D2 }));
    expect(inD2).toEqual(expect.arrayContaining([made.shared.id, made.alices.id]));
    for (const hidden of [made.ofD1.id, made.ofD2.id, made.brunos.id]) expect(inD2).not.toContain(hidden);
  });

  it("sees its departments' responses with ASSIGNED_ONLY access too, but renders only for tickets it may see", async () => {
    const made = await oneOfEach();
    expect(ids(await list(ivy))).toEqual(expect.arrayContaining([made.shared.id, made.ofD1.id]));
    const unassigned = await newTicket({ departmentId: D1 });
    expect(errorOf((await render(ivy, made.ofD1.id, unassigned.id)).body)).toMatchObject({ code: 'NOT_FOUND', field: 'ticketId' });
    const assigned = await newTicket({ departmentId: D1, assigneeId: ivy.id });
    expect((await render(ivy, made.ofD1.id, assigned.id)).body.data?.renderCannedResponse).toBe(made.ofD1.body);
  });

  it('creates, changes and deletes its own personal responses', async () => {
    const mine = await create(alice, { title: 'Quick thanks', body: 'Thanks, {{contact.firstName}}!', shortcut: '#ty', personal: true });
    expect(mine.owner).toEqual({ id: alice.id, name: 'Alice' });
    const changed = (await t.data(UPDATE, { input: { id: mine.id, body: 'Many thanks, {{contact.firstName}}!' } }, alice.token)).updateCannedResponse.cannedResponse;
    expect(changed.body).toBe('Many thanks, {{contact.firstName}}!');
    expect((await t.data(DELETE, { id: mine.id }, alice.token)).deleteCannedResponse.deletedId).toBe(mine.id);
  });

  it('may not create, change or delete shared or department responses (FORBIDDEN), nor touch those it cannot see (NOT_FOUND)', async () => {
    const made = await oneOfEach();
    expect(codeOf(await attempt(alice, { title: 'Shared by me', body: 'x' }))).toEqual(['FORBIDDEN']);
    expect(codeOf(await attempt(alice, { title: 'D1 by me', body: 'x', departmentId: D1 }))).toEqual(['FORBIDDEN']);
    for (const visible of [made.shared.id, made.ofD1.id]) {
      expect(codeOf((await t.request(UPDATE, { input: { id: visible, title: 'Hijacked' } }, alice.token)).body)).toEqual(['FORBIDDEN']);
      expect(codeOf((await t.request(DELETE, { id: visible }, alice.token)).body)).toEqual(['FORBIDDEN']);
    }
    for (const hidden of [made.ofD2.id, made.brunos.id]) {
      expect(errorOf((await t.request(UPDATE, { input: { id: hidden, title: 'Hijacked' } }, alice.token)).body)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      expect(errorOf((await t.request(DELETE, { id: hidden }, alice.token)).body)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    }
    expect((await t.data(NODE, { id: made.shared.id }, owner.token)).node).toMatchObject({ title: made.shared.title });
  });

  it('renders every placeholder for a ticket with a named contact and a department', async () => {
    const response = await create(owner, {
      title: 'Everything',
      body: 'Hi {{contact.firstName}} ({{ contact.name }}): {{ticket.code}} "{{ticket.subject}}" is with {{department.name}}. {{agent.name}}',
      departmentId: D1,
    });
    const ticket = await newTicket({ subject: 'Double charge', contact: { name: 'Ada King Lovelace', email: 'ada@canned.test' }, departmentId: D1 });
    const { body } = await render(alice, response.id, ticket.id);
    expect(body.errors).toBeUndefined();
    expect(body.data?.renderCannedResponse).toBe(`Hi Ada (Ada King Lovelace): ${ticket.code} "Double charge" is with Billing. Alice`);
  });

  it('renders a contact without a name as its visitor id and a missing department as nothing', async () => {
    const response = await create(alice, { title: 'Bare', body: '{{contact.name}}|{{contact.firstName}}|{{department.name}}|{{agent.name}}', personal: true });
    const ticket = await newTicket({ contact: {}, assigneeId: alice.id });
    const rendered = (await render(alice, response.id, ticket.id)).body.data?.renderCannedResponse;
    expect(rendered).toMatch(/^(V-[234679ACDEFGHJKMNPQRTUVWXY]{6})\|\1\|\|Alice$/);
  });

  it('never reads a value as a placeholder: a contact named "{{ticket.code}}" stays as it is', async () => {
    const response = await create(alice, { title: 'Echo', body: 'Dear {{contact.name}} re {{ticket.code}}', personal: true });
    const ticket = await newTicket({ contact: { name: '{{ticket.code}} $&' }, departmentId: D1 });
    expect((await render(alice, response.id, ticket.id)).body.data?.renderCannedResponse).toBe(`Dear {{ticket.code}} $& re ${ticket.code}`);
  });

  it('answers NOT_FOUND for a ticket or a response it may not see, or ids that are none', async () => {
    const made = await oneOfEach();
    const inD1 = await newTicket({ departmentId: D1 });
    const inD2 = await newTicket({ departmentId: D2 });
    expect(errorOf((await render(alice, made.shared.id, inD2.id)).body)).toMatchObject({ code: 'NOT_FOUND', field: 'ticketId' });
    expect(errorOf((await render(alice, made.shared.id, 'nonsense')).body)).toMatchObject({ code: 'NOT_FOUND', field: 'ticketId' });
    for (const hidden of [made.ofD2.id, made.brunos.id, inD1.id, 'nonsense']) {
      const { body } = await render(alice, hidden, inD1.id);
      expect(errorOf(body)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      expect(body.data ?? null).toBeNull();
    }
  });

  it('replies with a canned response: the rendered text is stored as the reply, and the ticket becomes ANSWERED', async () => {
    const response = await create(owner, { title: 'Refund done', body: 'Hi {{contact.firstName}}, {{ticket.code}} is refunded. {{agent.name}}', departmentId: D1 });
    const ticket = await newTicket({ contact: { name: 'Grace Hopper' }, departmentId: D1 });
    const { replyToTicket } = await t.data(REPLY, { input: { ticketId: ticket.id, cannedResponseId: response.id } }, alice.token);
    const text = `Hi Grace, ${ticket.code} is refunded. Alice`;
    expect(replyToTicket.message).toEqual({ kind: 'AGENT_REPLY', body: text, authorAgent: { id: alice.id } });
    expect(replyToTicket.ticket).toMatchObject({ status: 'ANSWERED', version: 2 });
    const stored = (await t.data(TICKET, { id: ticket.id }, owner.token)).ticket!;
    expect(stored.messages.edges.map(({ node }) => [node.kind, node.body])).toEqual([
      ['CUSTOMER', 'I was charged twice.'],
      ['AGENT_REPLY', text],
    ]);
    expect(stored.events!.edges.map(({ node }) => node.kind)).toEqual(['CREATED', 'MESSAGE_ADDED', 'STATUS_CHANGED']);
  });

  it('replies with its own personal response, and may resolve with it', async () => {
    const response = await create(alice, { title: 'Closing', body: 'Closing this, {{contact.name}}.', personal: true });
    const ticket = await newTicket({ contact: { name: 'Linus' }, departmentId: D1 });
    const { replyToTicket } = await t.data(REPLY, { input: { ticketId: ticket.id, cannedResponseId: response.id, resolve: true } }, alice.token);
    expect(replyToTicket.message.body).toBe('Closing this, Linus.');
    expect(replyToTicket.ticket.status).toBe('RESOLVED');
  });

  it('refuses a reply with both a body and a canned response, or with neither, and writes nothing', async () => {
    const response = await create(owner, { title: 'Any', body: 'Any' });
    const ticket = await newTicket({ departmentId: D1 });
    const both = await t.request(REPLY, { input: { ticketId: ticket.id, body: 'Typed', cannedResponseId: response.id } }, alice.token);
    expect(errorOf(both.body)).toEqual({ code: 'BAD_USER_INPUT', field: 'cannedResponseId', message: 'Give either body or cannedResponseId, not both' });
    const neither = await t.request(REPLY, { input: { ticketId: ticket.id } }, alice.token);
    expect(errorOf(neither.body)).toEqual({ code: 'BAD_USER_INPUT', field: 'body', message: 'body or cannedResponseId is required' });
    const explicitNulls = await t.request(REPLY, { input: { ticketId: ticket.id, body: null, cannedResponseId: null } }, alice.token);
    expect(errorOf(explicitNulls.body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect((await t.data(TICKET, { id: ticket.id }, owner.token)).ticket).toMatchObject({ status: 'NEW', version: 1, messages: { totalCount: 1 } });
  });

  it('answers NOT_FOUND naming cannedResponseId for a response it may not see, and writes nothing', async () => {
    const made = await oneOfEach();
    const ticket = await newTicket({ departmentId: D1 });
    for (const hidden of [made.ofD2.id, made.brunos.id, 'nonsense']) {
      const { body } = await t.request(REPLY, { input: { ticketId: ticket.id, cannedResponseId: hidden } }, alice.token);
      expect(errorOf(body)).toMatchObject({ code: 'NOT_FOUND', field: 'cannedResponseId' });
    }
    const invisibleTicket = await newTicket({ departmentId: D2 });
    const { body } = await t.request(REPLY, { input: { ticketId: invisibleTicket.id, cannedResponseId: made.shared.id } }, alice.token);
    expect(errorOf(body)).toMatchObject({ code: 'NOT_FOUND', field: 'ticketId' });
    expect((await t.data(TICKET, { id: ticket.id }, owner.token)).ticket).toMatchObject({ status: 'NEW', version: 1 });
  });

  it('refuses a canned reply that renders empty for the ticket', async () => {
    const response = await create(alice, { title: 'Just the department', body: '{{department.name}}', personal: true });
    const ticket = await newTicket({ assigneeId: alice.id });
    const { body } = await t.request(REPLY, { input: { ticketId: ticket.id, cannedResponseId: response.id } }, alice.token);
    expect(errorOf(body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cannedResponseId' });
    expect((await t.data(TICKET, { id: ticket.id }, owner.token)).ticket).toMatchObject({ version: 1 });
  });
});

describe('as agent of another department', () => {
  it("sees neither the first department's responses nor another agent's personal ones, by list or node", async () => {
    const made = await oneOfEach();
    const seen = ids(await list(bruno));
    expect(seen).toEqual(expect.arrayContaining([made.shared.id, made.ofD2.id, made.brunos.id]));
    for (const hidden of [made.ofD1.id, made.alices.id, made.owners.id]) {
      expect(seen).not.toContain(hidden);
      const { body } = await t.request(NODE, { id: hidden }, bruno.token);
      expect(body).toEqual({ data: { node: null } });
    }
    expect(ids(await list(bruno, { departmentId: D1 }))).not.toContain(made.ofD1.id);
  });

  it("may not render, change or delete another agent's personal response, even on a ticket it sees", async () => {
    const { alices } = await oneOfEach();
    const ticket = await newTicket({ departmentId: D2 });
    expect(errorOf((await render(bruno, alices.id, ticket.id)).body)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(errorOf((await t.request(UPDATE, { input: { id: alices.id, title: 'Mine' } }, bruno.token)).body)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(errorOf((await t.request(DELETE, { id: alices.id }, bruno.token)).body)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(errorOf((await t.request(REPLY, { input: { ticketId: ticket.id, cannedResponseId: alices.id } }, bruno.token)).body)).toMatchObject({
      code: 'NOT_FOUND',
      field: 'cannedResponseId',
    });
    expect((await t.data(NODE, { id: alices.id }, alice.token)).node).toMatchObject({ title: alices.title });
  });
});

describe('as customer', () => {
  it('gets FORBIDDEN for every canned-response operation, and null from node', async () => {
    const { shared } = await oneOfEach();
    const ticket = await newTicket();
    const customer = { id: '', name: 'Customer', token: customerToken };
    expect(codeOf((await t.request(LIST, {}, customerToken)).body)).toEqual(['FORBIDDEN']);
    expect(codeOf((await render(customer, shared.id, ticket.id)).body)).toEqual(['FORBIDDEN']);
    expect(codeOf(await attempt(customer, { title: 'Mine', body: 'x', personal: true }))).toEqual(['FORBIDDEN']);
    expect(codeOf((await t.request(UPDATE, { input: { id: shared.id, title: 'Mine' } }, customerToken)).body)).toEqual(['FORBIDDEN']);
    expect(codeOf((await t.request(DELETE, { id: shared.id }, customerToken)).body)).toEqual(['FORBIDDEN']);
    expect((await t.request(NODE, { id: shared.id }, customerToken)).body).toEqual({ data: { node: null } });
  });
});

describe('unauthenticated', () => {
  it('gets UNAUTHENTICATED for every canned-response operation', async () => {
    const { shared } = await oneOfEach();
    const ticket = await newTicket();
    expect(codeOf((await t.request(LIST, {})).body)).toEqual(['UNAUTHENTICATED']);
    expect(codeOf((await render(undefined, shared.id, ticket.id)).body)).toEqual(['UNAUTHENTICATED']);
    expect(codeOf(await attempt(undefined, { title: 'Mine', body: 'x', personal: true }))).toEqual(['UNAUTHENTICATED']);
    expect(codeOf((await t.request(UPDATE, { input: { id: shared.id, title: 'Mine' } })).body)).toEqual(['UNAUTHENTICATED']);
    expect(codeOf((await t.request(DELETE, { id: shared.id })).body)).toEqual(['UNAUTHENTICATED']);
    expect(codeOf((await t.request(NODE, { id: shared.id })).body)).toEqual(['UNAUTHENTICATED']);
  });
});
