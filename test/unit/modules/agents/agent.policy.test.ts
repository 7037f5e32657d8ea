import { describe, expect, it } from 'vitest';
import { Role, TicketAccess } from '../../../../src/auth/roles';
import type { Viewer } from '../../../../src/auth/viewer';
import { agentEmailFor } from '../../../../src/modules/agents/agent.policy';

const ID = '0b0e2c4e-7f39-4d4b-9b1e-3b7a8f0c9d21';
const agent: Viewer = { kind: 'AGENT', agentId: ID, role: Role.AGENT, ticketAccess: TicketAccess.ASSIGNED_ONLY, departmentIds: [], expiresAt: null };
const customer: Viewer = { kind: 'CUSTOMER', sessionId: ID, contactId: ID, ticketIds: [], expiresAt: null };

describe("agents' emails", () => {
  it('are shown to agents and hidden (null) from customers and anyone else', () => {
    expect(agentEmailFor(agent, { email: 'bob@x.io' })).toBe('bob@x.io');
    expect(agentEmailFor(customer, { email: 'bob@x.io' })).toBeNull();
    expect(agentEmailFor({ kind: 'ANONYMOUS' }, { email: 'bob@x.io' })).toBeNull();
  });
});
