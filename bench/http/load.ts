/**
 * The load process of `npm run bench`: forked by the harness so that autocannon's CPU is not
 * the harness's. It runs one autocannon job per 'run' message and answers with its figures.
 */
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { ownCpuMs } from '../common/proc';
import { Samples, summarize } from '../common/stats';
import type { FromLoad, LoadFigures, LoadJob, ToLoad } from './protocol';

/** A key, not a value: an escaped quote inside a string value never precedes a colon unescaped. */
const hasGraphQLErrors = (body: unknown) => String(body).includes('"errors":');

const runTag = randomBytes(4).toString('hex');
let sequence = 0;

function requestBody(job: LoadJob, turn: number): string {
  const body = job.bodies[turn % job.bodies.length] as string;
  return job.uniqueToken ? body.replaceAll(job.uniqueToken, `${runTag}-${++sequence}`) : body;
}

/** One autocannon run; latencies are taken from each 2xx response, since autocannon's own histogram keeps whole milliseconds. */
async function run(job: LoadJob): Promise<LoadFigures> {
  const cpuBefore = ownCpuMs();
  let turn = 0;
  const varies = job.bodies.length > 1 || job.uniqueToken !== undefined;
  const latencies = new Samples();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...job.headers },
        connections: job.connections,
        duration: job.seconds,
        ...(varies ? { requests: [{ setupRequest: (request) => ({ ...request, body: requestBody(job, turn++) }) }] } : { body: job.bodies[0] }),
        verifyBody: (body) => !hasGraphQLErrors(body),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  const latency = summarize(latencies.values());
  const requests = result.requests.total;
  return {
    requests,
    durationSeconds: result.duration,
    requestsPerSecond: requests / result.duration,
    latencyMs: latency ? { p50: latency.p50, p90: latency.p90, p99: latency.p99, max: latency.max, mean: latency.mean } : null,
    non2xx: result.non2xx,
    socketErrors: result.errors,
    graphqlErrors: result.mismatches,
    loadCpuMs: ownCpuMs() - cpuBefore,
  };
}

process.on('message', (message: ToLoad) => {
  run(message.job).then(
    (figures) => process.send?.({ type: 'done', figures } satisfies FromLoad),
    (error: unknown) => process.send?.({ type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies FromLoad),
  );
});
process.on('disconnect', () => process.exit(0));
