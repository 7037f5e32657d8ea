import type { FeaturePermissions } from '../../auth/permissions';
import { allow, isAdmin, isAgent } from '../../auth/rules';

export const agentPermissions: FeaturePermissions = {
  Query: { agents: isAgent },
  Mutation: { createAgent: isAdmin, updateAgent: isAdmin },
  types: { Agent: allow, AgentPayload: allow },
};
