import type { FeaturePermissions } from '../../auth/permissions';
import { agentsOnly, isAgent, objectRule, refusal, viewerRule } from '../../auth/rules';
import type { CannedResponse } from './canned-response.entity';
import { canSeeCannedResponse, scopeOf } from './canned-response.policy';

/** Any agent, within the canned responses it may see: shared ones, its departments' (every department's for OWNER and ADMIN), its own personal ones. */
const isAgentOnVisibleCannedResponses = viewerRule(agentsOnly, {
  'OWNER, ADMIN': 'yes',
  AGENT: 'seen',
  CUSTOMER: 'no',
  ANONYMOUS: 'no',
});

/** Any agent; the service lets an AGENT write only its own personal responses (FORBIDDEN for shared and department ones). */
const isAgentOnOwnCannedResponses = viewerRule(agentsOnly, {
  'OWNER, ADMIN': 'yes',
  AGENT: 'own',
  CUSTOMER: 'no',
  ANONYMOUS: 'no',
});

/** The services hand out only canned responses the caller may see; this makes sure no other path does either. */
const isAgentWhoMaySeeThisCannedResponse = objectRule(
  (response: CannedResponse, viewer, info) => (canSeeCannedResponse(viewer, scopeOf(response)) ? true : refusal(viewer, info)),
  { 'OWNER, ADMIN': 'yes', AGENT: 'seen', CUSTOMER: 'no', ANONYMOUS: 'no' },
);

export const cannedResponsePermissions: FeaturePermissions = {
  Query: { cannedResponses: isAgentOnVisibleCannedResponses, renderCannedResponse: isAgentOnVisibleCannedResponses },
  Mutation: {
    createCannedResponse: isAgentOnOwnCannedResponses,
    updateCannedResponse: isAgentOnOwnCannedResponses,
    deleteCannedResponse: isAgentOnOwnCannedResponses,
  },
  types: {
    CannedResponse: isAgentWhoMaySeeThisCannedResponse,
    CannedResponsePayload: isAgent,
    // Shared by every delete mutation, each guarded at its root field; other features may name it too, with this same rule.
    DeletePayload: isAgent,
  },
};
