import { describe, expect, it } from 'vitest';
import { TicketPriority } from '../../../../src/modules/tickets/ticket-priority';
import { inQueueSql, QUEUE_INDEXES, queueKeySql, urgencyOf } from '../../../../src/modules/tickets/ticket-queue';

const RAW = '"sla_next_due_at", "priority", "waiting_since"';
const KEYS = `coalesce("sla_next_due_at", 'infinity'::timestamptz), (5 - "priority"), coalesce("waiting_since", 'infinity'::timestamptz), "created_at", "id"`;

describe('the queue as SQL', () => {
  it('holds NEW and OPEN tickets, written as constants', () => {
    expect(inQueueSql('t')).toBe(`t."status" in ('NEW', 'OPEN')`);
    expect(inQueueSql(null)).toBe(`"status" in ('NEW', 'OPEN')`);
  });

  it('sorts by SLA deadline, urgency, wait, creation and id, all ascending and never null', () => {
    expect(queueKeySql('t')).toStrictEqual([
      `coalesce(t."sla_next_due_at", 'infinity'::timestamptz)`,
      '(5 - t."priority")',
      `coalesce(t."waiting_since", 'infinity'::timestamptz)`,
      't."created_at"',
      't."id"',
    ]);
  });

  it('ranks CRITICAL first and LOW last', () => {
    expect([TicketPriority.CRITICAL, TicketPriority.HIGH, TicketPriority.MEDIUM, TicketPriority.LOW].map(urgencyOf)).toStrictEqual([1, 2, 3, 4]);
  });

  it('is served by partial indexes on exactly the sort keys, led by department, by nothing, or by assignee, holding the raw columns for index-only counts', () => {
    expect(QUEUE_INDEXES.byDepartment.expression).toBe(
      `create index "ticket_queue_department_index" on "ticket" ("department_id", ${KEYS}) include ("assignee_id", ${RAW}) where "status" in ('NEW', 'OPEN')`,
    );
    expect(QUEUE_INDEXES.all.expression).toBe(
      `create index "ticket_queue_index" on "ticket" (${KEYS}) include ("department_id", "assignee_id", ${RAW}) where "status" in ('NEW', 'OPEN')`,
    );
    expect(QUEUE_INDEXES.byAssignee.expression).toBe(
      `create index "ticket_queue_assignee_index" on "ticket" ("assignee_id", ${KEYS}) include ("department_id", ${RAW}) where "status" in ('NEW', 'OPEN')`,
    );
  });
});
