import { describe, expect, it } from 'vitest';
import { Role, TicketAccess } from '../../../../src/auth/roles';
import type { AgentViewer, Viewer } from '../../../../src/auth/viewer';
import { canManageCannedResponse, canSeeCannedResponse, listedDepartments } from '../../../../src/modules/canned-responses/canned-response.policy';

const D1 = 'd1000000-0000-4000-8000-000000000000';
const D2 = 'd2000000-0000-4000-8000-000000000000';
const ME = 'a1000000-0000-4000-8000-000000000000';
const SOMEONE = 'a2000000-0000-4000-8000-000000000000';

const agent = (role: Role, departmentIds: string[] = [D1], ticketAccess = TicketAccess.DEPARTMENTS): AgentViewer => ({
  kind: 'AGENT',
  agentId: ME,
  role,
  ticketAccess,
  departmentIds,
  expiresAt: null,
});
const customer: Viewer = { kind: 'CUSTOMER', sessionId: ME, contactId: ME, ticketIds: [], expiresAt: null };

const shared = { departmentId: null, ownerId: null };
const ofD1 = { departmentId: D1, ownerId: null };
const ofD2 = { departmentId: D2, ownerId: null };
const mine = { departmentId: null, ownerId: ME };
const someoneElses = { departmentId: null, ownerId: SOMEONE };

describe('canSeeCannedResponse', () => {
  it.each([Role.OWNER, Role.ADMIN])('lets an %s see shared and every department one, its own personal ones, and nobody else’s', (role) => {
    const viewer = agent(role, []);
    expect([shared, ofD1, ofD2, mine, someoneElses].map((scope) => canSeeCannedResponse(viewer, scope))).toEqual([true, true, true, true, false]);
  });

  it("lets an AGENT see shared ones, its departments' and its own personal ones", () => {
    expect([shared, ofD1, ofD2, mine, someoneElses].map((scope) => canSeeCannedResponse(agent(Role.AGENT), scope))).toEqual([true, true, false, true, false]);
  });

  it("lets an ASSIGNED_ONLY agent see its departments' ones too: a canned response is no ticket", () => {
    expect(canSeeCannedResponse(agent(Role.AGENT, [D1], TicketAccess.ASSIGNED_ONLY), ofD1)).toBe(true);
  });

  it('shows customers, anonymous callers and bad tokens nothing', () => {
    for (const viewer of [customer, { kind: 'ANONYMOUS' } as const, { kind: 'REJECTED', reason: 'x', expired: false } as const]) {
      expect([shared, ofD1, mine].map((scope) => canSeeCannedResponse(viewer, scope))).toEqual([false, false, false]);
    }
  });
});

describe('canManageCannedResponse', () => {
  it.each([Role.OWNER, Role.ADMIN])('lets an %s manage shared, department and its own personal ones, not someone else’s', (role) => {
    expect([shared, ofD1, ofD2, mine, someoneElses].map((scope) => canManageCannedResponse(agent(role), scope))).toEqual([true, true, true, true, false]);
  });

  it('lets an AGENT manage its own personal ones only', () => {
    expect([shared, ofD1, ofD2, mine, someoneElses].map((scope) => canManageCannedResponse(agent(Role.AGENT), scope))).toEqual([false, false, false, true, false]);
  });
});

describe('listedDepartments', () => {
  it('lists every department for OWNER and ADMIN, and the agent’s own for an AGENT', () => {
    expect(listedDepartments(agent(Role.ADMIN, []), null)).toBe('ALL');
    expect(listedDepartments(agent(Role.AGENT, [D1, D2]), null)).toEqual([D1, D2]);
  });

  it('narrows to the department asked for, and to none when the agent is not in it', () => {
    expect(listedDepartments(agent(Role.OWNER, []), D2)).toEqual([D2]);
    expect(listedDepartments(agent(Role.AGENT, [D1]), D1)).toEqual([D1]);
    expect(listedDepartments(agent(Role.AGENT, [D1]), D2)).toEqual([]);
  });
});
