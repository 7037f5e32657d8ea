import type { EntityManager } from '@mikro-orm/postgresql';
import { keyedLoader } from '../../common/loaders';
import { RoutingRule } from './routing-rule.entity';

export function routingLoaders(em: EntityManager) {
  return {
    routingRuleById: keyedLoader<string, RoutingRule>((ids) => em.find(RoutingRule, { id: { $in: [...ids] } }), (rule) => rule.id),
  };
}
