/**
 * The load process (forked by main.ts): opens every subscriber socket, makes every change and
 * stamps every delivery, all on this one process's performance.now() clock, then reports the
 * figures to the orchestrator. One process on 127.0.0.1, as the issue asks.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient, type Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import type { BenchQueueChangedSubscription, BenchTicketChangedSubscription } from '../gql/graphql';
import { ChangePlan, type MadeChange } from './change-plan';
import { QUEUE, QUEUE_CHANGED, TICKET_CHANGED } from './documents';
import { GraphQLHttp, queryText } from '../common/graphql-http';
import { cpuMs, ownCpuMs, totalCpuMs, totalRssKb } from '../common/proc';
import type {
  BaselinePlan,
  BaselineResult,
  ChangeFigures,
  CpuFigures,
  DrainOutcome,
  LoadMessage,
  LoadPlan,
  LoadResult,
  Pacing,
  ProductPlan,
  ProductResult,
  QueueFigures,
  RssFigures,
  StartMessage,
  TicketFigures,
} from './protocol';
import { Samples, summarize } from '../common/stats';

/** Stop draining when nothing has arrived for this long. */
const QUIET_MS = 5000;
const FIRST_ERRORS = 5;

function send(message: LoadMessage): void {
  process.send?.(message);
}

function progress(text: string): void {
  send({ type: 'progress', text });
}

/** Open-loop pacing: step k starts at start + k / rate, or at once when the previous one ran late. */
async function paced(pacing: Pacing, step: (k: number) => Promise<void>): Promise<void> {
  const steps = Math.round(pacing.rate * pacing.seconds);
  const start = performance.now();
  for (let k = 0; k < steps; k++) {
    const wait = start + (k * 1000) / pacing.rate - performance.now();
    if (wait > 0) await sleep(wait);
    await step(k);
  }
}

/** Waits until `done()` holds, nothing arrives for QUIET_MS (by `lastArrival()`), or `seconds` pass. */
async function drain(seconds: number, done: () => boolean, lastArrival: () => number): Promise<DrainOutcome> {
  const deadline = performance.now() + seconds * 1000;
  const since = performance.now();
  for (;;) {
    if (done()) return 'complete';
    const now = performance.now();
    if (now - Math.max(lastArrival(), since) > QUIET_MS) return 'quiet';
    if (now > deadline) return 'timeout';
    await sleep(50);
  }
}

/** Runs `open` for every index, `batchSize` at a time, each batch waited for before the next. */
async function inBatches(count: number, batchSize: number, open: (index: number) => Promise<void>): Promise<void> {
  for (let first = 0; first < count; first += batchSize) {
    const batch: Promise<void>[] = [];
    for (let index = first; index < Math.min(count, first + batchSize); index++) batch.push(open(index));
    await Promise.all(batch);
  }
}

function describeError(error: unknown): string {
  if (Array.isArray(error)) return error.map((e: { message?: string; extensions?: { code?: string } }) => `${e.message} [${e.extensions?.code ?? '?'}]`).join('; ');
  if (error && typeof error === 'object' && 'code' in error && 'reason' in error) return `socket closed ${String(error.code)} ${String(error.reason)}`;
  if (error instanceof Error) return error.message;
  return String(error);
}

function keepFirst(list: string[], text: string): void {
  if (list.length < FIRST_ERRORS && !list.includes(text)) list.push(text);
}

/** Server, PostgreSQL and own CPU between two points, with the deliveries in between. */
class CpuWindow {
  private readonly startedAt = performance.now();
  private readonly serverStart: number;
  private readonly ownStart = ownCpuMs();
  private constructor(
    private readonly serverPids: readonly number[],
    private readonly postgres: PostgresBackends | null,
    private readonly postgresStart: Map<number, number>,
    private readonly deliveriesStart: number,
  ) {
    this.serverStart = totalCpuMs(serverPids);
  }

  static async open(serverPids: readonly number[], postgres: PostgresBackends | null, deliveries: number): Promise<CpuWindow> {
    const postgresStart = postgres ? await postgres.cpu() : new Map<number, number>();
    return new CpuWindow(serverPids, postgres, postgresStart, deliveries);
  }

