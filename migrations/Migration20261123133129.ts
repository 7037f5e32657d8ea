import { Migration } from '@mikro-orm/migrations';

export class Migration20261123133129 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "message" drop constraint if exists "message_kind_check";`);

    this.addSql(`alter table "department" add column "acknowledgement_id" uuid null;`);

    this.addSql(`alter table "message" add constraint "message_kind_check" check("kind" in ('CUSTOMER', 'AGENT_REPLY', 'INTERNAL_NOTE', 'AUTO_ACKNOWLEDGEMENT'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "message" drop constraint if exists "message_kind_check";`);

    this.addSql(`alter table "department" drop column "acknowledgement_id";`);

    this.addSql(`alter table "message" add constraint "message_kind_check" check("kind" in ('CUSTOMER', 'AGENT_REPLY', 'INTERNAL_NOTE'));`);
  }

}
