import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../context';
import { AgentType } from '../agents/agent.type';
import { CannedResponseType } from '../canned-responses/canned-response.type';
import type { Department } from './department.entity';
import { DepartmentInput, UpdateDepartmentInput } from './department.inputs';
import { DepartmentPayload, DepartmentType } from './department.type';

@Resolver(() => DepartmentType)
export class DepartmentResolver {
  @Query(() => [DepartmentType])
  departments(@Ctx() ctx: AppContext) {
    return ctx.services.departments.list();
  }

  @Mutation(() => DepartmentPayload, { description: 'OWNER and ADMIN.' })
  async createDepartment(@Arg('input') input: DepartmentInput, @Ctx() ctx: AppContext) {
    return { department: await ctx.services.departments.create(input) };
  }

  @Mutation(() => DepartmentPayload, { description: 'OWNER and ADMIN.' })
  async updateDepartment(@Arg('input') input: UpdateDepartmentInput, @Ctx() ctx: AppContext) {
    return { department: await ctx.services.departments.update(input) };
  }

  @FieldResolver(() => CannedResponseType, {
    nullable: true,
    description: 'The canned response that acknowledges each new ticket; null when none, or when the caller may not see it.',
  })
  async acknowledgement(@Root() department: Department, @Ctx() ctx: AppContext) {
    return department.acknowledgementId ? ((await ctx.loaders.cannedResponseById.load(department.acknowledgementId)) ?? null) : null;
  }

  @FieldResolver(() => [AgentType])
  async agents(@Root() department: Department, @Ctx() ctx: AppContext) {
    const memberships = await ctx.loaders.agentsOfDepartment.load(department.id);
    return memberships.map((membership) => membership.agent);
  }

  @FieldResolver(() => Int, { description: 'Tickets of this department now in the queue (NEW or OPEN) that the caller may see.' })
  queueLength(@Root() department: Department, @Ctx() ctx: AppContext) {
    return ctx.loaders.queueLength.load(department.id);
  }
}
