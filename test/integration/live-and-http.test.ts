import type { Client } from 'graphql-ws';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql';
import { startTestApp, type TestApp } from '../support/test-app';
import { collectUntil, connectRecording, disposeClients } from '../support/ws-client';

const CREATE = graphql(`
  mutation CreateForLive($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id version } } }
`);
const SET_STATUS = graphql(`
  mutation SetStatusForLive($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }
`);
const REPLY = graphql(`
  mutation ReplyForLive($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }
`);
const TICKET_CHANGED = graphql(`
  subscription Changes($ticketId: ID) {
    ticketChanged(ticketId: $ticketId) { event { kind from to } ticket { id status version } }
  }
`);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await disposeClients();
  await t?.stop();
});

const connect = (token?: string) => connectRecording(t.wsUrl, token);

/** Collects `count` messages of a subscription, then stops it. */
function collect<T>(client: Client, query: string, variables: Record<string, unknown>, count: number): Promise<T[]> {
  let received = 0;
  return collectUntil<T>(client, query, () => (received += 1) === count, variables);
}

const ticketInput = { subject: 'Live', body: 'Watch me', contact: { email: 'live@example.com' } };

describe('ticketChanged over graphql-ws', () => {
  it('pushes one message per event after commit, with the ticket as it is now', async () => {
    const { createTicket } = await t.data(CREATE, { input: ticketInput }, t.ownerToken);
    const client = connect(t.ownerToken);
    const messages = collect<{ ticketChanged: { event: { kind: string; from: string | null; to: string | null }; ticket: { status: string; version: number } } }>(
      client,
      print(TICKET_CHANGED),
      { ticketId: createTicket.ticket.id },
      2,
    );
    // graphql-ws subscribes asynchronously: give the server a moment to register the listener.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await t.data(REPLY, { input: { ticketId: createTicket.ticket.id, body: 'Hello' } }, t.ownerToken);
    const received = await messages;
    expect(received.map((message) => message.ticketChanged.event)).toEqual([
      { kind: 'MESSAGE_ADDED', from: null, to: null },
      { kind: 'STATUS_CHANGED', from: 'NEW', to: 'ANSWERED' },
    ]);
    expect(received[1]!.ticketChanged.ticket).toMatchObject({ status: 'ANSWERED', version: 2 });
  });

  it('announces nothing for a change that was refused', async () => {
    const { createTicket } = await t.data(CREATE, { input: ticketInput }, t.ownerToken);
    const client = connect(t.ownerToken);
    const messages = collect<{ ticketChanged: { event: { kind: string } } }>(client, print(TICKET_CHANGED), { ticketId: createTicket.ticket.id }, 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const refused = await t.request(SET_STATUS, { input: { ticketId: createTicket.ticket.id, status: 'CLOSED' } }, t.ownerToken);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await t.data(SET_STATUS, { input: { ticketId: createTicket.ticket.id, status: 'RESOLVED' } }, t.ownerToken);
    // The first message is the later, committed change: the refused one left no trace.
    expect((await messages)[0]!.ticketChanged.event.kind).toBe('STATUS_CHANGED');
  });

  it('refuses to subscribe without a token', async () => {
    const client = connect();
    await expect(collect(client, print(TICKET_CHANGED), {}, 1)).rejects.toThrow(/UNAUTHENTICATED|Authentication required/);
  });

  it('rejects an invalid subscription document with a validation error and nothing internal', async () => {
    const client = connect(t.ownerToken);
    const failure = await collect(client, 'subscription { ticketChanged { nope } }', {}, 1).catch((error: unknown) => error);
    expect(JSON.stringify(failure)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(failure)).not.toMatch(/stack|node_modules/);
  });

  it('closes the socket for an invalid token', async () => {
    const client = connect('forged.token.value');
    await expect(collect(client, print(TICKET_CHANGED), {}, 1)).rejects.toMatchObject({ code: 4403 });
  });
});

describe('the HTTP surface', () => {
  it('answers /healthz with 200 while the database answers', async () => {
    const response = await fetch(t.httpUrl.replace('/graphql', '/healthz'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('refuses a subscription sent over HTTP, pointing to graphql-ws, before anything runs', async () => {
    await t.queries.reset();
    const response = await fetch(t.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.ownerToken}` },
      body: JSON.stringify({ query: print(TICKET_CHANGED) }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Subscriptions are served over WebSocket (graphql-ws) at /graphql', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });
    expect(t.queries.count).toBe(0);
  });

  it.each(['Basic b3duZXI6cGFzcw==', 'Bearer two words', 'Bearer'])('treats an Authorization header it cannot read (%s) as a bad token, not as anonymous', async (header) => {
    const response = await fetch(t.httpUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: header }, body: '{"query":"{ viewer { kind } }"}' });
    const body = (await response.json()) as { errors?: Array<{ extensions: { code: string } }> };
    expect(body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers GraphQL over HTTP GET too', async () => {
    const response = await fetch(`${t.httpUrl}?query=${encodeURIComponent('{ viewer { kind } }')}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { viewer: { kind: 'ANONYMOUS' } } });
  });

  it('refuses bodies over 2 MB with 413 and no stack trace', async () => {
    const response = await fetch(t.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ viewer { kind } }`, padding: 'x'.repeat(2 * 1024 * 1024 + 10) }),
    });
    expect(response.status).toBe(413);
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.js|node_modules|stack/i);
  });

  it('serves GraphiQL to browsers with no external asset', async () => {
    const response = await fetch(t.httpUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('graphiql');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)/);
  });

  it('masks internal failures: no SQL, driver message or stack trace reaches the client', async () => {
    const response = await fetch(t.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.ownerToken}` },
      body: JSON.stringify({ query: '{ tickets(first: 5, filter: { search: "' + 'a'.repeat(201) + '" }) { totalCount } }' }),
    });
    const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown>; message: string }> };
    expect(body.errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|select |node_modules/i);
  });

  // Last: it takes the database away from this file's server.
  it('answers /healthz with 503 once the database stops answering', async () => {
    await t.app.database.orm.close(true);
    const response = await fetch(t.httpUrl.replace('/graphql', '/healthz'));
    expect(response.status).toBe(503);
  });
});
