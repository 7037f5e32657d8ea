import { readFileSync } from 'node:fs';
import { rule } from 'graphql-shield';
import { describe, expect, it } from 'vitest';
import { TABLE_END, TABLE_START, permissionsTable } from '../../../src/auth/permissions-table';
import { isAdmin, isAgent, isAgentOrCustomer, isPublic } from '../../../src/auth/rules';
import { permissions } from '../../../src/modules';

describe('the permissions table', () => {
  it('in README.md is the one generated from the rule map (npm run permissions:table)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const inReadme = readme.slice(readme.indexOf(TABLE_START) + TABLE_START.length, readme.indexOf(TABLE_END)).trim();
    expect(inReadme).toBe(permissionsTable(permissions));
  });

  it('has a row per root field and one per group of fields sharing a rule, wrappers left out', () => {
    const table = permissionsTable({
      Query: { b: isAgent, a: isPublic },
      Mutation: { fix: isAdmin },
      Subscription: {},
      Thing: { x: isAgent, y: isAgentOrCustomer, z: isAgent },
      ThingConnection: isAgent,
      Whole: isAgentOrCustomer,
    });
    expect(table.split('\n')).toEqual([
      '| Operation or field | OWNER, ADMIN | AGENT | CUSTOMER | ANONYMOUS |',
      '| --- | --- | --- | --- | --- |',
      '| Query.a | yes | yes | yes | yes |',
      '| Query.b | yes | yes | — | — |',
      '| Mutation.fix | yes | — | — | — |',
      '| Thing: x, z | yes | yes | — | — |',
      '| Thing: y | yes | visible | own | — |',
      '| Whole (every field) | yes | visible | own | — |',
    ]);
  });

  it('refuses a rule that does not say whom it admits', () => {
    const unexplained = rule()(() => true);
    expect(() => permissionsTable({ Query: { secret: unexplained }, Mutation: {}, Subscription: {} })).toThrow(/Query.secret/);
  });
});
