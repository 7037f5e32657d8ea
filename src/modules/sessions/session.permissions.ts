import type { FeaturePermissions } from '../../auth/permissions';
import { allow, isAgent, isAnyoneWithoutBadToken } from '../../auth/rules';

export const sessionPermissions: FeaturePermissions = {
  // login stays open even with a stale token in the header: that is how a client gets a new one.
  Mutation: { login: allow },
  Query: { viewer: isAnyoneWithoutBadToken, node: isAgent },
  types: { Viewer: allow, AuthPayload: allow, PageInfo: allow },
};
