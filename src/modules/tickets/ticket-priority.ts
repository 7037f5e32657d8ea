import { Type } from '@mikro-orm/core';

export enum TicketPriority {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}

/** Ranks in urgency order, so that ORDER BY priority sorts by urgency and indexes serve it. */
export const PRIORITY_RANK: Readonly<Record<TicketPriority, number>> = {
  [TicketPriority.LOW]: 1,
  [TicketPriority.MEDIUM]: 2,
  [TicketPriority.HIGH]: 3,
  [TicketPriority.CRITICAL]: 4,
};

const PRIORITY_BY_RANK = new Map(Object.entries(PRIORITY_RANK).map(([priority, rank]) => [rank, priority as TicketPriority]));

export function priorityOfRank(rank: number): TicketPriority {
  const priority = PRIORITY_BY_RANK.get(Number(rank));
  if (!priority) throw new Error(`Unknown priority rank ${rank}`);
  return priority;
}

/** Stores a TicketPriority as its smallint rank. */
export class TicketPriorityType extends Type<TicketPriority, number> {
  override convertToDatabaseValue(value: TicketPriority | number): number {
    return typeof value === 'number' ? value : PRIORITY_RANK[value];
  }

  override convertToJSValue(value: number | TicketPriority): TicketPriority {
    return typeof value === 'number' ? priorityOfRank(value) : value;
  }

  override getColumnType(): string {
    return 'smallint';
  }

  override compareAsType(): string {
    return 'number';
  }
}
