/*
 * Reading rows without the ORM: what `pg` returns for a table's own columns (Dates) or what
 * to_jsonb gives for a related row (ISO strings, numbers for bigints). Used where a read-only
 * page maps plain records instead of hydrating entities (see tickets/ticket-record.ts).
 */

/** A row of a table, by column name. */
export type Row = Record<string, unknown>;

export const instantOf = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));

export const instantOrNullOf = (value: unknown): Date | null => (value === null || value === undefined ? null : instantOf(value));

/** A foreign key as the `{ id }` a relation field's loader needs; null when unset. */
export const referenceOf = (value: unknown): { id: string } | null => (value === null || value === undefined ? null : { id: String(value) });
