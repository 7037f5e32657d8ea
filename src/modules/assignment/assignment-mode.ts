/** How a department hands out new tickets that arrive without an assignee. */
export enum AssignmentMode {
  /** Nobody is picked: new tickets wait unassigned in the queue. */
  OFF = 'OFF',
  /** Each active member in turn, in a stable order (longest-serving agent first). */
  ROUND_ROBIN = 'ROUND_ROBIN',
  /** The active member with the fewest assigned tickets not RESOLVED or CLOSED; ties in turn. */
  LEAST_OPEN = 'LEAST_OPEN',
}
