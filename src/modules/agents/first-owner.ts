import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../auth/password';
import { Role, TicketAccess } from '../../auth/roles';
import type { Logger } from '../../common/logger';
import { ConfigError, DEMO_OWNER, type Config } from '../../config';
import { normaliseEmail } from '../contacts/contact-identity';
import { Agent } from './agent.entity';
import { validatePassword } from './agent.service';

/**
 * A help desk without any agent gets its first OWNER from OWNER_EMAIL and OWNER_PASSWORD. Outside
 * production a missing password falls back to the documented demo one; in production it stops
 * the start, since a guessable owner password would be worse than no server.
 */
export async function ensureFirstOwner(em: EntityManager, config: Config, logger: Logger): Promise<void> {
  if ((await em.count(Agent, {})) > 0) return;
  if (!config.ownerPassword && config.production) {
    throw new ConfigError('The database has no agent yet: set OWNER_EMAIL and OWNER_PASSWORD to create the first owner (NODE_ENV=production has no demo password)');
  }
  const password = config.ownerPassword ?? DEMO_OWNER.password;
  const owner = new Agent({
    name: 'Owner',
    email: normaliseEmail(config.ownerEmail, 'OWNER_EMAIL'),
    passwordHash: await hashPassword(validatePassword(password)),
    role: Role.OWNER,
    ticketAccess: TicketAccess.DEPARTMENTS,
  });
  try {
    await em.persistAndFlush(owner);
  } catch (error) {
    // Another instance created it at the same moment.
    if (error instanceof UniqueConstraintViolationException) return;
    throw error;
  }
  if (config.ownerPassword) logger.info({ email: owner.email }, 'created the first owner');
  else logger.warn({ email: owner.email, password }, 'created the first owner with the DEMO password: set OWNER_PASSWORD for real use');
}
