import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { bearerToken } from '../auth/tokens';
import type { AppMetrics } from './metrics';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** GET /metrics: the Prometheus text format; with `token`, only for `Authorization: Bearer <token>` (401 otherwise). */
export function metricsEndpoint(metrics: AppMetrics, token: string | undefined): RequestHandler {
  const expected = token === undefined ? undefined : digest(token);
  return async (req, res) => {
    const given = bearerToken(req.headers.authorization);
    // Digests compare in constant time whatever the length of what was sent.
    if (expected && (given === undefined || !timingSafeEqual(digest(given), expected))) {
      res.status(401).set('WWW-Authenticate', 'Bearer').type('text').send('Unauthorized');
      return;
    }
    const { contentType, body } = await metrics.render();
    res.set('Cache-Control', 'no-store').type(contentType).send(body);
  };
}
