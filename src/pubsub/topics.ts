/** Names of the channels events travel on. */
export enum Topic {
  TICKET_CHANGED = 'TICKET_CHANGED',
  ACCESS_CHANGED = 'ACCESS_CHANGED',
}

/**
 * Published after the transaction commits, one per audit event. It carries ids only: each
 * subscriber reloads what it may see, as it is when the message arrives.
 */
export interface TicketChangedMessage {
  ticketId: string;
  eventId: string;
  departmentId: string | null;
  assigneeId: string | null;
}

/**
 * An agent's rights changed (role, access, departments, deactivation): their open subscriptions
 * check their token again at once instead of waiting for the next ticket event.
 */
export interface AccessChangedMessage {
  agentId: string;
}

export interface TopicMessages {
  [Topic.TICKET_CHANGED]: TicketChangedMessage;
  [Topic.ACCESS_CHANGED]: AccessChangedMessage;
}
