import { buildSchema } from 'graphql';
import { deny, rule } from 'graphql-shield';
import { describe, expect, it } from 'vitest';
import { fieldsCheckedOnTheWay } from '../../../src/auth/field-checks';
import { isAdmin, isAgent, isAgentOrCustomer, isPublic } from '../../../src/auth/rules';

const schema = buildSchema(`
  type Query { agentsThing: Thing  adminsThing: Other  openThing: Shared  agentsShared: Shared  node: Node }
  interface Node { id: ID! }
  type Thing implements Node { id: ID!  name: String  secret: String  looked: String  child: Child }
  type Child { label: String }
  type Other { name: String }
  type Shared { name: String }
`);
const looksAtTheObject = rule({ cache: 'no_cache' })(() => true);
const rules = {
  Query: { agentsThing: isAgent, adminsThing: isAdmin, openThing: isPublic, agentsShared: isAgent, node: isAgent },
  Thing: { id: isAgentOrCustomer, name: isAgentOrCustomer, secret: isAdmin, looked: looksAtTheObject, child: isAgent },
  Child: isAgentOrCustomer,
  Other: isAgent,
  Shared: isAgent,
};

describe('fieldsCheckedOnTheWay', () => {
  const checked = fieldsCheckedOnTheWay(schema, rules, deny);

  it('leaves out a field whose rule admits everyone every way to its type has admitted (through interfaces too)', () => {
    expect(checked).toContain('Thing.id');
    expect(checked).toContain('Thing.name');
    expect(checked).toContain('Thing.child');
    expect(checked).toContain('Child.label');
    expect(checked).toContain('Other.name');
  });

  it('keeps a rule that admits fewer than the way in, one that looks at the object, and any reachable by a public field', () => {
    expect(checked).not.toContain('Thing.secret');
    expect(checked).not.toContain('Thing.looked');
    expect(checked).not.toContain('Shared.name');
  });

  it('never leaves out a root field', () => {
    expect([...checked].some((field) => field.startsWith('Query.'))).toBe(false);
  });
});
