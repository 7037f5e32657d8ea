import { getIntrospectionQuery, GraphQLObjectType, GraphQLSchema, GraphQLString, type GraphQLFormattedError } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { AppMetrics } from '../../src/observability/metrics';
import { metricsEndpoint } from '../../src/observability/metrics-endpoint';
import { OperationLog } from '../../src/observability/operation-log';
import { startHttpServer, type OperationRequest, type RunningHttpServer, type SocketAuthentication } from '../../src/server/http-server';
import { CLIENT_PAGE, COSTLY_QUERY, aliasQuery, deepQuery, directiveQuery, tokenQuery } from '../support/limit-documents';
import { loginToken, startTestApp, type TestApp } from '../support/test-app';

const TICKET_CHANGED = 'subscription { ticketChanged { event { kind } } }';
const ONE_MIB = 1024 * 1024;

/** Default limits. */
let t: TestApp;
/** Production mode, introspection off, tokens enough for 2,000 aliases, tight socket caps, a short init timeout, one allowed origin. */
let strict: TestApp;
const clients: Client[] = [];
const sockets: WebSocket[] = [];

beforeAll(async () => {
  t = await startTestApp();
  strict = await startTestApp({
    production: true,
    introspection: false,
    maxQueryTokens: 10_000,
    maxSubscriptionsPerSocket: 2,
    maxSubscriptionsPerUser: 3,
    connectionInitTimeoutMs: 300,
    allowedOrigins: ['https://desk.example.com'],
  });
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});
afterAll(async () => {
  await t?.stop();
  await strict?.stop();
});

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: GraphQLFormattedError[];
}

async function post(app: TestApp, query: string, token: string | undefined = app.ownerToken): Promise<{ status: number; body: GraphQLBody }> {
  const response = await fetch(app.httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody };
}

let agents = 0;
/** A new agent's token: a user of its own, whose subscriptions no other test holds. */
async function newAgentToken(app: TestApp): Promise<string> {
  agents += 1;
  const email = `limits-${agents}@test.local`;
  const input = `{ email: "${email}", name: "Agent ${agents}", password: "agent-password-1", role: AGENT }`;
  const { body } = await post(app, `mutation { createAgent(input: ${input}) { agent { id } } }`);
  expect(body.errors).toBeUndefined();
  return loginToken(app.httpUrl, email, 'agent-password-1');
}

/** A real graphql-ws client, connected (its token looked up) when the promise resolves. */
async function connect(app: TestApp, token: string | undefined = app.ownerToken): Promise<Client> {
  const client = createClient({
    url: app.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
  });
  clients.push(client);
  await new Promise<void>((resolve, reject) => {
    client.on('connected', () => resolve());
    client.on('closed', (event) => reject(new Error(`closed with ${(event as { code?: number }).code}`)));
  });
  return client;
}

/** The first answer to `query` over graphql-ws: its data, or the errors of graphql-ws's error message. */
function firstAnswer(client: Client, query: string): Promise<GraphQLBody> {
  return new Promise((resolve, reject) => {
    const unsubscribe = client.subscribe<Record<string, unknown>>(
      { query },
      {
        next: (result) => {
          unsubscribe();
          resolve(result as GraphQLBody);
        },
        error: (error) => (Array.isArray(error) ? resolve({ errors: error as GraphQLFormattedError[] }) : reject(error)),
        complete: () => {},
      },
    );
  });
}

/** A subscription that stays open; resolves with its errors if it is refused. */
function subscribe(client: Client, query = TICKET_CHANGED) {
  let refused: (errors: GraphQLFormattedError[]) => void = () => {};
  const refusal = new Promise<GraphQLFormattedError[]>((resolve) => (refused = resolve));
  const unsubscribe = client.subscribe({ query }, { next: () => {}, error: (error) => Array.isArray(error) && refused(error as GraphQLFormattedError[]), complete: () => {} });
  return { unsubscribe, refusal };
}

