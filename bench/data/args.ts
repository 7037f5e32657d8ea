import { readFlags, UsageError } from '../common/flags';

export interface DataArgs {
  tickets: number;
  databaseName: string;
  serverUrl: string;
  outDir: string;
}

export const USAGE = `npm run bench:data -- [flags]

  --tickets N      tickets generated; contacts and messages scale with it   1000000
  --database NAME  database dropped, re-created and filled                   deskline_bench
  --server URL     PostgreSQL server (its database part is ignored)          postgres://postgres@127.0.0.1:5432
  --out DIR        where the JSON result goes                                bench/results
`;

export function parseArgs(argv: readonly string[]): DataArgs {
  const args: DataArgs = { tickets: 1_000_000, databaseName: 'deskline_bench', serverUrl: 'postgres://postgres@127.0.0.1:5432', outDir: 'bench/results' };
  readFlags(argv, (flag, value) => {
    switch (flag) {
      case '--tickets': {
        const text = value();
        args.tickets = Number(text);
        // Below 1,000 the departments' queues and the SLA policies' conditions stay empty.
        if (!Number.isInteger(args.tickets) || args.tickets < 1000) throw new UsageError(`--tickets needs a whole number of at least 1000, got "${text}"`);
        break;
      }
      case '--database':
        args.databaseName = value();
        break;
      case '--server':
        args.serverUrl = value();
        break;
      case '--out':
        args.outDir = value();
        break;
      default:
        return false;
    }
    return true;
  });
  return args;
}
