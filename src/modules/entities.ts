import { AppSetting } from '../db/app-setting.entity';
import { OutboxMessage } from '../pubsub/outbox-message.entity';
import { Agent, AgentDepartment } from './agents/agent.entity';
import { CannedResponse } from './canned-responses/canned-response.entity';
import { Contact, ContactIdentity } from './contacts/contact.entity';
import { ContactGroup } from './contacts/contact-group.entity';
import { CustomerSession, CustomerSessionTicket } from './customers/customer-session.entity';
import { Department } from './departments/department.entity';
import { SlaPolicy } from './slas/sla-policy.entity';
import { RoutingRule } from './routing/routing-rule.entity';
import { Message } from './tickets/message.entity';
import { TicketEvent } from './tickets/ticket-event.entity';
import { Ticket } from './tickets/ticket.entity';

/** Every entity of the application: the one list the ORM is given. */
export const entities = [AppSetting, OutboxMessage, Agent, AgentDepartment, Department, ContactGroup, Contact, ContactIdentity, Ticket, Message, TicketEvent, CustomerSession, CustomerSessionTicket, SlaPolicy, CannedResponse, RoutingRule];
