import type { NonEmptyArray } from 'type-graphql';
import { mergePermissions } from '../auth/permissions';
import { agentPermissions } from './agents/agent.permissions';
import { cannedResponsePermissions } from './canned-responses/canned-response.permissions';
import { contactPermissions } from './contacts/contact.permissions';
import { customerPermissions } from './customers/customer.permissions';
import { departmentPermissions } from './departments/department.permissions';
import { queuePermissions } from './queues/queue.permissions';
import { reportPermissions } from './reports/report.permissions';
import { routingPermissions } from './routing/routing.permissions';
import { sessionPermissions } from './sessions/session.permissions';
import { slaPermissions } from './slas/sla.permissions';
import { ticketPermissions } from './tickets/ticket.permissions';
import { AgentResolver } from './agents/agent.resolver';
import { CannedResponseResolver } from './canned-responses/canned-response.resolver';
import { ContactResolver } from './contacts/contact.resolver';
import { CustomerResolver } from './customers/customer.resolver';
import { DepartmentResolver } from './departments/department.resolver';
import { NodeResolver } from './node/node.resolver';
import { QueueChangedResolver } from './queues/queue-changed.resolver';
import { QueueResolver } from './queues/queue.resolver';
import { AgentWorkloadResolver, ReportResolver } from './reports/report.resolver';
import { RoutingActionsResolver, RoutingConditionsResolver, RoutingRuleResolver } from './routing/routing-rule.resolver';
import { SessionResolver } from './sessions/session.resolver';
import { SlaConditionsResolver, SlaPolicyResolver, TicketSlaResolver } from './slas/sla-policy.resolver';
import { MessageResolver, TicketEventResolver, TicketResolver } from './tickets/ticket.resolver';

export { entities } from './entities';

/** Every resolver of the schema: the one list the schema is built from. */
export const resolvers: NonEmptyArray<Function> = [
  SessionResolver,
  NodeResolver,
  AgentResolver,
  DepartmentResolver,
  ContactResolver,
  CustomerResolver,
  TicketResolver,
  MessageResolver,
  TicketEventResolver,
  QueueResolver,
  QueueChangedResolver,
  SlaPolicyResolver,
  SlaConditionsResolver,
  TicketSlaResolver,
  CannedResponseResolver,
  RoutingRuleResolver,
  RoutingConditionsResolver,
  RoutingActionsResolver,
  ReportResolver,
  AgentWorkloadResolver,
];

/** The merged shield rule map: every root field and object type must appear here, or it is denied. */
export const permissions = mergePermissions([
  sessionPermissions,
  customerPermissions,
  agentPermissions,
  departmentPermissions,
  contactPermissions,
  ticketPermissions,
  queuePermissions,
  slaPermissions,
  cannedResponsePermissions,
  routingPermissions,
  reportPermissions,
]);
