import { DefaultLogger, MikroORM, type EntityClass, type LogContext, type LoggerOptions, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { migrationsList } from '../../migrations';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

export type Orm = MikroORM<PostgreSqlDriver>;

export interface DatabaseOptions {
  /** PostgreSQL URL; unset = embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  entities: EntityClass<unknown>[];
  /** Connections to a real PostgreSQL. @default 10 */
  poolSize?: number;
  /** Sees every SQL statement once it ran, transaction control included (metrics and tests count them). */
  onQuery?: (sql: string) => void;
}

export interface Database {
  orm: Orm;
  embedded: boolean;
  /** The connections of the pool in front of the database (one, on the embedded one). */
  poolUse(): PoolUse;
  close(): Promise<void>;
}

export interface PoolUse {
  inUse: number;
  idle: number;
  /** Callers waiting for a connection. */
  waiting: number;
}

/**
 * MikroORM's `onQuery` option sees the statements it builds but not BEGIN, COMMIT, ROLLBACK
 * or savepoints; its query logger is told of every statement, those included, whether or not
 * query logging is on.
 */
class StatementLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly onStatement: (sql: string) => void,
  ) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    this.onStatement(context.query);
    super.logQuery(context);
  }
}

/** knex's pool (tarn) behind MikroORM's connection. */
function poolUseOf(orm: Orm): PoolUse {
  const pool = orm.em.getConnection().getKnex().client.pool as { numUsed(): number; numFree(): number; numPendingAcquires(): number } | undefined;
  return pool ? { inUse: pool.numUsed(), idle: pool.numFree(), waiting: pool.numPendingAcquires() } : { inUse: 0, idle: 0, waiting: 0 };
}

function ormOptions(options: DatabaseOptions, connection: Partial<Options<PostgreSqlDriver>>): Options<PostgreSqlDriver> {
  const onQuery = options.onQuery;
  return {
    driver: PostgreSqlDriver,
    entities: options.entities,
    ...connection,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    ensureDatabase: false,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      path: 'migrations',
      pathTs: 'migrations',
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
    ...(onQuery ? { loggerFactory: (loggerOptions: LoggerOptions) => new StatementLogger(loggerOptions, onQuery) } : {}),
  };
}

/**
 * Connects MikroORM to DATABASE_URL, or to an embedded PostgreSQL when there is none. The
 * embedded one gets a pool of exactly one connection: PGlite serves one at a time, and an open
 * transaction on one connection would block a second forever.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const orm = await MikroORM.init(
      ormOptions(options, { clientUrl: options.databaseUrl, pool: { min: 0, max: options.poolSize ?? 10 } }),
    );
    return { orm, embedded: false, poolUse: () => poolUseOf(orm), close: () => orm.close(true) };
  }
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres(options.dataDir);
  try {
    const orm = await MikroORM.init(
      ormOptions(options, {
        host: embedded.socketDir,
        port: embedded.port,
        user: 'postgres',
        dbName: 'postgres',
        pool: { min: 1, max: 1 },
      }),
    );
    return {
      orm,
      embedded: true,
      poolUse: () => poolUseOf(orm),
      async close() {
        await orm.close(true);
        await embedded.stop();
      },
    };
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

export async function migrateToLatest(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}
