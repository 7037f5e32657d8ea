import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NodeInterface } from '../../graphql/node.interface';
import { AssignmentMode } from '../assignment/assignment-mode';

registerEnumType(AssignmentMode, {
  name: 'AssignmentMode',
  description: 'Who gets a ticket created into a department without an assignee.',
  valuesConfig: {
    OFF: { description: 'Nobody: it waits unassigned.' },
    ROUND_ROBIN: { description: "The department's active agents in turn, longest-serving first: the next after the one it picked last." },
    LEAST_OPEN: {
      description: "The department's active agent with the fewest assigned tickets not RESOLVED or CLOSED (in any department); among equals, the next in turn.",
    },
  },
});

@ObjectType('Department', { implements: NodeInterface, simpleResolvers: true })
export class DepartmentType extends NodeInterface {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => AssignmentMode, { description: 'Who gets a ticket created into this department without an assignee (after routing).' })
  assignment!: AssignmentMode;
}

@ObjectType('DepartmentPayload', { simpleResolvers: true })
export class DepartmentPayload {
  @Field(() => DepartmentType)
  department!: DepartmentType;
}
