import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', {
  // Entities and GraphQL types share their names (Ticket, Agent, ...), so the class name is the type.
  resolveType: (value: object) => value.constructor.name,
})
export abstract class NodeInterface {
  @Field(() => ID)
  id!: string;
}
