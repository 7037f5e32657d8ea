import type { FeaturePermissions } from '../../auth/permissions';
import { isAdmin, isAgent } from '../../auth/rules';

export const routingPermissions: FeaturePermissions = {
  // How tickets are routed is the administrators' business, read and written.
  Query: { routingRules: isAdmin },
  Mutation: { createRoutingRule: isAdmin, updateRoutingRule: isAdmin, deleteRoutingRule: isAdmin },
  types: {
    RoutingRule: isAdmin,
    RoutingConditions: isAdmin,
    RoutingActions: isAdmin,
    RoutingRulePayload: isAdmin,
    // Shared by every delete mutation; each is guarded at its root field. (The same rule as the SLA branch gives it.)
    DeletePayload: isAgent,
  },
};
