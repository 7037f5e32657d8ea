import { describe, expect, it } from 'vitest';
import { AbuseLimits, type AbuseLimitSettings } from '../../../src/auth/abuse-limits';
import { AppError, ErrorCode } from '../../../src/errors/app-error';

const minute = (points: number) => ({ points, durationSeconds: 60 });
const limits = (overrides: Partial<AbuseLimitSettings> = {}) =>
  new AbuseLimits({
    loginPerAddress: minute(100),
    loginFailuresPerAccount: minute(100),
    supportRequestsPerAddress: minute(100),
    supportRequestsPerEmail: minute(100),
    ...overrides,
  });

async function outcome(attempt: Promise<void>): Promise<string> {
  try {
    await attempt;
    return 'ok';
  } catch (error) {
    if (error instanceof AppError && error.code === ErrorCode.RATE_LIMITED) return 'RATE_LIMITED';
    throw error;
  }
}

describe('AbuseLimits', () => {
  it('counts login attempts per client address, each address on its own', async () => {
    const guard = limits({ loginPerAddress: minute(2) });
    const results = [];
    for (const address of ['10.0.0.1', '10.0.0.1', '10.0.0.1', '10.0.0.2']) results.push(await outcome(guard.beforeLogin(address, 'a@x.io')));
    expect(results).toEqual(['ok', 'ok', 'RATE_LIMITED', 'ok']);
  });

  it('locks an account after its failures, from any address, until a success clears them', async () => {
    const guard = limits({ loginFailuresPerAccount: minute(2) });
    await guard.loginFailed('a@x.io');
    expect(await outcome(guard.beforeLogin('10.0.0.1', 'a@x.io'))).toBe('ok');
    await guard.loginFailed('a@x.io');
    expect(await outcome(guard.beforeLogin('10.0.0.9', 'a@x.io'))).toBe('RATE_LIMITED');
    expect(await outcome(guard.beforeLogin('10.0.0.9', 'b@x.io'))).toBe('ok');
    await guard.loginSucceeded('a@x.io');
    expect(await outcome(guard.beforeLogin('10.0.0.9', 'a@x.io'))).toBe('ok');
  });

  it('limits support requests per address and per email', async () => {
    const guard = limits({ supportRequestsPerAddress: minute(2), supportRequestsPerEmail: minute(1) });
    expect(await outcome(guard.beforeSupportRequest('10.0.0.1', 'a@x.io'))).toBe('ok');
    expect(await outcome(guard.beforeSupportRequest('10.0.0.2', 'a@x.io'))).toBe('RATE_LIMITED');
    expect(await outcome(guard.beforeSupportRequest('10.0.0.1', 'b@x.io'))).toBe('ok');
    expect(await outcome(guard.beforeSupportRequest('10.0.0.1', 'c@x.io'))).toBe('RATE_LIMITED');
  });

  it('says when to try again', async () => {
    const guard = limits({ supportRequestsPerEmail: minute(1) });
    await guard.beforeSupportRequest('10.0.0.1', 'a@x.io');
    await expect(guard.beforeSupportRequest('10.0.0.1', 'a@x.io')).rejects.toThrow(/try again in (59|60) seconds/);
  });
});
