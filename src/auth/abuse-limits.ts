import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { rateLimited } from '../errors/app-error';

/** At most `points` within `durationSeconds`. */
export interface RateLimit {
  points: number;
  durationSeconds: number;
}

export interface AbuseLimitSettings {
  /** Login attempts from one client address. */
  loginPerAddress: RateLimit;
  /** Failed logins for one email, known or not (counting unknown ones too reveals nothing). */
  loginFailuresPerAccount: RateLimit;
  /** Support requests from one client address. */
  supportRequestsPerAddress: RateLimit;
  /** Support requests naming one email. */
  supportRequestsPerEmail: RateLimit;
}

/** Where the counters live: this process, or a Redis every instance shares. */
export type CounterStore = { kind: 'memory' } | { kind: 'redis'; client: Redis; prefix: string };

function limiter({ points, durationSeconds }: RateLimit, name: string, store: CounterStore): RateLimiterAbstract {
  if (store.kind === 'memory') return new RateLimiterMemory({ points, duration: durationSeconds, keyPrefix: name });
  return new RateLimiterRedis({ storeClient: store.client, points, duration: durationSeconds, keyPrefix: `${store.prefix}${name}` });
}

/** A rejection of rate-limiter-flexible is a RateLimiterRes when the limit is hit, an Error when its store failed. */
async function consumeOrRefuse(limit: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limit.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw rateLimited(rejection.msBeforeNext / 1000);
    throw rejection;
  }
}

/**
 * The public endpoints' brakes: login and submitSupportRequest, per client address and per
 * account. With Redis (REDIS_URL), every instance counts on the same counters; otherwise each
 * process counts on its own.
 */
export class AbuseLimits {
  private readonly loginByAddress: RateLimiterAbstract;
  private readonly loginFailuresByAccount: RateLimiterAbstract;
  private readonly requestsByAddress: RateLimiterAbstract;
  private readonly requestsByEmail: RateLimiterAbstract;

  constructor(
    private readonly settings: AbuseLimitSettings,
    store: CounterStore = { kind: 'memory' },
  ) {
    this.loginByAddress = limiter(settings.loginPerAddress, 'login-address', store);
    this.loginFailuresByAccount = limiter(settings.loginFailuresPerAccount, 'login-account', store);
    this.requestsByAddress = limiter(settings.supportRequestsPerAddress, 'request-address', store);
    this.requestsByEmail = limiter(settings.supportRequestsPerEmail, 'request-email', store);
  }

  /** Before the password is even looked at: an account with too many failures is locked for a while, right password or not. */
  async beforeLogin(clientAddress: string, email: string): Promise<void> {
    await consumeOrRefuse(this.loginByAddress, clientAddress);
    const failures = await this.loginFailuresByAccount.get(email);
    if (failures && failures.consumedPoints >= this.settings.loginFailuresPerAccount.points) throw rateLimited(failures.msBeforeNext / 1000);
  }

  async loginFailed(email: string): Promise<void> {
    await this.loginFailuresByAccount.penalty(email);
  }

  async loginSucceeded(email: string): Promise<void> {
    await this.loginFailuresByAccount.delete(email);
  }

  async beforeSupportRequest(clientAddress: string, email: string): Promise<void> {
    await consumeOrRefuse(this.requestsByAddress, clientAddress);
    await consumeOrRefuse(this.requestsByEmail, email);
  }
}
