import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';

const ISSUER = 'deskline';

export interface AgentTokenClaims {
  /** The agent's id. */
  sub: string;
  /** The agent's token version when it was signed; bumping it revokes every older token. */
  tv: number;
}

export type TokenClaims =
  | { typ: 'agent'; sub: string; tv: number; expiresAt: Date }
  /** `sub` is the customer session's id. */
  | { typ: 'customer'; sub: string; expiresAt: Date };

/** A token's claims, or why it is not acceptable: an expired one (4401 on a socket) is told apart from a forged or mangled one. */
export type TokenCheck = { valid: true; claims: TokenClaims } | { valid: false; expired: boolean };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class TokenService {
  /** jsonwebtoken turns a string secret into a KeyObject on every call (a third of a millisecond here): once is enough. */
  private readonly secret: KeyObject;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.secret = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  signAgentToken(claims: AgentTokenClaims): string {
    return jwt.sign({ tv: claims.tv, typ: 'agent' }, this.secret, {
      algorithm: 'HS256',
      subject: claims.sub,
      issuer: ISSUER,
      expiresIn: this.ttlSeconds,
    });
  }

  /** A customer's token lasts as long as its session. */
  signCustomerToken(sessionId: string, expiresAt: Date): string {
    return jwt.sign({ typ: 'customer', exp: Math.floor(expiresAt.getTime() / 1000) }, this.secret, {
      algorithm: 'HS256',
      subject: sessionId,
      issuer: ISSUER,
    });
  }

  check(token: string): TokenCheck {
    let payload: string | jwt.JwtPayload;
    try {
      payload = jwt.verify(token, this.secret, { algorithms: ['HS256'], issuer: ISSUER });
    } catch (error) {
      return { valid: false, expired: error instanceof jwt.TokenExpiredError };
    }
    if (typeof payload !== 'object' || typeof payload.sub !== 'string' || !UUID.test(payload.sub) || typeof payload.exp !== 'number') {
      return { valid: false, expired: false };
    }
    const expiresAt = new Date(payload.exp * 1000);
    if (payload.typ === 'agent' && typeof payload.tv === 'number') return { valid: true, claims: { typ: 'agent', sub: payload.sub, tv: payload.tv, expiresAt } };
    if (payload.typ === 'customer') return { valid: true, claims: { typ: 'customer', sub: payload.sub, expiresAt } };
    return { valid: false, expired: false };
  }
}

/**
 * The token of an `Authorization: Bearer <token>` value; undefined when there is no header. A
 * header of any other shape is handed on whole, to fail verification: credentials that cannot
 * be read are bad credentials, never a reason to treat the caller as anonymous.
 */
export function bearerToken(header: unknown): string | undefined {
  if (header === undefined || header === null || header === '') return undefined;
  const text = String(header);
  const match = /^Bearer\s+(\S+)\s*$/i.exec(text);
  return match?.[1] ?? text;
}
