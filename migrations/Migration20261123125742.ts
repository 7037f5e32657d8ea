import { Migration } from '@mikro-orm/migrations';

export class Migration20261123125742 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "ticket_event" drop constraint if exists "ticket_event_kind_check";`);

    this.addSql(`alter table "department" add column "assignment" text check ("assignment" in ('OFF', 'ROUND_ROBIN', 'LEAST_OPEN')) not null default 'OFF', add column "last_auto_assignee_id" uuid null;`);

    this.addSql(`alter table "ticket_event" add constraint "ticket_event_kind_check" check("kind" in ('CREATED', 'STATUS_CHANGED', 'ASSIGNED', 'PRIORITY_CHANGED', 'DEPARTMENT_CHANGED', 'TAGS_CHANGED', 'SUBJECT_CHANGED', 'MESSAGE_ADDED', 'NOTE_ADDED', 'SLA_APPLIED', 'SLA_BREACHED', 'REOPENED', 'ROUTED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ticket_event" drop constraint if exists "ticket_event_kind_check";`);

    this.addSql(`alter table "department" drop column "assignment", drop column "last_auto_assignee_id";`);

    this.addSql(`alter table "ticket_event" add constraint "ticket_event_kind_check" check("kind" in ('CREATED', 'STATUS_CHANGED', 'ASSIGNED', 'PRIORITY_CHANGED', 'DEPARTMENT_CHANGED', 'TAGS_CHANGED', 'SUBJECT_CHANGED', 'MESSAGE_ADDED', 'NOTE_ADDED', 'SLA_APPLIED', 'SLA_BREACHED', 'REOPENED'));`);
  }

}
