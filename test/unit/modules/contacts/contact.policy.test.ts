import { describe, expect, it } from 'vitest';
import { Role, TicketAccess } from '../../../../src/auth/roles';
import type { Viewer } from '../../../../src/auth/viewer';
import { canSeeContact } from '../../../../src/modules/contacts/contact.policy';

const ID = '0b0e2c4e-7f39-4d4b-9b1e-3b7a8f0c9d21';
const OTHER = '1b0e2c4e-7f39-4d4b-9b1e-3b7a8f0c9d21';
const agent: Viewer = { kind: 'AGENT', agentId: OTHER, role: Role.AGENT, ticketAccess: TicketAccess.ASSIGNED_ONLY, departmentIds: [], expiresAt: null };
const customer: Viewer = { kind: 'CUSTOMER', sessionId: ID, contactId: ID, ticketIds: [], expiresAt: null };

describe('contacts', () => {
  it('are all visible to agents; to a customer only their own', () => {
    expect(canSeeContact(agent, { id: OTHER })).toBe(true);
    expect(canSeeContact(customer, { id: ID })).toBe(true);
    expect(canSeeContact(customer, { id: OTHER })).toBe(false);
    expect(canSeeContact({ kind: 'REJECTED', reason: 'x', expired: false }, { id: ID })).toBe(false);
  });
});
