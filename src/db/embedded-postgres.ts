import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export const IN_MEMORY = 'memory://';

/** A PostgreSQL that runs inside this process, reachable by the ordinary driver over a Unix socket. */
export interface EmbeddedPostgres {
  /** The socket's folder: the `host` the pg driver takes for a Unix socket. */
  socketDir: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts PGlite and serves it on a private Unix socket, so MikroORM's PostgreSQL driver and the
 * migrations work unchanged. PGlite runs on this process's main thread and serves one
 * connection at a time: good for development and small installs, not for load.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  let database: PGlite;
  if (dataDir === IN_MEMORY) {
    database = await PGlite.create();
  } else {
    const path = resolve(dataDir);
    await mkdir(path, { recursive: true });
    database = await PGlite.create(path);
  }
  const socketDir = await mkdtemp(join(tmpdir(), 'deskline-pg-'));
  const port = 5432;
  const server = new PGLiteSocketServer({ db: database, path: join(socketDir, `.s.PGSQL.${port}`) });
  await server.start();
  return {
    socketDir,
    port,
    async stop() {
      await server.stop();
      await database.close();
      await rm(socketDir, { recursive: true, force: true });
    },
  };
}
