import type { GraphQLResolveInfo } from 'graphql';
import { allow, rule } from 'graphql-shield';
import { forbidden, unauthenticated } from '../errors/app-error';
import { isAdministrator, type Viewer } from './viewer';

export interface WithViewer {
  viewer: Viewer;
}

/** What a rule lets each kind of caller do, as the README's permissions table shows it. */
export type Access = 'yes' | 'no' | 'own' | 'seen';
export interface Audience {
  'OWNER, ADMIN': Access;
  AGENT: Access;
  CUSTOMER: Access;
  ANONYMOUS: Access;
}
export const AUDIENCES = ['OWNER, ADMIN', 'AGENT', 'CUSTOMER', 'ANONYMOUS'] as const satisfies ReadonlyArray<keyof Audience>;

const audiences = new WeakMap<object, Audience>();

/** Records who a rule admits, so the permissions table is generated from the rules themselves. */
export function withAudience<R extends object>(shieldRule: R, audience: Audience): R {
  audiences.set(shieldRule, audience);
  return shieldRule;
}

export const audienceOf = (shieldRule: object): Audience | undefined => audiences.get(shieldRule);

/** A rule's decision as a plain function: true, or the error to answer with. */
export type SyncCheck = (parent: unknown, viewer: Viewer, info: GraphQLResolveInfo) => true | Error;

const syncChecks = new WeakMap<object, SyncCheck>();
const viewerOnlyRules = new WeakSet<object>();

/**
 * A rule whose decision is known synchronously: the schema runs it as a plain function per
 * field instead of graphql-shield's async middleware (two promises and a cache lookup per
 * field, hundreds per queue page). graphql-shield still holds it, for the fallback and the
 * permissions table.
 */
function checkedRule<R extends object>(shieldRule: R, check: SyncCheck, audience: Audience): R {
  syncChecks.set(shieldRule, check);
  return withAudience(shieldRule, audience);
}

/**
 * A rule that decides by who asks alone, never by what is asked about: its audience says
 * exactly whom it admits (anyone but 'no'). Such checks can be proven already made on the way
 * to a field (see field-checks.ts).
 */
export function viewerRule(decide: (viewer: Viewer, info: GraphQLResolveInfo) => true | Error, audience: Audience) {
  const shieldRule = checkedRule(
    rule({ cache: 'contextual' })((_parent, _args, { viewer }: WithViewer, info) => decide(viewer, info)),
    (_parent, viewer, info) => decide(viewer, info),
    audience,
  );
  viewerOnlyRules.add(shieldRule);
  return shieldRule;
}

/** A rule that looks at the object too (a message's kind, a contact's id). */
export function objectRule<T>(decide: (object: T, viewer: Viewer, info: GraphQLResolveInfo) => true | Error, audience: Audience) {
  return checkedRule(
    rule({ cache: 'no_cache' })((object: T, _args, { viewer }: WithViewer, info) => decide(object, viewer, info)),
    (parent, viewer, info) => decide(parent as T, viewer, info),
    audience,
  );
}

export const isViewerOnly = (shieldRule: object): boolean => viewerOnlyRules.has(shieldRule);

export const syncCheckOf = (shieldRule: object): SyncCheck | undefined => syncChecks.get(shieldRule);

/**
 * Why a caller is turned away: a bad token is UNAUTHENTICATED with its reason, no token is
 * UNAUTHENTICATED, and someone signed in but not allowed is FORBIDDEN.
 */
export function refusal(viewer: Viewer, info: GraphQLResolveInfo, message?: string) {
  if (viewer.kind === 'REJECTED') return unauthenticated(viewer.reason);
  if (viewer.kind === 'ANONYMOUS') return unauthenticated();
  const field = `${info.parentType.name}.${info.fieldName}`;
  return forbidden(message ?? (viewer.kind === 'CUSTOMER' ? `${field} is not available to customers` : `${field} is not available to you`));
}

/** Any agent, else the refusal: the predicate of the agent-only rules, for features that give it an audience of their own. */
export const agentsOnly = (viewer: Viewer, info: GraphQLResolveInfo) => (viewer.kind === 'AGENT' ? true : refusal(viewer, info));

/** Any active agent with a valid token. */
export const isAgent = viewerRule(agentsOnly, { 'OWNER, ADMIN': 'yes', AGENT: 'yes', CUSTOMER: 'no', ANONYMOUS: 'no' });

/** The same, for operations on tickets: the data layer narrows an AGENT to the tickets it may see. */
export const isAgentOnVisibleTickets = viewerRule(agentsOnly, { 'OWNER, ADMIN': 'yes', AGENT: 'seen', CUSTOMER: 'no', ANONYMOUS: 'no' });

/** OWNER or ADMIN. */
export const isAdmin = viewerRule((viewer, info) => (isAdministrator(viewer) ? true : refusal(viewer, info, 'Only owners and admins may do this')), {
  'OWNER, ADMIN': 'yes',
  AGENT: 'no',
  CUSTOMER: 'no',
  ANONYMOUS: 'no',
});

/** Agents, and customers on their own tickets (the data layer narrows both to what they may see). */
export const isAgentOrCustomer = viewerRule((viewer, info) => (viewer.kind === 'AGENT' || viewer.kind === 'CUSTOMER' ? true : refusal(viewer, info)), {
  'OWNER, ADMIN': 'yes',
  AGENT: 'seen',
  CUSTOMER: 'own',
  ANONYMOUS: 'no',
});

/** Anyone, except a caller whose token is invalid: such a token is never read as anonymous. */
export const isAnyoneWithoutBadToken = viewerRule((viewer) => (viewer.kind === 'REJECTED' ? unauthenticated(viewer.reason) : true), {
  'OWNER, ADMIN': 'yes',
  AGENT: 'yes',
  CUSTOMER: 'yes',
  ANONYMOUS: 'yes',
});

/**
 * Public endpoints: open whatever the Authorization header holds, so a client with a stale token
 * can still log in or write in.
 */
export const isPublic = withAudience(allow, { 'OWNER, ADMIN': 'yes', AGENT: 'yes', CUSTOMER: 'yes', ANONYMOUS: 'yes' });
