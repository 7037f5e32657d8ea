import type { FeaturePermissions } from '../../auth/permissions';
import { isAgentOnVisibleTickets } from '../../auth/rules';

export const queuePermissions: FeaturePermissions = {
  Query: { queue: isAgentOnVisibleTickets },
  Subscription: { queueChanged: isAgentOnVisibleTickets },
  types: {
    // How busy the help desk is stays its own business, as Department.queueLength does.
    Ticket: { queuePosition: isAgentOnVisibleTickets },
    QueueUpdate: isAgentOnVisibleTickets,
    QueueMove: isAgentOnVisibleTickets,
  },
};
