import { positiveNumber, readFlags, UsageError } from '../common/flags';
import type { Only } from './protocol';

export interface BenchArgs {
  clients: number;
  seconds: number;
  rate: number;
  instances: number[];
  only: Only;
  tickets: number;
  batchSize: number;
  drainSeconds: number;
  queueFirst: number;
  calibrationSteps: number;
  baseline: boolean;
  keepDatabase: boolean;
  postgresUrl: string;
  databaseName: string;
  redisUrl: string;
  logLevel: string;
  outDir: string;
  /** Node options for the Deskline servers' command line, e.g. --cpu-prof. */
  serverNodeArgs: string;
}

export const USAGE = `npm run bench:live -- [flags]

  --clients N        subscriber sockets per subscription (and baseline sockets)   1000
  --seconds S        length of the measured window                                30
  --rate R           changes (and baseline broadcasts) per second                 10
  --instances 1|2|both  one server, two behind Redis, or one then the other       both
  --only ticket|queue|both  which subscriptions to load                           both
  --tickets N        tickets created in the department                            200
  --batch N          sockets opened at once while connecting                      50
  --drain S          longest wait for late deliveries after the last change       30
  --queue-first N    queueChanged(first:)                                         20
  --calibration N    changes measured with no socket open (0: none)               20
  --no-baseline      skip the bare ws baseline
  --keep-db          keep the benchmark database after the run
  --postgres URL     PostgreSQL server (its database part is ignored)             postgres://postgres@127.0.0.1:5432/postgres
  --db NAME          database dropped and re-created for each mode                deskline_bench_live
  --redis URL        REDIS_URL given to the servers with --instances 2            redis://127.0.0.1:6379
  --log-level L      the servers' LOG_LEVEL                                       warn
  --out DIR          where the JSON result goes                                   bench/results
  --server-node-args "..."  node options of the servers, e.g. "--cpu-prof --cpu-prof-dir=bench/results/profiles"
`;

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    clients: 1000,
    seconds: 30,
    rate: 10,
    instances: [1, 2],
    only: 'both',
    tickets: 200,
    batchSize: 50,
    drainSeconds: 30,
    queueFirst: 20,
    calibrationSteps: 20,
    baseline: true,
    keepDatabase: false,
    postgresUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
    databaseName: 'deskline_bench_live',
    redisUrl: 'redis://127.0.0.1:6379',
    logLevel: 'warn',
    outDir: 'bench/results',
    serverNodeArgs: '',
  };
  readFlags(argv, (flag, value) => {
    switch (flag) {
      case '--clients':
        args.clients = Math.round(positiveNumber(flag, value()));
        break;
      case '--seconds':
        args.seconds = positiveNumber(flag, value());
        break;
      case '--rate':
        args.rate = positiveNumber(flag, value());
        break;
      case '--instances': {
        const text = value();
        if (text === 'both') args.instances = [1, 2];
        else if (text === '1' || text === '2') args.instances = [Number(text)];
        else throw new UsageError(`--instances is 1, 2 or both, got "${text}"`);
        break;
      }
      case '--only': {
        const text = value();
        if (text !== 'ticket' && text !== 'queue' && text !== 'both') throw new UsageError(`--only is ticket, queue or both, got "${text}"`);
        args.only = text;
        break;
      }
      case '--tickets':
        args.tickets = Math.round(positiveNumber(flag, value()));
        break;
      case '--batch':
        args.batchSize = Math.round(positiveNumber(flag, value()));
        break;
      case '--drain':
        args.drainSeconds = positiveNumber(flag, value());
        break;
      case '--queue-first':
        args.queueFirst = Math.round(positiveNumber(flag, value()));
        break;
      case '--calibration':
        args.calibrationSteps = Math.round(positiveNumber(flag, value(), true));
        break;
      case '--no-baseline':
        args.baseline = false;
        break;
      case '--keep-db':
        args.keepDatabase = true;
        break;
      case '--postgres':
        args.postgresUrl = value();
        break;
      case '--db':
        args.databaseName = value();
        break;
      case '--redis':
        args.redisUrl = value();
        break;
      case '--log-level':
        args.logLevel = value();
        break;
      case '--out':
        args.outDir = value();
        break;
      case '--server-node-args':
        args.serverNodeArgs = value();
        break;
      default:
        return false;
    }
    return true;
  });
  if (args.tickets < 40) throw new UsageError('--tickets must be at least 40 (the changes need a pool of CRITICAL and HIGH tickets)');
  return args;
}
