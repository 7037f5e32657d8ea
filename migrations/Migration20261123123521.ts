import { Migration } from '@mikro-orm/migrations';

export class Migration20261123123521 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "canned_response" ("id" uuid not null, "title" text not null, "body" text not null, "shortcut" text null, "department_id" uuid null, "owner_id" uuid null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "canned_response_pkey" primary key ("id"), constraint canned_response_scope_check check ("owner_id" is null or "department_id" is null));`);
    this.addSql(`create unique index "canned_response_personal_shortcut_unique" on "canned_response" ("owner_id", lower("shortcut")) where "owner_id" is not null;`);
    this.addSql(`create unique index "canned_response_department_shortcut_unique" on "canned_response" ("department_id", lower("shortcut")) where "owner_id" is null and "department_id" is not null;`);
    this.addSql(`create unique index "canned_response_shared_shortcut_unique" on "canned_response" (lower("shortcut")) where "department_id" is null and "owner_id" is null;`);

    this.addSql(`alter table "canned_response" add constraint "canned_response_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "canned_response" add constraint "canned_response_owner_id_foreign" foreign key ("owner_id") references "agent" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "canned_response" cascade;`);
  }

}
