import type { FeaturePermissions } from '../../auth/permissions';
import { isAdmin, isAgent, objectRule, refusal } from '../../auth/rules';
import type { ContactRecord } from './contact-record';
import { canSeeContact } from './contact.policy';

/** Agents, and a customer reading their own contact. */
const isAgentOrThisContact = objectRule((contact: ContactRecord, viewer, info) => (canSeeContact(viewer, contact) ? true : refusal(viewer, info)), {
  'OWNER, ADMIN': 'yes',
  AGENT: 'yes',
  CUSTOMER: 'own',
  ANONYMOUS: 'no',
});

export const contactPermissions: FeaturePermissions = {
  Query: { contact: isAgent, contacts: isAgent, contactGroups: isAgent },
  Mutation: { updateContact: isAgent, mergeContacts: isAdmin, createContactGroup: isAdmin },
  types: {
    // A customer's token proves a support request, not ownership of the address book entry:
    // it shows the name the help desk uses, never the emails, phones or group on file.
    Contact: {
      id: isAgentOrThisContact,
      name: isAgentOrThisContact,
      displayName: isAgentOrThisContact,
      visitorId: isAgentOrThisContact,
      createdAt: isAgentOrThisContact,
      tickets: isAgentOrThisContact,
      emails: isAgent,
      phones: isAgent,
      group: isAgent,
    },
    ContactEdge: isAgent,
    ContactConnection: isAgent,
    ContactPayload: isAgent,
    ContactGroup: isAgent,
    ContactGroupPayload: isAdmin,
  },
};
