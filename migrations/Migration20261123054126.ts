import { Migration } from '@mikro-orm/migrations';

/** The ticket core: agents, departments, contacts, tickets, messages and the audit trail. */
export class Migration20261123054126 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "agent" ("id" uuid not null, "name" text not null, "email" text not null, "password_hash" text not null, "role" text check ("role" in ('OWNER', 'ADMIN', 'AGENT')) not null, "ticket_access" text check ("ticket_access" in ('DEPARTMENTS', 'ASSIGNED_ONLY')) not null, "active" boolean not null, "token_version" int not null, "created_at" timestamptz(3) not null, constraint "agent_pkey" primary key ("id"));`);
    this.addSql(`alter table "agent" add constraint "agent_email_unique" unique ("email");`);

    this.addSql(`create table "app_setting" ("key" text not null, "value" text not null, constraint "app_setting_pkey" primary key ("key"));`);

    this.addSql(`create table "contact_group" ("id" uuid not null, "name" text not null, "created_at" timestamptz(3) not null, constraint "contact_group_pkey" primary key ("id"));`);
    this.addSql(`create unique index "contact_group_name_unique" on "contact_group" (lower("name"));`);

    this.addSql(`create table "contact" ("id" uuid not null, "name" text null, "visitor_id" text not null, "group_id" uuid null, "created_at" timestamptz(3) not null, constraint "contact_pkey" primary key ("id"));`);
    this.addSql(`alter table "contact" add constraint "contact_visitor_id_unique" unique ("visitor_id");`);

    this.addSql(`create table "contact_identity" ("id" bigserial primary key, "contact_id" uuid not null, "kind" text check ("kind" in ('EMAIL', 'PHONE')) not null, "value" text not null);`);
    this.addSql(`create index "contact_identity_contact_id_index" on "contact_identity" ("contact_id");`);
    this.addSql(`alter table "contact_identity" add constraint "contact_identity_unique" unique ("kind", "value");`);

    this.addSql(`create table "department" ("id" uuid not null, "name" text not null, "description" text null, "created_at" timestamptz(3) not null, constraint "department_pkey" primary key ("id"));`);
    this.addSql(`create unique index "department_name_unique" on "department" (lower("name"));`);

    this.addSql(`create table "agent_department" ("agent_id" uuid not null, "department_id" uuid not null, constraint "agent_department_pkey" primary key ("agent_id", "department_id"));`);
    this.addSql(`create index "agent_department_department_id_index" on "agent_department" ("department_id");`);

    this.addSql(`create table "ticket" ("id" uuid not null, "code" text not null, "subject" text not null, "status" text check ("status" in ('NEW', 'OPEN', 'ANSWERED', 'POSTPONED', 'RESOLVED', 'CLOSED')) not null, "priority" smallint not null, "channel" text check ("channel" in ('EMAIL', 'WEB_FORM', 'CHAT', 'PHONE', 'SOCIAL', 'API')) not null, "department_id" uuid null, "assignee_id" uuid null, "contact_id" uuid not null, "tags" text[] not null default '{}', "waiting_since" timestamptz(3) null, "postponed_until" timestamptz(3) null, "first_responded_at" timestamptz(3) null, "resolved_at" timestamptz(3) null, "closed_at" timestamptz(3) null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "version" int not null, constraint "ticket_pkey" primary key ("id"));`);
    this.addSql(`alter table "ticket" add constraint "ticket_code_unique" unique ("code");`);
    this.addSql(`create index "ticket_subject_search_index" on "ticket" using gin (to_tsvector('simple', "subject"));`);
    this.addSql(`create index "ticket_tags_index" on "ticket" using gin ("tags");`);
    this.addSql(`create index "ticket_contact_index" on "ticket" ("contact_id", "created_at");`);
    this.addSql(`create index "ticket_assignee_index" on "ticket" ("assignee_id", "created_at");`);
    this.addSql(`create index "ticket_department_index" on "ticket" ("department_id", "created_at");`);
    this.addSql(`create index "ticket_updated_at_index" on "ticket" ("updated_at", "id");`);
    this.addSql(`create index "ticket_created_at_index" on "ticket" ("created_at", "id");`);

    this.addSql(`create table "message" ("id" bigserial primary key, "ticket_id" uuid not null, "kind" text check ("kind" in ('CUSTOMER', 'AGENT_REPLY', 'INTERNAL_NOTE')) not null, "body" text not null, "author_agent_id" uuid null, "author_contact_id" uuid null, "created_at" timestamptz(3) not null);`);
    this.addSql(`create index "message_body_search_index" on "message" using gin (to_tsvector('simple', "body"));`);
    this.addSql(`create index "message_author_contact_index" on "message" ("author_contact_id");`);
    this.addSql(`create index "message_ticket_index" on "message" ("ticket_id", "id");`);

    this.addSql(`create table "ticket_event" ("id" bigserial primary key, "ticket_id" uuid not null, "kind" text check ("kind" in ('CREATED', 'STATUS_CHANGED', 'ASSIGNED', 'PRIORITY_CHANGED', 'DEPARTMENT_CHANGED', 'TAGS_CHANGED', 'SUBJECT_CHANGED', 'MESSAGE_ADDED', 'NOTE_ADDED', 'SLA_APPLIED', 'SLA_BREACHED', 'REOPENED')) not null, "actor_id" uuid null, "from_value" text null, "to_value" text null, "created_at" timestamptz(3) not null);`);
    this.addSql(`create index "ticket_event_ticket_index" on "ticket_event" ("ticket_id", "id");`);

    this.addSql(`alter table "contact" add constraint "contact_group_id_foreign" foreign key ("group_id") references "contact_group" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "contact_identity" add constraint "contact_identity_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "agent_department" add constraint "agent_department_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "agent_department" add constraint "agent_department_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "ticket" add constraint "ticket_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ticket" add constraint "ticket_assignee_id_foreign" foreign key ("assignee_id") references "agent" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "ticket" add constraint "ticket_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on update cascade;`);

    this.addSql(`alter table "message" add constraint "message_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "message" add constraint "message_author_agent_id_foreign" foreign key ("author_agent_id") references "agent" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "message" add constraint "message_author_contact_id_foreign" foreign key ("author_contact_id") references "contact" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "ticket_event" add constraint "ticket_event_ticket_id_foreign" foreign key ("ticket_id") references "ticket" ("id") on update cascade on delete no action;`);
    this.addSql(`alter table "ticket_event" add constraint "ticket_event_actor_id_foreign" foreign key ("actor_id") references "agent" ("id") on update cascade on delete no action;`);

    // The audit trail is append-only in the database itself, whoever connects.
    this.addSql(`create function "ticket_event_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'ticket_event is append-only: % is not allowed', tg_op using errcode = 'restrict_violation';
      end
    $$;`);
    this.addSql(`create trigger "ticket_event_no_update_or_delete" before update or delete on "ticket_event"
      for each row execute function "ticket_event_append_only"();`);
    this.addSql(`create trigger "ticket_event_no_truncate" before truncate on "ticket_event"
      for each statement execute function "ticket_event_append_only"();`);
  }

}
