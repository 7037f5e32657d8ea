import { LockMode, UniqueConstraintViolationException, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AgentViewer, CustomerViewer, Viewer } from '../../auth/viewer';
import type { Clock } from '../../common/clock';
import { findByGlobalId, requireKey } from '../../common/entity-lookup';
import { keyOf, toGlobalId } from '../../common/global-id';
import { pageSize, toConnection, type Connection } from '../../common/pagination';
import { requireBody, requireText, notNull } from '../../common/validation';
import { AppError, ErrorCode, badInput, conflict } from '../../errors/app-error';
import type { Condition } from '../../db/sql';
import type { Outbox } from '../../pubsub/outbox';
import { Topic } from '../../pubsub/topics';
import type { Scheduler } from '../../scheduler/scheduler';
import { Agent } from '../agents/agent.entity';
import type { Contact } from '../contacts/contact.entity';
import type { CannedResponseRenderer } from '../canned-responses/canned-response.renderer';
import type { ContactService } from '../contacts/contact.service';
import { Department } from '../departments/department.entity';
import { readGeneration } from '../slas/sla-catalog';
import type { SlaTracker } from '../slas/sla-tracker';
import { routeNewTicket } from '../routing/ticket-intake';
import { Message, MessageKind } from './message.entity';
import { generateTicketCode, normaliseTicketCode } from './ticket-code';
import { TicketEvent, TicketEventKind } from './ticket-event.entity';
import { TicketPriority } from './ticket-priority';
import {
  OrderDirection,
  TicketOrderField,
  cursorOf,
  filterConditions,
  sortKeys,
  ticketCountQuery,
  ticketPageQuery,
  visibleTicketsQuery,
  type TicketFilterValues,
} from './ticket-query';
import {
  IllegalTransitionError,
  TicketStatus,
  afterAgentReply,
  afterCustomerMessage,
  afterPostponement,
  afterResolvedDelay,
  manualTransition,
  type StatusChange,
  OPEN_STATUSES,
} from './ticket-status';
import { Channel, Ticket } from './ticket.entity';
import type {
  AssignTicketInput,
  CreateTicketInput,
  CustomerMessageInput,
  NoteInput,
  ReplyInput,
  SetTicketStatusInput,
  UpdateTicketInput,
} from './ticket.inputs';
import { canSeeTicket, filtersHiddenFrom, ticketVisibility } from './ticket.policy';

export const MAX_TAGS = 20;
const MAX_TAG_LENGTH = 50;
/** Attempts at creating a ticket when a random code, or a contact created at the same time, collides. */
const CREATE_ATTEMPTS = 5;

/** Trimmed, lowercased, distinct and sorted, as the audit trail writes them. */
export function normaliseTags(tags: readonly string[] | null | undefined, field = 'tags'): string[] {
  const normalised = [...new Set((tags ?? []).map((tag) => tag.trim().toLowerCase()).filter((tag) => tag !== ''))].sort();
  if (normalised.length > MAX_TAGS) throw badInput(field, `at most ${MAX_TAGS} tags`);
  for (const tag of normalised) {
    if (tag.length > MAX_TAG_LENGTH) throw badInput(field, `a tag has at most ${MAX_TAG_LENGTH} characters`);
    if (tag.includes(',')) throw badInput(field, 'a tag cannot contain a comma');
  }
  return normalised;
}

const nodeIdOrNull = (type: string, entity: { id: string } | null) => (entity ? toGlobalId(type, entity.id) : null);

/** What one mutation does to one locked ticket: the events it appends, in order. */
class TicketChangeSet {
  readonly events: TicketEvent[] = [];

  constructor(
    readonly em: EntityManager,
    readonly ticket: Ticket,
    readonly actor: Agent | null,
    readonly now: Date,
  ) {}

  record(kind: TicketEventKind, from: string | null = null, to: string | null = null): void {
    this.append(kind, this.actor, from, to);
  }

  /** An effect of the help desk's own rules (routing, auto-assignment): by no actor, whoever made the change. */
  recordBySystem(kind: TicketEventKind, from: string | null, to: string | null): void {
    this.append(kind, null, from, to);
  }

