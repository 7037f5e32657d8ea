import { Migration } from '@mikro-orm/migrations';

export class Migration20261123125418 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "ticket_resolved_at_index" on "ticket" ("resolved_at") where "status" = 'RESOLVED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "ticket_resolved_at_index";`);
  }

}
