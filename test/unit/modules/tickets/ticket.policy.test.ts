import { describe, expect, it } from 'vitest';
import { Role, TicketAccess } from '../../../../src/auth/roles';
import type { AgentViewer, Viewer } from '../../../../src/auth/viewer';
import { MessageKind } from '../../../../src/modules/tickets/message.entity';
import { TicketEventKind } from '../../../../src/modules/tickets/ticket-event.entity';
import {
  canSeeEvent,
  canSeeMessage,
  canSeeTicket,
  filtersHiddenFrom,
  ticketVisibility,
  visibilitySql,
  visibilityInDepartment,
  visibleMessageKinds,
  type TicketVisibility,
} from '../../../../src/modules/tickets/ticket.policy';

const ME = 'a0000000-0000-4000-8000-000000000001';
const SOMEONE = 'a0000000-0000-4000-8000-000000000002';
const D1 = 'd0000000-0000-4000-8000-000000000001';
const D2 = 'd0000000-0000-4000-8000-000000000002';
const D9 = 'd0000000-0000-4000-8000-000000000009';

const agent = (role: Role, ticketAccess: TicketAccess): AgentViewer => ({ kind: 'AGENT', agentId: ME, role, ticketAccess, departmentIds: [D1, D2], expiresAt: null });
let ticketNumber = 0;
const ticket = (departmentId: string | null, assigneeId: string | null) => ({
  id: `70000000-0000-4000-8000-00000000000${(ticketNumber += 1)}`,
  departmentId,
  assigneeId,
});

/** Every kind of ticket relative to the agent ME in departments D1 and D2. */
const TICKETS = {
  inMyDepartmentUnassigned: ticket(D1, null),
  inMyOtherDepartmentAssignedElsewhere: ticket(D2, SOMEONE),
  inMyDepartmentAssignedToMe: ticket(D1, ME),
  elsewhereAssignedToMe: ticket(D9, ME),
  noDepartmentAssignedToMe: ticket(null, ME),
  elsewhereAssignedElsewhere: ticket(D9, SOMEONE),
  elsewhereUnassigned: ticket(D9, null),
  noDepartmentUnassigned: ticket(null, null),
};
type TicketKind = keyof typeof TICKETS;
const visibleKinds = (visibility: TicketVisibility): TicketKind[] =>
  (Object.keys(TICKETS) as TicketKind[]).filter((kind) => canSeeTicket(visibility, TICKETS[kind]));

describe('owners and admins', () => {
  it.each([
    [Role.OWNER, TicketAccess.DEPARTMENTS],
    [Role.OWNER, TicketAccess.ASSIGNED_ONLY],
    [Role.ADMIN, TicketAccess.DEPARTMENTS],
    [Role.ADMIN, TicketAccess.ASSIGNED_ONLY],
  ])('see ALL tickets as %s with %s access', (role, access) => {
    const visibility = ticketVisibility(agent(role, access));
    expect(visibility).toStrictEqual({ kind: 'ALL' });
    expect(visibleKinds(visibility)).toEqual(Object.keys(TICKETS));
    expect(visibilitySql(visibility, 't')).toStrictEqual({ sql: 'true', params: [] });
  });
});

describe('an AGENT with DEPARTMENTS access', () => {
  const visibility = ticketVisibility(agent(Role.AGENT, TicketAccess.DEPARTMENTS));

  it('is SCOPED to itself and its departments', () => {
    expect(visibility).toStrictEqual({ kind: 'SCOPED', agentId: ME, departmentIds: [D1, D2] });
  });

  it("sees its departments' tickets and the tickets assigned to it, nothing else", () => {
    expect(visibleKinds(visibility)).toEqual([
      'inMyDepartmentUnassigned',
      'inMyOtherDepartmentAssignedElsewhere',
      'inMyDepartmentAssignedToMe',
      'elsewhereAssignedToMe',
      'noDepartmentAssignedToMe',
    ]);
  });

  it('is written as SQL on the given alias, its departments as a uuid array literal', () => {
    expect(visibilitySql(visibility, 'tk')).toStrictEqual({
      sql: '(tk."assignee_id" = ? or tk."department_id" = any(?::uuid[]))',
      params: [ME, `{"${D1}","${D2}"}`],
    });
  });
});

describe('an AGENT with ASSIGNED_ONLY access', () => {
  const visibility = ticketVisibility(agent(Role.AGENT, TicketAccess.ASSIGNED_ONLY));

  it('is SCOPED to itself with no departments', () => {
    expect(visibility).toStrictEqual({ kind: 'SCOPED', agentId: ME, departmentIds: [] });
  });

  it('sees only the tickets assigned to it, even in its own departments', () => {
    expect(visibleKinds(visibility)).toEqual(['inMyDepartmentAssignedToMe', 'elsewhereAssignedToMe', 'noDepartmentAssignedToMe']);
  });

  it('is written as SQL on the assignee alone, which the assignee indexes serve', () => {
    expect(visibilitySql(visibility, 't')).toStrictEqual({ sql: 't."assignee_id" = ?', params: [ME] });
  });
});

describe('an agent in no department with DEPARTMENTS access', () => {
  it('sees only the tickets assigned to it', () => {
    const visibility = ticketVisibility({ ...agent(Role.AGENT, TicketAccess.DEPARTMENTS), departmentIds: [] });
    expect(visibility).toStrictEqual({ kind: 'SCOPED', agentId: ME, departmentIds: [] });
    expect(visibleKinds(visibility)).toEqual(['inMyDepartmentAssignedToMe', 'elsewhereAssignedToMe', 'noDepartmentAssignedToMe']);
  });
});

