import { Field, ID, InputType } from 'type-graphql';
import { Role, TicketAccess } from '../../auth/roles';

@InputType('CreateAgentInput')
export class CreateAgentInput {
  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field()
  password!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => TicketAccess, { nullable: true, defaultValue: TicketAccess.DEPARTMENTS })
  ticketAccess?: TicketAccess | null;

  @Field(() => [ID], { nullable: true })
  departmentIds?: string[] | null;
}

@InputType('UpdateAgentInput')
export class UpdateAgentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => TicketAccess, { nullable: true })
  ticketAccess?: TicketAccess | null;

  @Field(() => [ID], { nullable: true })
  departmentIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType('LoginInput')
export class LoginInput {
  @Field()
  email!: string;

  @Field()
  password!: string;
}
