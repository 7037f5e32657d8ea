import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { TABLE_END, TABLE_START, permissionsTable } from '../auth/permissions-table';
import { permissions } from '../modules';

/** Rewrites the permissions table of README.md from the rule map. */
const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf(TABLE_START);
const end = readme.indexOf(TABLE_END);
if (start < 0 || end < start) throw new Error(`README.md has no ${TABLE_START} ... ${TABLE_END} section`);
writeFileSync('README.md', `${readme.slice(0, start + TABLE_START.length)}\n${permissionsTable(permissions)}\n${readme.slice(end)}`);
console.log('wrote the permissions table of README.md');
