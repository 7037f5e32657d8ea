import type { FeaturePermissions } from '../../auth/permissions';
import { isAdmin, isAgent, isAgentOnVisibleTickets } from '../../auth/rules';

export const slaPermissions: FeaturePermissions = {
  // Agents see the policies that set their deadlines; owners and admins write them.
  Query: { slaPolicies: isAgent },
  Mutation: { createSlaPolicy: isAdmin, updateSlaPolicy: isAdmin, deleteSlaPolicy: isAdmin },
  types: {
    SlaPolicy: isAgent,
    SlaConditions: isAgent,
    SlaTarget: isAgent,
    BusinessHours: isAgent,
    BusinessHoursInterval: isAgent,
    SlaPolicyPayload: isAdmin,
    DeletePayload: isAgent,
    // Deadlines are the help desk's internal promises, like the audit trail: not for customers.
    TicketSla: isAgentOnVisibleTickets,
    SlaPeriod: isAgentOnVisibleTickets,
  },
};
