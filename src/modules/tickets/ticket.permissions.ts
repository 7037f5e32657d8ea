import type { FeaturePermissions } from '../../auth/permissions';
import { allow, isAgent } from '../../auth/rules';

export const ticketPermissions: FeaturePermissions = {
  Query: { ticket: isAgent, ticketByCode: isAgent, tickets: isAgent },
  Mutation: {
    createTicket: isAgent,
    updateTicket: isAgent,
    assignTicket: isAgent,
    setTicketStatus: isAgent,
    replyToTicket: isAgent,
    addInternalNote: isAgent,
    addCustomerMessage: isAgent,
  },
  Subscription: { ticketChanged: isAgent },
  types: {
    Ticket: allow,
    TicketEdge: allow,
    TicketConnection: allow,
    TicketPayload: allow,
    Message: allow,
    MessageEdge: allow,
    MessageConnection: allow,
    MessagePayload: allow,
    TicketEvent: allow,
    TicketEventEdge: allow,
    TicketEventConnection: allow,
    TicketChange: allow,
  },
};
