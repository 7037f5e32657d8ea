import { ReportMetric } from '../../src/modules/reports/report-query';
/*
 * The documents of `npm run bench`, as plain strings: the queue page selects Ticket.lastMessage,
 * which the API contract (the source of bench/gql's types) does not have, and the load process
 * sends bodies, not typed documents. Each result type below is what the harness reads.
 */

export const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token } }`;
export interface LoginResult {
  login: { token: string };
}

export const VIEWER_DEPARTMENTS = `query ViewerDepartments { viewer { agent { id ticketAccess departments { id name queueLength } } } }`;
export interface ViewerDepartmentsResult {
  viewer: { agent: { id: string; ticketAccess: string; departments: { id: string; name: string; queueLength: number }[] } | null };
}

export const QUEUE_PAGE = `query QueuePage($departmentId: ID!) { queue(departmentId: $departmentId, first: 50) { totalCount edges { cursor node { id code subject status priority contact { displayName } assignee { name } tags sla { nextDueAt } lastMessage { preview } } } pageInfo { hasNextPage endCursor } } }`;

/** The same page with five tickets: SQL statements per page must not grow with the page. */
export const QUEUE_PAGE_OF_FIVE = QUEUE_PAGE.replace('first: 50', 'first: 5');

export interface QueuePageResult {
  queue: { totalCount: number; edges: unknown[] };
}

export const DEPARTMENTS = `query Departments { departments { id name } }`;
export interface DepartmentsResult {
  departments: { id: string; name: string }[];
}
export const CREATE_DEPARTMENT = `mutation CreateDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id name } } }`;
export interface CreateDepartmentResult {
  createDepartment: { department: { id: string; name: string } };
}

export const QUEUE_HEAD = `query QueueHead($departmentId: ID!, $first: Int!) { queue(departmentId: $departmentId, first: $first) { totalCount edges { node { id contact { id } } } } }`;
export interface QueueHeadResult {
  queue: { totalCount: number; edges: { node: { id: string; contact: { id: string } } }[] };
}

export const SEARCH = `query Search { tickets(filter: { search: "refund" }, first: 20) { edges { node { id code subject status } } } }`;
export interface SearchResult {
  tickets: { edges: unknown[] };
}

/** `__UNIQUE__` is replaced per request by the load process: every ticket has its own subject and contact. */
export const UNIQUE = '__UNIQUE__';
export const CREATE_TICKET = `mutation CreateTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id code } } }`;
export const createTicketInput = (departmentId: string) => ({
  subject: `Bench ticket ${UNIQUE}: the invoice total is wrong`,
  body: 'Hello, the invoice I received this morning shows the wrong total. Could you check it?',
  contact: { name: `Bench customer ${UNIQUE}`, email: `customer-${UNIQUE}@bench.local` },
  channel: 'EMAIL',
  departmentId,
});
export interface CreateTicketResult {
  createTicket: { ticket: { id: string; code: string } };
}

export const REPLY = `mutation Reply($input: ReplyInput!) { replyToTicket(input: $input) { message { id } } }`;
export const replyInput = (ticketId: string) => ({ ticketId, body: 'Thank you, we are looking into it and will come back to you today.' });
export interface ReplyResult {
  replyToTicket: { message: { id: string } };
}

export const TICKET_REPORT = `query TicketReport($input: ReportInput!) { ticketReport(input: $input) { rows { key created resolved medianFirstResponseSeconds slaComplianceRate } totals { created resolved medianFirstResponseSeconds } backlogAtEnd } }`;
/** The metric groups TICKET_REPORT's selection asks for, as the resolver derives them: its SQL alone computes the same. */
export const TICKET_REPORT_METRICS: ReadonlySet<ReportMetric> = new Set([ReportMetric.CREATED, ReportMetric.RESOLVED, ReportMetric.FIRST_RESPONSE, ReportMetric.SLA]);
export interface TicketReportResult {
  ticketReport: { rows: unknown[]; backlogAtEnd: number };
}

/** A POST body of GraphQL over HTTP. */
export const graphqlBody = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
