import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DeletePayload } from '../../graphql/delete-payload';
import type { AppContext } from '../context';
import { ContactGroupType } from '../contacts/contact.type';
import { DepartmentType } from '../departments/department.type';
import type { RoutingRule } from './routing-rule.entity';
import { RoutingRuleInput, UpdateRoutingRuleInput } from './routing-rule.inputs';
import { RoutingActionsType, RoutingConditionsType, RoutingRulePayload, RoutingRuleType } from './routing-rule.type';

@Resolver(() => RoutingRuleType)
export class RoutingRuleResolver {
  @Query(() => [RoutingRuleType], { description: 'OWNER and ADMIN. In the order they are tried.' })
  routingRules(@Ctx() ctx: AppContext) {
    return ctx.services.routingRules.list();
  }

  @Mutation(() => RoutingRulePayload, { description: 'OWNER and ADMIN.' })
  async createRoutingRule(@Arg('input') input: RoutingRuleInput, @Ctx() ctx: AppContext) {
    return { routingRule: await ctx.services.routingRules.create(input) };
  }

  @Mutation(() => RoutingRulePayload, { description: 'OWNER and ADMIN. Replaces the whole rule.' })
  async updateRoutingRule(@Arg('input') input: UpdateRoutingRuleInput, @Ctx() ctx: AppContext) {
    return { routingRule: await ctx.services.routingRules.update(input) };
  }

  @Mutation(() => DeletePayload, { description: 'OWNER and ADMIN. Tickets it routed keep its name in their ROUTED event.' })
  async deleteRoutingRule(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return { deletedId: await ctx.services.routingRules.delete(id) };
  }

  @FieldResolver(() => RoutingConditionsType)
  conditions(@Root() rule: RoutingRule): RoutingConditionsType {
    return { channels: rule.channels, contactGroupIds: rule.contactGroupIds, keywords: rule.keywords };
  }

  @FieldResolver(() => RoutingActionsType)
  actions(@Root() rule: RoutingRule): RoutingActionsType {
    return { departmentId: rule.department?.id ?? null, priority: rule.priority, tags: rule.tags };
  }
}

/** What loadMany found: entities only. */
const found = <T>(results: ReadonlyArray<T | undefined | Error>): T[] => results.filter((result): result is T => result !== undefined && !(result instanceof Error));

@Resolver(() => RoutingConditionsType)
export class RoutingConditionsResolver {
  @FieldResolver(() => [ContactGroupType], { description: 'Empty list = any.' })
  async contactGroups(@Root() conditions: RoutingConditionsType, @Ctx() ctx: AppContext) {
    return found(await ctx.loaders.contactGroupById.loadMany(conditions.contactGroupIds));
  }
}

@Resolver(() => RoutingActionsType)
export class RoutingActionsResolver {
  @FieldResolver(() => DepartmentType, { nullable: true, description: 'Set unless the creator chose a department; null = left as it is.' })
  async department(@Root() actions: RoutingActionsType, @Ctx() ctx: AppContext) {
    return actions.departmentId ? ((await ctx.loaders.departmentById.load(actions.departmentId)) ?? null) : null;
  }
}
