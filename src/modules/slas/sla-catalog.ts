import type { EntityManager } from '@mikro-orm/postgresql';
import { byPrecedence, compilePolicy, type CompiledSlaPolicy } from './sla-policy-match';
import { SlaPolicy } from './sla-policy.entity';

/** The app_setting key of the policies' generation: raised by every change to a policy. */
const GENERATION_KEY = 'sla_generation';

/** The active policies of one generation, in precedence order. */
export interface SlaPolicySet {
  generation: number;
  active: readonly CompiledSlaPolicy[];
  byId: ReadonlyMap<string, CompiledSlaPolicy>;
}

export async function readGeneration(em: EntityManager): Promise<number> {
  const [row] = await em.execute<Array<{ value: string }>>(`select "value" from "app_setting" where "key" = ?`, [GENERATION_KEY]);
  return row ? Number(row.value) : 0;
}

/**
 * Raises the generation in the policy change's own transaction. Its row lock orders concurrent
 * policy changes; tickets computed with an older generation are computed again.
 */
export async function raiseGeneration(em: EntityManager): Promise<number> {
  const [row] = await em.execute<Array<{ value: string }>>(
    `insert into "app_setting" ("key", "value") values (?, '1')
     on conflict ("key") do update set "value" = (("app_setting"."value")::bigint + 1)::text
     returning "value"`,
    [GENERATION_KEY],
  );
  return Number(row!.value);
}

/**
 * Has the open tickets of these contacts matched again by the recomputation job: their contact
 * group, one of the policies' conditions, changed. Cheap: a contact has few open tickets.
 */
export async function rematchSlasOfContacts(em: EntityManager, contactIds: readonly string[]): Promise<void> {
  await em.execute(
    `update "ticket" set "sla_generation" = -1 where "contact_id" = any(?::uuid[]) and "status" in ('NEW', 'OPEN', 'ANSWERED', 'POSTPONED')`,
    [`{${contactIds.join(',')}}`],
  );
}

/**
 * The policies as this process last read them, read again only when another change raised the
 * generation: a ticket change costs one small read, not a load of every policy.
 */
export class SlaPolicyCatalog {
  private cached: SlaPolicySet | null = null;
  /** One read per transaction (or operation): a batch of 500 tickets settles with one look at the generation. */
  private readonly perEntityManager = new WeakMap<EntityManager, Promise<SlaPolicySet>>();

  current(em: EntityManager): Promise<SlaPolicySet> {
    let set = this.perEntityManager.get(em);
    if (!set) {
      set = this.read(em);
      this.perEntityManager.set(em, set);
      set.catch(() => this.perEntityManager.delete(em));
    }
    return set;
  }

  /**
   * The generation is read before the policies: a change committing in between pairs an old
   * generation with new policies (computed again later, harmlessly), never the reverse.
   */
  private async read(em: EntityManager): Promise<SlaPolicySet> {
    const generation = await readGeneration(em);
    if (this.cached?.generation === generation) return this.cached;
    const rows = await em.find(SlaPolicy, { active: true, deletedAt: null }, { disableIdentityMap: true });
    const active = rows.sort(byPrecedence).map(compilePolicy);
    const set = { generation, active, byId: new Map(active.map((policy) => [policy.id, policy])) };
    this.cached = set;
    return set;
  }
}