  private append(kind: TicketEventKind, actor: Agent | null, from: string | null, to: string | null): void {
    const event = new TicketEvent({ ticket: this.ticket, kind, actor, from, to, now: this.now });
    this.em.persist(event);
    this.events.push(event);
  }

  changeStatus(change: StatusChange | undefined, postponedUntil: Date | null = null): void {
    if (!change) return;
    this.ticket.applyStatusChange(change, this.now, postponedUntil);
    if (change.reopened) this.record(TicketEventKind.REOPENED, change.from, change.to);
    this.record(TicketEventKind.STATUS_CHANGED, change.from, change.to);
  }

  addMessage(kind: MessageKind, body: string, author: { agent?: Agent; contact?: Ticket['contact'] }): Message {
    const message = new Message({ ticket: this.ticket, kind, body, authorAgent: author.agent, authorContact: author.contact, now: this.now });
    this.em.persist(message);
    return message;
  }

  /** Brings the SLA up to date with what this change did; `rematch` chooses the policy again. */
  async settleSla(slas: SlaTracker, rematch: boolean): Promise<void> {
    const settlement = await slas.settle(this.em, this.ticket, this.now, { rematch });
    // The policies' doing, like routing: by no actor, whoever made the change that moved them.
    if (settlement.applied) this.recordBySystem(TicketEventKind.SLA_APPLIED, settlement.applied.from, settlement.applied.to);
    for (const clock of settlement.breached) this.recordBySystem(TicketEventKind.SLA_BREACHED, settlement.policyName, clock);
  }
}

/** Changes after which the SLA policy is chosen again: its conditions or its targets may differ. */
const REMATCHING_EVENTS: ReadonlySet<TicketEventKind> = new Set([TicketEventKind.DEPARTMENT_CHANGED, TicketEventKind.PRIORITY_CHANGED]);

/** What a new ticket is made of, before validation. */
export interface TicketDraft {
  subject: string;
  body: string;
  tags?: readonly string[] | null;
  /** Absent or null: a routing rule's, else MEDIUM. */
  priority?: TicketPriority | null;
  channel: Channel;
  departmentId?: string | null;
  assigneeId?: string | null;
}

/** Who opens a ticket, how its contact is found, and what else the same transaction writes. */
interface OpeningSteps<R> {
  actorId: string | null;
  contact: (em: EntityManager) => Promise<Contact>;
  alsoWithin?: (em: EntityManager, ticket: Ticket) => Promise<R>;
}

export interface MessageResult {
  ticket: Ticket;
  message: Message;
}

