import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../context';
import { LoginInput } from '../agents/agent.inputs';
import { AuthPayload, ViewerKind, ViewerType } from './session.type';

@Resolver()
export class SessionResolver {
  @Mutation(() => AuthPayload, { description: 'Anonymous. Unknown email, wrong password and deactivated agent all give the same UNAUTHENTICATED.' })
  login(@Arg('input') input: LoginInput, @Ctx() ctx: AppContext) {
    return ctx.services.sessions.login(input);
  }

  @Query(() => ViewerType, { description: 'The only query anonymous callers may make (kind ANONYMOUS).' })
  async viewer(@Ctx() ctx: AppContext) {
    if (ctx.viewer.kind !== 'AGENT') return { kind: ViewerKind.ANONYMOUS, agent: null, contact: null };
    return { kind: ViewerKind.AGENT, agent: await ctx.loaders.agentById.load(ctx.viewer.agentId), contact: null };
  }
}
