import type { EntityManager } from '@mikro-orm/postgresql';
import { generateSecret } from '../config';

const KEY = 'jwt_secret';

/**
 * The token secret all instances on one database share: generated at random by whichever
 * instance starts first, kept in the database, never a built-in default.
 */
export async function sharedJwtSecret(em: EntityManager): Promise<string> {
  await em.execute('insert into "app_setting" ("key", "value") values (?, ?) on conflict ("key") do nothing', [KEY, generateSecret()]);
  const [row] = await em.execute<Array<{ value: string }>>('select "value" from "app_setting" where "key" = ?', [KEY]);
  if (!row) throw new Error('The token secret could not be stored');
  return row.value;
}
