import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../../graphql/node.interface';
import { Channel } from '../tickets/ticket.entity';
import { TicketPriority } from '../tickets/ticket-priority';

/** Conditions with ids; the resolver turns the ids into contact groups through a loader. */
@ObjectType('RoutingConditions', {
  description: 'A ticket matches when it matches every non-empty list (any entry of a list): the same rule as SlaConditions.',
})
export class RoutingConditionsType {
  contactGroupIds!: string[];

  @Field(() => [Channel], { description: 'Empty list = any.' })
  channels!: Channel[];

  @Field(() => [String], {
    description: 'Words or phrases found as whole words, regardless of case, in the subject or the first message (any of them).',
  })
  keywords!: string[];
}

/** Actions with the department's id; the resolver loads the department. */
@ObjectType('RoutingActions')
export class RoutingActionsType {
  departmentId!: string | null;

  @Field(() => TicketPriority, {
    nullable: true,
    description: 'Set unless the creator gave a priority other than the default MEDIUM; null = left as it is.',
  })
  priority!: TicketPriority | null;

  @Field(() => [String], { description: "Added to the ticket's own tags." })
  tags!: string[];
}

@ObjectType('RoutingRule', {
  implements: NodeInterface,
  description: `Routes new tickets. When a ticket is created, the first active rule by position (lowest first,
then oldest) whose conditions it matches applies, in the creating transaction: its department
unless the creator gave one, its priority unless the creator gave one other than the default
MEDIUM, and its tags added to the ticket's; the audit trail shows ROUTED (to: the rule's name)
right after CREATED. Then a department's assignment mode may pick the assignee.`,
})
export class RoutingRuleType extends NodeInterface {
  @Field()
  name!: string;

  @Field(() => Int, { description: 'Rules are tried lowest first; equal positions oldest first.' })
  position!: number;

  @Field()
  active!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('RoutingRulePayload', { simpleResolvers: true })
export class RoutingRulePayload {
  @Field(() => RoutingRuleType)
  routingRule!: RoutingRuleType;
}