describe('callers who are not agents', () => {
  it.each<[string, Viewer]>([
    ['an anonymous caller', { kind: 'ANONYMOUS' }],
    ['a caller with a rejected token', { kind: 'REJECTED', reason: 'expired', expired: true }],
  ])('%s sees NONE of the tickets', (_who, viewer) => {
    const visibility = ticketVisibility(viewer);
    expect(visibility).toStrictEqual({ kind: 'NONE' });
    expect(visibleKinds(visibility)).toEqual([]);
    expect(visibilitySql(visibility, 't')).toStrictEqual({ sql: 'false', params: [] });
  });
});

describe('customers', () => {
  const customer: Viewer = {
    kind: 'CUSTOMER',
    sessionId: 'c5000000-0000-4000-8000-000000000001',
    contactId: 'c0000000-0000-4000-8000-000000000001',
    ticketIds: [TICKETS.elsewhereUnassigned.id, TICKETS.noDepartmentAssignedToMe.id],
    expiresAt: null,
  };

  it('see exactly the tickets granted to their session, whatever their department or assignee', () => {
    const visibility = ticketVisibility(customer);
    expect(visibleKinds(visibility)).toEqual(['noDepartmentAssignedToMe', 'elsewhereUnassigned']);
    expect(visibilitySql(visibility, 't')).toStrictEqual({
      sql: 't."id" = any(?::uuid[])',
      params: [`{"${TICKETS.elsewhereUnassigned.id}","${TICKETS.noDepartmentAssignedToMe.id}"}`],
    });
  });

  it('see no ticket with a session granted none', () => {
    expect(visibleKinds(ticketVisibility({ ...customer, ticketIds: [] }))).toEqual([]);
  });

  it('never read internal notes, while agents read every kind of message', () => {
    expect(visibleMessageKinds(customer)).toEqual([MessageKind.CUSTOMER, MessageKind.AGENT_REPLY, MessageKind.AUTO_ACKNOWLEDGEMENT]);
    expect(canSeeMessage(customer, { kind: MessageKind.INTERNAL_NOTE })).toBe(false);
    expect(canSeeMessage(customer, { kind: MessageKind.AGENT_REPLY })).toBe(true);
    expect(canSeeMessage(agent(Role.AGENT, TicketAccess.ASSIGNED_ONLY), { kind: MessageKind.INTERNAL_NOTE })).toBe(true);
    expect(visibleMessageKinds({ kind: 'ANONYMOUS' })).not.toContain(MessageKind.INTERNAL_NOTE);
  });

  it('may not filter by tag, which would tell them the tags they may not read', () => {
    expect(filtersHiddenFrom(customer)).toEqual(['tag']);
    expect(filtersHiddenFrom(agent(Role.AGENT, TicketAccess.ASSIGNED_ONLY))).toEqual([]);
  });

  it('hear only of events the conversation shows anyway', () => {
    const heard = Object.values(TicketEventKind).filter((kind) => canSeeEvent(customer, { kind }));
    expect(heard).toEqual([
      TicketEventKind.CREATED,
      TicketEventKind.STATUS_CHANGED,
      TicketEventKind.SUBJECT_CHANGED,
      TicketEventKind.MESSAGE_ADDED,
      TicketEventKind.REOPENED,
    ]);
    expect(Object.values(TicketEventKind).every((kind) => canSeeEvent(agent(Role.AGENT, TicketAccess.ASSIGNED_ONLY), { kind }))).toBe(true);
    expect(canSeeEvent({ kind: 'ANONYMOUS' }, { kind: TicketEventKind.CREATED })).toBe(false);
  });
});

describe('visibility within one department', () => {
  const scoped: TicketVisibility = { kind: 'SCOPED', agentId: ME, departmentIds: [D1] };
  const tickets = [
    { id: 't1', departmentId: D1, assigneeId: null },
    { id: 't2', departmentId: D1, assigneeId: SOMEONE },
    { id: 't3', departmentId: D2, assigneeId: ME },
    { id: 't4', departmentId: D2, assigneeId: SOMEONE },
  ];

  it("is everything in one of the agent's departments, only its own tickets in another, and unchanged for everyone else", () => {
    expect(visibilityInDepartment(scoped, D1)).toEqual({ kind: 'ALL' });
    expect(visibilityInDepartment(scoped, D2)).toEqual({ kind: 'SCOPED', agentId: ME, departmentIds: [] });
    expect(visibilityInDepartment({ kind: 'ALL' }, D2)).toEqual({ kind: 'ALL' });
    expect(visibilityInDepartment({ kind: 'NONE' }, D1)).toEqual({ kind: 'NONE' });
    expect(visibilityInDepartment({ kind: 'GRANTED', ticketIds: ['t1'] }, D1)).toEqual({ kind: 'GRANTED', ticketIds: ['t1'] });
  });

  it("lets the agent see, among a department's tickets, exactly what the whole visibility lets it see", () => {
    for (const department of [D1, D2]) {
      const inDepartment = tickets.filter((ticket) => ticket.departmentId === department);
      expect(inDepartment.map((ticket) => canSeeTicket(visibilityInDepartment(scoped, department), ticket))).toEqual(
        inDepartment.map((ticket) => canSeeTicket(scoped, ticket)),
      );
    }
  });
});
