import { Field, ID, InputType } from 'type-graphql';
import { AssignmentMode } from '../assignment/assignment-mode';

@InputType('DepartmentInput')
export class DepartmentInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => AssignmentMode, { nullable: true, defaultValue: AssignmentMode.OFF })
  assignment?: AssignmentMode | null;
}

@InputType('UpdateDepartmentInput')
export class UpdateDepartmentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => AssignmentMode, { nullable: true })
  assignment?: AssignmentMode | null;
}
