import { positiveNumber, readFlags, UsageError } from '../common/flags';

/** The scenarios, in the order a run takes them; `--only` picks some. */
export const SCENARIOS = ['queue', 'unloaded', 'sql', 'search', 'reports', 'write', 'memory', 'live'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface HttpBenchArgs {
  seconds: number;
  warmupSeconds: number;
  connections: number;
  only: ReadonlySet<ScenarioName>;
  skipLive: boolean;
  postgresUrl: string;
  databaseName: string;
  logLevel: string;
  outDir: string;
  /** Node options of the Deskline server's command line, e.g. --cpu-prof. */
  serverNodeArgs: string;
}

export const USAGE = `npm run bench -- [flags]

  --seconds S        measured window of each loaded scenario                      15
  --warmup S         warm-up before each measured window                          5
  --connections N    concurrent connections of the loaded scenarios               50
  --only a,b         scenarios to run, of: ${SCENARIOS.join(', ')}   all
  --skip-live        do not run the live-subscription benchmark (bench:live)
  --database NAME    the database made by npm run bench:data                      deskline_bench
  --postgres URL     PostgreSQL server (its database part is ignored)             postgres://postgres@127.0.0.1:5432/postgres
  --log-level L      the server's LOG_LEVEL                                       warn
  --out DIR          where the JSON result goes                                   bench/results
  --server-node-args "..."  node options of the server, e.g. "--cpu-prof --cpu-prof-dir=bench/results/profiles"
`;


export function parseArgs(argv: readonly string[]): HttpBenchArgs {
  const args: HttpBenchArgs = {
    seconds: 15,
    warmupSeconds: 5,
    connections: 50,
    only: new Set(SCENARIOS),
    skipLive: false,
    postgresUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
    databaseName: 'deskline_bench',
    logLevel: 'warn',
    outDir: 'bench/results',
    serverNodeArgs: '',
  };
  readFlags(argv, (flag, value) => {
    switch (flag) {
      case '--seconds':
        args.seconds = positiveNumber(flag, value());
        break;
      case '--warmup':
        args.warmupSeconds = positiveNumber(flag, value(), true);
        break;
      case '--connections':
        args.connections = Math.round(positiveNumber(flag, value()));
        break;
      case '--only': {
        const names = value().split(',').map((name) => name.trim());
        const unknown = names.filter((name) => !(SCENARIOS as readonly string[]).includes(name));
        if (unknown.length) throw new UsageError(`--only takes names of ${SCENARIOS.join(', ')}; unknown: ${unknown.join(', ')}`);
        args.only = new Set(names as ScenarioName[]);
        break;
      }
      case '--skip-live':
        args.skipLive = true;
        break;
      case '--database':
        args.databaseName = value();
        break;
      case '--postgres':
        args.postgresUrl = value();
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
  return args;
}
