import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase, migrateToLatest } from '../db/orm';
import { entities } from '../modules/entities';

/**
 * `create [name]`: applies pending migrations, then writes a new one with whatever the entities
 * changed. `check`: applies pending migrations and fails when the entities need a new one.
 */
async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: 'memory://', entities });
  try {
    await migrateToLatest(database.orm);
    const migrator = database.orm.getMigrator();
    if (command === 'create') {
      const initial = (await migrator.getExecutedMigrations()).length === 0;
      const result = await migrator.createMigration('migrations', false, initial);
      console.log(result.fileName ? `created migrations/${result.fileName}; add it to migrations/index.ts` : 'no changes');
      return 0;
    }
    if (command === 'check') {
      const needed = await migrator.checkMigrationNeeded();
      console.log(needed ? 'migrations are NOT in sync with the entities: run npm run migration:create' : 'migrations are in sync with the entities');
      return needed ? 1 : 0;
    }
    console.error('usage: migrations create|check');
    return 2;
  } finally {
    await database.close();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
