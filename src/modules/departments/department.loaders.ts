import type { EntityManager } from '@mikro-orm/postgresql';
import { keyedLoader } from '../../common/loaders';
import { Department } from './department.entity';

export function departmentLoaders(em: EntityManager) {
  return {
    departmentById: keyedLoader<string, Department>((ids) => em.find(Department, { id: { $in: [...ids] } }), (department) => department.id),
  };
}
