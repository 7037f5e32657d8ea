import { expect } from 'vitest';
import { AppError, ErrorCode } from '../../src/errors/app-error';

/** Asserts that `action` throws an AppError with these properties. */
export function expectAppError(action: () => unknown, expected: { code: ErrorCode; field?: string; message?: string }): void {
  let thrown: unknown;
  try {
    action();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(AppError);
  expect(thrown).toMatchObject(expected);
}

/** Asserts BAD_USER_INPUT naming `field`, and with exactly `message` when one is given. */
export function expectBadInput(action: () => unknown, field: string, message?: string): void {
  expectAppError(action, { code: ErrorCode.BAD_USER_INPUT, field, ...(message === undefined ? {} : { message }) });
}
