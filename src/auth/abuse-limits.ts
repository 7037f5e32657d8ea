import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
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

const limiter = ({ points, durationSeconds }: RateLimit, keyPrefix: string) => new RateLimiterMemory({ points, duration: durationSeconds, keyPrefix });

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
 * account. Counters live in this process (one instance's view; several instances each count
 * on their own).
 */
export class AbuseLimits {
  private readonly loginByAddress: RateLimiterAbstract;
  private readonly loginFailuresByAccount: RateLimiterAbstract;
  private readonly requestsByAddress: RateLimiterAbstract;
  private readonly requestsByEmail: RateLimiterAbstract;

  constructor(private readonly settings: AbuseLimitSettings) {
    this.loginByAddress = limiter(settings.loginPerAddress, 'login-address');
    this.loginFailuresByAccount = limiter(settings.loginFailuresPerAccount, 'login-account');
    this.requestsByAddress = limiter(settings.supportRequestsPerAddress, 'request-address');
    this.requestsByEmail = limiter(settings.supportRequestsPerEmail, 'request-email');
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
