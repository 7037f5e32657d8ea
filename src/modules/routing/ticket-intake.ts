import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../common/global-id';
import { Agent } from '../agents/agent.entity';
import { AssignmentMode } from '../assignment/assignment-mode';
import { autoAssign } from '../assignment/auto-assigner';
import type { Contact } from '../contacts/contact.entity';
import { Department } from '../departments/department.entity';
import { TicketEventKind } from '../tickets/ticket-event.entity';
import { TicketPriority } from '../tickets/ticket-priority';
import type { Channel } from '../tickets/ticket.entity';
import { firstMatchingRule } from './routing-rule-match';
import { RoutingRule } from './routing-rule.entity';

/** A ticket about to be created, with what its creator chose explicitly (null: left to the help desk). */
export interface IntakeRequest {
  channel: Channel;
  subject: string;
  body: string;
  contact: Contact;
  department: Department | null;
  /** Null: none chosen, or the default MEDIUM (which no one can tell apart; see TicketService.create). */
  priority: TicketPriority | null;
  /** Normalised (sorted, distinct). */
  tags: readonly string[];
  assignee: Agent | null;
  /** The most tags a ticket may have: a rule's tags are added while there is room. */
  maxTags: number;
}

/** An effect of the help desk's own rules, written to the audit trail by no actor. */
export interface IntakeEffect {
  kind: TicketEventKind;
  from: string | null;
  to: string | null;
}

/** What the new ticket gets, and the events to write right after CREATED, in order. */
export interface Intake {
  department: Department | null;
  priority: TicketPriority;
  tags: string[];
  assignee: Agent | null;
  effects: IntakeEffect[];
}

/**
 * Routing and auto-assignment of a new ticket, in its creation transaction `em`, before the
 * ticket is written. The first active routing rule it matches (by position, then oldest) gives
 * the department and priority its creator left open and adds its tags (ROUTED, to: the rule's
 * name). Then, when it has a department and no assignee, the department's assignment mode picks
 * one (ASSIGNED by no actor), under the department's row lock (see autoAssign).
 */
export async function routeNewTicket(em: EntityManager, request: IntakeRequest): Promise<Intake> {
  const effects: IntakeEffect[] = [];
  const rules = await em.find(RoutingRule, { active: true });
  const rule = firstMatchingRule(rules, {
    channel: request.channel,
    contactGroupId: request.contact.group?.id ?? null,
    subject: request.subject,
    body: request.body,
  });
  if (rule) effects.push({ kind: TicketEventKind.ROUTED, from: null, to: rule.name });

  const ruleDepartment = !request.department && rule?.department ? await em.findOne(Department, { id: rule.department.id }) : null;
  const department = request.department ?? ruleDepartment;

  let assignee = request.assignee;
  if (!assignee && department && department.assignment !== AssignmentMode.OFF) {
    const picked = await autoAssign(em, department.id);
    if (picked) {
      assignee = em.getReference(Agent, picked);
      effects.push({ kind: TicketEventKind.ASSIGNED, from: null, to: toGlobalId('Agent', picked) });
    }
  }

  return {
    department,
    priority: request.priority ?? rule?.priority ?? TicketPriority.MEDIUM,
    tags: withRuleTags(request.tags, rule?.tags ?? [], request.maxTags),
    assignee,
    effects,
  };
}

/** The creator's tags, then the rule's that are new while fewer than `max`; sorted, as tags are stored. */
export function withRuleTags(own: readonly string[], added: readonly string[], max: number): string[] {
  const tags = new Set(own);
  for (const tag of [...added].sort()) {
    if (tags.size >= max) break;
    tags.add(tag);
  }
  return [...tags].sort();
}
