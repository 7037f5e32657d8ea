import { Migration } from '@mikro-orm/migrations';

export class Migration20261123102255 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "ticket" add column "sla_next_due_at" timestamptz(3) null;`);
    this.addSql(`create index "ticket_queue_assignee_index" on "ticket" ("assignee_id", coalesce("sla_next_due_at", 'infinity'::timestamptz), (5 - "priority"), coalesce("waiting_since", 'infinity'::timestamptz), "created_at", "id") include ("department_id", "sla_next_due_at", "priority", "waiting_since") where "status" in ('NEW', 'OPEN');`);
    this.addSql(`create index "ticket_queue_index" on "ticket" (coalesce("sla_next_due_at", 'infinity'::timestamptz), (5 - "priority"), coalesce("waiting_since", 'infinity'::timestamptz), "created_at", "id") include ("department_id", "assignee_id", "sla_next_due_at", "priority", "waiting_since") where "status" in ('NEW', 'OPEN');`);
    this.addSql(`create index "ticket_queue_department_index" on "ticket" ("department_id", coalesce("sla_next_due_at", 'infinity'::timestamptz), (5 - "priority"), coalesce("waiting_since", 'infinity'::timestamptz), "created_at", "id") include ("assignee_id", "sla_next_due_at", "priority", "waiting_since") where "status" in ('NEW', 'OPEN');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "ticket_queue_assignee_index";`);
    this.addSql(`drop index "ticket_queue_index";`);
    this.addSql(`drop index "ticket_queue_department_index";`);
    this.addSql(`alter table "ticket" drop column "sla_next_due_at";`);
  }

}