  /** `lastDelivery`: when the last message arrived, which ends the time deliveries per second count over. */
  async close(deliveriesNow: number, lastDelivery: number, cpuPerChangeAloneMs: number | null, changes: number): Promise<CpuFigures> {
    const windowMs = performance.now() - this.startedAt;
    const deliveringMs = Math.max(1, Math.min(windowMs, lastDelivery - this.startedAt));
    const serverCpuMs = totalCpuMs(this.serverPids) - this.serverStart;
    const loadCpuMs = ownCpuMs() - this.ownStart;
    let postgresCpuMs: number | null = null;
    if (this.postgres) {
      postgresCpuMs = 0;
      for (const [pid, now] of await this.postgres.cpu()) postgresCpuMs += now - (this.postgresStart.get(pid) ?? 0);
    }
    const deliveries = deliveriesNow - this.deliveriesStart;
    const net = cpuPerChangeAloneMs === null ? null : serverCpuMs - cpuPerChangeAloneMs * changes;
    return {
      windowMs,
      serverCpuMs,
      deliveries,
      deliveringMs,
      deliveriesPerSecond: deliveries / (deliveringMs / 1000),
      serverCpuPerDeliveryUs: deliveries ? (serverCpuMs * 1000) / deliveries : null,
      serverCpuPerDeliveryNetUs: deliveries && net !== null ? (net * 1000) / deliveries : null,
      cpuPerChangeAloneMs,
      postgresCpuMs,
      loadCpuMs,
    };
  }
}

/** The PostgreSQL server processes serving one database (found through pg_stat_activity). */
class PostgresBackends {
  private constructor(
    private readonly client: PgClient,
    private readonly database: string,
  ) {}

  static async connect(adminUrl: string, database: string): Promise<PostgresBackends | null> {
    const client = new PgClient({ connectionString: adminUrl });
    try {
      await client.connect();
      return new PostgresBackends(client, database);
    } catch {
      return null;
    }
  }

  async cpu(): Promise<Map<number, number>> {
    const rows = (await this.client.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [this.database])).rows;
    const result = new Map<number, number>();
    for (const { pid } of rows) {
      const ms = cpuMs(pid);
      if (ms !== null) result.set(pid, ms);
    }
    return result;
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

// ------------------------------------------------------------------ Deskline

/** A graphql-ws socket class that keeps the first `next` frame it receives, as text. */
function capturingSocket(capture: { frame: string | null }) {
  return class CapturingWebSocket extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.on('message', (data: WebSocket.RawData) => {
        if (capture.frame !== null) return;
        const text = data.toString();
        if (text.includes('"type":"next"')) capture.frame = text;
      });
    }
  };
}

interface Subscriber {
  client: Client;
  failed: boolean;
  /** Deliveries to this subscriber since the window opened. */
  inWindow: number;
  any: boolean;
}

/** Interns strings as small integers, so a million deliveries store numbers, not strings. */
class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
  find(value: string): number | undefined {
    return this.ids.get(value);
  }
}

