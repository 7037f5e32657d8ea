import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql';
import { startTestApp, type TestApp } from '../support/test-app';
import { TestClock } from '../support/test-clock';

const CREATE_CANNED = graphql(`
  mutation AckCanned($input: CannedResponseInput!) { createCannedResponse(input: $input) { cannedResponse { id } } }
`);
const CREATE_DEPARTMENT = graphql(`
  mutation AckDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id acknowledgement { id } } } }
`);
const UPDATE_DEPARTMENT = graphql(`
  mutation AckUpdateDepartment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { id acknowledgement { id } } } }
`);
const CREATE_POLICY = graphql(`
  mutation AckPolicy($input: SlaPolicyInput!) { createSlaPolicy(input: $input) { slaPolicy { id } } }
`);
const CREATE_TICKET = graphql(`
  mutation AckTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id code } } }
`);
const SUBMIT = graphql(`
  mutation AckSubmit($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }
`);
const TICKET = graphql(`
  query AckTicketSeen($code: String!) {
    ticketByCode(code: $code) {
      status
      firstRespondedAt
      waitingSince
      messages { edges { node { kind body authorAgent { id } authorContact { id } } } }
    }
  }
`);
const TICKET_AS_AGENT = graphql(`
  query AckTicketAudit($code: String!) {
    ticketByCode(code: $code) {
      sla { firstResponseDueAt nextDueAt }
      events { edges { node { kind actor { id } } } }
    }
  }
`);

const TEMPLATE = 'Hello {{contact.firstName}}, we received {{ticket.code}} ("{{ticket.subject}}"). {{department.name}} will answer by {{sla.firstResponseDueAt}}.';

describe('acknowledging new tickets', () => {
  // Friday 27 March 2026, 16:00 in Riga.
  const clock = new TestClock(new Date('2026-03-27T14:00:00.000Z'));
  let t: TestApp;
  let department: string;
  let acknowledgement: string;
  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    acknowledgement = (await t.data(CREATE_CANNED, { input: { title: 'We got it', body: TEMPLATE } }, t.ownerToken)).createCannedResponse.cannedResponse.id;
    const created = await t.data(CREATE_DEPARTMENT, { input: { name: 'Hardware', acknowledgementId: acknowledgement } }, t.ownerToken);
    department = created.createDepartment.department.id;
    expect(created.createDepartment.department.acknowledgement).toEqual({ id: acknowledgement });
    await t.data(
      CREATE_POLICY,
      {
        input: {
          name: 'Office hours',
          targets: [{ priority: 'MEDIUM', firstResponseMinutes: 240 }],
          businessHours: {
            timezone: 'Europe/Riga',
            intervals: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({ day: day as 'MONDAY', start: '09:00', end: '18:00' })),
          },
        },
      },
      t.ownerToken,
    );
  });
  afterAll(async () => {
    await t?.stop();
  });

  it("sends the customer of a web-form ticket the department's acknowledgement with its code and the first-response deadline, by no one", async () => {
    const receipt = (
      await t.data(SUBMIT, { input: { name: 'Ada Lovelace', email: 'ada@example.com', subject: 'Printer on fire', body: 'Smoke!', departmentId: department } })
    ).submitSupportRequest;
    // Read by the owner: the customer's token, issued by this March clock, has expired in real time.
    const seen = (await t.data(TICKET, { code: receipt.ticketCode }, t.ownerToken)).ticketByCode!;
    expect(seen.messages.edges.map(({ node }) => node)).toEqual([
      { kind: 'CUSTOMER', body: 'Smoke!', authorAgent: null, authorContact: { id: expect.any(String) } },
      {
        kind: 'AUTO_ACKNOWLEDGEMENT',
        // 2 business hours on Friday, 2 on Monday, after the clocks went forward.
        body: `Hello Ada, we received ${receipt.ticketCode} ("Printer on fire"). Hardware will answer by Monday 30 March 2026 at 11:00 (Europe/Riga).`,
        authorAgent: null,
        authorContact: null,
      },
    ]);
    // Not a response: the ticket is NEW, still waiting, and its first-response clock runs.
    expect(seen).toMatchObject({ status: 'NEW', firstRespondedAt: null, waitingSince: '2026-03-27T14:00:00.000Z' });
    const audit = (await t.data(TICKET_AS_AGENT, { code: receipt.ticketCode }, t.ownerToken)).ticketByCode!;
    expect(audit.sla).toEqual({ firstResponseDueAt: '2026-03-30T08:00:00.000Z', nextDueAt: '2026-03-30T08:00:00.000Z' });
    expect(audit.events!.edges.map(({ node }) => node)).toEqual([
      { kind: 'CREATED', actor: null },
      { kind: 'SLA_APPLIED', actor: null },
      { kind: 'MESSAGE_ADDED', actor: null },
    ]);
  });

  it('acknowledges an email ticket an agent logs, but not a phone call, nor a ticket of a department without an acknowledgement', async () => {
    const kindsOf = async (input: { channel: 'EMAIL' | 'PHONE'; departmentId?: string }) => {
      const { code } = (
        await t.data(CREATE_TICKET, { input: { subject: 'Help', body: 'Please', contact: { email: 'grace@example.com' }, ...input } }, t.ownerToken)
      ).createTicket.ticket;
      return (await t.data(TICKET, { code }, t.ownerToken)).ticketByCode!.messages.edges.map(({ node }) => node.kind);
    };
    expect(await kindsOf({ channel: 'EMAIL', departmentId: department })).toEqual(['CUSTOMER', 'AUTO_ACKNOWLEDGEMENT']);
    expect(await kindsOf({ channel: 'PHONE', departmentId: department })).toEqual(['CUSTOMER']);
    expect(await kindsOf({ channel: 'EMAIL' })).toEqual(['CUSTOMER']);
  });

  it("refuses a personal canned response, or another department's, as the acknowledgement, and null removes it", async () => {
    const personal = (await t.data(CREATE_CANNED, { input: { title: 'Mine', body: 'Hi', personal: true } }, t.ownerToken)).createCannedResponse.cannedResponse.id;
    const refused = await t.request(UPDATE_DEPARTMENT, { input: { id: department, acknowledgementId: personal } }, t.ownerToken);
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'acknowledgementId' });
    const other = (await t.data(CREATE_DEPARTMENT, { input: { name: 'Other desk' } }, t.ownerToken)).createDepartment.department.id;
    const theirs = (await t.data(CREATE_CANNED, { input: { title: 'Theirs', body: 'Hi', departmentId: other } }, t.ownerToken)).createCannedResponse.cannedResponse.id;
    const foreign = await t.request(UPDATE_DEPARTMENT, { input: { id: department, acknowledgementId: theirs } }, t.ownerToken);
    expect(foreign.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'acknowledgementId' });
    const cleared = await t.data(UPDATE_DEPARTMENT, { input: { id: department, acknowledgementId: null } }, t.ownerToken);
    expect(cleared.updateDepartment.department.acknowledgement).toBeNull();
    await t.data(UPDATE_DEPARTMENT, { input: { id: department, acknowledgementId: acknowledgement } }, t.ownerToken);
  });
});
