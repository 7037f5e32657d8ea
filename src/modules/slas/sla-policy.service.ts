import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { conflictOnDuplicate, findAllByGlobalIds, requireKey } from '../../common/entity-lookup';
import { toGlobalId } from '../../common/global-id';
import { requireText } from '../../common/validation';
import { badInput, notFound } from '../../errors/app-error';
import type { Scheduler } from '../../scheduler/scheduler';
import { ContactGroup } from '../contacts/contact-group.entity';
import { Department } from '../departments/department.entity';
import { BusinessCalendar, validateBusinessHours } from './business-hours';
import { raiseGeneration } from './sla-catalog';
import { byPrecedence } from './sla-policy-match';
import { SlaPolicy, type SlaTargetRow } from './sla-policy.entity';
import type { SlaPolicyInput, SlaTargetInput, UpdateSlaPolicyInput } from './sla.inputs';

const NAME_TAKEN = 'An SLA policy with this name already exists';
/** A year of business minutes: anything longer is a typo, not a target. */
const MAX_TARGET_MINUTES = 525_600;
const MAX_RANK = 1_000_000;

function targetMinutes(value: number | null | undefined, field: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 1 || value > MAX_TARGET_MINUTES) throw badInput(field, `${field} must be a whole number of minutes from 1 to ${MAX_TARGET_MINUTES}`);
  return value;
}

/** One row per priority, in the order given. */
export function validTargets(targets: readonly SlaTargetInput[], prefix = ''): SlaTargetRow[] {
  const seen = new Set<string>();
  return targets.map((target, index) => {
    const field = `${prefix}targets[${index}]`;
    if (seen.has(target.priority)) throw badInput(`${field}.priority`, `The targets name ${target.priority} more than once`);
    seen.add(target.priority);
    return {
      priority: target.priority,
      firstResponseMinutes: targetMinutes(target.firstResponseMinutes, `${field}.firstResponseMinutes`),
      nextResponseMinutes: targetMinutes(target.nextResponseMinutes, `${field}.nextResponseMinutes`),
      resolutionMinutes: targetMinutes(target.resolutionMinutes, `${field}.resolutionMinutes`),
    };
  });
}

/**
 * A target longer than the business hours can ever give (a year of minutes on a few hours a
 * week) would make every ticket the policy applies to fail; refused when saved instead.
 */
function requireReachable(policy: SlaPolicy, now: Date, prefix: string): void {
  const longest = Math.max(0, ...policy.targets.flatMap((target) => [target.firstResponseMinutes ?? 0, target.nextResponseMinutes ?? 0, target.resolutionMinutes ?? 0]));
  try {
    BusinessCalendar.of(policy.businessHours).addBusinessTime(now, longest * 60_000);
  } catch {
    throw badInput(`${prefix}targets`, `A target of ${longest} minutes is more business time than these business hours give in 100 years`);
  }
}

/**
 * SLA policies: OWNER and ADMIN manage them. Every change raises the policies' generation in its
 * own transaction; the recomputation job then brings open tickets up to date in small batches.
 */
export class SlaPolicyService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    /** Told after a change, so open tickets are computed again at once. */
    private readonly scheduler: Pick<Scheduler, 'kick'>,
  ) {}

  async list(): Promise<SlaPolicy[]> {
    const policies = await this.em.find(SlaPolicy, { deletedAt: null });
    return policies.sort(byPrecedence);
  }

  create(input: SlaPolicyInput): Promise<SlaPolicy> {
    return this.write(async (em) => {
      const policy = new SlaPolicy({ name: '', rank: 0, active: true, now: this.clock.now() });
      await this.fill(em, policy, input, '');
      em.persist(policy);
      return policy;
    });
  }

  update(input: UpdateSlaPolicyInput): Promise<SlaPolicy> {
    return this.write(async (em) => {
      const policy = await this.findLive(em, input.id, 'id');
      await this.fill(em, policy, input.policy, 'policy.');
      policy.updatedAt = this.clock.now();
      return policy;
    });
  }

  /** Marks the policy deleted; its open tickets are matched again. Returns its global id. */
  async delete(globalId: string): Promise<string> {
    const policy = await this.write(async (em) => {
      const policy = await this.findLive(em, globalId, 'id');
      policy.deletedAt = this.clock.now();
      policy.active = false;
      return policy;
    });
    return toGlobalId('SlaPolicy', policy.id);
  }

  private async write(change: (em: EntityManager) => Promise<SlaPolicy>): Promise<SlaPolicy> {
    const policy = await conflictOnDuplicate(
      () =>
        this.em.transactional(async (em) => {
          const policy = await change(em);
          await em.flush();
          await raiseGeneration(em);
          return policy;
        }),
      NAME_TAKEN,
    );
    this.scheduler.kick();
    return policy;
  }

  private async findLive(em: EntityManager, globalId: string, field: string): Promise<SlaPolicy> {
    const policy = await em.findOne(SlaPolicy, { id: requireKey(globalId, 'SlaPolicy', field), deletedAt: null });
    if (!policy) throw notFound('SlaPolicy');
    return policy;
  }

  /** `prefix` names fields as the client sent them: `name` in create, `policy.name` in update. */
  private async fill(em: EntityManager, policy: SlaPolicy, input: SlaPolicyInput, prefix: string): Promise<void> {
    policy.name = requireText(input.name, `${prefix}name`, { max: 100 });
    const rank = input.rank ?? 0;
    if (!Number.isInteger(rank) || Math.abs(rank) > MAX_RANK) throw badInput(`${prefix}rank`, `rank must be a whole number from -${MAX_RANK} to ${MAX_RANK}`);
    policy.rank = rank;
    policy.active = input.active ?? true;
    policy.departmentIds = (await findAllByGlobalIds(em, Department, 'Department', input.departmentIds ?? [], `${prefix}departmentIds`)).map((d) => d.id);
    policy.contactGroupIds = (await findAllByGlobalIds(em, ContactGroup, 'ContactGroup', input.contactGroupIds ?? [], `${prefix}contactGroupIds`)).map((g) => g.id);
    policy.channels = [...new Set(input.channels ?? [])];
    policy.targets = validTargets(input.targets, prefix);
    policy.businessHours = input.businessHours ? validateBusinessHours(input.businessHours, `${prefix}businessHours`) : null;
    requireReachable(policy, this.clock.now(), prefix);
  }
}
