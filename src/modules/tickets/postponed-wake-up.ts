import type { ScheduledJob } from '../../scheduler/scheduler';
import { systemServices, type AppDeps } from '../context';

/**
 * The scheduled job that puts postponed tickets back in the queue when their postponedUntil
 * passes. Safe on several processes at once: each ticket is claimed with FOR UPDATE SKIP LOCKED.
 */
export function postponedWakeUpJob(deps: AppDeps, settings: { batchSize: number }): ScheduledJob {
  return {
    name: 'postponed-tickets',
    nextDueAt: () => systemServices(deps).tickets.nextWakeUpAt(),
    runDue: (now) => systemServices(deps).tickets.wakeUpPostponed(now, settings.batchSize),
  };
}
