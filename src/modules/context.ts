import type { EntityManager } from '@mikro-orm/postgresql';
import type { AbuseLimits } from '../auth/abuse-limits';
import type { TokenService } from '../auth/tokens';
import { ANONYMOUS, type Viewer } from '../auth/viewer';
import type { Clock } from '../common/clock';
import type { Logger } from '../common/logger';
import type { Orm } from '../db/orm';
import type { Outbox } from '../pubsub/outbox';
import type { PubSub } from '../pubsub/pubsub';
import type { Scheduler } from '../scheduler/scheduler';
import { agentLoaders } from './agents/agent.loaders';
import { AgentService } from './agents/agent.service';
import { cannedResponseLoaders } from './canned-responses/canned-response.loaders';
import { CannedResponseRenderer } from './canned-responses/canned-response.renderer';
import { CannedResponseService } from './canned-responses/canned-response.service';
import { contactLoaders } from './contacts/contact.loaders';
import { ContactService } from './contacts/contact.service';
import { CustomerService } from './customers/customer.service';
import { departmentLoaders } from './departments/department.loaders';
import { DepartmentService } from './departments/department.service';
import { queueLoaders } from './queues/queue.loaders';
import { ReportService } from './reports/report.service';
import { QueueService } from './queues/queue.service';
import { routingLoaders } from './routing/routing.loaders';
import { RoutingRuleService } from './routing/routing-rule.service';
import { SessionService } from './sessions/session.service';
import type { SlaPolicyCatalog } from './slas/sla-catalog';
import { slaLoaders } from './slas/sla.loaders';
import { SlaPolicyService } from './slas/sla-policy.service';
import { SlaTracker } from './slas/sla-tracker';
import type { ViewerCache } from './sessions/viewer-cache';
import type { QueueViews } from './queues/queue-views';
import { ticketLoaders } from './tickets/ticket.loaders';
import { TicketService } from './tickets/ticket.service';

/** What lives as long as the process: shared by every operation. */
export interface AppDeps {
  orm: Orm;
  pubsub: PubSub;
  /** Where services stage the messages of a change, in its transaction. */
  outbox: Outbox;
  /** Who open subscriptions' tokens speak for, kept until their rights change. */
  viewers: ViewerCache;
  clock: Clock;
  /** The process's logger; each operation logs through a child that carries its request id. */
  logger: Logger;
  tokens: TokenService;
  limits: AbuseLimits;
  live: LiveSettings;
  /** Runs the scheduled jobs (postponed tickets waking up); services kick it when they create due work. */
  scheduler: Scheduler;
  /** The live queue views of this process, shared by queueChanged subscribers of the same rights. */
  queueViews: QueueViews;
  /** The SLA policies as this process last read them, read again when a change raised their generation. */
  slaPolicies: SlaPolicyCatalog;
}

/** How subscriptions treat a subscriber that does not keep up. */
export interface LiveSettings {
  /** Events waiting for one subscriber before its socket is closed (1013) or its queue view collapsed to a fresh snapshot. */
  maxPendingEvents: number;
}

/** Where an operation came from: its bearer token, the client's address, and its socket for graphql-ws. */
export interface OperationOrigin {
  /** Names the operation in every log line (the caller's x-request-id, or generated). */
  requestId: string;
  /** When the server received it (`performance.now()`), for its duration. */
  receivedAt: number;
  token: string | undefined;
  clientAddress: string;
  /** Ends the whole WebSocket, e.g. when the token behind a subscription is revoked. */
  socket?: { close(code: number, reason: string): void };
}

/** Work the server does for itself (the demo seed, tests' setup). */
export const INTERNAL_ORIGIN: OperationOrigin = { requestId: 'internal', receivedAt: 0, token: undefined, clientAddress: 'internal' };

