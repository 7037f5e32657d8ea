import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123054126 } from './Migration20261123054126';
import { Migration20261123083549 } from './Migration20261123083549';
import { Migration20261123102224 } from './Migration20261123102224';
import { Migration20261123102255 } from './Migration20261123102255';
import { Migration20261123102538 } from './Migration20261123102538';
import { Migration20261123122609 } from './Migration20261123122609';
import { Migration20261123123521 } from './Migration20261123123521';
import { Migration20261123125418 } from './Migration20261123125418';
import { Migration20261123125553 } from './Migration20261123125553';
import { Migration20261123125742 } from './Migration20261123125742';
import { Migration20261123133129 } from './Migration20261123133129';
import { Migration20261123144826 } from './Migration20261123144826';
import { Migration20261123154000 } from './Migration20261123154000';

/** Every migration, oldest first. Listed here rather than discovered, so tests and bundles find them. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123054126', class: Migration20261123054126 },
  { name: 'Migration20261123083549', class: Migration20261123083549 },
  { name: 'Migration20261123102224', class: Migration20261123102224 },
  { name: 'Migration20261123102255', class: Migration20261123102255 },
  { name: 'Migration20261123102538', class: Migration20261123102538 },
  { name: 'Migration20261123122609', class: Migration20261123122609 },
  { name: 'Migration20261123123521', class: Migration20261123123521 },
  { name: 'Migration20261123125418', class: Migration20261123125418 },
  { name: 'Migration20261123125553', class: Migration20261123125553 },
  { name: 'Migration20261123125742', class: Migration20261123125742 },
  { name: 'Migration20261123133129', class: Migration20261123133129 },
  { name: 'Migration20261123144826', class: Migration20261123144826 },
  { name: 'Migration20261123154000', class: Migration20261123154000 },
];
