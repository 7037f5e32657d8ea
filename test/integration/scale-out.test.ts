import { randomBytes } from 'node:crypto';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql';
import { buildServer, startServerProcess, type ServerProcess } from '../support/server-process';
import { isolatedDatabase, loginToken, OWNER } from '../support/test-app';
import { connectRecording, disposeClients, LiveSubscription, subscriptionSettles } from '../support/ws-client';

const CREATE = graphql(`
  mutation CreateAcrossInstances($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }
`);
const CREATE_AGENT = graphql(`
  mutation AgentAcrossInstances($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }
`);
const UPDATE_AGENT = graphql(`
  mutation DeactivateAcrossInstances($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { active } } }
`);
const CHANGES = graphql(`
  subscription ChangesAcrossInstances { ticketChanged { event { kind } ticket { id subject } } }
`);

type Change = { ticketChanged: { event: { kind: string }; ticket: { id: string; subject: string } } };

async function call<R>(server: ServerProcess, document: Parameters<typeof print>[0], variables: Record<string, unknown>, token: string): Promise<R> {
  const response = await fetch(server.httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: R; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const redisUrl = process.env.REDIS_URL;

// Two server processes need one database both reach (PostgreSQL, not an in-memory embedded one) and Redis.
describe.skipIf(!process.env.DATABASE_URL || !redisUrl)('two server processes on one PostgreSQL and one Redis', () => {
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let a: ServerProcess;
  let b: ServerProcess;
  let ownerToken: string;

  beforeAll(async () => {
    buildServer();
    database = await isolatedDatabase();
    const env = {
      DATABASE_URL: database.url!,
      REDIS_URL: redisUrl!,
      REDIS_PREFIX: `deskline-test-${randomBytes(4).toString('hex')}:`,
      OWNER_EMAIL: OWNER.email,
      OWNER_PASSWORD: OWNER.password,
      LOGIN_FAILURE_LIMIT_PER_ACCOUNT: '3/900',
    };
    // One after the other: the first creates the owner and the token secret both then share.
    a = await startServerProcess(env);
    b = await startServerProcess(env);
    ownerToken = await loginToken(a.httpUrl, OWNER.email, OWNER.password);
  }, 120_000);

  afterAll(async () => {
    await disposeClients();
    await a?.stop();
    await b?.stop();
    await database?.drop();
  });

  it('delivers to a subscriber of instance B a change made through instance A', async () => {
    const onB = new LiveSubscription<Change>(connectRecording(b.wsUrl, ownerToken), print(CHANGES));
    const onA = new LiveSubscription<Change>(connectRecording(a.wsUrl, ownerToken), print(CHANGES));
    await subscriptionSettles();
    const { createTicket } = await call<{ createTicket: { ticket: { id: string } } }>(
      a,
      CREATE,
      { input: { subject: 'Made on A', body: 'Seen on B?', contact: { email: 'scale@example.com' } } },
      ownerToken,
    );
    await onB.until((received) => received.some((change) => change.ticketChanged.ticket.id === createTicket.ticket.id), 'the CREATED event on B');
    await onA.until((received) => received.some((change) => change.ticketChanged.ticket.id === createTicket.ticket.id), 'the CREATED event on A');
    // Exactly once on each: one relay, one publish, one delivery per subscriber.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(onB.received.map((change) => change.ticketChanged.event.kind)).toEqual(['CREATED']);
    expect(onA.received.map((change) => change.ticketChanged.event.kind)).toEqual(['CREATED']);
  });

  it('counts failed logins on both instances together: the third failure locks the account everywhere', async () => {
    const attempt = async (server: ServerProcess, password: string) => {
      const response = await fetch(server.httpUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($input: LoginInput!) { login(input: $input) { token } }', variables: { input: { email: 'locked@example.com', password } } }),
      });
      const body = (await response.json()) as { errors?: Array<{ extensions: { code: string } }> };
      return body.errors?.[0]?.extensions.code ?? 'OK';
    };
    await call(a, CREATE_AGENT, { input: { name: 'Locked', email: 'locked@example.com', password: 'locked-password-1', role: 'AGENT' } }, ownerToken);
    expect(await attempt(a, 'wrong-1')).toBe('UNAUTHENTICATED');
    expect(await attempt(b, 'wrong-2')).toBe('UNAUTHENTICATED');
    expect(await attempt(a, 'wrong-3')).toBe('UNAUTHENTICATED');
    // Each instance alone has seen at most two failures; together they have seen three.
    expect(await attempt(b, 'locked-password-1')).toBe('RATE_LIMITED');
  });

  it('ends, on instance B, the socket of an agent deactivated through instance A', async () => {
    const { createAgent } = await call<{ createAgent: { agent: { id: string } } }>(
      a,
      CREATE_AGENT,
      { input: { name: 'Leaving', email: 'leaving@example.com', password: 'leaving-password-1', role: 'AGENT' } },
      ownerToken,
    );
    const agentToken = await loginToken(b.httpUrl, 'leaving@example.com', 'leaving-password-1');
    const watcher = new LiveSubscription<Change>(connectRecording(b.wsUrl, agentToken), print(CHANGES));
    await subscriptionSettles();
    await call(a, UPDATE_AGENT, { input: { id: createAgent.agent.id, active: false } }, ownerToken);
    expect(await watcher.ended('the 4403 close on B')).toMatchObject({ kind: 'closed', code: 4403 });
  });
});
