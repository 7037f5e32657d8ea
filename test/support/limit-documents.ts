/** Documents that probe the document limits; apart from the limit they probe, each is valid against the schema. */

/** Fields whose nesting never ends (a ticket's contact has tickets), and a scalar to end each with. */
const CYCLE = [
  { field: 'tickets', leaf: 'totalCount' },
  { field: 'edges', leaf: 'cursor' },
  { field: 'node', leaf: 'id' },
  { field: 'contact', leaf: 'id' },
] as const;

/** A query exactly `depth` (2 or more) fields deep: tickets { edges { node { contact { tickets ... { id } } } } }. */
export function deepQuery(depth: number): string {
  let selection: string = CYCLE[(depth - 2) % CYCLE.length]!.leaf;
  for (let level = depth - 1; level >= 1; level -= 1) selection = `${CYCLE[(level - 1) % CYCLE.length]!.field} { ${selection} }`;
  return `{ ${selection} }`;
}

/** `count` aliases of the viewer's kind. */
export const aliasQuery = (count: number) => `{ viewer { ${Array.from({ length: count }, (_, i) => `a${i}: kind`).join(' ')} } }`;

/** `count` @skip directives. */
export const directiveQuery = (count: number) => `{ viewer { ${'kind @skip(if: false) '.repeat(count)}} }`;

/** At least `count` lexical tokens: the same field over and over. */
export const tokenQuery = (count: number) => `{ viewer { ${'kind '.repeat(count)}} }`;

/** 100 tickets with 100 messages each and their authors' departments: 10 fields deep only, but 10,000 messages. */
export const COSTLY_QUERY = `{ tickets(first: 100) { edges { node { messages(first: 100) { edges { node { authorAgent { departments { agents { name } } } } } } } } } }`;

/** A real client page, 9 fields deep: 20 tickets with their latest 50 messages, each with its author's departments. */
export const CLIENT_PAGE = `query TicketPage {
  tickets(first: 20) {
    totalCount
    pageInfo { endCursor hasNextPage }
    edges {
      node {
        id code subject status priority tags createdAt
        contact { displayName }
        assignee { name }
        messages(first: 50) {
          edges { node { id kind body createdAt authorContact { displayName } authorAgent { name departments { name } } } }
        }
      }
    }
  }
}`;