/** A bare WebSocket speaking graphql-transport-ws, for what the client library hides: close codes and upgrade refusals. */
function rawSocket(url: string, origin?: string) {
  const socket = new WebSocket(url, 'graphql-transport-ws', origin ? { origin } : {});
  sockets.push(socket);
  const messages: Array<{ type: string }> = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data)) as { type: string }));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  /** 101 when the upgrade succeeds, otherwise the status the server refused it with. */
  const upgrade = new Promise<number>((resolve, reject) => {
    socket.on('open', () => resolve(101));
    socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.on('error', reject);
  });
  const acknowledged = async (token?: string) => {
    await upgrade;
    socket.send(JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} }));
    while (!messages.some((message) => message.type === 'connection_ack')) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      if (socket.readyState !== WebSocket.OPEN) throw new Error('closed before connection_ack');
    }
  };
  return { socket, closed, upgrade, acknowledged };
}

const REJECTED: Array<[string, string, string, RegExp]> = [
  ['a 40-deep query', deepQuery(40), 'GRAPHQL_VALIDATION_FAILED', /^Query depth limit of 10 exceeded, found 40\.$/],
  ['2,000 aliases', aliasQuery(2000), 'GRAPHQL_PARSE_FAILED', /Document contains more that 1000 tokens/],
  ['31 aliases', aliasQuery(31), 'GRAPHQL_VALIDATION_FAILED', /^Aliases limit of 30 exceeded, found 31\.$/],
  ['a query of 10,000 messages', COSTLY_QUERY, 'GRAPHQL_VALIDATION_FAILED', /^Query Cost limit of 50000 exceeded, found \d+\.$/],
  ['1,000 tokens', tokenQuery(1000), 'GRAPHQL_PARSE_FAILED', /Document contains more that 1000 tokens/],
  ['21 directives', directiveQuery(21), 'GRAPHQL_VALIDATION_FAILED', /^Directives limit of 20 exceeded, found 21\.$/],
];

