/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment BenchTicketState on Ticket { id version status priority events { totalCount } }\n": typeof types.BenchTicketStateFragmentDoc,
    "\n  mutation BenchLogin($input: LoginInput!) { login(input: $input) { token agent { id role ticketAccess } } }\n": typeof types.BenchLoginDocument,
    "\n  mutation BenchCreateDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id name } } }\n": typeof types.BenchCreateDepartmentDocument,
    "\n  mutation BenchCreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id email role ticketAccess } } }\n": typeof types.BenchCreateAgentDocument,
    "\n  mutation BenchCreateTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { ...BenchTicketState } } }\n": typeof types.BenchCreateTicketDocument,
    "\n  mutation BenchReply($input: ReplyInput!) { replyToTicket(input: $input) { ticket { ...BenchTicketState } } }\n": typeof types.BenchReplyDocument,
    "\n  mutation BenchCustomerMessage($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { ...BenchTicketState } } }\n": typeof types.BenchCustomerMessageDocument,
    "\n  mutation BenchUpdatePriority($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { ...BenchTicketState } } }\n": typeof types.BenchUpdatePriorityDocument,
    "\n  mutation BenchSetStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { ...BenchTicketState } } }\n": typeof types.BenchSetStatusDocument,
    "\n  query BenchQueue($departmentId: ID!, $first: Int!) { queue(departmentId: $departmentId, first: $first) { totalCount edges { node { id version } } } }\n": typeof types.BenchQueueDocument,
    "\n  subscription BenchTicketChanged($departmentId: ID!) {\n    ticketChanged(departmentId: $departmentId) { event { kind } ticket { id code subject status priority version assignee { name } } }\n  }\n": typeof types.BenchTicketChangedDocument,
    "\n  subscription BenchQueueChanged($departmentId: ID!, $first: Int!) {\n    queueChanged(departmentId: $departmentId, first: $first) {\n      departmentId\n      totalCount\n      moves { ticketId from to }\n      tickets { id code subject priority status version queuePosition }\n    }\n  }\n": typeof types.BenchQueueChangedDocument,
};
const documents: Documents = {
    "\n  fragment BenchTicketState on Ticket { id version status priority events { totalCount } }\n": types.BenchTicketStateFragmentDoc,
    "\n  mutation BenchLogin($input: LoginInput!) { login(input: $input) { token agent { id role ticketAccess } } }\n": types.BenchLoginDocument,
    "\n  mutation BenchCreateDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id name } } }\n": types.BenchCreateDepartmentDocument,
    "\n  mutation BenchCreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id email role ticketAccess } } }\n": types.BenchCreateAgentDocument,
    "\n  mutation BenchCreateTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { ...BenchTicketState } } }\n": types.BenchCreateTicketDocument,
    "\n  mutation BenchReply($input: ReplyInput!) { replyToTicket(input: $input) { ticket { ...BenchTicketState } } }\n": types.BenchReplyDocument,
    "\n  mutation BenchCustomerMessage($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { ...BenchTicketState } } }\n": types.BenchCustomerMessageDocument,
    "\n  mutation BenchUpdatePriority($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { ...BenchTicketState } } }\n": types.BenchUpdatePriorityDocument,
    "\n  mutation BenchSetStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { ...BenchTicketState } } }\n": types.BenchSetStatusDocument,
    "\n  query BenchQueue($departmentId: ID!, $first: Int!) { queue(departmentId: $departmentId, first: $first) { totalCount edges { node { id version } } } }\n": types.BenchQueueDocument,
    "\n  subscription BenchTicketChanged($departmentId: ID!) {\n    ticketChanged(departmentId: $departmentId) { event { kind } ticket { id code subject status priority version assignee { name } } }\n  }\n": types.BenchTicketChangedDocument,
    "\n  subscription BenchQueueChanged($departmentId: ID!, $first: Int!) {\n    queueChanged(departmentId: $departmentId, first: $first) {\n      departmentId\n      totalCount\n      moves { ticketId from to }\n      tickets { id code subject priority status version queuePosition }\n    }\n  }\n": types.BenchQueueChangedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenchTicketState on Ticket { id version status priority events { totalCount } }\n"): (typeof documents)["\n  fragment BenchTicketState on Ticket { id version status priority events { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchLogin($input: LoginInput!) { login(input: $input) { token agent { id role ticketAccess } } }\n"): (typeof documents)["\n  mutation BenchLogin($input: LoginInput!) { login(input: $input) { token agent { id role ticketAccess } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchCreateDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id name } } }\n"): (typeof documents)["\n  mutation BenchCreateDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchCreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id email role ticketAccess } } }\n"): (typeof documents)["\n  mutation BenchCreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id email role ticketAccess } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchCreateTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { ...BenchTicketState } } }\n"): (typeof documents)["\n  mutation BenchCreateTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { ...BenchTicketState } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchReply($input: ReplyInput!) { replyToTicket(input: $input) { ticket { ...BenchTicketState } } }\n"): (typeof documents)["\n  mutation BenchReply($input: ReplyInput!) { replyToTicket(input: $input) { ticket { ...BenchTicketState } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchCustomerMessage($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { ...BenchTicketState } } }\n"): (typeof documents)["\n  mutation BenchCustomerMessage($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { ...BenchTicketState } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchUpdatePriority($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { ...BenchTicketState } } }\n"): (typeof documents)["\n  mutation BenchUpdatePriority($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { ...BenchTicketState } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchSetStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { ...BenchTicketState } } }\n"): (typeof documents)["\n  mutation BenchSetStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { ...BenchTicketState } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchQueue($departmentId: ID!, $first: Int!) { queue(departmentId: $departmentId, first: $first) { totalCount edges { node { id version } } } }\n"): (typeof documents)["\n  query BenchQueue($departmentId: ID!, $first: Int!) { queue(departmentId: $departmentId, first: $first) { totalCount edges { node { id version } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BenchTicketChanged($departmentId: ID!) {\n    ticketChanged(departmentId: $departmentId) { event { kind } ticket { id code subject status priority version assignee { name } } }\n  }\n"): (typeof documents)["\n  subscription BenchTicketChanged($departmentId: ID!) {\n    ticketChanged(departmentId: $departmentId) { event { kind } ticket { id code subject status priority version assignee { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BenchQueueChanged($departmentId: ID!, $first: Int!) {\n    queueChanged(departmentId: $departmentId, first: $first) {\n      departmentId\n      totalCount\n      moves { ticketId from to }\n      tickets { id code subject priority status version queuePosition }\n    }\n  }\n"): (typeof documents)["\n  subscription BenchQueueChanged($departmentId: ID!, $first: Int!) {\n    queueChanged(departmentId: $departmentId, first: $first) {\n      departmentId\n      totalCount\n      moves { ticketId from to }\n      tickets { id code subject priority status version queuePosition }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;