/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Channel =
  | 'API'
  | 'CHAT'
  | 'EMAIL'
  | 'PHONE'
  | 'SOCIAL'
  | 'WEB_FORM';

/** Matched by email (case-insensitive) first, then phone (digits only); with neither, a new anonymous contact. */
export type ContactInput = {
  email?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
};

export type CreateAgentInput = {
  departmentIds?: Array<string | number> | null | undefined;
  email: string;
  name: string;
  password: string;
  role: Role;
  ticketAccess?: TicketAccess | null | undefined;
};

export type CreateTicketInput = {
  assigneeId?: string | number | null | undefined;
  body: string;
  channel?: Channel | null | undefined;
  contact: ContactInput;
  departmentId?: string | number | null | undefined;
  priority?: TicketPriority | null | undefined;
  subject: string;
  tags?: Array<string> | null | undefined;
};

export type CustomerMessageInput = {
  body: string;
  ticketId: string | number;
};

export type DepartmentInput = {
  description?: string | null | undefined;
  name: string;
};

export type LoginInput = {
  email: string;
  password: string;
};

export type ReplyInput = {
  /** Body, or a canned response rendered for this ticket; at least one of them. */
  body?: string | null | undefined;
  cannedResponseId?: string | number | null | undefined;
  /** Resolve the ticket with this reply. */
  resolve?: boolean | null | undefined;
  ticketId: string | number;
};

export type Role =
  | 'ADMIN'
  | 'AGENT'
  | 'OWNER';

export type SetTicketStatusInput = {
  /** Required for POSTPONED. */
  postponedUntil?: string | null | undefined;
  status: TicketStatus;
  ticketId: string | number;
};

/** What tickets an AGENT may see. OWNER and ADMIN always see every ticket. */
export type TicketAccess =
  /** Only tickets assigned to the agent. */
  | 'ASSIGNED_ONLY'
  /** Tickets of the agent's departments, and tickets assigned to the agent. */
  | 'DEPARTMENTS';

export type TicketEventKind =
  | 'ASSIGNED'
  | 'CREATED'
  | 'DEPARTMENT_CHANGED'
  | 'MESSAGE_ADDED'
  | 'NOTE_ADDED'
  | 'PRIORITY_CHANGED'
  | 'REOPENED'
  | 'SLA_APPLIED'
  | 'SLA_BREACHED'
  | 'STATUS_CHANGED'
  | 'SUBJECT_CHANGED'
  | 'TAGS_CHANGED';

export type TicketPriority =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type TicketStatus =
  /** An agent replied: waiting for the customer. */
  | 'ANSWERED'
  /** Resolved and closed after the auto-close delay, or closed by hand. A customer message reopens it. */
  | 'CLOSED'
  /** Arrived, no agent reply yet. */
  | 'NEW'
  /** The customer wrote last: waiting for an agent. */
  | 'OPEN'
  /** An agent deferred it until postponedUntil. */
  | 'POSTPONED'
  | 'RESOLVED';

export type UpdateTicketInput = {
  departmentId?: string | number | null | undefined;
  /** When given and not the current version, nothing changes and CONFLICT is returned. */
  expectedVersion?: number | null | undefined;
  id: string | number;
  priority?: TicketPriority | null | undefined;
  subject?: string | null | undefined;
  tags?: Array<string> | null | undefined;
};

export type BenchTicketStateFragment = { id: string, version: number, status: TicketStatus, priority: TicketPriority, events: { totalCount: number } | null };

export type BenchLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type BenchLoginMutation = { login: { token: string, agent: { id: string, role: Role, ticketAccess: TicketAccess } } };

export type BenchCreateDepartmentMutationVariables = Exact<{
  input: DepartmentInput;
}>;


export type BenchCreateDepartmentMutation = { createDepartment: { department: { id: string, name: string } } };

export type BenchCreateAgentMutationVariables = Exact<{
  input: CreateAgentInput;
}>;


export type BenchCreateAgentMutation = { createAgent: { agent: { id: string, email: string | null, role: Role, ticketAccess: TicketAccess } } };

