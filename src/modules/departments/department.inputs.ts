import { Field, ID, InputType } from 'type-graphql';

@InputType('DepartmentInput')
export class DepartmentInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType('UpdateDepartmentInput')
export class UpdateDepartmentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}
