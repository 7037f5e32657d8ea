import type { ScheduledJob } from '../../scheduler/scheduler';
import { systemServices, type AppDeps } from '../context';

/**
 * Marks SLA breaches at their due instant (SLA_BREACHED, announced). Safe on several processes:
 * tickets are claimed with FOR UPDATE SKIP LOCKED, so each breach is marked once.
 */
export function slaBreachJob(deps: AppDeps, settings: { batchSize: number }): ScheduledJob {
  return {
    name: 'sla-breaches',
    nextDueAt: () => systemServices(deps).tickets.nextSlaCheckAt(),
    runDue: (now) => systemServices(deps).tickets.markDueSlaBreaches(now, settings.batchSize),
  };
}

/** Brings open tickets up to date after a policy changed, in batches; due at once whenever one is behind. */
export function slaRecomputationJob(deps: AppDeps, settings: { batchSize: number }): ScheduledJob {
  return {
    name: 'sla-recomputation',
    nextDueAt: async () => ((await systemServices(deps).tickets.hasStaleSlas()) ? deps.clock.now() : null),
    runDue: (now) => systemServices(deps).tickets.recomputeStaleSlas(now, settings.batchSize),
  };
}
