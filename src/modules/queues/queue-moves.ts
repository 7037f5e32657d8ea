/** One ticket whose place in a queue view changed: from null = it entered the view, to null = it left. */
export interface QueueMove {
  ticketId: string;
  from: number | null;
  to: number | null;
}

/**
 * What changed between two orderings of a view: every ticket whose position is not what it
 * was, those that entered and those that left, in new-position order and then the ones that
 * left. Empty exactly when order and membership are unchanged. A ticket entering at the top
 * moves every one below it: each of them is listed, so a client can apply the moves without
 * knowing how the server ordered them.
 */
export function queueMoves(before: readonly string[], after: readonly string[]): QueueMove[] {
  const previous = new Map(before.map((ticketId, index) => [ticketId, index]));
  const current = new Set(after);
  const moves: QueueMove[] = [];
  after.forEach((ticketId, to) => {
    const from = previous.get(ticketId) ?? null;
    if (from !== to) moves.push({ ticketId, from, to });
  });
  before.forEach((ticketId, from) => {
    if (!current.has(ticketId)) moves.push({ ticketId, from, to: null });
  });
  return moves;
}
