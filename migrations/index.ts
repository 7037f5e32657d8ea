import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123054126 } from './Migration20261123054126';
import { Migration20261123083549 } from './Migration20261123083549';
import { Migration20261123102255 } from './Migration20261123102255';

/** Every migration, oldest first. Listed here rather than discovered, so tests and bundles find them. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123054126', class: Migration20261123054126 },
  { name: 'Migration20261123083549', class: Migration20261123083549 },
  { name: 'Migration20261123102255', class: Migration20261123102255 },
];
