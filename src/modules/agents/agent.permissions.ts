import type { FeaturePermissions } from '../../auth/permissions';
import { isAdmin, isAgent, isAgentOrCustomer } from '../../auth/rules';

export const agentPermissions: FeaturePermissions = {
  Query: { agents: isAgent },
  Mutation: { createAgent: isAdmin, updateAgent: isAdmin },
  types: {
    // A customer meets agents as the authors and assignees of their tickets: a name, no more.
    Agent: {
      id: isAgentOrCustomer,
      name: isAgentOrCustomer,
      email: isAgentOrCustomer,
      role: isAgent,
      ticketAccess: isAgent,
      departments: isAgent,
      active: isAgent,
      createdAt: isAgent,
    },
    AgentPayload: isAdmin,
  },
};
