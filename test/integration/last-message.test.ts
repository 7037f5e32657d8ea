import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql';
import { startTestApp, type TestApp } from '../support/test-app';

const SUBMIT = graphql(`
  mutation SubmitForPreview($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }
`);
const BY_CODE = graphql(`
  query LastMessageByCode($code: String!) { ticketByCode(code: $code) { id lastMessage { kind preview body } } }
`);
const REPLY = graphql(`
  mutation ReplyForPreview($input: ReplyInput!) { replyToTicket(input: $input) { message { id } } }
`);
const NOTE = graphql(`
  mutation NoteForPreview($input: NoteInput!) { addInternalNote(input: $input) { message { id } } }
`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.stop();
});

describe('Ticket.lastMessage and Message.preview', () => {
  it("is the newest message the caller may read, on one line and cut at 120 characters; a customer's skips internal notes", async () => {
    const request = 'My order\n\n   never   arrived.';
    const { submitSupportRequest: receipt } = await t.data(SUBMIT, { input: { email: 'preview@example.com', subject: 'Where is it?', body: request } });
    const code = receipt.ticketCode;
    const ticketId = (await t.data(BY_CODE, { code }, t.ownerToken)).ticketByCode!.id;
    expect((await t.data(BY_CODE, { code }, t.ownerToken)).ticketByCode!.lastMessage).toEqual({ kind: 'CUSTOMER', preview: 'My order never arrived.', body: request });

    const reply = `${'Sorry about that. '.repeat(10)}🚚 It ships today.`;
    await t.data(REPLY, { input: { ticketId, body: reply } }, t.ownerToken);
    await t.data(NOTE, { input: { ticketId, body: 'Courier lost it; refund if it does not arrive.' } }, t.ownerToken);

    const asAgent = (await t.data(BY_CODE, { code }, t.ownerToken)).ticketByCode!.lastMessage;
    expect(asAgent).toMatchObject({ kind: 'INTERNAL_NOTE', preview: 'Courier lost it; refund if it does not arrive.' });
    const asCustomer = (await t.data(BY_CODE, { code }, receipt.accessToken)).ticketByCode!.lastMessage;
    expect(asCustomer?.kind).toBe('AGENT_REPLY');
    expect(Array.from(asCustomer!.preview)).toHaveLength(120);
    expect(asCustomer!.preview).toBe(reply.slice(0, 120));
  });
});
