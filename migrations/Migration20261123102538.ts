import { Migration } from '@mikro-orm/migrations';

export class Migration20261123102538 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "ticket_postponed_until_index" on "ticket" ("postponed_until") where "status" = 'POSTPONED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "ticket_postponed_until_index";`);
  }

}
