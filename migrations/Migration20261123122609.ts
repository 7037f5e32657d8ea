import { Migration } from '@mikro-orm/migrations';

export class Migration20261123122609 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "sla_policy" ("id" uuid not null, "name" text not null, "rank" int not null, "active" boolean not null, "department_ids" text[] not null default '{}', "contact_group_ids" text[] not null default '{}', "channels" text[] not null default '{}', "targets" jsonb not null, "business_hours" jsonb null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "deleted_at" timestamptz(3) null, constraint "sla_policy_pkey" primary key ("id"));`);
    this.addSql(`create unique index "sla_policy_name_unique" on "sla_policy" (lower("name")) where "deleted_at" is null;`);

    this.addSql(`alter table "ticket" add column "sla_next_check_at" timestamptz(3) null, add column "sla_policy_id" uuid null, add column "sla_generation" int not null default 0, add column "sla" jsonb null;`);
    // Tickets written before SLAs get a timeline from what they recorded: the resolution clock ran
    // from creation until the ticket was last answered, resolved or closed (pauses in between
    // were not recorded then). No policy applies until the recomputation job matches them.
    const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    this.addSql(`update "ticket" set "sla" = jsonb_build_object(
      'policyName', null,
      'targets', null,
      'firstResponseMetAt', ${iso('coalesce("first_responded_at", "resolved_at", "closed_at")')},
      'nextResponseSince', null,
      'nextResponseMetAt', null,
      'resolutionPeriods', jsonb_build_array(jsonb_build_array(
        ${iso('"created_at"')},
        case when "status" in ('NEW', 'OPEN', 'POSTPONED') then null else ${iso('coalesce("resolved_at", "closed_at", "updated_at")')} end
      )),
      'breachedAt', '{}'::jsonb,
      'firstResponseDueAt', null,
      'nextResponseDueAt', null,
      'resolutionDueAt', null,
      'paused', false
    );`);
    this.addSql(`alter table "ticket" alter column "sla" set not null;`);
    this.addSql(`create index "ticket_sla_generation_index" on "ticket" ("sla_generation") where "status" in ('NEW', 'OPEN', 'ANSWERED', 'POSTPONED');`);
    this.addSql(`create index "ticket_sla_next_check_at_index" on "ticket" ("sla_next_check_at") where "sla_next_check_at" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sla_policy" cascade;`);

    this.addSql(`drop index "ticket_sla_generation_index";`);
    this.addSql(`drop index "ticket_sla_next_check_at_index";`);
    this.addSql(`alter table "ticket" drop column "sla_next_check_at", drop column "sla_policy_id", drop column "sla_generation", drop column "sla";`);
  }

}
