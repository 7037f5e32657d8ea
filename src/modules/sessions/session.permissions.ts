import type { FeaturePermissions } from '../../auth/permissions';
import { isAgentOrCustomer, isAnyoneWithoutBadToken, isPublic } from '../../auth/rules';

export const sessionPermissions: FeaturePermissions = {
  // login stays open even with a stale token in the header: that is how a client gets a new one.
  Mutation: { login: isPublic },
  Query: { viewer: isAnyoneWithoutBadToken, node: isAgentOrCustomer },
  types: { Viewer: isAnyoneWithoutBadToken, AuthPayload: isPublic, PageInfo: isAgentOrCustomer },
};
