import { Field, ID, InputType } from 'type-graphql';

@InputType('ContactInput', {
  description: 'Matched by email (case-insensitive) first, then phone (digits only); with neither, a new anonymous contact.',
})
export class ContactInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType('UpdateContactInput')
export class UpdateContactInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [String], { nullable: true })
  emails?: string[] | null;

  @Field(() => [String], { nullable: true })
  phones?: string[] | null;

  @Field(() => ID, { nullable: true })
  groupId?: string | null;
}

@InputType('MergeContactsInput')
export class MergeContactsInput {
  @Field(() => ID, { description: 'Moved into target, then removed.' })
  sourceId!: string;

  @Field(() => ID)
  targetId!: string;
}

@InputType('ContactGroupInput')
export class ContactGroupInput {
  @Field()
  name!: string;
}
