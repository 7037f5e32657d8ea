import { describe, expect, it } from 'vitest';
import { Role, TicketAccess } from '../../../../src/auth/roles';
import type { Viewer } from '../../../../src/auth/viewer';
import { toGlobalId } from '../../../../src/common/global-id';
import type { Loaders } from '../../../../src/modules/context';
import { findNode } from '../../../../src/modules/node/node.service';

const ID = '0b0e2c4e-7f39-4d4b-9b1e-3b7a8f0c9d21';
const OTHER = '1b0e2c4e-7f39-4d4b-9b1e-3b7a8f0c9d21';

/** Loaders that find any row asked for, and say which were asked. */
function everythingExists(): { loaders: Loaders; asked: string[] } {
  const asked: string[] = [];
  const loader = (name: string) => ({ load: async (key: string) => (asked.push(`${name}:${key}`), { id: key, ticket: { id: ID } }) });
  const loaders = Object.fromEntries(
    ['ticketById', 'agentById', 'departmentById', 'contactById', 'contactGroupById', 'messageById', 'eventById', 'cannedResponseById', 'routingRuleById'].map((name) => [name, loader(name)]),
  ) as unknown as Loaders;
  return { loaders, asked };
}

const agent: Viewer = { kind: 'AGENT', agentId: ID, role: Role.AGENT, ticketAccess: TicketAccess.DEPARTMENTS, departmentIds: [], expiresAt: null };
const admin: Viewer = { kind: 'AGENT', agentId: ID, role: Role.ADMIN, ticketAccess: TicketAccess.DEPARTMENTS, departmentIds: [], expiresAt: null };
const customer: Viewer = { kind: 'CUSTOMER', sessionId: ID, contactId: ID, ticketIds: [ID], expiresAt: null };

describe('findNode', () => {
  it.each(['Ticket', 'Agent', 'Department', 'Contact', 'ContactGroup', 'Message', 'TicketEvent', 'CannedResponse'])('finds a %s for an agent', async (type) => {
    const { loaders } = everythingExists();
    expect(await findNode(loaders, agent, toGlobalId(type, ID))).toMatchObject({ id: ID });
  });

  it.each(['Agent', 'Department', 'ContactGroup', 'TicketEvent', 'CannedResponse'])('is null for a customer asking for a %s, without loading it', async (type) => {
    const { loaders, asked } = everythingExists();
    expect(await findNode(loaders, customer, toGlobalId(type, ID))).toBeNull();
    expect(asked).toEqual([]);
  });

  it("finds a customer's own contact, and is null for anyone else's", async () => {
    const { loaders } = everythingExists();
    expect(await findNode(loaders, customer, toGlobalId('Contact', ID))).toMatchObject({ id: ID });
    expect(await findNode(loaders, customer, toGlobalId('Contact', OTHER))).toBeNull();
  });

  it('loads a message only with its ticket, so a message of an invisible ticket is null', async () => {
    const { loaders, asked } = everythingExists();
    await findNode(loaders, customer, toGlobalId('Message', '42'));
    expect(asked).toEqual(['messageById:42', `ticketById:${ID}`]);
  });

  it('is null for a malformed id or an unknown type', async () => {
    const { loaders } = everythingExists();
    expect(await findNode(loaders, agent, 'not-an-id')).toBeNull();
    expect(await findNode(loaders, agent, toGlobalId('Secret', ID))).toBeNull();
  });
});

describe('findNode for a routing rule', () => {
  it('finds it for an owner or admin', async () => {
    const { loaders, asked } = everythingExists();
    expect(await findNode(loaders, admin, toGlobalId('RoutingRule', ID))).toMatchObject({ id: ID });
    expect(asked).toEqual([`routingRuleById:${ID}`]);
  });

  it.each([
    ['an agent', agent],
    ['a customer', customer],
  ])('is null for %s, without loading it', async (_who, viewer) => {
    const { loaders, asked } = everythingExists();
    expect(await findNode(loaders, viewer, toGlobalId('RoutingRule', ID))).toBeNull();
    expect(asked).toEqual([]);
  });
});
