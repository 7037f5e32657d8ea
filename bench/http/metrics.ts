/**
 * The server's count of SQL statements, from its Prometheus text on GET /metrics: the sum of
 * every sample of the counter. Null when the server has no /metrics or no such counter.
 */
export const SQL_STATEMENTS_COUNTER = 'deskline_db_statements_total';

export async function sqlStatements(baseUrl: string): Promise<number | null> {
  let text: string;
  try {
    const response = await fetch(`${baseUrl}/metrics`);
    text = await response.text();
    if (response.status !== 200) return null;
  } catch {
    return null;
  }
  let total: number | null = null;
  for (const line of text.split('\n')) {
    const match = /^(\w+)(?:\{[^}]*\})? ([0-9.eE+-]+)/.exec(line);
    if (match?.[1] === SQL_STATEMENTS_COUNTER) total = (total ?? 0) + Number(match[2]);
  }
  return total;
}
