import type { AgentRecord } from './agent-record';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireAgentViewer } from '../../auth/viewer';
import type { AppContext } from '../context';
import { DepartmentType } from '../departments/department.type';
import type { Agent } from './agent.entity';
import { agentEmailFor } from './agent.policy';
import { CreateAgentInput, UpdateAgentInput } from './agent.inputs';
import { AgentPayload, AgentType } from './agent.type';

@Resolver(() => AgentType)
export class AgentResolver {
  @Query(() => [AgentType])
  agents(@Ctx() ctx: AppContext) {
    return ctx.services.agents.list();
  }

  @Mutation(() => AgentPayload, { description: 'OWNER and ADMIN; only an OWNER creates an OWNER. Agent emails are unique regardless of case (CONFLICT).' })
  async createAgent(@Arg('input') input: CreateAgentInput, @Ctx() ctx: AppContext) {
    return { agent: await ctx.services.agents.create(requireAgentViewer(ctx.viewer), input) };
  }

  @Mutation(() => AgentPayload, {
    description:
      "OWNER and ADMIN; only an OWNER changes an OWNER or makes one; the last active OWNER cannot be demoted or deactivated. Deactivation revokes the agent's tokens.",
  })
  async updateAgent(@Arg('input') input: UpdateAgentInput, @Ctx() ctx: AppContext) {
    return { agent: await ctx.services.agents.update(requireAgentViewer(ctx.viewer), input) };
  }

  @FieldResolver(() => String, { nullable: true, description: 'Null for customers.' })
  email(@Root() agent: AgentRecord, @Ctx() ctx: AppContext) {
    return agentEmailFor(ctx.viewer, agent);
  }

  @FieldResolver(() => [DepartmentType])
  async departments(@Root() agent: AgentRecord, @Ctx() ctx: AppContext) {
    const memberships = await ctx.loaders.departmentsOfAgent.load(agent.id);
    return memberships.map((membership) => membership.department);
  }
}
