import type { TicketPriority, TicketStatus } from '../gql/graphql';
import type { Summary } from '../common/stats';

/** How the wait for late deliveries ended: all arrived, nothing came for 5 s, or --drain ran out. */
export type DrainOutcome = 'complete' | 'quiet' | 'timeout';

/** Which subscriptions a product run loads. */
export type Only = 'both' | 'ticket' | 'queue';

/** A ticket the mutation plan may change, as the last answer about it said. */
export interface PoolTicket {
  id: string;
  version: number;
  status: TicketStatus;
  priority: TicketPriority;
  eventCount: number;
}

export interface Pacing {
  /** Subscribers (sockets) of each subscription; the baseline opens this many plain sockets. */
  clients: number;
  /** Changes (broadcasts) per second in the measured window. */
  rate: number;
  seconds: number;
  /** Sockets opened at once while connecting. */
  batchSize: number;
  /** How long to wait after the last change for deliveries still on their way, at most, in s. */
  drainSeconds: number;
}

/** What the orchestrator gives the load process for a run against Deskline. */
export interface ProductPlan extends Pacing {
  kind: 'product';
  label: string;
  /** Instance A's /graphql over HTTP: every change and query goes there. */
  httpUrl: string;
  /** graphql-ws URL of each instance; sockets are spread round-robin. */
  wsUrls: string[];
  /** The one caller behind every socket and every change. */
  token: string;
  subscriberDescription: string;
  departmentId: string;
  only: Only;
  queueFirst: number;
  /** The tickets changes go to first: the top of the queue (CRITICAL and HIGH). */
  preferred: PoolTicket[];
  /** The others, changed when every preferred one has a change in flight or just answered. */
  reserve: PoolTicket[];
  /** Node processes of the server, summed for CPU and RSS. */
  serverPids: number[];
  /** To find the PostgreSQL backends serving the benchmark database, for their CPU. */
  adminDatabaseUrl: string;
  databaseName: string;
  /** Changes made and measured before any socket opens, to estimate the cost of a change alone. */
  calibrationSteps: number;
}

/** What the orchestrator gives the load process for the bare-ws baseline. */
export interface BaselinePlan extends Pacing {
  kind: 'baseline';
  label: string;
  wsUrl: string;
  /** POST here with ?seq=N to make the server broadcast message N. */
  controlUrl: string;
  serverPid: number;
  /** Size of each broadcast frame, in bytes. */
  payloadBytes: number;
}

export type LoadPlan = ProductPlan | BaselinePlan;

export interface CpuFigures {
  /** Wall time of the CPU measurement: from the first change to the end of the drain, in ms. */
  windowMs: number;
  /** CPU of the server's Node processes during the window, in ms. */
  serverCpuMs: number;
  deliveries: number;
  /** From the first change to the last delivery, in ms. */
  deliveringMs: number;
  /** deliveries / deliveringMs. */
  deliveriesPerSecond: number;
  /** serverCpuMs / deliveries, in µs. */
  serverCpuPerDeliveryUs: number | null;
  /** The same, less the changes' own cost as measured with no socket open (calibration). */
  serverCpuPerDeliveryNetUs: number | null;
  /** CPU of one change (and its truth query) with nobody subscribed, in ms. */
  cpuPerChangeAloneMs: number | null;
  /** The PostgreSQL backends of the benchmark database during the window, in ms (product runs). */
  postgresCpuMs: number | null;
  /** The load process's own CPU during the window, in ms. */
  loadCpuMs: number;
}

export interface RssFigures {
  beforeKb: number;
  afterKb: number;
  sockets: number;
  perConnectionKb: number;
}

export interface ChangeFigures {
  planned: number;
  made: number;
  /** Changes sent while an earlier one was still unanswered (the server answering slower than the rate). */
  overlapping: number;
  failed: number;
  /** Changes per second sent in the window. */
  achievedRate: number;
  /** Audit events the changes wrote (events.totalCount before and after each). */
  events: number;
  /** Changes that did not write exactly one event. */
  notOneEvent: number;
  /** Changes that had to wait for a ticket with no change in flight (the server answering very slowly). */
  waitedForTicket: number;
  kinds: Record<string, number>;
  /** Request-to-response time of the changes. */
  responseMs: Summary | null;
  firstErrors: string[];
}

export interface TicketFigures {
  subscribers: number;
  /** Subscribers whose subscription failed or ended. */
  failed: number;
  /** Messages each subscriber must get: one per event of the window's changes. */
  expectedPerSubscriber: number;
  received: number;
  /** Events of the window some subscriber never heard of (expected x subscribers - matched). */
  lost: number;
  /** Messages that match no event owed to their subscriber (a late warm-up event, a duplicate). */
  extra: number;
  /** Subscribers missing at least one message. */
  subscribersMissing: number;
  /** From the change's HTTP response to the delivery, in ms. */
  latencyMs: Summary | null;
  /** From the change's HTTP request to the delivery, in ms. */
  latencyFromRequestMs: Summary | null;
  firstErrors: string[];
}

export interface QueueFigures {
  subscribers: number;
  failed: number;
  messages: number;
  /** Changes of the window that changed the order or membership of the first N (truth after each change). */
  changesOfTopN: number;
  /** (subscriber, change of the top N) pairs that no later message reflected. */
  unreflected: number;
  /** Subscribers whose last `tickets` list differs from a queue query at the end. */
  finalViewMismatches: number;
  /** Subscribers whose view rebuilt from moves differs from the truth at the end. */
  finalMovesMismatches: number;
  /** Messages whose moves, applied to the previous view, do not give their tickets list. */
  movesInconsistent: number;
  /** From the change's response to the first message reflecting it, per subscriber, in ms. */
  latencyMs: Summary | null;
  firstErrors: string[];
}

export interface ProductResult {
  kind: 'product';
  label: string;
  instances: number;
  subscriber: string;
  only: Only;
  clients: number;
  rate: number;
  seconds: number;
  changes: ChangeFigures;
  ticket: TicketFigures | null;
  queue: QueueFigures | null;
  cpu: CpuFigures;
  rss: RssFigures;
  /** One real ticketChanged `next` frame as the socket carried it (for the baseline's payload). */
  capturedFrame: string | null;
  capturedFrameKind: 'ticketChanged' | 'queueChanged' | null;
  connectSeconds: number;
  drain: DrainOutcome;
}

export interface BaselineResult {
  kind: 'baseline';
  label: string;
  clients: number;
  rate: number;
  seconds: number;
  payloadBytes: number;
  broadcasts: number;
  received: number;
  lost: number;
  latencyMs: Summary | null;
  cpu: CpuFigures;
  rss: RssFigures;
  drain: DrainOutcome;
}

export type LoadResult = ProductResult | BaselineResult;

/** Messages from the load process to the orchestrator. */
export type LoadMessage = { type: 'progress'; text: string } | { type: 'result'; result: LoadResult } | { type: 'failed'; message: string };

/** The orchestrator's only message to the load process. */
export interface StartMessage {
  type: 'start';
  plan: LoadPlan;
}
