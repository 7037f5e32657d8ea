import { Field, ID, InputType } from 'type-graphql';
import { AssignmentMode } from '../assignment/assignment-mode';

const ACKNOWLEDGEMENT =
  'A shared canned response, or one of this department, sent to the customer of each new ticket (except phone tickets) as an AUTO_ACKNOWLEDGEMENT message.';

@InputType('DepartmentInput')
export class DepartmentInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => AssignmentMode, { nullable: true, defaultValue: AssignmentMode.OFF })
  assignment?: AssignmentMode | null;

  @Field(() => ID, { nullable: true, description: ACKNOWLEDGEMENT })
  acknowledgementId?: string | null;
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

  @Field(() => ID, { nullable: true, description: `${ACKNOWLEDGEMENT} Null removes it.` })
  acknowledgementId?: string | null;
}
