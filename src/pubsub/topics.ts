/** Names of the channels events travel on. */
export enum Topic {
  TICKET_CHANGED = 'TICKET_CHANGED',
  ACCESS_CHANGED = 'ACCESS_CHANGED',
}

/**
 * Relayed from the outbox after the transaction commits, one per audit event. It carries ids and
 * what subscribers need to decide, without a query, whether it concerns them; each subscriber
 * then reloads what it may see, as it is when the message arrives.
 */
export interface TicketChangedMessage {
  ticketId: string;
  eventId: string;
  eventKind: string;
  departmentId: string | null;
  /** Where the ticket was before this change moved it to another department (its old queue changed too); null otherwise. */
  formerDepartmentId: string | null;
  assigneeId: string | null;
}

/**
 * Someone's rights changed (an agent's role, access, departments or deactivation; the tickets of
 * a customer's session): their open subscriptions look at their token again at once, on every
 * instance, instead of waiting for the next ticket event.
 */
export interface AccessChangedMessage {
  /** `agent:<id>` or `customer:<session id>`, as subjectOf() in auth/viewer.ts writes it. */
  subject: string;
}

export interface TopicMessages {
  [Topic.TICKET_CHANGED]: TicketChangedMessage;
  [Topic.ACCESS_CHANGED]: AccessChangedMessage;
}
