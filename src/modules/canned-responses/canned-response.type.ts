import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../../graphql/node.interface';
import { PLACEHOLDER_LIST } from './placeholders';

@ObjectType('CannedResponse', {
  implements: NodeInterface,
  simpleResolvers: true,
  // Written from the placeholder table, so a new placeholder documents itself.
  description: `A pre-written reply. Its body may hold placeholders: ${PLACEHOLDER_LIST.join(', ')}. A contact without a name renders as its displayName; a missing department as an empty string. An unknown placeholder is BAD_USER_INPUT when saved.`,
})
export class CannedResponseType extends NodeInterface {
  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => String, { nullable: true, description: 'Typed by agents to pick it, e.g. #refund.' })
  shortcut!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('CannedResponsePayload', { simpleResolvers: true })
export class CannedResponsePayload {
  @Field(() => CannedResponseType)
  cannedResponse!: CannedResponseType;
}
