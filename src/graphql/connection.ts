import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType('PageInfo', { simpleResolvers: true })
export class PageInfoType {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** The Edge and Connection types of a node type, named `${name}Edge` and `${name}Connection`. */
export function connectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfoType)
    pageInfo!: PageInfoType;

    /** Services hand in a function: graphql-js calls it only when the client asks for the count. */
    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType;
}
