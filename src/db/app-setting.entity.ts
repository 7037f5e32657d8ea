import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Instance-wide values that every server process on one database must agree on. */
@Entity({ tableName: 'app_setting' })
export class AppSetting {
  @PrimaryKey({ type: 'text' })
  key: string;

  @Property({ type: 'text' })
  value: string;

  constructor(key: string, value: string) {
    this.key = key;
    this.value = value;
  }
}
