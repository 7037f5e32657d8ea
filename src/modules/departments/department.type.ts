import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from '../../graphql/node.interface';

@ObjectType('Department', { implements: NodeInterface, simpleResolvers: true })
export class DepartmentType extends NodeInterface {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('DepartmentPayload', { simpleResolvers: true })
export class DepartmentPayload {
  @Field(() => DepartmentType)
  department!: DepartmentType;
}
