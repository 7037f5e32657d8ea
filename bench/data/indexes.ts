import type { Client } from 'pg';

/** The tables the generator fills in bulk. */
export const BULK_TABLES = ['contact', 'contact_identity', 'ticket', 'message', 'ticket_event'];

interface SavedDefinitions {
  indexes: Array<{ name: string; definition: string }>;
  foreignKeys: Array<{ table: string; name: string; definition: string }>;
}

/**
 * Drops the bulk tables' secondary indexes and foreign keys (kept: primary keys and unique
 * constraints), and returns their definitions as the migrations left them, for
 * {@link restoreIndexes}: building an index once is much cheaper than maintaining it row by row,
 * and one validating join cheaper than a trigger per row.
 */
/** Works through `items` with every lane at once, each lane taking the next item when it is free. */
export async function inLanes<T>(lanes: readonly Client[], items: readonly T[], work: (client: Client, item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    lanes.map(async (client) => {
      while (next < items.length) await work(client, items[next++]!);
    }),
  );
}

export async function dropBulkIndexes(client: Client): Promise<SavedDefinitions> {
  const indexes = await client.query<{ name: string; definition: string }>(
    `select i.indexname as name, i.indexdef as definition from pg_indexes i
     where i.schemaname = 'public' and i.tablename = any($1) and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
     order by i.tablename, i.indexname`,
    [BULK_TABLES],
  );
  const foreignKeys = await client.query<{ table: string; name: string; definition: string }>(
    `select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
     where contype = 'f' and conrelid::regclass::text = any($1) order by 1, 2`,
    [BULK_TABLES.map((table) => `"${table}"`).concat(BULK_TABLES)],
  );
  for (const { table, name } of foreignKeys.rows) await client.query(`alter table ${table} drop constraint "${name}"`);
  for (const { name } of indexes.rows) await client.query(`drop index "${name}"`);
  return { indexes: indexes.rows, foreignKeys: foreignKeys.rows };
}

/** Builds the indexes, shared out over the lanes (one connection each), then adds the foreign keys back. */
export async function restoreIndexes(lanes: readonly Client[], saved: SavedDefinitions): Promise<number> {
  await inLanes(lanes, saved.indexes, (client, { definition }) => client.query(definition));
  for (const { table, name, definition } of saved.foreignKeys) await lanes[0]!.query(`alter table ${table} add constraint "${name}" ${definition}`);
  return saved.indexes.length + saved.foreignKeys.length;
}
