import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Role, TicketAccess } from '../../auth/roles';
import { NodeInterface } from '../../graphql/node.interface';

registerEnumType(Role, { name: 'Role' });
registerEnumType(TicketAccess, {
  name: 'TicketAccess',
  description: 'What tickets an AGENT may see. OWNER and ADMIN always see every ticket.',
  valuesConfig: {
    DEPARTMENTS: { description: "Tickets of the agent's departments, and tickets assigned to the agent." },
    ASSIGNED_ONLY: { description: 'Only tickets assigned to the agent.' },
  },
});

@ObjectType('Agent', { implements: NodeInterface, simpleResolvers: true })
export class AgentType extends NodeInterface {
  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => TicketAccess)
  ticketAccess!: TicketAccess;

  @Field()
  active!: boolean;

  @Field()
  createdAt!: Date;
}

@ObjectType('AgentPayload', { simpleResolvers: true })
export class AgentPayload {
  @Field(() => AgentType)
  agent!: AgentType;
}
