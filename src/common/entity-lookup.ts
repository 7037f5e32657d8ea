import { UniqueConstraintViolationException, type EntityManager, type EntityName, type FilterQuery } from '@mikro-orm/core';
import { AppError, ErrorCode, conflict } from '../errors/app-error';
import { keyOf } from './global-id';

const notFoundError = (typeName: string, field?: string) => new AppError(ErrorCode.NOT_FOUND, `${typeName} not found`, field);

/** The database key of a global id of the given type; NOT_FOUND (naming the input field) when it is not one. */
export function requireKey(globalId: string, typeName: string, field?: string): string {
  const key = keyOf(globalId, typeName);
  if (key === undefined) throw notFoundError(typeName, field);
  return key;
}

/** Loads an entity by its global id, or fails with NOT_FOUND: malformed, foreign and unknown ids alike. */
export async function findByGlobalId<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  typeName: string,
  globalId: string,
  field?: string,
): Promise<T> {
  const key = requireKey(globalId, typeName, field);
  const found = await em.findOne(entity, { id: key } as FilterQuery<T>);
  if (!found) throw notFoundError(typeName, field);
  return found;
}

/** Loads every entity of a list of global ids, or fails with NOT_FOUND naming the field. */
export async function findAllByGlobalIds<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  typeName: string,
  globalIds: readonly string[],
  field: string,
): Promise<T[]> {
  const keys = [...new Set(globalIds.map((id) => requireKey(id, typeName, field)))];
  if (keys.length === 0) return [];
  const found = await em.find(entity, { id: { $in: keys } } as unknown as FilterQuery<T>);
  if (found.length !== keys.length) throw notFoundError(typeName, field);
  return found;
}

/** Runs a write and turns a violation of a unique index into CONFLICT with the given message. */
export async function conflictOnDuplicate<T>(write: () => Promise<T>, message: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict(message);
    throw error;
  }
}
