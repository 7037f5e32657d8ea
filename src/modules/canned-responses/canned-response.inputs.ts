import { Field, ID, InputType } from 'type-graphql';

@InputType('CannedResponseInput')
export class CannedResponseInput {
  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => String, { nullable: true })
  shortcut?: string | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Personal to the calling agent.' })
  personal?: boolean | null;
}

@InputType('UpdateCannedResponseInput')
export class UpdateCannedResponseInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => String, { nullable: true })
  shortcut?: string | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;
}
