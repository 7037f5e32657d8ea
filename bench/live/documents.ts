import { graphql } from '../gql';

// Every document the benchmark sends, typed from the API contract (npm run codegen writes
// bench/gql/), so the queueChanged path is checked against the contract even while the server
// lacks it.

/** What the benchmark keeps of a ticket after each change: events.totalCount tells how many audit events the change wrote. */
export const TICKET_STATE = graphql(`
  fragment BenchTicketState on Ticket { id version status priority events { totalCount } }
`);

export const LOGIN = graphql(`
  mutation BenchLogin($input: LoginInput!) { login(input: $input) { token agent { id role ticketAccess } } }
`);

export const CREATE_DEPARTMENT = graphql(`
  mutation BenchCreateDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id name } } }
`);

export const CREATE_AGENT = graphql(`
  mutation BenchCreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id email role ticketAccess } } }
`);

export const CREATE_TICKET = graphql(`
  mutation BenchCreateTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { ...BenchTicketState } } }
`);

export const REPLY = graphql(`
  mutation BenchReply($input: ReplyInput!) { replyToTicket(input: $input) { ticket { ...BenchTicketState } } }
`);

export const CUSTOMER_MESSAGE = graphql(`
  mutation BenchCustomerMessage($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { ...BenchTicketState } } }
`);

/** The queue-moving changes of the measured window; each writes exactly one audit event (the benchmark checks it). */
export const UPDATE_PRIORITY = graphql(`
  mutation BenchUpdatePriority($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { ...BenchTicketState } } }
`);

export const SET_STATUS = graphql(`
  mutation BenchSetStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { ...BenchTicketState } } }
`);

/** The truth a queueChanged subscriber's view is compared with. */
export const QUEUE = graphql(`
  query BenchQueue($departmentId: ID!, $first: Int!) { queue(departmentId: $departmentId, first: $first) { totalCount edges { node { id version } } } }
`);

/** The two subscriptions under load, as the issue gives them. */
export const TICKET_CHANGED = graphql(`
  subscription BenchTicketChanged($departmentId: ID!) {
    ticketChanged(departmentId: $departmentId) { event { kind } ticket { id code subject status priority version assignee { name } } }
  }
`);

export const QUEUE_CHANGED = graphql(`
  subscription BenchQueueChanged($departmentId: ID!, $first: Int!) {
    queueChanged(departmentId: $departmentId, first: $first) {
      departmentId
      totalCount
      moves { ticketId from to }
      tickets { id code subject priority status version queuePosition }
    }
  }
`);
