import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../context';
import { LoginInput } from '../agents/agent.inputs';
import { AuthPayload, ViewerKind, ViewerType } from './session.type';

@Resolver()
export class SessionResolver {
  @Mutation(() => AuthPayload, { description: 'Anonymous. Unknown email, wrong password and deactivated agent all give the same UNAUTHENTICATED.' })
  async login(@Arg('input') input: LoginInput, @Ctx() ctx: AppContext) {
    const signedIn = await ctx.services.sessions.login(input, ctx.origin.clientAddress);
    // The rest of this operation (the payload's agent) is read as the agent who just signed in.
    ctx.renew(signedIn.viewer);
    return signedIn;
  }

  @Query(() => ViewerType, { description: 'Customers too; the only query anonymous callers may make (kind ANONYMOUS).' })
  async viewer(@Ctx() ctx: AppContext) {
    const { viewer } = ctx;
    if (viewer.kind === 'AGENT') return { kind: ViewerKind.AGENT, agent: await ctx.loaders.agentById.load(viewer.agentId), contact: null };
    if (viewer.kind === 'CUSTOMER') return { kind: ViewerKind.CUSTOMER, agent: null, contact: await ctx.loaders.contactById.load(viewer.contactId) };
    return { kind: ViewerKind.ANONYMOUS, agent: null, contact: null };
  }
}
