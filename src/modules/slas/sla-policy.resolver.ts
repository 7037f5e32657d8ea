import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DeletePayload } from '../../graphql/delete-payload';
import type { AppContext } from '../context';
import { ContactGroupType } from '../contacts/contact.type';
import { DepartmentType } from '../departments/department.type';
import type { SlaPolicy } from './sla-policy.entity';
import { SlaPolicyInput, UpdateSlaPolicyInput } from './sla.inputs';
import { SlaConditionsType, SlaPolicyPayload, SlaPolicyType, TicketSlaType } from './sla.type';

/** What loadMany found: entities only (a condition may name a department that no longer exists). */
const found = <T>(results: ReadonlyArray<T | undefined | Error>): T[] => results.filter((result): result is T => result !== undefined && !(result instanceof Error));

@Resolver(() => SlaPolicyType)
export class SlaPolicyResolver {
  @Query(() => [SlaPolicyType])
  slaPolicies(@Ctx() ctx: AppContext) {
    return ctx.services.slaPolicies.list();
  }

  @Mutation(() => SlaPolicyPayload, { description: 'OWNER and ADMIN.' })
  async createSlaPolicy(@Arg('input') input: SlaPolicyInput, @Ctx() ctx: AppContext) {
    return { slaPolicy: await ctx.services.slaPolicies.create(input) };
  }

  @Mutation(() => SlaPolicyPayload, { description: 'OWNER and ADMIN.' })
  async updateSlaPolicy(@Arg('input') input: UpdateSlaPolicyInput, @Ctx() ctx: AppContext) {
    return { slaPolicy: await ctx.services.slaPolicies.update(input) };
  }

  @Mutation(() => DeletePayload, { description: 'OWNER and ADMIN. Its open tickets are matched again.' })
  async deleteSlaPolicy(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return { deletedId: await ctx.services.slaPolicies.delete(id) };
  }

  @FieldResolver(() => SlaConditionsType)
  conditions(@Root() policy: SlaPolicy): SlaConditionsType {
    return { departmentIds: policy.departmentIds, contactGroupIds: policy.contactGroupIds, channels: policy.channels };
  }
}

@Resolver(() => SlaConditionsType)
export class SlaConditionsResolver {
  @FieldResolver(() => [DepartmentType], { description: 'Empty list = any.' })
  async departments(@Root() conditions: SlaConditionsType, @Ctx() ctx: AppContext) {
    return found(await ctx.loaders.departmentById.loadMany(conditions.departmentIds));
  }

  @FieldResolver(() => [ContactGroupType])
  async contactGroups(@Root() conditions: SlaConditionsType, @Ctx() ctx: AppContext) {
    return found(await ctx.loaders.contactGroupById.loadMany(conditions.contactGroupIds));
  }
}

@Resolver(() => TicketSlaType)
export class TicketSlaResolver {
  @FieldResolver(() => SlaPolicyType)
  policy(@Root() sla: TicketSlaType, @Ctx() ctx: AppContext) {
    return ctx.loaders.slaPolicyById.load(sla.policyId);
  }
}
