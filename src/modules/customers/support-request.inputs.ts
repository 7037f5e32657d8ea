import { Field, ID, InputType } from 'type-graphql';

/** Only what a member of the public may set: no channel, priority, assignee, tags or status. */
@InputType('SupportRequestInput')
export class SupportRequestInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field()
  email!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field()
  subject!: string;

  @Field()
  body!: string;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;
}