/** Rebuilds a queue view from the previous one and a message's moves. */
export function applyMoves(previous: readonly string[], moves: readonly { ticketId: string; from: number | null; to: number | null }[], size: number): string[] {
  const moved = new Set(moves.map((move) => move.ticketId));
  const rest = previous.filter((id) => !moved.has(id));
  const placed = new Map<number, string>();
  for (const move of moves) if (move.to !== null) placed.set(move.to, move.ticketId);
  const result: string[] = [];
  let next = 0;
  for (let position = 0; result.length < size && (next < rest.length || placed.size > 0); position++) {
    const id = placed.get(position);
    if (id !== undefined) {
      placed.delete(position);
      result.push(id);
    } else if (next < rest.length) {
      result.push(rest[next++] as string);
    } else {
      break;
    }
  }
  return result;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

async function runProduct(plan: ProductPlan): Promise<ProductResult> {
  const http = new GraphQLHttp(plan.httpUrl, plan.token);
  const changePlan = new ChangePlan(plan.preferred, plan.reserve, http);
  const withTicket = plan.only !== 'queue';
  const withQueue = plan.only !== 'ticket';
  const postgres = await PostgresBackends.connect(plan.adminDatabaseUrl, plan.databaseName);
  const changeErrors: string[] = [];
  const truth = async () => {
    const answer = await http.timed(QUEUE, { departmentId: plan.departmentId, first: plan.queueFirst });
    return answer.data.queue.edges.map((edge) => edge.node.id);
  };

  if (withQueue) {
    await truth().catch((error: unknown) => {
      throw new Error(`the queue query, the truth of queueChanged, failed (${describeError(error)}); run with --only ticket until the server has queue and queueChanged`);
    });
  }

  // Calibration: the cost of a change (and of its truth query) with no socket open.
  let cpuPerChangeAloneMs: number | null = null;
  if (plan.calibrationSteps > 0) {
    progress(`calibrating: ${plan.calibrationSteps} changes with no subscriber (after 10 unmeasured ones)`);
    for (let i = 0; i < 10; i++) await changePlan.next();
    await sleep(500);
    const start = totalCpuMs(plan.serverPids);
    await paced({ ...plan, seconds: plan.calibrationSteps / plan.rate }, async () => {
      await changePlan.next();
      if (withQueue) await truth();
    });
    await sleep(300);
    cpuPerChangeAloneMs = (totalCpuMs(plan.serverPids) - start) / plan.calibrationSteps;
  }

  // Sockets.
  await sleep(500);
  const rssBefore = totalRssKb(plan.serverPids);
  let deliveries = 0;
  let lastArrival = 0;
  let windowStart = Infinity;
  /** Set when we end the subscriptions ourselves: their completion is then no failure. */
  let closing = false;
  const capture: { frame: string | null; kind: 'ticketChanged' | 'queueChanged' | null } = { frame: null, kind: null };
  const socketCapture = { frame: null as string | null };
  const wsUrl = (index: number) => plan.wsUrls[index % plan.wsUrls.length] as string;
  const newClient = (index: number, capturing: boolean) =>
    createClient({
      url: wsUrl(index),
      webSocketImpl: capturing ? capturingSocket(socketCapture) : WebSocket,
      connectionParams: { authorization: `Bearer ${plan.token}` },
      retryAttempts: 0,
      lazy: true,
      // Never drop a socket because the server was slow to answer: that would be our loss, not the server's.
      keepAlive: 0,
    });
  const connectedOrFailed = (client: Client, subscriber: Subscriber) =>
    new Promise<void>((resolve) => {
      client.on('connected', () => resolve());
      client.on('closed', () => {
        subscriber.failed = true;
        resolve();
      });
    });

  // ticketChanged: every delivery stored as (subscriber, ticket, version, time).
  const ticketSubscribers: Subscriber[] = [];
  const ticketErrors: string[] = [];
  const ticketIds = new Interner();
  const ticketReceipt = { subscriber: new Samples(), ticket: new Samples(), version: new Samples(), at: new Samples() };
  const ticketQuery = queryText(TICKET_CHANGED);
  const openTicket = async (index: number) => {
    const capturing = index === 0;
    const client = newClient(index, capturing);
    const subscriber: Subscriber = { client, failed: false, inWindow: 0, any: false };
    ticketSubscribers.push(subscriber);
    const ready = connectedOrFailed(client, subscriber);
    const position = ticketSubscribers.length - 1;
    client.subscribe<BenchTicketChangedSubscription>(
      { query: ticketQuery, variables: { departmentId: plan.departmentId } },
      {
        next: (result) => {
          const at = performance.now();
          deliveries++;
          lastArrival = at;
          const ticket = result.data?.ticketChanged.ticket;
          if (!ticket) {
            keepFirst(ticketErrors, describeError(result.errors));
            return;
          }
          subscriber.any = true;
          if (at >= windowStart) subscriber.inWindow++;
          ticketReceipt.subscriber.push(position);
          ticketReceipt.ticket.push(ticketIds.id(ticket.id));
          ticketReceipt.version.push(ticket.version);
          ticketReceipt.at.push(at);
          if (capturing && capture.kind === null && socketCapture.frame) Object.assign(capture, { frame: socketCapture.frame, kind: 'ticketChanged' });
        },
        error: (error) => {
          subscriber.failed = true;
          keepFirst(ticketErrors, describeError(error));
        },
        complete: () => {
          if (closing) return;
          subscriber.failed = true;
          keepFirst(ticketErrors, 'the subscription completed');
        },
      },
    );
    await ready;
  };

  // queueChanged: every delivery stored as (subscriber, interned tickets list, time); moves checked on arrival.
  interface QueueSubscriber extends Subscriber {
    view: string[] | null;
    movesView: string[] | null;
    snapshot: Promise<void>;
  }
  const queueSubscribers: QueueSubscriber[] = [];
  const queueErrors: string[] = [];
  const queueLists = new Interner();
  const queueReceipt = { subscriber: new Samples(), list: new Samples(), at: new Samples() };
  let movesInconsistent = 0;
  const queueQuery = queryText(QUEUE_CHANGED);
  const openQueue = async (index: number) => {
    const capturing = !withTicket && index === 0;
    const client = newClient(plan.clients + index, capturing);
    let snapshotArrived!: () => void;
    const subscriber: QueueSubscriber = {
      client,
      failed: false,
      inWindow: 0,
      any: false,
      view: null,
      movesView: null,
      snapshot: new Promise<void>((resolve) => (snapshotArrived = resolve)),
    };
    queueSubscribers.push(subscriber);
    const position = queueSubscribers.length - 1;
    const ready = connectedOrFailed(client, subscriber);
    const fail = (text: string) => {
      subscriber.failed = true;
      keepFirst(queueErrors, text);
      snapshotArrived();
    };
    client.subscribe<BenchQueueChangedSubscription>(
      { query: queueQuery, variables: { departmentId: plan.departmentId, first: plan.queueFirst } },
      {
        next: (result) => {
          const at = performance.now();
          deliveries++;
          lastArrival = at;
          const update = result.data?.queueChanged;
          if (!update) return fail(describeError(result.errors));
          const ids = update.tickets.map((ticket) => ticket.id);
          if (subscriber.movesView === null) {
            subscriber.movesView = ids;
          } else {
            const rebuilt = applyMoves(subscriber.movesView, update.moves, plan.queueFirst);
            if (!sameList(rebuilt, ids)) movesInconsistent++;
            subscriber.movesView = rebuilt;
          }
          subscriber.view = ids;
          if (at >= windowStart) subscriber.inWindow++;
          queueReceipt.subscriber.push(position);
          queueReceipt.list.push(queueLists.id(ids.join(',')));
          queueReceipt.at.push(at);
          if (capturing && capture.kind === null && socketCapture.frame) Object.assign(capture, { frame: socketCapture.frame, kind: 'queueChanged' });
          if (!subscriber.any) {
            subscriber.any = true;
            snapshotArrived();
          }
        },
        error: (error) => fail(describeError(error)),
        complete: () => {
          if (!closing) fail('the subscription completed');
        },
      },
    );
    await ready;
    await subscriber.snapshot;
  };

  const connectStart = performance.now();
  if (withTicket) {
    progress(`opening ${plan.clients} ticketChanged sockets on ${plan.wsUrls.length} instance(s)`);
    await inBatches(plan.clients, plan.batchSize, openTicket);
  }
  if (withQueue) {
    progress(`opening ${plan.clients} queueChanged sockets on ${plan.wsUrls.length} instance(s)`);
    await inBatches(plan.clients, plan.batchSize, openQueue);
    const failed = queueSubscribers.filter((s) => s.failed).length;
    if (failed === queueSubscribers.length) {
      throw new Error(`every queueChanged subscription failed (${queueErrors.join(' | ')}); run with --only ticket until the server has queueChanged`);
    }
  }
  const connectSeconds = (performance.now() - connectStart) / 1000;

  // Warm-up: changes until every ticketChanged subscriber has had one, which proves its listener is in place.
  const activeTickets = () => ticketSubscribers.filter((s) => !s.failed);
  if (withTicket) {
    // Gives up after two rounds that reach nobody new (e.g. a second instance that hears nothing of the first).
    let silentBefore = Infinity;
    let fruitless = 0;
    for (let round = 1; round <= 10 && fruitless < 2; round++) {
      const silent = activeTickets().filter((s) => !s.any).length;
      if (silent === 0) break;
      fruitless = silent < silentBefore ? 0 : fruitless + 1;
      silentBefore = silent;
      await changePlan.next();
      await drain(5, () => activeTickets().every((s) => s.any), () => lastArrival);
    }
    const silent = activeTickets().filter((s) => !s.any).length;
    progress(`warm-up done: ${silent} ticketChanged subscriber(s) heard nothing, ${ticketSubscribers.length - activeTickets().length} failed`);
  }
  await sleep(1000);
  const rssAfter = totalRssKb(plan.serverPids);
  const sockets = ticketSubscribers.length + queueSubscribers.length;

  // The measured window: open-loop, one change every 1/rate s whether or not the last one has
  // been answered. In queue mode each change is followed by a truth query (its caller's view of
  // the queue), which is exact while changes do not overlap.
  const steps = Math.round(plan.rate * plan.seconds);
  const stepChange: (MadeChange | undefined)[] = new Array(steps);
  const stepTruth: (number | undefined)[] = new Array(steps);
  let truthBefore = -1;
  if (withQueue) truthBefore = queueLists.id((await truth()).join(','));
  let failedChanges = 0;
  let overlapping = 0;
  const inFlight = new Set<Promise<void>>();
  progress(`window: ${plan.rate} changes/s for ${plan.seconds} s`);
  const cpuWindow = await CpuWindow.open(plan.serverPids, postgres, deliveries);
  windowStart = performance.now();
  await paced(plan, async (k) => {
    if (inFlight.size > 0) overlapping++;
    const work = (async () => {
      try {
        const change = await changePlan.next();
        stepChange[k] = change;
        if (withQueue) stepTruth[k] = queueLists.id((await truth()).join(','));
      } catch (error) {
        failedChanges++;
        keepFirst(changeErrors, describeError(error));
      }
    })();
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  const windowChangesEnd = performance.now();
  await Promise.all(inFlight);
  const made = stepChange.filter((change): change is MadeChange => change !== undefined);
  // The truth before the window, then after each change that got its answers.
  const truthLists: number[] = [truthBefore];
  const truthAt: { sentAt: number; receivedAt: number }[] = [{ sentAt: -Infinity, receivedAt: -Infinity }];
  stepChange.forEach((change, k) => {
    const list = stepTruth[k];
    if (change && list !== undefined) {
      truthLists.push(list);
      truthAt.push({ sentAt: change.sentAt, receivedAt: change.receivedAt });
    }
  });
  const expectedEvents = made.reduce((sum, change) => sum + change.events, 0);
  // Every change answered: the queue as it now is and will stay.
  const finalList = withQueue ? queueLists.id((await truth()).join(',')) : -1;
  const drained = await drain(
    plan.drainSeconds,
    () =>
      activeTickets().every((s) => s.inWindow >= expectedEvents) &&
      queueSubscribers.every((s) => s.failed || (s.view !== null && queueLists.find(s.view.join(',')) === finalList)),
    () => lastArrival,
  );
  const cpu = await cpuWindow.close(deliveries, lastArrival, cpuPerChangeAloneMs, made.length);
  progress(`drain ${drained} ${((performance.now() - windowChangesEnd) / 1000).toFixed(1)} s after the last change`);

  // Figures.
  const changes: ChangeFigures = {
    planned: steps,
    made: made.length,
    overlapping,
    failed: failedChanges,
    achievedRate: steps / ((windowChangesEnd - windowStart) / 1000 + 1 / plan.rate),
    events: expectedEvents,
    notOneEvent: made.filter((change) => change.events !== 1).length,
    waitedForTicket: made.filter((change) => change.waitedMs > 1).length,
    kinds: made.reduce<Record<string, number>>((kinds, change) => ({ ...kinds, [change.kind]: (kinds[change.kind] ?? 0) + 1 }), {}),
    responseMs: summarize(made.map((change) => change.receivedAt - change.sentAt)),
    firstErrors: changeErrors,
  };

  let ticket: TicketFigures | null = null;
  if (withTicket) {
    // Each subscriber must hear every event of the window, ticket by ticket in order. A message
    // carries the ticket as it was when the server loaded it, so its version is that of its
    // change or, when the server ran late, of a later change of the same ticket: it goes to the
    // oldest change of its ticket still owed to the subscriber whose version is not above its own.
    const changesOfTicket = new Map<number, MadeChange[]>();
    for (const change of made) {
      const id = ticketIds.id(change.ticketId);
      changesOfTicket.set(id, [...(changesOfTicket.get(id) ?? []), change]);
    }
    for (const list of changesOfTicket.values()) list.sort((a, b) => a.version - b.version);
    const owed = ticketSubscribers.map(() => new Map<number, { index: number; events: number }>());
    const latency = new Samples();
    const fromRequest = new Samples();
    let extra = 0;
    let matched = 0;
    const subscribers = ticketReceipt.subscriber.values();
    const tickets = ticketReceipt.ticket.values();
    const versions = ticketReceipt.version.values();
    const times = ticketReceipt.at.values();
    for (let i = 0; i < tickets.length; i++) {
      const at = times[i] as number;
      if (at < windowStart) continue;
      const ticketId = tickets[i] as number;
      const list = changesOfTicket.get(ticketId);
      const pending = owed[subscribers[i] as number] as Map<number, { index: number; events: number }>;
      let cursor = pending.get(ticketId);
      if (!cursor && list) pending.set(ticketId, (cursor = { index: 0, events: (list[0] as MadeChange).events }));
      while (cursor && list && cursor.index < list.length && cursor.events === 0) {
        cursor.index++;
        cursor.events = list[cursor.index]?.events ?? 0;
      }
      const change = cursor && list ? list[cursor.index] : undefined;
      if (!cursor || !change || change.version > (versions[i] as number)) {
        extra++;
        continue;
      }
      cursor.events--;
      matched++;
      latency.push(at - change.receivedAt);
      fromRequest.push(at - change.sentAt);
    }
    const lost = ticketSubscribers.length * expectedEvents - matched;
    let subscribersMissing = 0;
    owed.forEach((pending, s) => {
      let got = 0;
      for (const [ticketId, cursor] of pending) {
        const list = changesOfTicket.get(ticketId) ?? [];
        got += list.slice(0, cursor.index).reduce((sum, change) => sum + change.events, 0) + ((list[cursor.index]?.events ?? 0) - cursor.events);
      }
      if (got < expectedEvents) subscribersMissing++;
    });
    ticket = {
      subscribers: ticketSubscribers.length,
      failed: ticketSubscribers.length - activeTickets().length,
      expectedPerSubscriber: expectedEvents,
      received: matched + extra,
      lost,
      extra,
      subscribersMissing,
      latencyMs: summarize(latency.values()),
      latencyFromRequestMs: summarize(fromRequest.values()),
      firstErrors: ticketErrors,
    };
  }

  let queue: QueueFigures | null = null;
  if (withQueue) {
    const finalTruth = await truth();
    const finalTruthText = finalTruth.join(',');
    if (queueLists.id(finalTruthText) !== finalList) keepFirst(queueErrors, 'the queue changed after the last change was answered');
    // States of the truth: index 0 before the window, index i after change i.
    const changedTop = truthLists.map((list, i) => i > 0 && list !== truthLists[i - 1]);
    const statesOfList = new Map<number, number[]>();
    truthLists.forEach((list, i) => statesOfList.set(list, [...(statesOfList.get(list) ?? []), i]));
    const perSubscriber: number[][] = queueSubscribers.map(() => []);
    const subscribers = queueReceipt.subscriber.values();
    for (let i = 0; i < subscribers.length; i++) perSubscriber[subscribers[i] as number]?.push(i);
    const lists = queueReceipt.list.values();
    const times = queueReceipt.at.values();
    const latency = new Samples();
    let unreflected = 0;
    let messages = 0;
    for (const receipts of perSubscriber) {
      let firstUnreflected = 1;
      for (const i of receipts) {
        const at = times[i] as number;
        if (at >= windowStart) messages++;
        // The latest state of the truth this message shows, among those whose change was already sent.
        const states = statesOfList.get(lists[i] as number) ?? [];
        let state = -1;
        for (const candidate of states) if ((truthAt[candidate] as { sentAt: number }).sentAt <= at) state = Math.max(state, candidate);
        for (; firstUnreflected <= state; firstUnreflected++) {
          if (changedTop[firstUnreflected]) latency.push(at - (truthAt[firstUnreflected] as { receivedAt: number }).receivedAt);
        }
      }
      for (let i = firstUnreflected; i < truthLists.length; i++) if (changedTop[i]) unreflected++;
    }
    queue = {
      subscribers: queueSubscribers.length,
      failed: queueSubscribers.filter((s) => s.failed).length,
      messages,
      changesOfTopN: changedTop.filter(Boolean).length,
      unreflected,
      finalViewMismatches: queueSubscribers.filter((s) => (s.view ?? []).join(',') !== finalTruthText).length,
      finalMovesMismatches: queueSubscribers.filter((s) => (s.movesView ?? []).join(',') !== finalTruthText).length,
      movesInconsistent,
      latencyMs: summarize(latency.values()),
      firstErrors: queueErrors,
    };
  }

  progress('closing sockets');
  closing = true;
  await Promise.all([...ticketSubscribers, ...queueSubscribers].map((s) => s.client.dispose()));
  await postgres?.close();
  const rss: RssFigures = { beforeKb: rssBefore, afterKb: rssAfter, sockets, perConnectionKb: sockets ? (rssAfter - rssBefore) / sockets : 0 };
  return {
    kind: 'product',
    label: plan.label,
    instances: plan.wsUrls.length,
    subscriber: plan.subscriberDescription,
    only: plan.only,
    clients: plan.clients,
    rate: plan.rate,
    seconds: plan.seconds,
    changes,
    ticket,
    queue,
    cpu,
    rss,
    capturedFrame: capture.frame,
    capturedFrameKind: capture.kind,
    connectSeconds,
    drain: drained,
  };
}

// ------------------------------------------------------------------ bare ws baseline

async function runBaseline(plan: BaselinePlan): Promise<BaselineResult> {
  await sleep(300);
  const rssBefore = totalRssKb([plan.serverPid]);
  const steps = Math.round(plan.rate * plan.seconds);
  const received = new Uint8Array(plan.clients * steps);
  const latency = new Samples();
  const receipts = { seq: new Samples(), at: new Samples() };
  let deliveries = 0;
  let lastArrival = 0;
  const sockets: WebSocket[] = [];
  progress(`opening ${plan.clients} plain ws sockets to the baseline server`);
  await inBatches(plan.clients, plan.batchSize, async (index) => {
    const socket = new WebSocket(plan.wsUrl);
    sockets.push(socket);
    socket.on('message', (data: WebSocket.RawData) => {
      const at = performance.now();
      deliveries++;
      lastArrival = at;
      // Parsed as a graphql-ws client parses every frame.
      const seq = Number((JSON.parse(data.toString()) as { id: string }).id);
      if (seq >= 0 && seq < steps) received[index * steps + seq] = 1;
      receipts.seq.push(seq);
      receipts.at.push(at);
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
  });
  await sleep(1000);
  const rssAfter = totalRssKb([plan.serverPid]);
  const responses = new Float64Array(steps).fill(NaN);
  progress(`window: ${plan.rate} broadcasts/s for ${plan.seconds} s`);
  const cpuWindow = await CpuWindow.open([plan.serverPid], null, deliveries);
  await paced(plan, async (k) => {
    const response = await fetch(`${plan.controlUrl}?seq=${k}`, { method: 'POST' });
    await response.arrayBuffer();
    responses[k] = performance.now();
  });
  const drained = await drain(plan.drainSeconds, () => deliveries >= plan.clients * steps, () => lastArrival);
  const cpu = await cpuWindow.close(deliveries, lastArrival, null, steps);
  const seqs = receipts.seq.values();
  const times = receipts.at.values();
  for (let i = 0; i < seqs.length; i++) {
    const response = responses[seqs[i] as number];
    if (response !== undefined && !Number.isNaN(response)) latency.push((times[i] as number) - response);
  }
  let got = 0;
  for (const flag of received) got += flag;
  for (const socket of sockets) socket.terminate();
  return {
    kind: 'baseline',
    label: plan.label,
    clients: plan.clients,
    rate: plan.rate,
    seconds: plan.seconds,
    payloadBytes: plan.payloadBytes,
    broadcasts: steps,
    received: seqs.length,
    lost: plan.clients * steps - got,
    latencyMs: summarize(latency.values()),
    cpu,
    rss: { beforeKb: rssBefore, afterKb: rssAfter, sockets: plan.clients, perConnectionKb: (rssAfter - rssBefore) / plan.clients },
    drain: drained,
  };
}

// ------------------------------------------------------------------ entry

function run(plan: LoadPlan): Promise<LoadResult> {
  return plan.kind === 'product' ? runProduct(plan) : runBaseline(plan);
}

if (require.main === module) {
  // The orchestrator gone means nobody will read the figures: stop rather than linger.
  process.on('disconnect', () => process.exit(2));
  process.once('message', (message: StartMessage) => {
    run(message.plan).then(
      (result) => {
        send({ type: 'result', result });
        process.disconnect?.();
      },
      (error: unknown) => {
        send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
        process.disconnect?.();
      },
    );
  });
}
