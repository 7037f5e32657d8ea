import { Migration } from '@mikro-orm/migrations';

export class Migration20261123102224 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "outbox_message" ("id" bigserial primary key, "topic" text not null, "payload" jsonb not null, "created_at" timestamptz(3) not null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "outbox_message" cascade;`);
  }

}
