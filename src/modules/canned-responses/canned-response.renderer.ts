import type { EntityManager } from '@mikro-orm/postgresql';
import type { AgentViewer } from '../../auth/viewer';
import { requireKey } from '../../common/entity-lookup';
import { MAX_BODY_BYTES } from '../../common/validation';
import { AppError, ErrorCode, badInput } from '../../errors/app-error';
import { CannedResponse } from './canned-response.entity';
import { canSeeCannedResponse, scopeOf } from './canned-response.policy';
import type { StoredSla } from '../slas/sla-record';
import { renderPlaceholders, type RenderContext } from './placeholders';

/** What rendering needs of a ticket the caller has already been allowed to see. */
export interface RenderedTicket {
  code: string;
  subject: string;
  contact: { id: string };
  department: { id: string } | null;
  /** Its SLA as stored: the first-response deadline and the policy's zone. */
  sla: Pick<StoredSla, 'firstResponseDueAt' | 'timezone'>;
}

interface ContextRow {
  contact_name: string | null;
  visitor_id: string;
  agent_name: string | null;
  department_name: string | null;
}

/**
 * Fills a canned response's placeholders for one ticket and one agent. Holds no EntityManager:
 * it reads through the one it is given, so a reply renders inside its own transaction, for the
 * ticket it holds locked.
 */
export class CannedResponseRenderer {
  /**
   * The body of the canned response `globalId` rendered for `ticket` and the agent `viewer`;
   * NOT_FOUND naming `field` for a response the agent may not see, or that does not exist.
   * Two statements, one after the other (a transaction's statements share one connection): the
   * response, then the contact, department and agent names together.
   */
  async render(em: EntityManager, viewer: AgentViewer, globalId: string, ticket: RenderedTicket, field: string): Promise<string> {
    const response = await em.findOne(CannedResponse, { id: requireKey(globalId, 'CannedResponse', field) });
    if (!response || !canSeeCannedResponse(viewer, scopeOf(response))) throw new AppError(ErrorCode.NOT_FOUND, 'CannedResponse not found', field);
    return renderPlaceholders(response.body, await this.contextOf(em, ticket, viewer.agentId));
  }

  /** The same, as the body of a reply: BAD_USER_INPUT naming `field` when it renders empty (e.g. only {{department.name}} of a ticket without one) or over the body limit. */
  async renderReply(em: EntityManager, viewer: AgentViewer, globalId: string, ticket: RenderedTicket, field: string): Promise<string> {
    const body = await this.render(em, viewer, globalId, ticket, field);
    if (body.trim() === '') throw badInput(field, 'The canned response renders as an empty reply for this ticket');
    if (Buffer.byteLength(body, 'utf8') > MAX_BODY_BYTES) throw badInput(field, 'The canned response renders longer than a reply may be (64 KB) for this ticket');
    return body;
  }

  /**
   * A department's acknowledgement of a new ticket, sent by the system: {{agent.name}} is the
   * assignee's name, or empty. Null when the response is gone or renders to nothing sendable.
   */
  async renderAcknowledgement(em: EntityManager, responseKey: string, ticket: RenderedTicket & { assignee: { id: string } | null }): Promise<string | null> {
    const response = await em.findOne(CannedResponse, { id: responseKey });
    if (!response) return null;
    const body = renderPlaceholders(response.body, await this.contextOf(em, ticket, ticket.assignee?.id ?? null));
    return body.trim() === '' || Buffer.byteLength(body, 'utf8') > MAX_BODY_BYTES ? null : body;
  }

  private async contextOf(em: EntityManager, ticket: RenderedTicket, agentId: string | null): Promise<RenderContext> {
    const [names] = await em.execute<ContextRow[]>(
      `select c."name" as "contact_name", c."visitor_id", a."name" as "agent_name", d."name" as "department_name"
         from "contact" c left join "agent" a on a."id" = ? left join "department" d on d."id" = ?
        where c."id" = ?`,
      [agentId, ticket.department?.id ?? null, ticket.contact.id],
    );
    // A ticket always has a contact.
    if (!names) throw new Error(`No contact ${ticket.contact.id} to render for`);
    const { firstResponseDueAt, timezone } = ticket.sla;
    return {
      ticket: { code: ticket.code, subject: ticket.subject },
      contact: { name: names.contact_name, visitorId: names.visitor_id },
      department: names.department_name === null ? null : { name: names.department_name },
      agent: { name: names.agent_name ?? '' },
      sla: firstResponseDueAt ? { firstResponseDueAt: new Date(firstResponseDueAt), timezone: timezone ?? null } : null,
    };
  }
}
