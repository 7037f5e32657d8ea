import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, whereSql as where, type Condition } from './sql';

interface PerParentQuery {
  /** Table and alias, e.g. `"message" m`. */
  from: string;
  /** The parent key column, e.g. `m."ticket_id"`. */
  parentColumn: string;
  parentKeys: readonly string[];
  conditions: Condition[];
}

const parentCondition = (query: PerParentQuery): Condition => ({ sql: `${query.parentColumn} = any(?::uuid[])`, params: [pgArray(query.parentKeys)] });

/**
 * The first `limit` rows of each parent in one statement (a window function), so the same
 * page of many parents (messages of 50 tickets) costs one query, not one per parent.
 */
export async function firstRowsPerParent(
  em: EntityManager,
  query: PerParentQuery & { orderBy: string; limit: number },
): Promise<Array<Record<string, unknown>>> {
  const filter = where([parentCondition(query), ...query.conditions]);
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select * from (
       select *, row_number() over (partition by ${query.parentColumn} order by ${query.orderBy}) as "row_rank"
       from ${query.from} where ${filter.sql}
     ) ranked where "row_rank" <= ? order by "row_rank"`,
    [...filter.params, query.limit],
  );
  return rows.map(({ row_rank: _rank, ...row }) => row);
}

/** How many rows each parent has, in one statement; parents without rows count 0. */
export async function countPerParent(em: EntityManager, query: PerParentQuery): Promise<Map<string, number>> {
  const filter = where([parentCondition(query), ...query.conditions]);
  const rows = await em.execute<Array<{ parent: string; count: number }>>(
      `select ${query.parentColumn} as "parent", count(*)::int as "count" from ${query.from} where ${filter.sql} group by ${query.parentColumn}`,
      filter.params,
    );
  return new Map(rows.map((row) => [row.parent, row.count]));
}

/** A loader of how many rows each parent key has, batched into one statement. */
export function countLoader(em: EntityManager, query: Omit<PerParentQuery, 'parentKeys'>): DataLoader<string, number> {
  return new DataLoader<string, number>(async (parentKeys) => {
    const counts = await countPerParent(em, { ...query, parentKeys });
    return parentKeys.map((key) => counts.get(key) ?? 0);
  });
}
