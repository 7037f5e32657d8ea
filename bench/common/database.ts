import { Client } from 'pg';

/** The URL of the server's maintenance database, for CREATE and DROP DATABASE. */
export function adminUrl(serverUrl: string): string {
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  return url.toString();
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl(serverUrl) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quoted = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name ${name}`);
  return `"${name}"`;
};

/** Drops `name` (whoever is connected) and creates it empty. */
export async function recreateDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, async (client) => {
    await client.query(`drop database if exists ${quoted(name)} with (force)`);
    await client.query(`create database ${quoted(name)}`);
  });
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, (client) => client.query(`drop database if exists ${quoted(name)} with (force)`));
}

/**
 * Holds a PostgreSQL advisory lock named after the benchmark database for as long as the run
 * lasts, so that a second run (from another worktree, say) cannot drop the database under the
 * first one: it is refused at once instead.
 */
export async function lockDatabaseName(serverUrl: string, name: string): Promise<{ release(): Promise<void> }> {
  const client = new Client({ connectionString: adminUrl(serverUrl) });
  await client.connect();
  const { rows } = await client.query<{ locked: boolean }>(`select pg_try_advisory_lock(hashtext('deskline bench ' || $1)) as locked`, [name]);
  if (!rows[0]?.locked) {
    await client.end();
    throw new Error(`another bench:live run is using the database ${name} on this PostgreSQL right now; wait for it, or pass --db another_name`);
  }
  return { release: () => client.end() };
}