describe('documents over a limit, from the owner', () => {
  it.each(REJECTED)('rejects %s over HTTP before any SQL runs', async (_what, query, code, message) => {
    await t.queries.reset();
    const { status, body } = await post(t, query);
    expect(status).toBe(400);
    expect(body.errors).toMatchObject([{ message: expect.stringMatching(message), extensions: { code } }]);
    expect(body.data).toBeUndefined();
    expect(JSON.stringify(body)).not.toMatch(/stack|node_modules/i);
    expect(t.queries.count).toBe(0);
  });

  it('rejects a 40-deep query over HTTP GET before any SQL runs', async () => {
    await t.queries.reset();
    const response = await fetch(`${t.httpUrl}?query=${encodeURIComponent(deepQuery(40))}`, {
      headers: { authorization: `Bearer ${t.ownerToken}`, 'apollo-require-preflight': '1' },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: 'Query depth limit of 10 exceeded, found 40.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    expect(t.queries.count).toBe(0);
  });

  it.each(REJECTED)('rejects %s over graphql-ws before any SQL runs', async (_what, query, code, message) => {
    const client = await connect(t);
    await t.queries.reset();
    const { errors, data } = await firstAnswer(client, query);
    expect(errors).toMatchObject([{ message: expect.stringMatching(message), extensions: { code } }]);
    expect(data).toBeUndefined();
    expect(JSON.stringify(errors)).not.toMatch(/stack|node_modules/i);
    expect(t.queries.count).toBe(0);
  });

  it('rejects 2,000 aliases by the alias limit, on both transports, where the token limit lets them through', async () => {
    const expected = [{ message: 'Aliases limit of 30 exceeded, found 2000.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }];
    await strict.queries.reset();
    expect((await post(strict, aliasQuery(2000))).body.errors).toEqual(expected);
    const client = await connect(strict);
    await strict.queries.reset();
    expect((await firstAnswer(client, aliasQuery(2000))).errors).toEqual(expected);
    expect(strict.queries.count).toBe(0);
  });
});

describe('documents within the limits', () => {
  it('runs a real client page nine fields deep over HTTP, looking the token up as usual', async () => {
    await t.queries.reset();
    const { status, body } = await post(t, CLIENT_PAGE);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({ tickets: { totalCount: expect.any(Number) } });
    // The counter sees SQL: the zero counts above are not an accident of the harness.
    expect(t.queries.count).toBeGreaterThan(0);
  });

  it('runs a real client page nine fields deep over graphql-ws', async () => {
    const client = await connect(t);
    const { errors, data } = await firstAnswer(client, CLIENT_PAGE);
    expect(errors).toBeUndefined();
    expect(data).toMatchObject({ tickets: { totalCount: expect.any(Number) } });
  });
});

describe('request and frame size', () => {
  it('refuses a body over 1 MiB with 413 before any SQL runs', async () => {
    await t.queries.reset();
    const response = await fetch(t.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.ownerToken}` },
      body: JSON.stringify({ query: '{ viewer { kind } }', padding: 'x'.repeat(ONE_MIB) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: `Request bodies are limited to ${ONE_MIB} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect(t.queries.count).toBe(0);
  });

  it('closes a socket that sends a frame over 1 MiB with 1009, before any SQL runs', async () => {
    const raw = rawSocket(t.wsUrl);
    await raw.acknowledged(t.ownerToken);
    await t.queries.reset();
    raw.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ viewer { kind } }', padding: 'x'.repeat(ONE_MIB) } }));
    expect((await raw.closed).code).toBe(1009);
    expect(t.queries.count).toBe(0);
  });
});

describe('subscription caps', () => {
  it('refuses a third subscription on one socket with RATE_LIMITED, and admits one again when another ends', async () => {
    const client = await connect(strict, await newAgentToken(strict));
    const first = subscribe(client);
    subscribe(client);
    const perSocket = [{ message: 'At most 2 subscriptions may run at once on one connection', extensions: { code: 'RATE_LIMITED' } }];
    expect(await subscribe(client).refusal).toEqual(perSocket);
    expect((await firstAnswer(client, '{ viewer { kind } }')).errors).toEqual(perSocket);
    first.unsubscribe();
    expect(await firstAnswer(client, '{ viewer { kind } }')).toEqual({ data: { viewer: { kind: 'AGENT' } } });
  });

  it('refuses a user\'s fourth subscription over all its sockets with RATE_LIMITED, and admits one again when another ends', async () => {
    const token = await newAgentToken(strict);
    const a = await connect(strict, token);
    const b = await connect(strict, token);
    const first = subscribe(a);
    subscribe(a);
    subscribe(b);
    const perUser = [{ message: 'At most 3 subscriptions may run at once for one user, across all connections', extensions: { code: 'RATE_LIMITED' } }];
    expect(await subscribe(b).refusal).toEqual(perUser);
    expect((await firstAnswer(b, '{ viewer { kind } }')).errors).toEqual(perUser);
    first.unsubscribe();
    // a handles its messages in order: once this is answered, the unsubscription before it is done.
    expect(await firstAnswer(a, '{ viewer { kind } }')).toEqual({ data: { viewer: { kind: 'AGENT' } } });
    expect(await firstAnswer(b, '{ viewer { kind } }')).toEqual({ data: { viewer: { kind: 'AGENT' } } });
  });

  it('counts each user on its own', async () => {
    const busy = await newAgentToken(strict);
    const [a, b] = [await connect(strict, busy), await connect(strict, busy)];
    subscribe(a);
    subscribe(a);
    subscribe(b);
    expect((await firstAnswer(b, '{ viewer { kind } }')).errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED' });
    const other = await connect(strict, await newAgentToken(strict));
    subscribe(other);
    expect(await firstAnswer(other, '{ viewer { kind } }')).toEqual({ data: { viewer: { kind: 'AGENT' } } });
  });
});

describe('the WebSocket handshake', () => {
  it('closes a socket that sends no ConnectionInit in time with 4408', async () => {
    const raw = rawSocket(strict.wsUrl);
    expect(await raw.upgrade).toBe(101);
    expect(await raw.closed).toEqual({ code: 4408, reason: 'Connection initialisation timeout' });
  });

  it('accepts a client that sends no Origin', async () => {
    expect(await rawSocket(t.wsUrl).upgrade).toBe(101);
    expect(await rawSocket(strict.wsUrl).upgrade).toBe(101);
  });

  it('accepts a page of the server\'s own origin when no origins are configured', async () => {
    expect(await rawSocket(t.wsUrl, new URL(t.httpUrl).origin).upgrade).toBe(101);
  });

  it('refuses another site\'s page at the upgrade with 403 when no origins are configured', async () => {
    expect(await rawSocket(t.wsUrl, 'https://evil.example').upgrade).toBe(403);
  });

  it('accepts a configured origin and refuses others, the server\'s own included, with 403', async () => {
    expect(await rawSocket(strict.wsUrl, 'https://desk.example.com').upgrade).toBe(101);
    expect(await rawSocket(strict.wsUrl, 'https://evil.example').upgrade).toBe(403);
    expect(await rawSocket(strict.wsUrl, new URL(strict.httpUrl).origin).upgrade).toBe(403);
  });
});

describe('field suggestions', () => {
  const TYPO = '{ viewer { knd } }';

  it('are given outside production, over HTTP and graphql-ws', async () => {
    const expected = [{ message: 'Cannot query field "knd" on type "Viewer". Did you mean "kind"?', locations: [{ line: 1, column: 12 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }];
    expect((await post(t, TYPO)).body.errors).toEqual(expected);
    expect((await firstAnswer(await connect(t), TYPO)).errors).toEqual(expected);
  });

  it('are absent in production, over HTTP and graphql-ws', async () => {
    const expected = [{ message: 'Cannot query field "knd" on type "Viewer".', locations: [{ line: 1, column: 12 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }];
    expect((await post(strict, TYPO)).body.errors).toEqual(expected);
    expect((await firstAnswer(await connect(strict), TYPO)).errors).toEqual(expected);
  });

  it('are absent in production from the errors of variables too, and given otherwise', async () => {
    const query = 'query($f: TicketFilter) { tickets(filter: $f) { totalCount } }';
    const send = (app: TestApp) =>
      fetch(app.httpUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${app.ownerToken}` },
        body: JSON.stringify({ query, variables: { f: { statuses: ['OPN'] } } }),
      }).then((response) => response.json() as Promise<GraphQLBody>);
    const hint = 'Did you mean the enum value "OPEN"?';
    const [production, otherwise] = [(await send(strict)).errors?.[0], (await send(t)).errors?.[0]];
    expect(production).toMatchObject({ message: expect.stringMatching(/Value "OPN" does not exist in "TicketStatus" enum\.$/), extensions: { code: 'BAD_USER_INPUT' } });
    expect(production?.message).not.toContain(hint);
    expect(otherwise?.message).toContain(hint);
  });
});

describe('introspection', () => {
  const SCHEMA = '{ __schema { queryType { name } } }';

  it('answers __schema outside production, GraphiQL\'s whole introspection query included', async () => {
    expect((await post(t, SCHEMA)).body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const graphiql = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const { status, body } = await post(t, graphiql);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toMatchObject({ __schema: { types: expect.arrayContaining([expect.objectContaining({ name: 'Ticket' })]) } });
  });

  it('rejects __schema when turned off, over HTTP and graphql-ws, before any SQL runs', async () => {
    const expected = {
      message: 'GraphQL introspection has been disabled, but the requested query contained the field "__schema".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
    await strict.queries.reset();
    const { status, body } = await post(strict, SCHEMA);
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject(expected);
    const client = await connect(strict);
    await strict.queries.reset();
    expect((await firstAnswer(client, SCHEMA)).errors?.[0]).toMatchObject(expected);
    expect(strict.queries.count).toBe(0);
  });
});

describe('startHttpServer on its own', () => {
  const schema = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { hello: { type: GraphQLString, resolve: () => 'world' } } }) });
  let server: RunningHttpServer | undefined;
  const requests: OperationRequest[] = [];
  /** Every operation's context learns its request id and start. */
  const STARTED = { requestId: expect.any(String), receivedAt: expect.any(Number) };

  async function serve(authenticateSocket: (token: string | undefined) => Promise<SocketAuthentication>, trustProxy = false) {
    requests.splice(0);
    const metrics = new AppMetrics();
    server = await startHttpServer({
      schema,
      port: 0,
      host: '127.0.0.1',
      logger: pino({ level: 'silent' }),
      limits: {
        document: { maxTokens: 1000, maxDepth: 10, maxAliases: 30, maxCost: 50_000, maxDirectives: 20, introspection: true },
        maxBodyBytes: ONE_MIB,
        maxFrameBytes: ONE_MIB,
        maxSubscriptionsPerSocket: 10,
        maxSubscriptionsPerUser: 30,
        connectionInitTimeoutMs: 3000,
        keepAliveMs: 12_000,
      },
      hideSuggestions: false,
      trustProxy,
      createContext: async (request) => {
        requests.push(request);
        return { origin: request };
      },
      authenticateSocket,
      isHealthy: async () => true,
      operationLog: new OperationLog(pino({ level: 'silent' }), metrics, 1000),
      metricsEndpoint: metricsEndpoint(metrics, undefined),
    });
    return { httpUrl: `http://127.0.0.1:${server.port}/graphql`, wsUrl: `ws://127.0.0.1:${server.port}/graphql` };
  }

  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('closes a socket with 4401 Unauthorized when its token expires', async () => {
    const { wsUrl } = await serve(async () => ({ accepted: true, subject: 'agent-1', expiresAt: new Date(Date.now() + 300) }));
    const raw = rawSocket(wsUrl);
    await raw.acknowledged('token');
    expect(await raw.closed).toEqual({ code: 4401, reason: 'Unauthorized' });
  });

  it('closes a socket with 4403 Forbidden when its token is not accepted', async () => {
    const { wsUrl } = await serve(async () => ({ accepted: false }));
    const raw = rawSocket(wsUrl);
    await raw.upgrade;
    raw.socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer revoked' } }));
    expect(await raw.closed).toEqual({ code: 4403, reason: 'Forbidden' });
  });

  it('builds an HTTP operation\'s context from the bearer token and the client address', async () => {
    const { httpUrl } = await serve(async () => ({ accepted: true, subject: null, expiresAt: null }));
    await fetch(httpUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer abc', 'x-forwarded-for': '203.0.113.7' }, body: '{"query":"{ hello }"}' });
    expect(requests).toEqual([{ ...STARTED, token: 'abc', clientAddress: '127.0.0.1' }]);
  });

  it('takes the client address from X-Forwarded-For only when told to trust the proxy', async () => {
    const { httpUrl } = await serve(async () => ({ accepted: true, subject: null, expiresAt: null }), true);
    await fetch(httpUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' }, body: '{"query":"{ hello }"}' });
    expect(requests).toEqual([{ ...STARTED, token: undefined, clientAddress: '203.0.113.7' }]);
  });

  it('builds a WebSocket operation\'s context with the socket, which can end the whole connection', async () => {
    const { wsUrl } = await serve(async () => ({ accepted: true, subject: 'agent-1', expiresAt: null }));
    const raw = rawSocket(wsUrl);
    await raw.acknowledged('abc');
    raw.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ hello }' } }));
    while (requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(requests).toEqual([{ ...STARTED, token: 'abc', clientAddress: '127.0.0.1', socket: { close: expect.any(Function) } }]);
    requests[0]!.socket!.close(4403, 'Forbidden');
    expect(await raw.closed).toEqual({ code: 4403, reason: 'Forbidden' });
  });
});