export type BenchCreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type BenchCreateTicketMutation = { createTicket: { ticket: { id: string, version: number, status: TicketStatus, priority: TicketPriority, events: { totalCount: number } | null } } };

export type BenchReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type BenchReplyMutation = { replyToTicket: { ticket: { id: string, version: number, status: TicketStatus, priority: TicketPriority, events: { totalCount: number } | null } } };

export type BenchCustomerMessageMutationVariables = Exact<{
  input: CustomerMessageInput;
}>;


export type BenchCustomerMessageMutation = { addCustomerMessage: { ticket: { id: string, version: number, status: TicketStatus, priority: TicketPriority, events: { totalCount: number } | null } } };

export type BenchUpdatePriorityMutationVariables = Exact<{
  input: UpdateTicketInput;
}>;


export type BenchUpdatePriorityMutation = { updateTicket: { ticket: { id: string, version: number, status: TicketStatus, priority: TicketPriority, events: { totalCount: number } | null } } };

export type BenchSetStatusMutationVariables = Exact<{
  input: SetTicketStatusInput;
}>;


export type BenchSetStatusMutation = { setTicketStatus: { ticket: { id: string, version: number, status: TicketStatus, priority: TicketPriority, events: { totalCount: number } | null } } };

export type BenchQueueQueryVariables = Exact<{
  departmentId: string | number;
  first: number;
}>;


export type BenchQueueQuery = { queue: { totalCount: number, edges: Array<{ node: { id: string, version: number } }> } };

export type BenchTicketChangedSubscriptionVariables = Exact<{
  departmentId: string | number;
}>;


export type BenchTicketChangedSubscription = { ticketChanged: { event: { kind: TicketEventKind }, ticket: { id: string, code: string, subject: string, status: TicketStatus, priority: TicketPriority, version: number, assignee: { name: string } | null } } };

export type BenchQueueChangedSubscriptionVariables = Exact<{
  departmentId: string | number;
  first: number;
}>;


export type BenchQueueChangedSubscription = { queueChanged: { departmentId: string | null, totalCount: number, moves: Array<{ ticketId: string, from: number | null, to: number | null }>, tickets: Array<{ id: string, code: string, subject: string, priority: TicketPriority, status: TicketStatus, version: number, queuePosition: number | null }> } };

export const BenchTicketStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchTicketState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<BenchTicketStateFragment, unknown>;
export const BenchLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"ticketAccess"}}]}}]}}]}}]} as unknown as DocumentNode<BenchLoginMutation, BenchLoginMutationVariables>;
export const BenchCreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchCreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BenchCreateDepartmentMutation, BenchCreateDepartmentMutationVariables>;
export const BenchCreateAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchCreateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"ticketAccess"}}]}}]}}]}}]} as unknown as DocumentNode<BenchCreateAgentMutation, BenchCreateAgentMutationVariables>;
export const BenchCreateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchCreateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchTicketState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchTicketState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<BenchCreateTicketMutation, BenchCreateTicketMutationVariables>;
export const BenchReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchTicketState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchTicketState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<BenchReplyMutation, BenchReplyMutationVariables>;
export const BenchCustomerMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchCustomerMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCustomerMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchTicketState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchTicketState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<BenchCustomerMessageMutation, BenchCustomerMessageMutationVariables>;
export const BenchUpdatePriorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchUpdatePriority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchTicketState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchTicketState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<BenchUpdatePriorityMutation, BenchUpdatePriorityMutationVariables>;
export const BenchSetStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchSetStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTicketStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenchTicketState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenchTicketState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<BenchSetStatusMutation, BenchSetStatusMutationVariables>;
export const BenchQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchQueueQuery, BenchQueueQueryVariables>;
export const BenchTicketChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BenchTicketChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchTicketChangedSubscription, BenchTicketChangedSubscriptionVariables>;
export const BenchQueueChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BenchQueueChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}}]}}]}}]}}]} as unknown as DocumentNode<BenchQueueChangedSubscription, BenchQueueChangedSubscriptionVariables>;