export class TicketService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    private readonly contacts: ContactService,
    /** Told when a ticket is postponed or an SLA deadline set, so this process acts on time. */
    private readonly scheduler: Pick<Scheduler, 'kick'>,
    private readonly slas: SlaTracker,
    /** Renders a reply's canned response in the reply's transaction. */
    private readonly cannedResponses: Pick<CannedResponseRenderer, 'renderReply' | 'renderAcknowledgement'>,
  ) {}

  // ------------------------------------------------------------------ reading

  async list(
    viewer: Viewer,
    filter: TicketFilterValues | null | undefined,
    order: { field: TicketOrderField; direction?: OrderDirection | null } | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<Ticket>> {
    const probing = filtersHiddenFrom(viewer).find((field) => filter?.[field as keyof TicketFilterValues] != null);
    if (probing) throw new AppError(ErrorCode.FORBIDDEN, `Customers cannot filter by ${probing}`, `filter.${probing}`);
    const size = pageSize(first, 20);
    const keys = sortKeys(order?.field ?? TicketOrderField.CREATED_AT, order?.direction ?? OrderDirection.DESC);
    const conditions = filterConditions(ticketVisibility(viewer), filter);
    const page = ticketPageQuery(conditions, keys, after, size + 1);
    const rows = await this.em.execute<Record<string, unknown>[]>(page.sql, page.params);
    const tickets = rows.map((row) => this.em.map(Ticket, row));
    return toConnection(tickets, size, (ticket) => cursorOf(keys, ticket), () => this.count(conditions));
  }

  /** How many tickets match `conditions` (visibility included): a connection's totalCount. */
  private async count(conditions: readonly Condition[]): Promise<number> {
    const query = ticketCountQuery(conditions);
    const [row] = await this.em.execute<Array<{ count: number }>>(query.sql, query.params);
    return row?.count ?? 0;
  }

  /** The ticket, or null when it does not exist or the caller may not see it: the two look alike. */
  async findVisible(viewer: Viewer, where: { id: string } | { code: string }): Promise<Ticket | null> {
    const [column, value] = 'id' in where ? (['id', where.id] as const) : (['code', where.code] as const);
    const query = visibleTicketsQuery(ticketVisibility(viewer), column, [value]);
    const rows = await this.em.execute<Record<string, unknown>[]>(query.sql, query.params);
    return rows[0] ? this.em.map(Ticket, rows[0]) : null;
  }

  findById(viewer: Viewer, globalId: string): Promise<Ticket | null> {
    const key = keyOf(globalId, 'Ticket');
    return key ? this.findVisible(viewer, { id: key }) : Promise.resolve(null);
  }

  findByCode(viewer: Viewer, code: string): Promise<Ticket | null> {
    const normalised = normaliseTicketCode(code);
    return normalised ? this.findVisible(viewer, { code: normalised }) : Promise.resolve(null);
  }

  // ------------------------------------------------------------------ writing

  async create(viewer: AgentViewer, input: CreateTicketInput): Promise<Ticket> {
    const draft: TicketDraft = {
      subject: input.subject,
      body: input.body,
      tags: input.tags,
      // The contract's default: GraphQL hands an omitted priority over as MEDIUM, so MEDIUM cannot
      // mean "chosen" here; a routing rule's priority replaces it, any other priority wins over rules.
      priority: input.priority === TicketPriority.MEDIUM ? null : input.priority,
      channel: input.channel ?? Channel.API,
      departmentId: input.departmentId,
      assigneeId: input.assigneeId,
    };
    const { ticket } = await this.open(draft, { actorId: viewer.agentId, contact: (em) => this.contacts.resolve(em, input.contact) });
    return ticket;
  }

  /**
   * Opens a ticket: validates the draft, then in one transaction finds the department and
   * assignee, resolves the contact, writes the ticket, its first message and its events, and
   * runs `alsoWithin` (e.g. granting a customer session the ticket). Retried when a random code or
   * a contact created at the same instant collides. Announced after commit.
   */
  async open<R = undefined>(
    draft: TicketDraft,
    how: OpeningSteps<R>,
  ): Promise<{ ticket: Ticket; result: R }> {
    const valid = { subject: requireText(draft.subject, 'subject', { max: 250 }), body: requireBody(draft.body), tags: normaliseTags(draft.tags) };
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.openOnce(draft, valid, how);
      } catch (error) {
        // A code or a new contact's email that another transaction took at the same instant.
        if (!(error instanceof UniqueConstraintViolationException) || attempt >= CREATE_ATTEMPTS) throw error;
      }
    }
  }

  private async openOnce<R>(
    draft: TicketDraft,
    valid: { subject: string; body: string; tags: string[] },
    how: OpeningSteps<R>,
  ): Promise<{ ticket: Ticket; result: R }> {
    const now = this.clock.now();
    const { ticket, result } = await this.em.transactional(async (em) => {
      const department = draft.departmentId ? await findByGlobalId(em, Department, 'Department', draft.departmentId, 'departmentId') : null;
      const assignee = draft.assigneeId ? await this.activeAgent(em, draft.assigneeId, 'assigneeId') : null;
      const contact = await how.contact(em);
      // Routing rules and auto-assignment (src/modules/routing): what the creator left open.
      const routed = await routeNewTicket(em, {
        channel: draft.channel,
        subject: valid.subject,
        body: valid.body,
        contact,
        department,
        priority: draft.priority ?? null,
        tags: valid.tags,
        assignee,
        maxTags: MAX_TAGS,
      });
      const ticket = new Ticket({ code: generateTicketCode(), subject: valid.subject, priority: routed.priority, channel: draft.channel, contact, now });
      ticket.department = routed.department;
      ticket.assignee = routed.assignee;
      ticket.tags = routed.tags;
      em.persist(ticket);
      const changes = new TicketChangeSet(em, ticket, how.actorId ? em.getReference(Agent, how.actorId) : null, now);
      changes.addMessage(MessageKind.CUSTOMER, valid.body, { contact });
      changes.record(TicketEventKind.CREATED, null, TicketStatus.NEW);
      for (const effect of routed.effects) changes.recordBySystem(effect.kind, effect.from, effect.to);
      if (assignee) changes.record(TicketEventKind.ASSIGNED, null, toGlobalId('Agent', assignee.id));
      await changes.settleSla(this.slas, true);
      await em.flush();
      // Renders with the new contact's name: written by the flush above.
      await this.acknowledge(changes);
      await em.flush();
      this.announce(em, changes, null);
      // Without alsoWithin, R is undefined: the default type argument.
      const result = how.alsoWithin ? await how.alsoWithin(em, ticket) : (undefined as R);
      await em.flush();
      return { ticket, result };
    });
    this.committed([ticket]);
    return { ticket, result };
  }

  /**
   * Tells the customer of a new ticket that it arrived, with its code and, through the SLA, when
   * to expect an answer: the department's acknowledgement, sent by the system. Not a response:
   * no clock stops and the status stays NEW. A caller on the phone needs none.
   */
  private async acknowledge(changes: TicketChangeSet): Promise<void> {
    const { ticket, em } = changes;
    if (!ticket.department || ticket.channel === Channel.PHONE) return;
    // In the identity map already: found by id, or by the routing rule.
    const department = await em.findOne(Department, ticket.department.id);
    if (!department?.acknowledgementId) return;
    const body = await this.cannedResponses.renderAcknowledgement(em, department.acknowledgementId, ticket);
    if (body === null) return;
    changes.addMessage(MessageKind.AUTO_ACKNOWLEDGEMENT, body, {});
    changes.recordBySystem(TicketEventKind.MESSAGE_ADDED, null, null);
  }

  async update(viewer: AgentViewer, input: UpdateTicketInput): Promise<Ticket> {
    const { ticket } = await this.change(viewer, input.id, 'id', async (changes) => {
      const { ticket, em } = changes;
      if (input.expectedVersion !== undefined && input.expectedVersion !== null && input.expectedVersion !== ticket.version) {
        throw conflict(`The ticket changed since version ${input.expectedVersion}; it is now at version ${ticket.version}`);
      }
      const subject = notNull(input.subject, 'subject');
      if (subject !== undefined) {
        const valid = requireText(subject, 'subject', { max: 250 });
        if (valid !== ticket.subject) changes.record(TicketEventKind.SUBJECT_CHANGED, ticket.subject, valid);
        ticket.subject = valid;
      }
      const priority = notNull(input.priority, 'priority');
      if (priority !== undefined && priority !== ticket.priority) {
        changes.record(TicketEventKind.PRIORITY_CHANGED, ticket.priority, priority);
        ticket.priority = priority;
      }
      if (input.departmentId !== undefined) {
        const department = input.departmentId === null ? null : await findByGlobalId(em, Department, 'Department', input.departmentId, 'departmentId');
        if (department?.id !== ticket.department?.id) {
          changes.record(TicketEventKind.DEPARTMENT_CHANGED, nodeIdOrNull('Department', ticket.department), nodeIdOrNull('Department', department));
          ticket.department = department;
        }
      }
      if (input.tags !== undefined) {
        const tags = normaliseTags(input.tags);
        if (tags.join(',') !== ticket.tags.join(',')) {
          changes.record(TicketEventKind.TAGS_CHANGED, ticket.tags.join(','), tags.join(','));
          ticket.tags = tags;
        }
      }
    });
    return ticket;
  }

  async assign(viewer: AgentViewer, input: AssignTicketInput): Promise<Ticket> {
    const { ticket } = await this.change(viewer, input.ticketId, 'ticketId', async (changes) => {
      const assignee = input.agentId ? await this.activeAgent(changes.em, input.agentId, 'agentId') : null;
      if (assignee?.id === changes.ticket.assignee?.id) return;
      changes.record(TicketEventKind.ASSIGNED, nodeIdOrNull('Agent', changes.ticket.assignee), nodeIdOrNull('Agent', assignee));
      changes.ticket.assignee = assignee;
    });
    return ticket;
  }

  async setStatus(viewer: AgentViewer, input: SetTicketStatusInput): Promise<Ticket> {
    const postponedUntil = input.postponedUntil ?? null;
    if (input.status === TicketStatus.POSTPONED) {
      if (!postponedUntil) throw badInput('postponedUntil', 'postponedUntil is required for POSTPONED');
      if (postponedUntil.getTime() <= this.clock.now().getTime()) throw badInput('postponedUntil', 'postponedUntil must be in the future');
    } else if (postponedUntil) {
      throw badInput('postponedUntil', 'postponedUntil is only for POSTPONED');
    }
    const { ticket } = await this.change(viewer, input.ticketId, 'ticketId', (changes) => {
      changes.changeStatus(transitionOrConflict(changes.ticket.status, input.status), postponedUntil);
    });
    return ticket;
  }

  async reply(viewer: AgentViewer, input: ReplyInput): Promise<MessageResult> {
    const { cannedResponseId } = input;
    if (cannedResponseId != null && input.body != null) throw badInput('cannedResponseId', 'Give either body or cannedResponseId, not both');
    if (cannedResponseId == null && input.body == null) throw badInput('body', 'body or cannedResponseId is required');
    const given = cannedResponseId == null ? { body: requireBody(input.body) } : { cannedResponseId };
    const { ticket, result: message } = await this.change(viewer, input.ticketId, 'ticketId', async (changes) => {
      // A canned response is rendered for the ticket as it is locked, by the agent replying.
      const body =
        given.body !== undefined ? given.body : await this.cannedResponses.renderReply(changes.em, viewer, given.cannedResponseId, changes.ticket, 'cannedResponseId');
      const author = changes.actor ?? undefined;
      const message = changes.addMessage(MessageKind.AGENT_REPLY, body, { agent: author });
      changes.record(TicketEventKind.MESSAGE_ADDED);
      changes.ticket.recordAgentReply(changes.now);
      changes.changeStatus(afterAgentReply(changes.ticket.status, input.resolve ?? false));
      return message;
    });
    return { ticket, message };
  }

  async addNote(viewer: AgentViewer, input: NoteInput): Promise<MessageResult> {
    const body = requireBody(input.body);
    const { ticket, result: message } = await this.change(viewer, input.ticketId, 'ticketId', (changes) => {
      const message = changes.addMessage(MessageKind.INTERNAL_NOTE, body, { agent: changes.actor ?? undefined });
      changes.record(TicketEventKind.NOTE_ADDED);
      return message;
    });
    return { ticket, message };
  }

  /** A customer's message: written by the customer on their own ticket, or logged by an agent (e.g. from a phone call). */
  async addCustomerMessage(viewer: AgentViewer | CustomerViewer, input: CustomerMessageInput): Promise<MessageResult> {
    const body = requireBody(input.body);
    const { ticket, result: message } = await this.change(viewer, input.ticketId, 'ticketId', (changes) => {
      const message = changes.addMessage(MessageKind.CUSTOMER, body, { contact: changes.ticket.contact });
      changes.record(TicketEventKind.MESSAGE_ADDED);
      changes.ticket.recordCustomerMessage(changes.now);
      changes.changeStatus(afterCustomerMessage(changes.ticket.status));
      return message;
    });
    return { ticket, message };
  }

  // ------------------------------------------------------------------ the system's own work

  /** When the earliest postponed ticket is due to wake up (in the past when overdue), or null when none is postponed. */
  async nextWakeUpAt(): Promise<Date | null> {
    const [row] = await this.em.execute<Array<{ due: Date | string | null }>>(
      `select min("postponed_until") as "due" from "ticket" where "status" = 'POSTPONED'`,
    );
    return row?.due ? new Date(row.due) : null;
  }

  /**
   * Wakes every postponed ticket whose postponedUntil is at or before `now`: each becomes OPEN
   * (STATUS_CHANGED by no actor: the system) and waits in the queue since its postponement
   * ended, unless it was waiting already. Returns how many woke.
   */
  wakeUpPostponed(now: Date, batchSize: number): Promise<number> {
    return this.inSystemBatches(
      () => ({ status: TicketStatus.POSTPONED, postponedUntil: { $lte: now } }),
      { postponedUntil: 'asc', id: 'asc' },
      now,
      batchSize,
      (changes) => {
        const endedAt = changes.ticket.postponedUntil;
        changes.changeStatus(afterPostponement(changes.ticket.status));
        if (changes.events.length === 0) return undefined;
        // It needs an agent now; queued from when it was due, so a late wake-up does not push it back.
        changes.ticket.waitingSince ??= endedAt ?? now;
        return changes.settleSla(this.slas, false);
      },
    );
  }

  /** When the earliest RESOLVED ticket was resolved, or null when none is RESOLVED: the auto-close job adds its delay. */
  async earliestResolvedAt(): Promise<Date | null> {
    const [row] = await this.em.execute<Array<{ earliest: Date | string | null }>>(
      `select min("resolved_at") as "earliest" from "ticket" where "status" = 'RESOLVED'`,
    );
    return row?.earliest ? new Date(row.earliest) : null;
  }

  /**
   * Closes every RESOLVED ticket resolved at or before `resolvedBy`: STATUS_CHANGED RESOLVED ->
   * CLOSED by no actor (the system), at `now`. Returns how many it closed.
   */
  closeResolved(resolvedBy: Date, now: Date, batchSize: number): Promise<number> {
    return this.inSystemBatches(
      () => ({ status: TicketStatus.RESOLVED, resolvedAt: { $lte: resolvedBy } }),
      { resolvedAt: 'asc', id: 'asc' },
      now,
      batchSize,
      (changes) => {
        changes.changeStatus(afterResolvedDelay(changes.ticket.status));
        return changes.events.length === 0 ? undefined : changes.settleSla(this.slas, false);
      },
    );
  }

  /** When the earliest SLA deadline not yet marked breached falls (in the past when overdue), or null when none runs. */
  async nextSlaCheckAt(): Promise<Date | null> {
    const [row] = await this.em.execute<Array<{ due: Date | string | null }>>(
      `select min("sla_next_check_at") as "due" from "ticket" where "sla_next_check_at" is not null`,
    );
    return row?.due ? new Date(row.due) : null;
  }

  /** Marks the SLA breaches due at `now` (SLA_BREACHED by the system, announced): each once, whichever process gets there. Returns how many tickets it updated. */
  markDueSlaBreaches(now: Date, batchSize: number): Promise<number> {
    return this.inSystemBatches(() => ({ slaNextCheckAt: { $lte: now } }), { slaNextCheckAt: 'asc', id: 'asc' }, now, batchSize, (changes) =>
      changes.settleSla(this.slas, false),
    );
  }

  /** Whether an open ticket's SLA was computed before the latest policy change. */
  async hasStaleSlas(): Promise<boolean> {
    const generation = await readGeneration(this.em);
    const rows = await this.em.execute(
      `select 1 from "ticket" where "status" in ('NEW', 'OPEN', 'ANSWERED', 'POSTPONED') and "sla_generation" < ? limit 1`,
      [generation],
    );
    return rows.length > 0;
  }

  /**
   * Matches open tickets whose SLA was computed before the latest policy change to the policies
   * again, in transactions of `batchSize` tickets, so that agents' changes never wait long for
   * the recomputation. A ticket whose policy or deadlines moved gets SLA_APPLIED. Returns how many it updated.
   */
  async recomputeStaleSlas(now: Date, batchSize: number): Promise<number> {
    const generation = await readGeneration(this.em);
    return this.inSystemBatches(() => ({ status: { $in: OPEN_STATUSES }, slaGeneration: { $lt: generation } }), { id: 'asc' }, now, batchSize, (changes) =>
      changes.settleSla(this.slas, true),
    );
  }

  /**
   * The system's own work on tickets: claims up to `batchSize` tickets matching `where` (made
   * anew for each batch: MikroORM writes into the filter it is given), applies
   * `step` to each by no actor, and commits and announces those it changed; batch after batch
   * until one comes back short. Returns how many tickets changed.
   */
  private async inSystemBatches(
    where: () => FilterQuery<Ticket>,
    orderBy: QueryOrderMap<Ticket>,
    now: Date,
    batchSize: number,
    step: (changes: TicketChangeSet) => void | Promise<void>,
  ): Promise<number> {
    let changedInAll = 0;
    for (;;) {
      const { claimed, changed } = await this.em.transactional(async (em) => {
        // SKIP LOCKED: tickets another process is working on (or an agent is changing) are left
        // to it, so every ticket is handled exactly once and the processes never wait for each other.
        const tickets = await em.find(Ticket, where(), { orderBy, limit: batchSize, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, refresh: true });
        const changed: TicketChangeSet[] = [];
        for (const ticket of tickets) {
          const changes = new TicketChangeSet(em, ticket, null, now);
          await step(changes);
          if (changes.events.length === 0) continue;
          ticket.touch(now);
          changed.push(changes);
        }
        await em.flush();
        for (const changes of changed) this.announce(em, changes, changes.ticket.department?.id ?? null);
        await em.flush();
        return { claimed: tickets, changed };
      });
      this.committed(claimed);
      changedInAll += changed.length;
      // Short: nothing more is due, or the rest is held by another process, which handles it.
      if (claimed.length < batchSize) return changedInAll;
    }
  }

  /** After a commit: relays the staged messages, and tells the scheduler when these tickets next need it. */
  private committed(tickets: readonly Ticket[]): void {
    this.outbox.committed();
    for (const ticket of tickets) {
      if (ticket.status === TicketStatus.POSTPONED && ticket.postponedUntil) this.scheduler.kick(ticket.postponedUntil);
      if (ticket.slaNextCheckAt) this.scheduler.kick(ticket.slaNextCheckAt);
    }
  }

  /**
   * Runs one mutation on one ticket: locks its row (so concurrent writers queue up instead of
   * losing updates), applies the change, bumps the version when anything was recorded, commits,
   * and only then announces the events.
   */
  private async change<R>(
    viewer: AgentViewer | CustomerViewer,
    ticketGlobalId: string,
    field: string,
    work: (changes: TicketChangeSet) => R | Promise<R>,
  ): Promise<{ ticket: Ticket; result: R }> {
    const key = requireKey(ticketGlobalId, 'Ticket', field);
    const visibility = ticketVisibility(viewer);
    const now = this.clock.now();
    const { ticket, result } = await this.em.transactional(async (em) => {
      const ticket = await em.findOne(Ticket, { id: key }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!ticket || !canSeeTicket(visibility, { id: ticket.id, departmentId: ticket.department?.id ?? null, assigneeId: ticket.assignee?.id ?? null })) {
        throw new AppError(ErrorCode.NOT_FOUND, 'Ticket not found', field);
      }
      const formerDepartmentId = ticket.department?.id ?? null;
      const actor = viewer.kind === 'AGENT' ? em.getReference(Agent, viewer.agentId) : null;
      const changes = new TicketChangeSet(em, ticket, actor, now);
      const result = await work(changes);
      await changes.settleSla(this.slas, changes.events.some((event) => REMATCHING_EVENTS.has(event.kind)));
      if (changes.events.length > 0) ticket.touch(now);
      await em.flush();
      this.announce(em, changes, formerDepartmentId);
      await em.flush();
      return { ticket, result };
    });
    this.committed([ticket]);
    return { ticket, result };
  }

  private async activeAgent(em: EntityManager, globalId: string, field: string): Promise<Agent> {
    const agent = await findByGlobalId(em, Agent, 'Agent', globalId, field);
    if (!agent.active) throw badInput(field, 'A deactivated agent cannot be assigned');
    return agent;
  }

  /** Stages one message per event (flushed: the events have their ids) in the change's own transaction: relayed if, and only if, the change commits. */
  private announce(em: EntityManager, changes: TicketChangeSet, formerDepartmentId: string | null): void {
    const { ticket } = changes;
    const departmentId = ticket.department?.id ?? null;
    for (const event of changes.events) {
      this.outbox.stage(em, Topic.TICKET_CHANGED, {
        ticketId: ticket.id,
        eventId: event.id,
        eventKind: event.kind,
        departmentId,
        formerDepartmentId: formerDepartmentId !== departmentId ? formerDepartmentId : null,
        assigneeId: ticket.assignee?.id ?? null,
      });
    }
  }
}

function transitionOrConflict(from: TicketStatus, to: TicketStatus): StatusChange {
  try {
    return manualTransition(from, to);
  } catch (error) {
    if (error instanceof IllegalTransitionError) throw conflict(error.message);
    throw error;
  }
}
