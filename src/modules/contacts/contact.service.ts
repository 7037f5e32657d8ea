import type { EntityManager } from '@mikro-orm/postgresql';
import { customerSubject } from '../../auth/viewer';
import type { Outbox } from '../../pubsub/outbox';
import { Topic } from '../../pubsub/topics';
import { likePattern } from '../../db/sql';
import { conflictOnDuplicate, findByGlobalId, requireKey } from '../../common/entity-lookup';
import { keyOf } from '../../common/global-id';
import { decodeCursor, encodeCursor, pageSize, toConnection, type Connection } from '../../common/pagination';
import { distinct, optionalText, requireText } from '../../common/validation';
import { badInput } from '../../errors/app-error';
import type { Scheduler } from '../../scheduler/scheduler';
import { rematchSlasOfContacts } from '../slas/sla-catalog';
import { ContactGroup } from './contact-group.entity';
import { Contact, ContactIdentity, IdentityKind } from './contact.entity';
import { generateVisitorId, normaliseEmail, normalisePhone } from './contact-identity';
import type { ContactGroupInput, ContactInput, MergeContactsInput, UpdateContactInput } from './contact.inputs';

const IDENTITY_TAKEN = 'This email or phone already belongs to another contact';

export class ContactService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
    /** Told when tickets' SLA must be matched again (their contact group changed). */
    private readonly scheduler: Pick<Scheduler, 'kick'>,
  ) {}

  /** The contact, or null for an unknown id. */
  findVisible(globalId: string): Promise<Contact | null> {
    const key = keyOf(globalId, 'Contact');
    return key ? this.em.findOne(Contact, { id: key }) : Promise.resolve(null);
  }

  /**
   * The contact a request comes from: matched by email (case-insensitive) first, then by phone
   * digits; otherwise a new contact, anonymous when neither is given. Identities the contact
   * lacks are added to it. Runs in the caller's transaction; two requests creating the same new
   * identity at once meet the unique index, and the caller retries.
   */
  async resolve(em: EntityManager, input: ContactInput): Promise<Contact> {
    const email = input.email?.trim() ? normaliseEmail(input.email, 'contact.email') : undefined;
    const phone = input.phone?.trim() ? normalisePhone(input.phone, 'contact.phone') : undefined;
    const name = optionalText(input.name, 'contact.name', 200);
    const claimed = [
      ...(email ? [{ kind: IdentityKind.EMAIL, value: email }] : []),
      ...(phone ? [{ kind: IdentityKind.PHONE, value: phone }] : []),
    ];
    const known = claimed.length ? await em.find(ContactIdentity, { $or: claimed }, { populate: ['contact'] }) : [];
    const match = known.find((identity) => identity.kind === IdentityKind.EMAIL) ?? known[0];
    const contact = match?.contact ?? new Contact(name, generateVisitorId());
    em.persist(contact);
    if (name && !contact.name) contact.name = name;
    for (const identity of claimed) {
      if (!known.some((existing) => existing.kind === identity.kind)) em.persist(new ContactIdentity(contact, identity.kind, identity.value));
    }
    return contact;
  }

  /**
   * The contact behind a public support request, linked by email alone. A phone from the public
   * form proves nothing, so it never links to, nor is added to, an existing contact; a new
   * contact keeps it when no other contact has it.
   */
  async resolveByEmail(em: EntityManager, input: { email: string; name?: string | null; phone?: string | null }): Promise<Contact> {
    const email = normaliseEmail(input.email, 'email');
    const phone = input.phone?.trim() ? normalisePhone(input.phone, 'phone') : undefined;
    const name = optionalText(input.name, 'name', 200);
    const known = await em.findOne(ContactIdentity, { kind: IdentityKind.EMAIL, value: email }, { populate: ['contact'] });
    if (known) {
      if (name && !known.contact.name) known.contact.name = name;
      return known.contact;
    }
    const contact = new Contact(name, generateVisitorId());
    em.persist(contact);
    em.persist(new ContactIdentity(contact, IdentityKind.EMAIL, email));
    if (phone && !(await em.count(ContactIdentity, { kind: IdentityKind.PHONE, value: phone }))) {
      em.persist(new ContactIdentity(contact, IdentityKind.PHONE, phone));
    }
    return contact;
  }

  async list(search: string | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<Connection<Contact>> {
    const size = pageSize(first, 20);
    const qb = this.em.createQueryBuilder(Contact, 'c');
    const term = search?.trim();
    if (term) {
      const pattern = likePattern(term.toLowerCase());
      qb.where({
        $or: [
          { name: { $ilike: pattern } },
          { visitorId: { $ilike: pattern } },
          { id: { $in: this.em.createQueryBuilder(ContactIdentity, 'i').select('i.contact_id').where({ value: { $like: pattern } }).getKnexQuery() } },
        ],
      });
    }
    const countQuery = qb.clone();
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['string', 'string']) as [string, string];
      qb.andWhere({ $or: [{ createdAt: { $lt: new Date(createdAt) } }, { createdAt: new Date(createdAt), id: { $lt: id } }] });
    }
    const rows = await qb.orderBy({ createdAt: 'desc', id: 'desc' }).limit(size + 1).getResultList();
    return toConnection(rows, size, (contact) => encodeCursor([contact.createdAt.toISOString(), contact.id]), () => countQuery.getCount());
  }

  update(input: UpdateContactInput): Promise<Contact> {
    return conflictOnDuplicate(() => this.updateOnce(input), IDENTITY_TAKEN);
  }

  private async updateOnce(input: UpdateContactInput): Promise<Contact> {
    let regrouped = false;
    const updated = await this.em.transactional(async (em) => {
      const contact = await findByGlobalId(em, Contact, 'Contact', input.id);
      if (input.name !== undefined) contact.name = optionalText(input.name, 'name', 200);
      if (input.groupId !== undefined) {
        const group = input.groupId === null ? null : await findByGlobalId(em, ContactGroup, 'ContactGroup', input.groupId, 'groupId');
        if (group?.id !== contact.group?.id) regrouped = true;
        contact.group = group;
      }
      // An explicit null clears a list, like an empty one.
      if (input.emails !== undefined) {
        await this.replaceIdentities(em, contact, IdentityKind.EMAIL, distinct((input.emails ?? []).map((email) => normaliseEmail(email, 'emails'))));
      }
      if (input.phones !== undefined) {
        await this.replaceIdentities(em, contact, IdentityKind.PHONE, distinct((input.phones ?? []).map((phone) => normalisePhone(phone, 'phones'))));
      }
      await em.flush();
      if (regrouped) await rematchSlasOfContacts(em, [contact.id]);
      return contact;
    });
    if (regrouped) this.scheduler.kick();
    return updated;
  }

  private async replaceIdentities(em: EntityManager, contact: Contact, kind: IdentityKind, values: string[]): Promise<void> {
    const current = await em.find(ContactIdentity, { contact, kind });
    current.filter((identity) => !values.includes(identity.value)).forEach((identity) => em.remove(identity));
    // Removals go first, so a value moved between emails of one contact never meets itself.
    await em.flush();
    values.filter((value) => !current.some((identity) => identity.value === value)).forEach((value) => em.persist(new ContactIdentity(contact, kind, value)));
  }

  /** Moves the source's tickets, messages, emails and phones into the target, then removes the source. */
  async merge(input: MergeContactsInput, now: Date): Promise<Contact> {
    const sourceKey = requireKey(input.sourceId, 'Contact', 'sourceId');
    const targetKey = requireKey(input.targetId, 'Contact', 'targetId');
    if (sourceKey === targetKey) throw badInput('sourceId', 'A contact cannot be merged into itself');
    const merged = await this.em.transactional(async (em) => {
      const source = await findByGlobalId(em, Contact, 'Contact', input.sourceId, 'sourceId');
      const target = await findByGlobalId(em, Contact, 'Contact', input.targetId, 'targetId');
      await em.execute('update "contact_identity" set "contact_id" = ? where "contact_id" = ?', [target.id, source.id]);
      await em.execute('update "message" set "author_contact_id" = ? where "author_contact_id" = ?', [target.id, source.id]);
      // Customers keep their sessions, and with them the tickets they were granted; their open subscriptions re-read who they are.
      const sessions = await em.execute<Array<{ id: string }>>('update "customer_session" set "contact_id" = ? where "contact_id" = ? returning "id"', [
        target.id,
        source.id,
      ]);
      for (const session of sessions) this.outbox.stage(em, Topic.ACCESS_CHANGED, { subject: customerSubject(session.id) });
      // Moving a ticket changes it, so its version moves too.
      await em.execute('update "ticket" set "contact_id" = ?, "version" = "version" + 1, "updated_at" = ? where "contact_id" = ?', [
        target.id,
        now,
        source.id,
      ]);
      target.name ??= source.name;
      target.group ??= source.group;
      em.remove(source);
      await em.flush();
      // The source's tickets now have the target's contact group.
      await rematchSlasOfContacts(em, [target.id]);
      return target;
    });
    this.outbox.committed();
    this.scheduler.kick();
    return merged;
  }

  listGroups(): Promise<ContactGroup[]> {
    return this.em.find(ContactGroup, {}, { orderBy: { name: 'asc', id: 'asc' } });
  }

  async createGroup(input: ContactGroupInput): Promise<ContactGroup> {
    const group = new ContactGroup(requireText(input.name, 'name', { max: 100 }));
    await conflictOnDuplicate(() => this.em.persistAndFlush(group), 'A contact group with this name already exists');
    return group;
  }
}
