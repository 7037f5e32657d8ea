import { SLA_CLOCKS, SlaClock, type SlaEvaluation, type SlaTargets, type SlaTimeline } from './sla-clock';

type Iso = string;

/**
 * A ticket's SLA state as stored (jsonb, ISO instants): the timeline the clocks count from, the
 * policy's name and targets in force, when each clock was found breached, and the due times
 * last computed. The queue's and the breach job's keys are copied to plain indexed columns.
 */
export interface StoredSla {
  policyName: string | null;
  /** The policy's business-hours zone, to tell customers due times in local time; absent before it was kept. */
  timezone?: string | null;
  targets: SlaTargets | null;
  firstResponseMetAt: Iso | null;
  nextResponseSince: Iso | null;
  nextResponseMetAt: Iso | null;
  /** [from, until] of every period the resolution clock ran; until null while it runs. */
  resolutionPeriods: Array<[Iso, Iso | null]>;
  breachedAt: Partial<Record<SlaClock, Iso>>;
  firstResponseDueAt: Iso | null;
  nextResponseDueAt: Iso | null;
  resolutionDueAt: Iso | null;
  paused: boolean;
}

export const instantOf = (iso: Iso | null): Date | null => (iso === null ? null : new Date(iso));
const iso = (value: Date | null): Iso | null => (value === null ? null : value.toISOString());

export function timelineOf(stored: StoredSla, createdAt: Date): SlaTimeline {
  return {
    createdAt,
    firstResponseMetAt: instantOf(stored.firstResponseMetAt),
    nextResponseSince: instantOf(stored.nextResponseSince),
    nextResponseMetAt: instantOf(stored.nextResponseMetAt),
    resolutionPeriods: stored.resolutionPeriods.map(([from, until]) => ({ from: new Date(from), until: instantOf(until) })),
  };
}

export function withTimeline(stored: StoredSla, timeline: SlaTimeline): StoredSla {
  return {
    ...stored,
    firstResponseMetAt: iso(timeline.firstResponseMetAt),
    nextResponseSince: iso(timeline.nextResponseSince),
    nextResponseMetAt: iso(timeline.nextResponseMetAt),
    resolutionPeriods: timeline.resolutionPeriods.map(({ from, until }) => [from.toISOString(), iso(until)]),
  };
}

/** No policy yet; the resolution clock runs from creation. */
export function initialSla(createdAt: Date): StoredSla {
  return {
    policyName: null,
    targets: null,
    firstResponseMetAt: null,
    nextResponseSince: null,
    nextResponseMetAt: null,
    resolutionPeriods: [[createdAt.toISOString(), null]],
    breachedAt: {},
    firstResponseDueAt: null,
    nextResponseDueAt: null,
    resolutionDueAt: null,
    paused: false,
  };
}

/**
 * The evaluation written into the stored state. A breach is marked once, with the instant it
 * was found, and forgotten when the clock is no longer breached (a policy or target changed).
 * Returns the clocks breached by this evaluation that were not before.
 */
export function withEvaluation(
  stored: StoredSla,
  policy: { name: string | null; targets: SlaTargets | null; timezone: string | null },
  evaluation: SlaEvaluation,
  now: Date,
): { stored: StoredSla; newlyBreached: SlaClock[] } {
  const breachedAt: Partial<Record<SlaClock, Iso>> = {};
  const newlyBreached: SlaClock[] = [];
  for (const clock of SLA_CLOCKS) {
    if (!evaluation.clocks[clock].breached) continue;
    const known = stored.breachedAt[clock];
    breachedAt[clock] = known ?? now.toISOString();
    if (!known) newlyBreached.push(clock);
  }
  return {
    stored: {
      ...stored,
      policyName: policy.name,
      timezone: policy.timezone,
      targets: policy.targets,
      breachedAt,
      firstResponseDueAt: iso(evaluation.clocks[SlaClock.FIRST_RESPONSE].dueAt),
      nextResponseDueAt: iso(evaluation.clocks[SlaClock.NEXT_RESPONSE].dueAt),
      resolutionDueAt: iso(evaluation.clocks[SlaClock.RESOLUTION].dueAt),
      paused: evaluation.paused,
    },
    newlyBreached,
  };
}

/** Whether two states show clients the same deadlines (a recomputation that moved nothing is not news). */
export const sameDeadlines = (a: StoredSla, b: StoredSla): boolean =>
  a.policyName === b.policyName &&
  a.firstResponseDueAt === b.firstResponseDueAt &&
  a.nextResponseDueAt === b.nextResponseDueAt &&
  a.resolutionDueAt === b.resolutionDueAt &&
  a.paused === b.paused &&
  JSON.stringify(a.targets) === JSON.stringify(b.targets);
