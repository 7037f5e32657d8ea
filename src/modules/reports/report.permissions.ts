import type { FeaturePermissions } from '../../auth/permissions';
import { isAdmin } from '../../auth/rules';

export const reportPermissions: FeaturePermissions = {
  // How the whole help desk performs, agent by agent: a manager's view, not a colleague's.
  Query: { ticketReport: isAdmin, agentWorkload: isAdmin },
  types: {
    TicketReport: isAdmin,
    ReportRow: isAdmin,
    AgentWorkload: isAdmin,
  },
};
