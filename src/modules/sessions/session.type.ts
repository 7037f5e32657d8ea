import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { AgentType } from '../agents/agent.type';
import { ContactType } from '../contacts/contact.type';

export enum ViewerKind {
  AGENT = 'AGENT',
  CUSTOMER = 'CUSTOMER',
  ANONYMOUS = 'ANONYMOUS',
}
registerEnumType(ViewerKind, { name: 'ViewerKind' });

@ObjectType('Viewer', { simpleResolvers: true })
export class ViewerType {
  @Field(() => ViewerKind)
  kind!: ViewerKind;

  @Field(() => AgentType, { nullable: true })
  agent!: AgentType | null;

  @Field(() => ContactType, { nullable: true })
  contact!: ContactType | null;
}

@ObjectType('AuthPayload', { simpleResolvers: true })
export class AuthPayload {
  @Field()
  token!: string;

  @Field(() => AgentType)
  agent!: AgentType;
}
