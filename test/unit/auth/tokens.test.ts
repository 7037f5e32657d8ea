import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { TokenService, bearerToken } from '../../../src/auth/tokens';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';
const ID = '0b0e2c4e-7f39-4d4b-9b1e-3b7a8f0c9d21';
const tokens = new TokenService(SECRET, 3600);

describe('TokenService', () => {
  it('reads back an agent token with its version and expiry', () => {
    const check = tokens.check(tokens.signAgentToken({ sub: ID, tv: 3 }));
    expect(check).toMatchObject({ valid: true, claims: { typ: 'agent', sub: ID, tv: 3 } });
    if (!check.valid || check.claims.typ !== 'agent') throw new Error('unreachable');
    expect(check.claims.expiresAt.getTime()).toBeGreaterThan(Date.now() + 3500_000);
  });

  it('reads back a customer token expiring when its session does', () => {
    const expiresAt = new Date(Date.now() + 30 * 24 * 3600_000);
    const check = tokens.check(tokens.signCustomerToken(ID, expiresAt));
    expect(check).toEqual({ valid: true, claims: { typ: 'customer', sub: ID, expiresAt: new Date(Math.floor(expiresAt.getTime() / 1000) * 1000) } });
  });

  it('tells an expired token apart from a forged one', () => {
    const expired = tokens.signCustomerToken(ID, new Date(Date.now() - 1000));
    expect(tokens.check(expired)).toEqual({ valid: false, expired: true });
    const forged = jwt.sign({ typ: 'agent', tv: 0 }, 'another-secret-another-secret-another', { subject: ID, issuer: 'deskline', expiresIn: 60 });
    expect(tokens.check(forged)).toEqual({ valid: false, expired: false });
    expect(tokens.check('not.a.token')).toEqual({ valid: false, expired: false });
  });

  it('refuses a well-signed token of an unknown type, without a version, or with a subject that is no id', () => {
    const sign = (payload: object, subject: string) => jwt.sign(payload, SECRET, { subject, issuer: 'deskline', expiresIn: 60 });
    expect(tokens.check(sign({ typ: 'admin' }, ID))).toEqual({ valid: false, expired: false });
    expect(tokens.check(sign({ typ: 'agent' }, ID))).toEqual({ valid: false, expired: false });
    expect(tokens.check(sign({ typ: 'customer' }, "x' or 1=1"))).toEqual({ valid: false, expired: false });
  });

  it('refuses an unsigned token (alg none)', () => {
    const unsigned = jwt.sign({ typ: 'agent', tv: 0 }, '', { algorithm: 'none', subject: ID, issuer: 'deskline', expiresIn: 60 });
    expect(tokens.check(unsigned)).toEqual({ valid: false, expired: false });
  });
});

describe('bearerToken', () => {
  it.each([
    ['Bearer abc.def', 'abc.def'],
    ['bearer   abc.def  ', 'abc.def'],
    [undefined, undefined],
    ['', undefined],
  ])('reads %j as %j', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });

  it.each(['Basic abc', 'Bearer', 'Bearer a b', 'abc.def'])('hands %j on whole, so it fails verification instead of passing as anonymous', (header) => {
    expect(bearerToken(header)).toBe(header);
    expect(tokens.check(bearerToken(header)!)).toEqual({ valid: false, expired: false });
  });
});
