import { Field, ID, ObjectType } from 'type-graphql';

/** What every delete mutation answers: the global id of what is gone. */
@ObjectType('DeletePayload', { simpleResolvers: true })
export class DeletePayload {
  @Field(() => ID)
  deletedId!: string;
}
