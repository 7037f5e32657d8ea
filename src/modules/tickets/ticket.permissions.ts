import type { FeaturePermissions } from '../../auth/permissions';
import { isAgentOnVisibleTickets, isAgentOrCustomer, objectRule, refusal } from '../../auth/rules';
import type { MessageRecord } from './message-record';
import type { TicketEvent } from './ticket-event.entity';
import { canSeeEvent, canSeeMessage } from './ticket.policy';

/** Loaders never hand a customer an internal note; this makes sure no other path does either. */
const isAgentOrReaderOfThisMessage = objectRule((message: MessageRecord, viewer, info) => (canSeeMessage(viewer, message) ? true : refusal(viewer, info)), {
  'OWNER, ADMIN': 'yes',
  AGENT: 'seen',
  CUSTOMER: 'own',
  ANONYMOUS: 'no',
});

/** A customer's ticketChanged carries only events of the kinds the conversation shows anyway. */
const isAgentOrHearerOfThisEvent = objectRule((event: TicketEvent, viewer, info) => (canSeeEvent(viewer, event) ? true : refusal(viewer, info)), {
  'OWNER, ADMIN': 'yes',
  AGENT: 'seen',
  CUSTOMER: 'own',
  ANONYMOUS: 'no',
});

export const ticketPermissions: FeaturePermissions = {
  Query: { ticket: isAgentOrCustomer, ticketByCode: isAgentOrCustomer, tickets: isAgentOrCustomer },
  Mutation: {
    createTicket: isAgentOnVisibleTickets,
    updateTicket: isAgentOnVisibleTickets,
    assignTicket: isAgentOnVisibleTickets,
    setTicketStatus: isAgentOnVisibleTickets,
    replyToTicket: isAgentOnVisibleTickets,
    addInternalNote: isAgentOnVisibleTickets,
    addCustomerMessage: isAgentOrCustomer,
  },
  Subscription: { ticketChanged: isAgentOrCustomer },
  types: {
    Ticket: {
      id: isAgentOrCustomer,
      code: isAgentOrCustomer,
      subject: isAgentOrCustomer,
      status: isAgentOrCustomer,
      priority: isAgentOrCustomer,
      channel: isAgentOrCustomer,
      department: isAgentOrCustomer,
      assignee: isAgentOrCustomer,
      contact: isAgentOrCustomer,
      messages: isAgentOrCustomer,
      lastMessage: isAgentOrCustomer,
      waitingSince: isAgentOrCustomer,
      postponedUntil: isAgentOrCustomer,
      firstRespondedAt: isAgentOrCustomer,
      resolvedAt: isAgentOrCustomer,
      closedAt: isAgentOrCustomer,
      createdAt: isAgentOrCustomer,
      updatedAt: isAgentOrCustomer,
      version: isAgentOrCustomer,
      // The audit trail and the help desk's own labels are not for customers.
      events: isAgentOnVisibleTickets,
      tags: isAgentOnVisibleTickets,
      sla: isAgentOnVisibleTickets,
    },
    TicketEdge: isAgentOrCustomer,
    TicketConnection: isAgentOrCustomer,
    TicketPayload: isAgentOnVisibleTickets,
    Message: isAgentOrReaderOfThisMessage,
    MessageEdge: isAgentOrCustomer,
    MessageConnection: isAgentOrCustomer,
    MessagePayload: isAgentOrCustomer,
    TicketEvent: isAgentOrHearerOfThisEvent,
    TicketEventEdge: isAgentOnVisibleTickets,
    TicketEventConnection: isAgentOnVisibleTickets,
    TicketChange: isAgentOrCustomer,
  },
};
