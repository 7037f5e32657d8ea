import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../auth/viewer';
import { countLoader } from '../../db/per-parent';
import { queueMembership, queuePositionsQuery, queueVisibility } from './queue-query';

/** Loaders of one operation for the queue, in the caller's view of it. */
export function queueLoaders(em: EntityManager, viewer: Viewer) {
  const visibility = queueVisibility(viewer);
  return {
    /** Department.queueLength: the queued tickets of each department the caller may see, as queue's totalCount counts them. */
    queueLength: countLoader(em, { from: '"ticket" t', parentColumn: 't."department_id"', conditions: queueMembership(visibility) }),

    /**
     * Ticket.queuePosition, by ticket id: one statement for a whole page; null for a ticket
     * not queued, without a department, or not visible. The queue query primes it with what its
     * page already tells.
     */
    queuePosition: new DataLoader<string, number | null>(async (ticketIds) => {
      const query = queuePositionsQuery(visibility, ticketIds);
      const rows = await em.execute<Array<{ id: string; position: number }>>(query.sql, query.params);
      const positions = new Map(rows.map((row) => [row.id, row.position]));
      return ticketIds.map((id) => positions.get(id) ?? null);
    }),
  };
}
