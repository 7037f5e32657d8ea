import type { FeaturePermissions } from '../../auth/permissions';
import { allow, isAdmin, isAgent } from '../../auth/rules';

export const contactPermissions: FeaturePermissions = {
  Query: { contact: isAgent, contacts: isAgent, contactGroups: isAgent },
  Mutation: { updateContact: isAgent, mergeContacts: isAdmin, createContactGroup: isAdmin },
  types: {
    Contact: allow,
    ContactEdge: allow,
    ContactConnection: allow,
    ContactPayload: allow,
    ContactGroup: allow,
    ContactGroupPayload: allow,
  },
};
