import type { ScheduledJob } from '../../scheduler/scheduler';
import { systemServices, type AppDeps } from '../context';

/**
 * The scheduled job that closes RESOLVED tickets once `afterMs` has passed since they were
 * resolved (STATUS_CHANGED RESOLVED -> CLOSED by no actor). Safe on several processes at once:
 * each ticket is claimed with FOR UPDATE SKIP LOCKED. A ticket reopened before its time is no
 * longer RESOLVED, and one resolved again starts a new delay (resolvedAt is set anew).
 */
export function autoCloseJob(deps: AppDeps, settings: { afterMs: number; batchSize: number }): ScheduledJob {
  return {
    name: 'auto-close',
    nextDueAt: async () => {
      const earliest = await systemServices(deps).tickets.earliestResolvedAt();
      return earliest ? new Date(earliest.getTime() + settings.afterMs) : null;
    },
    runDue: (now) => systemServices(deps).tickets.closeResolved(new Date(now.getTime() - settings.afterMs), now, settings.batchSize),
  };
}
