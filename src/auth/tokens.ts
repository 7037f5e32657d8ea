import jwt from 'jsonwebtoken';

const ISSUER = 'deskline';

export interface AgentTokenClaims {
  /** The agent's id. */
  sub: string;
  /** The agent's token version when it was signed; bumping it revokes every older token. */
  tv: number;
}

export class TokenService {
  constructor(
    private readonly secret: string,
    private readonly ttlSeconds: number,
  ) {}

  signAgentToken(claims: AgentTokenClaims): string {
    return jwt.sign({ tv: claims.tv, typ: 'agent' }, this.secret, {
      algorithm: 'HS256',
      subject: claims.sub,
      issuer: ISSUER,
      expiresIn: this.ttlSeconds,
    });
  }

  /** The claims of a valid, unexpired agent token; undefined for anything else. */
  verifyAgentToken(token: string): AgentTokenClaims | undefined {
    try {
      const payload = jwt.verify(token, this.secret, { algorithms: ['HS256'], issuer: ISSUER });
      if (typeof payload !== 'object' || payload.typ !== 'agent') return undefined;
      if (typeof payload.sub !== 'string' || typeof payload.tv !== 'number') return undefined;
      return { sub: payload.sub, tv: payload.tv };
    } catch {
      return undefined;
    }
  }
}

/** The token of an `Authorization: Bearer <token>` value. */
export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}
