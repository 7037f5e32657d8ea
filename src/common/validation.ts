import { badInput } from '../errors/app-error';

/** Trims and checks a required text's length in characters. */
export function requireText(value: string | null | undefined, field: string, limits: { max: number; min?: number }): string {
  const min = limits.min ?? 1;
  if (value === null || value === undefined) throw badInput(field, `${field} is required`);
  const text = value.trim();
  if (text.length < min) throw badInput(field, min === 1 ? `${field} must not be empty` : `${field} must have at least ${min} characters`);
  if (text.length > limits.max) throw badInput(field, `${field} must have at most ${limits.max} characters`);
  return text;
}

/** An optional text: null or blank clears it. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requireText(value, field, { max });
}

/** In update inputs, null means "clear"; for a value that cannot be cleared it is bad input. */
export function notNull<T>(value: T | null | undefined, field: string): T | undefined {
  if (value === null) throw badInput(field, `${field} cannot be null`);
  return value;
}

export const MAX_BODY_BYTES = 64 * 1024;

export function requireBody(value: string | null | undefined, field = 'body'): string {
  if (value === null || value === undefined || value.trim() === '') throw badInput(field, `${field} must not be empty`);
  if (Buffer.byteLength(value, 'utf8') > MAX_BODY_BYTES) throw badInput(field, `${field} must be at most 64 KB`);
  return value;
}

/** Distinct values, first occurrence order kept. */
export const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];
