import type { ContactRecord } from './contact-record';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { pageSize, toConnection } from '../../common/pagination';
import type { AppContext } from '../context';
import { cursorOf } from '../tickets/ticket-query';
import { CONTACT_TICKET_ORDER } from '../tickets/ticket.loaders';
import { TicketConnection } from '../tickets/ticket.type';
import type { Contact } from './contact.entity';
import { IdentityKind } from './contact.entity';
import { displayNameOf } from './contact-identity';
import { ContactGroupInput, MergeContactsInput, UpdateContactInput } from './contact.inputs';
import { ContactConnection, ContactGroupPayload, ContactGroupType, ContactPayload, ContactType } from './contact.type';

@Resolver(() => ContactType)
export class ContactResolver {
  @Query(() => ContactType, { nullable: true })
  async contact(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.contacts.findVisible(id);
  }

  @Query(() => ContactConnection)
  contacts(
    @Ctx() ctx: AppContext,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.services.contacts.list(search, first, after);
  }

  @Query(() => [ContactGroupType])
  contactGroups(@Ctx() ctx: AppContext) {
    return ctx.services.contacts.listGroups();
  }

  @Mutation(() => ContactPayload)
  async updateContact(@Arg('input') input: UpdateContactInput, @Ctx() ctx: AppContext) {
    return { contact: await ctx.services.contacts.update(input) };
  }

  @Mutation(() => ContactPayload, { description: 'OWNER and ADMIN.' })
  async mergeContacts(@Arg('input') input: MergeContactsInput, @Ctx() ctx: AppContext) {
    return { contact: await ctx.services.contacts.merge(input, ctx.clock.now()) };
  }

  @Mutation(() => ContactGroupPayload, { description: 'OWNER and ADMIN.' })
  async createContactGroup(@Arg('input') input: ContactGroupInput, @Ctx() ctx: AppContext) {
    return { contactGroup: await ctx.services.contacts.createGroup(input) };
  }

  @FieldResolver(() => String, { description: 'The name, or the visitor id where there is no name.' })
  displayName(@Root() contact: ContactRecord) {
    return displayNameOf(contact);
  }

  @FieldResolver(() => [String])
  async emails(@Root() contact: ContactRecord, @Ctx() ctx: AppContext) {
    const identities = await ctx.loaders.identitiesOfContact.load(contact.id);
    return identities.filter((identity) => identity.kind === IdentityKind.EMAIL).map((identity) => identity.value);
  }

  @FieldResolver(() => [String])
  async phones(@Root() contact: ContactRecord, @Ctx() ctx: AppContext) {
    const identities = await ctx.loaders.identitiesOfContact.load(contact.id);
    return identities.filter((identity) => identity.kind === IdentityKind.PHONE).map((identity) => identity.value);
  }

  @FieldResolver(() => ContactGroupType, { nullable: true })
  group(@Root() contact: ContactRecord, @Ctx() ctx: AppContext) {
    return contact.group ? ctx.loaders.contactGroupById.load(contact.group.id) : null;
  }

  @FieldResolver(() => TicketConnection)
  async tickets(
    @Root() contact: ContactRecord,
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const size = pageSize(first, 20);
    const rows = await ctx.loaders.ticketsOfContact({ limit: size + 1, after: after ?? null }).load(contact.id);
    return toConnection(rows, size, (ticket) => cursorOf(CONTACT_TICKET_ORDER, ticket), () => ctx.loaders.ticketCountOfContact.load(contact.id));
  }
}
