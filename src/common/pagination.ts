import { badInput } from '../errors/app-error';

export const MAX_PAGE_SIZE = 100;

/** What a service returns for a Relay connection; totalCount runs only when a client asks. */
export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: () => Promise<number>;
}

export function pageSize(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return size;
}

/** Cursors are opaque to clients: the sort key values of the row they point at. */
export function encodeCursor(values: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, shape: ReadonlyArray<'string' | 'number'>): Array<string | number> {
  const invalid = () => badInput('after', 'after is not a valid cursor');
  if (!/^[A-Za-z0-9_-]{1,1000}$/.test(cursor)) throw invalid();
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(values) || values.length !== shape.length) throw invalid();
  values.forEach((value, index) => {
    if (typeof value !== shape[index]) throw invalid();
  });
  return values as Array<string | number>;
}

/**
 * Builds a connection from a page fetched with one row more than asked for: the extra row
 * only tells that there is a next page.
 */
export function toConnection<T>(
  rowsPlusOne: T[],
  size: number,
  cursorOf: (node: T) => string,
  totalCount: () => Promise<number>,
): Connection<T> {
  const hasNextPage = rowsPlusOne.length > size;
  const nodes = hasNextPage ? rowsPlusOne.slice(0, size) : rowsPlusOne;
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
