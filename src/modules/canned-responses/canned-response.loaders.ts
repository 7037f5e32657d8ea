import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../auth/viewer';
import { keyedLoader } from '../../common/loaders';
import { CannedResponse } from './canned-response.entity';
import { canSeeCannedResponse, scopeOf } from './canned-response.policy';

/** Loaders of one operation; like tickets, a canned response the caller may not see is not found. */
export function cannedResponseLoaders(em: EntityManager, viewer: Viewer) {
  return {
    cannedResponseById: keyedLoader<string, CannedResponse>(
      async (ids) => (await em.find(CannedResponse, { id: { $in: [...ids] } })).filter((response) => canSeeCannedResponse(viewer, scopeOf(response))),
      (response) => response.id,
    ),
  };
}