function createServices(em: EntityManager, deps: AppDeps) {
  const contacts = new ContactService(em, deps.outbox, deps.scheduler);
  const cannedResponseRenderer = new CannedResponseRenderer();
  const tickets = new TicketService(em, deps.outbox, deps.clock, contacts, deps.scheduler, new SlaTracker(deps.slaPolicies), cannedResponseRenderer);
  return {
    agents: new AgentService(em, deps.outbox),
    departments: new DepartmentService(em),
    contacts,
    tickets,
    queues: new QueueService(em),
    slaPolicies: new SlaPolicyService(em, deps.clock, deps.scheduler),
    routingRules: new RoutingRuleService(em, deps.clock),
    sessions: new SessionService(em, deps.tokens, deps.limits),
    customers: new CustomerService(em, deps.tokens, deps.limits, deps.clock, deps.outbox, tickets, contacts),
    cannedResponses: new CannedResponseService(em, deps.clock, tickets, cannedResponseRenderer),
    reports: new ReportService(em, deps.clock),
  };
}

function createLoaders(em: EntityManager, viewer: Viewer) {
  return {
    ...agentLoaders(em),
    ...departmentLoaders(em),
    ...contactLoaders(em),
    ...ticketLoaders(em, viewer),
    ...queueLoaders(em, viewer),
    ...slaLoaders(em),
    ...cannedResponseLoaders(em, viewer),
    ...routingLoaders(em),
  };
}

export type Services = ReturnType<typeof createServices>;
export type Loaders = ReturnType<typeof createLoaders>;

/** Services on an EntityManager of their own, for work the server does for itself (scheduled jobs). */
export function systemServices(deps: AppDeps): Services {
  return createServices(deps.orm.em.fork() as EntityManager, deps);
}

/** Everything one GraphQL operation works with; never shared between operations or users. */
export interface AppContext {
  viewer: Viewer;
  origin: OperationOrigin;
  /** Logs of this operation: every line carries its request id. */
  log: Logger;
  em: EntityManager;
  services: Services;
  loaders: Loaders;
  clock: Clock;
  pubsub: PubSub;
  live: LiveSettings;
  queueViews: QueueViews;
  /** The caller as the token says now (through the viewer cache): a subscription re-checks it for every event. */
  currentViewer(): Promise<Viewer>;
  /**
   * Calls `use` with the caller as the token says now: at once when the viewer cache knows it
   * (nearly always, and then without a promise), else once it is looked up.
   */
  withCurrentViewer<T>(use: (viewer: Viewer) => T): T | Promise<T>;
  /**
   * Starts over for the next subscription event: graphql-ws builds a subscription's context
   * once, but each event must see the database and the caller's rights as they are now, not
   * through the first event's identity map, loader caches and permission decisions.
   */
  renew(viewer: Viewer): void;
}

/** graphql-shield keeps its per-operation rule results on the context under this key. */
const SHIELD_CACHE = '_shield';

export function createAppContext(deps: AppDeps, viewer: Viewer, origin: OperationOrigin = INTERNAL_ORIGIN): AppContext {
  // Methods work on `this`, not on a captured object: Apollo hands resolvers a shallow copy of the context.
  const context = {
    origin,
    log: deps.logger.child({ requestId: origin.requestId }),
    clock: deps.clock,
    pubsub: deps.pubsub,
    live: deps.live,
    queueViews: deps.queueViews,
    renew(this: AppContext, current: Viewer) {
      const em = deps.orm.em.fork() as EntityManager;
      Reflect.deleteProperty(this, SHIELD_CACHE);
      this.viewer = current;
      this.em = em;
      this.services = createServices(em, deps);
      this.loaders = createLoaders(em, current);
    },
    currentViewer: () => (origin.token === undefined ? Promise.resolve(ANONYMOUS) : deps.viewers.get(origin.token)),
    withCurrentViewer<T>(use: (viewer: Viewer) => T): T | Promise<T> {
      const known = origin.token === undefined ? ANONYMOUS : deps.viewers.peek(origin.token);
      return known ? use(known) : deps.viewers.get(origin.token as string).then(use);
    },
  } as AppContext;
  context.renew(viewer);
  return context;
}

/** Who the bearer token speaks for, looked up with a short-lived EntityManager of its own. */
export function viewerForToken(deps: Pick<AppDeps, 'orm' | 'tokens' | 'limits'>, token: string | undefined): Promise<Viewer> {
  return new SessionService(deps.orm.em.fork() as EntityManager, deps.tokens, deps.limits).viewerForToken(token);
}
