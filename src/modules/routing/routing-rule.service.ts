import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager as PgEntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { conflictOnDuplicate, requireKey } from '../../common/entity-lookup';
import { keyOf, toGlobalId } from '../../common/global-id';
import { requireText } from '../../common/validation';
import { badInput, notFound } from '../../errors/app-error';
import { ContactGroup } from '../contacts/contact-group.entity';
import { Department } from '../departments/department.entity';
import { normaliseTags } from '../tickets/ticket.service';
import { byPosition } from './routing-rule-match';
import { RoutingRule } from './routing-rule.entity';
import type { RoutingRuleInput, UpdateRoutingRuleInput } from './routing-rule.inputs';

const NAME_TAKEN = 'A routing rule with this name already exists';
const MAX_POSITION = 1_000_000;
const MAX_KEYWORDS = 50;
const MAX_KEYWORD_LENGTH = 100;

/** Trimmed, inner whitespace made one space, lowercased and distinct (first occurrence kept): keywords as stored and shown. */
export function normaliseKeywords(keywords: readonly string[] | null | undefined, field = 'keywords'): string[] {
  const normalised = [...new Set((keywords ?? []).map((keyword) => keyword.trim().replace(/\s+/gu, ' ').toLowerCase()))];
  if (normalised.some((keyword) => keyword === '')) throw badInput(field, 'a keyword must not be empty');
  if (normalised.length > MAX_KEYWORDS) throw badInput(field, `at most ${MAX_KEYWORDS} keywords`);
  if (normalised.some((keyword) => keyword.length > MAX_KEYWORD_LENGTH)) throw badInput(field, `a keyword has at most ${MAX_KEYWORD_LENGTH} characters`);
  return normalised;
}

/**
 * Every entity of a list of global ids; an id that is malformed, of another type or unknown is
 * BAD_USER_INPUT naming the field: in a rule's settings it is a wrong argument, not a lookup.
 */
async function existingKeys<T extends { id: string }>(em: EntityManager, entity: EntityName<T>, typeName: string, globalIds: readonly string[], field: string): Promise<string[]> {
  const keys = [...new Set(globalIds.map((id) => keyOf(id, typeName)))];
  if (keys.some((key) => key === undefined)) throw badInput(field, `${field} must list ${typeName} ids`);
  if (keys.length === 0) return [];
  const found = await em.find(entity, { id: { $in: keys } } as unknown as FilterQuery<T>);
  if (found.length !== keys.length) throw badInput(field, `${field} names a ${typeName} that does not exist`);
  return keys as string[];
}

/** Routing rules: OWNER and ADMIN manage them; ticket creation applies them (see ticket-intake.ts). */
export class RoutingRuleService {
  constructor(
    private readonly em: PgEntityManager,
    private readonly clock: Clock,
  ) {}

  /** Every rule, in the order they are tried. */
  async list(): Promise<RoutingRule[]> {
    return (await this.em.find(RoutingRule, {})).sort(byPosition);
  }

  create(input: RoutingRuleInput): Promise<RoutingRule> {
    return this.write(async (em) => {
      const rule = new RoutingRule({ name: '', position: 0, active: true, now: this.clock.now() });
      await this.fill(em, rule, input, '');
      em.persist(rule);
      return rule;
    });
  }

  update(input: UpdateRoutingRuleInput): Promise<RoutingRule> {
    return this.write(async (em) => {
      const rule = await this.find(em, input.id, 'id');
      await this.fill(em, rule, input.rule, 'rule.');
      rule.updatedAt = this.clock.now();
      return rule;
    });
  }

  /** Removes the rule; tickets it routed keep its name in their ROUTED event. Returns its global id. */
  async delete(globalId: string): Promise<string> {
    const rule = await this.write(async (em) => {
      const rule = await this.find(em, globalId, 'id');
      em.remove(rule);
      return rule;
    });
    return toGlobalId('RoutingRule', rule.id);
  }

  private write(change: (em: PgEntityManager) => Promise<RoutingRule>): Promise<RoutingRule> {
    return conflictOnDuplicate(
      () =>
        this.em.transactional(async (em) => {
          const rule = await change(em);
          await em.flush();
          return rule;
        }),
      NAME_TAKEN,
    );
  }

  private async find(em: PgEntityManager, globalId: string, field: string): Promise<RoutingRule> {
    const rule = await em.findOne(RoutingRule, { id: requireKey(globalId, 'RoutingRule', field) });
    if (!rule) throw notFound('RoutingRule');
    return rule;
  }

  /** `prefix` names fields as the client sent them: `name` in create, `rule.name` in update. */
  private async fill(em: PgEntityManager, rule: RoutingRule, input: RoutingRuleInput, prefix: string): Promise<void> {
    rule.name = requireText(input.name, `${prefix}name`, { max: 100 });
    const position = input.position ?? 0;
    if (!Number.isInteger(position) || Math.abs(position) > MAX_POSITION) {
      throw badInput(`${prefix}position`, `position must be a whole number from -${MAX_POSITION} to ${MAX_POSITION}`);
    }
    rule.position = position;
    rule.active = input.active ?? true;
    rule.channels = [...new Set(input.channels ?? [])];
    rule.contactGroupIds = await existingKeys(em, ContactGroup, 'ContactGroup', input.contactGroupIds ?? [], `${prefix}contactGroupIds`);
    rule.keywords = normaliseKeywords(input.keywords, `${prefix}keywords`);
    const [departmentKey] = input.departmentId ? await existingKeys(em, Department, 'Department', [input.departmentId], `${prefix}departmentId`) : [];
    rule.department = departmentKey ? em.getReference(Department, departmentKey) : null;
    rule.priority = input.priority ?? null;
    rule.tags = normaliseTags(input.tags, `${prefix}tags`);
  }
}
