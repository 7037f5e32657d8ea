/**
 * A PostgreSQL array literal for a bound parameter: knex expands JS arrays given to `?` into
 * comma lists, so `= any(?::uuid[])` takes this text instead.
 */
export function pgArray(values: ReadonlyArray<string | number>): string {
  return `{${values.map((value) => `"${String(value).replace(/[\\"]/g, (char) => `\\${char}`)}"`).join(',')}}`;
}

/** A (I)LIKE pattern that finds `search` anywhere, its wildcards escaped: a search for "50%" means those characters. */
export const likePattern = (search: string): string => `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** A SQL condition with its positional (?) parameters. */
export interface Condition {
  sql: string;
  params: unknown[];
}

/** Conditions joined with AND, parameters in order. */
export function whereSql(conditions: readonly Condition[]): Condition {
  return { sql: conditions.map((condition) => condition.sql).join(' and '), params: conditions.flatMap((condition) => condition.params) };
}
