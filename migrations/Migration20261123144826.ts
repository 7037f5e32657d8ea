import { Migration } from '@mikro-orm/migrations';

export class Migration20261123144826 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "ticket_open_created_at_index" on "ticket" ("created_at", "id") where "status" in ('NEW', 'OPEN', 'ANSWERED', 'POSTPONED');`);
    this.addSql(`create index "ticket_first_responded_at_index" on "ticket" ("first_responded_at") where "first_responded_at" is not null;`);

    this.addSql(`create index "message_agent_reply_index" on "message" ("created_at") include ("ticket_id", "author_agent_id") where "kind" = 'AGENT_REPLY';`);

    this.addSql(`create index "ticket_event_reopened_index" on "ticket_event" ("ticket_id") where "kind" = 'REOPENED';`);
    this.addSql(`create index "ticket_event_status_changed_index" on "ticket_event" ("created_at") include ("ticket_id", "from_value", "to_value") where "kind" = 'STATUS_CHANGED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "message_agent_reply_index";`);

    this.addSql(`drop index "ticket_open_created_at_index";`);
    this.addSql(`drop index "ticket_first_responded_at_index";`);

    this.addSql(`drop index "ticket_event_reopened_index";`);
    this.addSql(`drop index "ticket_event_status_changed_index";`);
  }

}
