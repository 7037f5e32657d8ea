import type { EntityManager } from '@mikro-orm/postgresql';
import type { TokenService } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import type { Clock } from '../common/clock';
import type { Orm } from '../db/orm';
import type { AppPubSub } from '../pubsub/pubsub';
import { agentLoaders } from './agents/agent.loaders';
import { AgentService } from './agents/agent.service';
import { contactLoaders } from './contacts/contact.loaders';
import { ContactService } from './contacts/contact.service';
import { departmentLoaders } from './departments/department.loaders';
import { DepartmentService } from './departments/department.service';
import { SessionService } from './sessions/session.service';
import { ticketLoaders } from './tickets/ticket.loaders';
import { TicketService } from './tickets/ticket.service';

/** What lives as long as the process: shared by every operation. */
export interface AppDeps {
  orm: Orm;
  pubsub: AppPubSub;
  clock: Clock;
  tokens: TokenService;
}

function createServices(em: EntityManager, deps: AppDeps) {
  const contacts = new ContactService(em);
  return {
    agents: new AgentService(em),
    departments: new DepartmentService(em),
    contacts,
    tickets: new TicketService(em, deps.pubsub, deps.clock, contacts),
    sessions: new SessionService(em, deps.tokens),
  };
}

function createLoaders(em: EntityManager, viewer: Viewer) {
  return { ...agentLoaders(em), ...departmentLoaders(em), ...contactLoaders(em), ...ticketLoaders(em, viewer) };
}

export type Services = ReturnType<typeof createServices>;
export type Loaders = ReturnType<typeof createLoaders>;

/** Everything one GraphQL operation works with; never shared between operations or users. */
export interface AppContext {
  viewer: Viewer;
  em: EntityManager;
  services: Services;
  loaders: Loaders;
  clock: Clock;
  pubsub: AppPubSub;
  /**
   * graphql-ws builds a subscription's context once; each event must see the database as it is
   * now, not through the first event's identity map and loader caches.
   */
  renew(): void;
  /** Loaders over a fresh EntityManager, leaving this context as it is (for subscription filters). */
  freshLoaders(): Loaders;
}

export function createAppContext(deps: AppDeps, viewer: Viewer): AppContext {
  const context = { viewer, clock: deps.clock, pubsub: deps.pubsub } as AppContext;
  context.renew = () => {
    const em = deps.orm.em.fork() as EntityManager;
    context.em = em;
    context.services = createServices(em, deps);
    context.loaders = createLoaders(em, viewer);
  };
  context.freshLoaders = () => createLoaders(deps.orm.em.fork() as EntityManager, viewer);
  context.renew();
  return context;
}

/** Who the bearer token speaks for, looked up with a short-lived EntityManager of its own. */
export function viewerForToken(deps: AppDeps, token: string | undefined): Promise<Viewer> {
  return new SessionService(deps.orm.em.fork() as EntityManager, deps.tokens).viewerForToken(token);
}
