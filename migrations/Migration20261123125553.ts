import { Migration } from '@mikro-orm/migrations';

export class Migration20261123125553 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "routing_rule" ("id" uuid not null, "name" text not null, "position" int not null, "active" boolean not null, "channels" text[] not null default '{}', "contact_group_ids" text[] not null default '{}', "keywords" text[] not null default '{}', "department_id" uuid null, "priority" smallint null, "tags" text[] not null default '{}', "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "routing_rule_pkey" primary key ("id"));`);
    this.addSql(`create unique index "routing_rule_name_unique" on "routing_rule" (lower("name"));`);

    this.addSql(`alter table "routing_rule" add constraint "routing_rule_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "routing_rule" cascade;`);
  }

}
