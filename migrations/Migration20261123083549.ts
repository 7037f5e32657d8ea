import { Migration } from '@mikro-orm/migrations';

export class Migration20261123083549 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "customer_session" ("id" uuid not null, "contact_id" uuid not null, "created_at" timestamptz(3) not null, "expires_at" timestamptz(3) not null, constraint "customer_session_pkey" primary key ("id"));`);
    this.addSql(`create index "customer_session_contact_id_index" on "customer_session" ("contact_id");`);

    this.addSql(`create table "customer_session_ticket" ("session_id" uuid not null, "ticket_id" uuid not null, constraint "customer_session_ticket_pkey" primary key ("session_id", "ticket_id"));`);
    this.addSql(`create index "customer_session_ticket_ticket_id_index" on "customer_session_ticket" ("ticket_id");`);

    this.addSql(`alter table "customer_session" add constraint "customer_session_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "customer_session_ticket" add constraint "customer_session_ticket_session_id_foreign" foreign key ("session_id") references "customer_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "customer_session_ticket" add constraint "customer_session_ticket_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "customer_session_ticket" drop constraint "customer_session_ticket_session_id_foreign";`);

    this.addSql(`drop table if exists "customer_session" cascade;`);

    this.addSql(`drop table if exists "customer_session_ticket" cascade;`);
  }

}
