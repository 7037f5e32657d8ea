import type { Viewer } from '../../auth/viewer';

/** Agents see every contact; a customer only their own. */
export const canSeeContact = (viewer: Viewer, contact: { id: string }): boolean =>
  viewer.kind === 'AGENT' || (viewer.kind === 'CUSTOMER' && viewer.contactId === contact.id);
