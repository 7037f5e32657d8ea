import type { EntityManager } from '@mikro-orm/postgresql';
import { keyedLoader } from '../../common/loaders';
import { SlaPolicy } from './sla-policy.entity';

export function slaLoaders(em: EntityManager) {
  return {
    /** Deleted policies too: the tickets they applied to still name them. */
    slaPolicyById: keyedLoader<string, SlaPolicy>((ids) => em.find(SlaPolicy, { id: { $in: [...ids] } }), (policy) => policy.id),
  };
}
