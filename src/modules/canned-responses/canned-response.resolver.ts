import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireAgentViewer } from '../../auth/viewer';
import { DeletePayload } from '../../graphql/delete-payload';
import type { AppContext } from '../context';
import { AgentType } from '../agents/agent.type';
import { DepartmentType } from '../departments/department.type';
import type { CannedResponse } from './canned-response.entity';
import { CannedResponseInput, UpdateCannedResponseInput } from './canned-response.inputs';
import { CannedResponsePayload, CannedResponseType } from './canned-response.type';

@Resolver(() => CannedResponseType)
export class CannedResponseResolver {
  @Query(() => [CannedResponseType], { description: "Shared ones, the department's (all departments' when departmentId is null) and the caller's personal ones." })
  cannedResponses(
    @Ctx() ctx: AppContext,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('departmentId', () => ID, { nullable: true }) departmentId?: string | null,
  ) {
    return ctx.services.cannedResponses.list(requireAgentViewer(ctx.viewer), search, departmentId);
  }

  @Query(() => String, { description: "The canned response's body with its placeholders filled for the ticket and the calling agent." })
  renderCannedResponse(@Arg('id', () => ID) id: string, @Arg('ticketId', () => ID) ticketId: string, @Ctx() ctx: AppContext) {
    return ctx.services.cannedResponses.render(requireAgentViewer(ctx.viewer), id, ticketId);
  }

  @Mutation(() => CannedResponsePayload, { description: 'Shared or department-scoped ones: OWNER and ADMIN; personal ones: any agent.' })
  async createCannedResponse(@Arg('input') input: CannedResponseInput, @Ctx() ctx: AppContext) {
    return { cannedResponse: await ctx.services.cannedResponses.create(requireAgentViewer(ctx.viewer), input) };
  }

  @Mutation(() => CannedResponsePayload, { description: 'Same rule as create: personal ones by their owner only.' })
  async updateCannedResponse(@Arg('input') input: UpdateCannedResponseInput, @Ctx() ctx: AppContext) {
    return { cannedResponse: await ctx.services.cannedResponses.update(requireAgentViewer(ctx.viewer), input) };
  }

  @Mutation(() => DeletePayload, { description: 'Same rule as create: personal ones by their owner only.' })
  async deleteCannedResponse(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return { deletedId: await ctx.services.cannedResponses.delete(requireAgentViewer(ctx.viewer), id) };
  }

  @FieldResolver(() => DepartmentType, { nullable: true, description: 'Null = available in every department.' })
  department(@Root() response: CannedResponse, @Ctx() ctx: AppContext) {
    return response.department ? ctx.loaders.departmentById.load(response.department.id) : null;
  }

  @FieldResolver(() => AgentType, { nullable: true, description: "Set for an agent's personal response, seen by that agent alone; null = shared." })
  owner(@Root() response: CannedResponse, @Ctx() ctx: AppContext) {
    return response.owner ? ctx.loaders.agentById.load(response.owner.id) : null;
  }
}
