import type { FeaturePermissions } from '../../auth/permissions';
import { isAdmin, isAgent, isAgentOnVisibleTickets, isAgentOrCustomer } from '../../auth/rules';

export const departmentPermissions: FeaturePermissions = {
  Query: { departments: isAgent },
  Mutation: { createDepartment: isAdmin, updateDepartment: isAdmin },
  types: {
    // A customer sees which department handles their ticket, not who works there or how busy it is.
    Department: {
      id: isAgentOrCustomer,
      name: isAgentOrCustomer,
      description: isAgentOrCustomer,
      createdAt: isAgentOrCustomer,
      agents: isAgent,
      acknowledgement: isAgent,
      assignment: isAgent,
      queueLength: isAgentOnVisibleTickets,
    },
    DepartmentPayload: isAdmin,
  },
};
