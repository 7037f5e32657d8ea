import { Migration } from '@mikro-orm/migrations';

/**
 * First-response reports read creation time, assignee, department, channel and priority of
 * every ticket answered in the period: with them in the index it is read alone (on 1M tickets
 * the heap visits made a 30-day median take 340 ms).
 */
export class Migration20261123154000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "ticket_first_responded_at_index";`);
    this.addSql(
      `create index "ticket_first_responded_at_index" on "ticket" ("first_responded_at") include ("created_at", "assignee_id", "department_id", "channel", "priority") where "first_responded_at" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "ticket_first_responded_at_index";`);
    this.addSql(`create index "ticket_first_responded_at_index" on "ticket" ("first_responded_at") where "first_responded_at" is not null;`);
  }
}
