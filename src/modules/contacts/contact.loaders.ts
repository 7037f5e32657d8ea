import type { ContactRecord } from './contact-record';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedLoader, keyedLoader } from '../../common/loaders';
import { ContactGroup } from './contact-group.entity';
import { Contact, ContactIdentity } from './contact.entity';

export function contactLoaders(em: EntityManager) {
  return {
    contactById: keyedLoader<string, ContactRecord>((ids) => em.find(Contact, { id: { $in: [...ids] } }), (contact) => contact.id),

    identitiesOfContact: groupedLoader<string, ContactIdentity>(
      (contactIds) => em.find(ContactIdentity, { contact: { $in: [...contactIds] } }, { orderBy: { id: 'asc' } }),
      (identity) => identity.contact.id,
    ),

    contactGroupById: keyedLoader<string, ContactGroup>((ids) => em.find(ContactGroup, { id: { $in: [...ids] } }), (group) => group.id),
  };
}
