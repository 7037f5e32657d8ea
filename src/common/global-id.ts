/**
 * Opaque, typed ids: a client sees base64url("Type:key"), so node(id) knows the table to read
 * and no id of one type can be passed where another is expected.
 */
export function toGlobalId(type: string, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; key: string } | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(globalId)) return undefined;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0 || colon === decoded.length - 1) return undefined;
  return { type: decoded.slice(0, colon), key: decoded.slice(colon + 1) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BIGINT = /^[1-9][0-9]{0,17}$/;

/** Whether a key has the shape of a uuid, the key of every entity but messages and events. */
export const isUuid = (key: string): boolean => UUID.test(key);

/** The database key behind a global id of the expected type, or undefined when it is not one. */
export function keyOf(globalId: string, type: string): string | undefined {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) return undefined;
  return UUID.test(parsed.key) || BIGINT.test(parsed.key) ? parsed.key : undefined;
}
