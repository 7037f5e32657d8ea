import { describe, expect, it } from 'vitest';
import { Role, TicketAccess } from '../../src/auth/roles';
import type { AgentViewer, Viewer } from '../../src/auth/viewer';
import { canSeeTicket, ticketVisibility, visibilitySql } from '../../src/modules/tickets/ticket.policy';

const agent = (role: Role, ticketAccess: TicketAccess): AgentViewer => ({ kind: 'AGENT', agentId: 'me', role, ticketAccess, departmentIds: ['d1', 'd2'] });
const ticket = (departmentId: string | null, assigneeId: string | null) => ({ departmentId, assigneeId });

describe('who sees which ticket', () => {
  it('lets owners and admins see every ticket', () => {
    for (const role of [Role.OWNER, Role.ADMIN]) {
      const visibility = ticketVisibility(agent(role, TicketAccess.ASSIGNED_ONLY));
      expect(visibility).toEqual({ kind: 'ALL' });
      expect(canSeeTicket(visibility, ticket(null, null))).toBe(true);
    }
  });

  it("lets a DEPARTMENTS agent see its departments' tickets and its own", () => {
    const visibility = ticketVisibility(agent(Role.AGENT, TicketAccess.DEPARTMENTS));
    expect(canSeeTicket(visibility, ticket('d1', null))).toBe(true);
    expect(canSeeTicket(visibility, ticket('d9', 'me'))).toBe(true);
    expect(canSeeTicket(visibility, ticket('d9', 'someone'))).toBe(false);
    expect(canSeeTicket(visibility, ticket(null, null))).toBe(false);
  });

  it('lets an ASSIGNED_ONLY agent see only its own tickets, even in its departments', () => {
    const visibility = ticketVisibility(agent(Role.AGENT, TicketAccess.ASSIGNED_ONLY));
    expect(canSeeTicket(visibility, ticket('d1', null))).toBe(false);
    expect(canSeeTicket(visibility, ticket('d1', 'me'))).toBe(true);
  });

  it('shows anonymous callers and rejected tokens nothing', () => {
    for (const viewer of [{ kind: 'ANONYMOUS' }, { kind: 'REJECTED', reason: 'expired' }] as Viewer[]) {
      const visibility = ticketVisibility(viewer);
      expect(canSeeTicket(visibility, ticket('d1', 'me'))).toBe(false);
      expect(visibilitySql(visibility, 't').sql).toBe('false');
    }
  });

  it('writes the same rule as SQL for lists and counts', () => {
    expect(visibilitySql(ticketVisibility(agent(Role.AGENT, TicketAccess.DEPARTMENTS)), 't')).toEqual({
      sql: '(t."assignee_id" = ? or t."department_id" = any(?::uuid[]))',
      params: ['me', '{"d1","d2"}'],
    });
    expect(visibilitySql(ticketVisibility(agent(Role.AGENT, TicketAccess.ASSIGNED_ONLY)), 't').params).toEqual(['me', '{}']);
    expect(visibilitySql(ticketVisibility(agent(Role.ADMIN, TicketAccess.DEPARTMENTS)), 't')).toEqual({ sql: 'true', params: [] });
  });
});
