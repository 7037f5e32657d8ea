import { Field, ObjectType } from 'type-graphql';
import { connectionType } from '../../graphql/connection';
import { NodeInterface } from '../../graphql/node.interface';

@ObjectType('ContactGroup', { implements: NodeInterface, simpleResolvers: true })
export class ContactGroupType extends NodeInterface {
  @Field()
  name!: string;
}

@ObjectType('Contact', { implements: NodeInterface, simpleResolvers: true })
export class ContactType extends NodeInterface {
  @Field(() => String, { nullable: true, description: 'Null for an anonymous visitor.' })
  name!: string | null;

  @Field({ description: 'Stable visitor id given to every contact, e.g. V-7K2M9Q.' })
  visitorId!: string;

  @Field()
  createdAt!: Date;
}

export const ContactConnection = connectionType(ContactType, 'Contact');

@ObjectType('ContactPayload', { simpleResolvers: true })
export class ContactPayload {
  @Field(() => ContactType)
  contact!: ContactType;
}

@ObjectType('ContactGroupPayload', { simpleResolvers: true })
export class ContactGroupPayload {
  @Field(() => ContactGroupType)
  contactGroup!: ContactGroupType;
}
