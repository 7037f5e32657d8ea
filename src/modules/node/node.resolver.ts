import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { NodeInterface } from '../../graphql/node.interface';
import type { AppContext } from '../context';
import { findNode } from './node.service';

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, { nullable: true })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return findNode(ctx.loaders, ctx.viewer, id);
  }
}
