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
    "\n  mutation LoginAs($input: LoginInput!) { login(input: $input) { token agent { email role } } }\n": typeof types.LoginAsDocument,
    "\n  query WhoAmI { viewer { kind agent { email role departments { name } } } }\n": typeof types.WhoAmIDocument,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) { agent { id name email role ticketAccess active departments { id name } } }\n  }\n": typeof types.CreateAgentDocument,
    "\n  mutation UpdateAgent($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id role active } } }\n": typeof types.UpdateAgentDocument,
    "\n  mutation CreateDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id name agents { email } queueLength } } }\n": typeof types.CreateDepartmentDocument,
    "\n  query Departments { departments { id name } }\n": typeof types.DepartmentsDocument,
    "\n  mutation CreateTicketInDepartment($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n": typeof types.CreateTicketInDepartmentDocument,
    "\n  query VisibleTickets($id: ID!) {\n    tickets(first: 100) { totalCount edges { node { id subject } } }\n    ticket(id: $id) { id }\n    node(id: $id) { id }\n    departments { name queueLength }\n  }\n": typeof types.VisibleTicketsDocument,
    "query OwnerId { viewer { agent { id } } }": typeof types.OwnerIdDocument,
    "query TempId { viewer { agent { id } } }": typeof types.TempIdDocument,
    "\n  mutation AckCanned($input: CannedResponseInput!) { createCannedResponse(input: $input) { cannedResponse { id } } }\n": typeof types.AckCannedDocument,
    "\n  mutation AckDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id acknowledgement { id } } } }\n": typeof types.AckDepartmentDocument,
    "\n  mutation AckUpdateDepartment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { id acknowledgement { id } } } }\n": typeof types.AckUpdateDepartmentDocument,
    "\n  mutation AckPolicy($input: SlaPolicyInput!) { createSlaPolicy(input: $input) { slaPolicy { id } } }\n": typeof types.AckPolicyDocument,
    "\n  mutation AckTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id code } } }\n": typeof types.AckTicketDocument,
    "\n  mutation AckSubmit($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }\n": typeof types.AckSubmitDocument,
    "\n  query AckTicketSeen($code: String!) {\n    ticketByCode(code: $code) {\n      status\n      firstRespondedAt\n      waitingSince\n      messages { edges { node { kind body authorAgent { id } authorContact { id } } } }\n    }\n  }\n": typeof types.AckTicketSeenDocument,
    "\n  query AckTicketAudit($code: String!) {\n    ticketByCode(code: $code) {\n      sla { firstResponseDueAt nextDueAt }\n      events { edges { node { kind actor { id } } } }\n    }\n  }\n": typeof types.AckTicketAuditDocument,
    "\n  mutation DepartmentToAssign($input: DepartmentInput!) { createDepartment(input: $input) { department { id assignment } } }\n": typeof types.DepartmentToAssignDocument,
    "\n  mutation DepartmentAssignment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { id name assignment } } }\n": typeof types.DepartmentAssignmentDocument,
    "\n  query DepartmentAssignments { departments { id assignment } }\n": typeof types.DepartmentAssignmentsDocument,
    "\n  mutation AgentToAssign($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": typeof types.AgentToAssignDocument,
    "\n  mutation AgentActivity($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id active } } }\n": typeof types.AgentActivityDocument,
    "\n  mutation CreateTicketToAssign($input: CreateTicketInput!) {\n    createTicket(input: $input) { ticket { id version assignee { id } department { id } } }\n  }\n": typeof types.CreateTicketToAssignDocument,
    "\n  mutation RuleBeforeAssignment($input: RoutingRuleInput!) { createRoutingRule(input: $input) { routingRule { id } } }\n": typeof types.RuleBeforeAssignmentDocument,
    "\n  mutation DeleteRuleBeforeAssignment($id: ID!) { deleteRoutingRule(id: $id) { deletedId } }\n": typeof types.DeleteRuleBeforeAssignmentDocument,
    "\n  mutation ResolveAssigned($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n": typeof types.ResolveAssignedDocument,
    "\n  query AssignedTicket($id: ID!) {\n    ticket(id: $id) { id version assignee { id } events(first: 20) { edges { node { kind from to actor { id } } } } }\n  }\n": typeof types.AssignedTicketDocument,
    "\n  query OwnerForAssignment { viewer { agent { id } } }\n": typeof types.OwnerForAssignmentDocument,
    "\n  mutation CreateToAutoClose($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n": typeof types.CreateToAutoCloseDocument,
    "\n  mutation SetStatusBeforeAutoClose($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status resolvedAt } } }\n": typeof types.SetStatusBeforeAutoCloseDocument,
    "\n  mutation SubmitToAutoClose($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }\n": typeof types.SubmitToAutoCloseDocument,
    "\n  query AutoClosedByCode($code: String!) { ticketByCode(code: $code) { id } }\n": typeof types.AutoClosedByCodeDocument,
    "\n  mutation CustomerReopens($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status closedAt resolvedAt version } } }\n": typeof types.CustomerReopensDocument,
    "\n  query AutoClosedTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      version\n      resolvedAt\n      closedAt\n      updatedAt\n      events(first: 100) { edges { node { kind from to actor { id } createdAt } } }\n    }\n  }\n": typeof types.AutoClosedTicketDocument,
    "\n  mutation CannedCreate($input: CannedResponseInput!) {\n    createCannedResponse(input: $input) {\n      cannedResponse { id title body shortcut department { id name } owner { id name } createdAt updatedAt }\n    }\n  }\n": typeof types.CannedCreateDocument,
    "\n  mutation CannedUpdate($input: UpdateCannedResponseInput!) {\n    updateCannedResponse(input: $input) {\n      cannedResponse { id title body shortcut department { id } owner { id } createdAt updatedAt }\n    }\n  }\n": typeof types.CannedUpdateDocument,
    "\n  mutation CannedDelete($id: ID!) { deleteCannedResponse(id: $id) { deletedId } }\n": typeof types.CannedDeleteDocument,
    "\n  query CannedList($search: String, $departmentId: ID) {\n    cannedResponses(search: $search, departmentId: $departmentId) { id title shortcut department { id name } owner { id name } }\n  }\n": typeof types.CannedListDocument,
    "\n  query CannedRender($id: ID!, $ticketId: ID!) { renderCannedResponse(id: $id, ticketId: $ticketId) }\n": typeof types.CannedRenderDocument,
    "\n  query CannedNode($id: ID!) { node(id: $id) { id ... on CannedResponse { title shortcut owner { id } } } }\n": typeof types.CannedNodeDocument,
    "\n  mutation CannedReply($input: ReplyInput!) {\n    replyToTicket(input: $input) { ticket { id status version } message { kind body authorAgent { id } } }\n  }\n": typeof types.CannedReplyDocument,
    "\n  query CannedTicket($id: ID!) {\n    ticket(id: $id) { status version messages { totalCount edges { node { kind body } } } events { edges { node { kind } } } }\n  }\n": typeof types.CannedTicketDocument,
    "\n  mutation CannedCreateTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id code } } }\n": typeof types.CannedCreateTicketDocument,
    "\n  mutation CannedCreateDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n": typeof types.CannedCreateDepartmentDocument,
    "\n  mutation CannedCreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": typeof types.CannedCreateAgentDocument,
    "\n  query CannedViewer { viewer { agent { id } } }\n": typeof types.CannedViewerDocument,
    "\n  mutation CannedSubmit($input: SupportRequestInput!) { submitSupportRequest(input: $input) { accessToken } }\n": typeof types.CannedSubmitDocument,
    "\n  mutation Submit($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }\n": typeof types.SubmitDocument,
    "\n  query MyTickets {\n    viewer { kind agent { id } contact { id displayName } }\n    tickets(first: 50) { totalCount edges { node { id code subject status channel priority } } }\n  }\n": typeof types.MyTicketsDocument,
    "\n  query MyTicket($code: String!) {\n    ticketByCode(code: $code) {\n      id\n      status\n      messages { totalCount edges { node { kind body authorAgent { name email } } } }\n    }\n  }\n": typeof types.MyTicketDocument,
    "\n  query TicketForAgent($code: String!) {\n    ticketByCode(code: $code) { id channel contact { id emails phones name tickets { totalCount } } events { edges { node { kind actor { id } } } } }\n  }\n": typeof types.TicketForAgentDocument,
    "\n  query CustomerSearch($filter: TicketFilter) { tickets(filter: $filter) { totalCount edges { node { code } } } }\n": typeof types.CustomerSearchDocument,
    "\n  mutation CustomerWrites($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status } message { kind authorAgent { id } } } }\n": typeof types.CustomerWritesDocument,
    "\n  mutation AgentReplies($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }\n": typeof types.AgentRepliesDocument,
    "\n  mutation AgentNotes($input: NoteInput!) { addInternalNote(input: $input) { message { id } } }\n": typeof types.AgentNotesDocument,
    "\n  mutation MergeForCustomer($input: MergeContactsInput!) { mergeContacts(input: $input) { contact { id } } }\n": typeof types.MergeForCustomerDocument,
    "\n  mutation CreateForContact($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id contact { id } } } }\n": typeof types.CreateForContactDocument,
    "\n  mutation LoginForLimits($input: LoginInput!) { login(input: $input) { token } }\n": typeof types.LoginForLimitsDocument,
    "\n  subscription CustomerChanges { ticketChanged { event { kind from to } ticket { id status } } }\n": typeof types.CustomerChangesDocument,
    "\n    mutation DepartmentForLive($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n  ": typeof types.DepartmentForLiveDocument,
    "\n    mutation AgentForLive($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n  ": typeof types.AgentForLiveDocument,
    "\n    mutation AgentChangesForLive($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id } } }\n  ": typeof types.AgentChangesForLiveDocument,
    "\n  mutation CreateForIntegrity($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n": typeof types.CreateForIntegrityDocument,
    "\n  mutation CreateAgentForIntegrity($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": typeof types.CreateAgentForIntegrityDocument,
    "\n  mutation CreateDepartmentForIntegrity($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n": typeof types.CreateDepartmentForIntegrityDocument,
    "\n  query TicketPage($first: Int!) {\n    tickets(first: $first) {\n      totalCount\n      edges {\n        node {\n          code subject status priority tags\n          contact { displayName emails }\n          assignee { name departments { name } }\n          department { name queueLength }\n          messages(first: 3) { totalCount edges { node { kind authorAgent { name } authorContact { displayName } } } }\n          events(first: 3) { totalCount edges { node { kind actor { name } } } }\n        }\n      }\n    }\n  }\n": typeof types.TicketPageDocument,
    "\n  mutation ReplyForIntegrity($input: ReplyInput!) { replyToTicket(input: $input) { message { id } } }\n": typeof types.ReplyForIntegrityDocument,
    "\n  mutation Merge($input: MergeContactsInput!) { mergeContacts(input: $input) { contact { id emails phones tickets { totalCount } } } }\n": typeof types.MergeDocument,
    "\n  query Contacts($search: String) { contacts(search: $search) { totalCount edges { node { id displayName } } } }\n": typeof types.ContactsDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) { updateContact(input: $input) { contact { name displayName emails phones group { name } } } }\n": typeof types.UpdateContactDocument,
    "\n  mutation CreateGroup($input: ContactGroupInput!) { createContactGroup(input: $input) { contactGroup { id name } } }\n": typeof types.CreateGroupDocument,
    "\n  query TicketContact($id: ID!) { node(id: $id) { ... on Ticket { contact { id } version } } }\n": typeof types.TicketContactDocument,
    "query AnyTicket { tickets(first: 1) { edges { node { id version contact { id } } } } }": typeof types.AnyTicketDocument,
    "\n  mutation SubmitForPreview($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }\n": typeof types.SubmitForPreviewDocument,
    "\n  query LastMessageByCode($code: String!) { ticketByCode(code: $code) { id lastMessage { kind preview body } } }\n": typeof types.LastMessageByCodeDocument,
    "\n  mutation ReplyForPreview($input: ReplyInput!) { replyToTicket(input: $input) { message { id } } }\n": typeof types.ReplyForPreviewDocument,
    "\n  mutation NoteForPreview($input: NoteInput!) { addInternalNote(input: $input) { message { id } } }\n": typeof types.NoteForPreviewDocument,
    "\n  mutation CreateForLive($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id version } } }\n": typeof types.CreateForLiveDocument,
    "\n  mutation SetStatusForLive($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n": typeof types.SetStatusForLiveDocument,
    "\n  mutation ReplyForLive($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }\n": typeof types.ReplyForLiveDocument,
    "\n  subscription Changes($ticketId: ID) {\n    ticketChanged(ticketId: $ticketId) { event { kind from to } ticket { id status version } }\n  }\n": typeof types.ChangesDocument,
    "\n  mutation CreateForDelivery($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n": typeof types.CreateForDeliveryDocument,
    "\n  mutation NoteForDelivery($input: NoteInput!) { addInternalNote(input: $input) { ticket { version } } }\n": typeof types.NoteForDeliveryDocument,
    "\n  subscription DeliveredChanges($ticketId: ID) { ticketChanged(ticketId: $ticketId) { event { kind } ticket { id version contact { displayName } } } }\n": typeof types.DeliveredChangesDocument,
    "\n  subscription DeliveredQueue($first: Int) { queueChanged(first: $first) { totalCount moves { ticketId } tickets { id } } }\n": typeof types.DeliveredQueueDocument,
    "\n  subscription HeavyChanges($ticketId: ID) { ticketChanged(ticketId: $ticketId) { ticket { messages(first: 50) { edges { node { body } } } } } }\n": typeof types.HeavyChangesDocument,
    "\n  mutation LiveQueueDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n": typeof types.LiveQueueDepartmentDocument,
    "\n  mutation LiveQueueAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": typeof types.LiveQueueAgentDocument,
    "\n  mutation LiveQueueUpdateAgent($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id } } }\n": typeof types.LiveQueueUpdateAgentDocument,
    "\n  mutation LiveQueueTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n": typeof types.LiveQueueTicketDocument,
    "\n  mutation LiveQueueUpdate($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id } } }\n": typeof types.LiveQueueUpdateDocument,
    "\n  mutation LiveQueueAssign($input: AssignTicketInput!) { assignTicket(input: $input) { ticket { id } } }\n": typeof types.LiveQueueAssignDocument,
    "\n  mutation LiveQueueStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n": typeof types.LiveQueueStatusDocument,
    "\n  query LiveQueueTruth($departmentId: ID, $first: Int) { queue(departmentId: $departmentId, first: $first) { totalCount edges { node { id } } } }\n": typeof types.LiveQueueTruthDocument,
    "\n  subscription LiveQueue($departmentId: ID, $first: Int) {\n    queueChanged(departmentId: $departmentId, first: $first) {\n      departmentId\n      totalCount\n      moves { ticketId from to }\n      tickets { id subject priority queuePosition }\n    }\n  }\n": typeof types.LiveQueueDocument,
    "\n  mutation CreateToPostpone($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id version } } }\n": typeof types.CreateToPostponeDocument,
    "\n  mutation Postpone($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status postponedUntil } } }\n": typeof types.PostponeDocument,
    "\n  mutation ReplyBeforePostponing($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status waitingSince } } }\n": typeof types.ReplyBeforePostponingDocument,
    "\n  query PostponedTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      version\n      postponedUntil\n      waitingSince\n      updatedAt\n      events(first: 100) { edges { node { kind from to actor { id } createdAt } } }\n    }\n  }\n": typeof types.PostponedTicketDocument,
    "\n  mutation QueueDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n": typeof types.QueueDepartmentDocument,
    "\n  mutation QueueAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": typeof types.QueueAgentDocument,
    "\n  mutation QueueTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n": typeof types.QueueTicketDocument,
    "\n  mutation QueueReply($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }\n": typeof types.QueueReplyDocument,
    "\n  mutation QueueCustomerMessage($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status } } }\n": typeof types.QueueCustomerMessageDocument,
    "\n  mutation QueueSetStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n": typeof types.QueueSetStatusDocument,
    "\n  mutation QueueSupportRequest($input: SupportRequestInput!) { submitSupportRequest(input: $input) { accessToken ticketCode } }\n": typeof types.QueueSupportRequestDocument,
    "\n  query Queue($departmentId: ID, $first: Int, $after: String) {\n    queue(departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id status queuePosition department { id } } }\n    }\n  }\n": typeof types.QueueDocument,
    "\n  query QueuePage($departmentId: ID, $first: Int, $after: String) {\n    queue(departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id queuePosition contact { displayName } assignee { name } department { name } lastMessage { preview } } }\n    }\n  }\n": typeof types.QueuePageDocument,
    "\n  query QueueOrderedTickets($filter: TicketFilter, $first: Int, $after: String) {\n    tickets(filter: $filter, orderBy: { field: QUEUE }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id queuePosition } }\n    }\n  }\n": typeof types.QueueOrderedTicketsDocument,
    "\n  query QueuePosition($id: ID!) { ticket(id: $id) { id status queuePosition } }\n": typeof types.QueuePositionDocument,
    "\n  query QueueCustomerPosition($code: String!) { ticketByCode(code: $code) { id queuePosition } }\n": typeof types.QueueCustomerPositionDocument,
    "\n  query QueueLengths { departments { id queueLength } }\n": typeof types.QueueLengthsDocument,
    "query QueueCreationCursor { tickets(first: 1) { pageInfo { endCursor } } }": typeof types.QueueCreationCursorDocument,
    "\n  query Report($input: ReportInput!) {\n    ticketReport(input: $input) {\n      rows { ...ReportFigures }\n      totals { ...ReportFigures }\n      backlogAtEnd\n    }\n  }\n  fragment ReportFigures on ReportRow {\n    key\n    label\n    bucketStart\n    created\n    resolved\n    reopened\n    agentReplies\n    avgFirstResponseSeconds\n    medianFirstResponseSeconds\n    avgResolutionSeconds\n    medianResolutionSeconds\n    slaMet\n    slaBreached\n    slaComplianceRate\n    firstContactResolved\n    firstContactResolutionRate\n  }\n": typeof types.ReportDocument,
    "\n  query ReportCreatedOnly($input: ReportInput!) { ticketReport(input: $input) { rows { key created resolved agentReplies } totals { created } } }\n": typeof types.ReportCreatedOnlyDocument,
    "\n  query Workload($input: AgentWorkloadInput!) { agentWorkload(input: $input) { agent { id name } openTickets waitingOnCustomer replies } }\n": typeof types.WorkloadDocument,
    "\n  mutation ReportAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": typeof types.ReportAgentDocument,
    "\n  mutation ReportDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n": typeof types.ReportDepartmentDocument,
    "\n  query RoutingRules {\n    routingRules {\n      id name position active createdAt updatedAt\n      conditions { channels keywords contactGroups { id name } }\n      actions { priority tags department { id name } }\n    }\n  }\n": typeof types.RoutingRulesDocument,
    "\n  mutation CreateRoutingRule($input: RoutingRuleInput!) {\n    createRoutingRule(input: $input) {\n      routingRule {\n        id name position active createdAt updatedAt\n        conditions { channels keywords contactGroups { id name } }\n        actions { priority tags department { id name } }\n      }\n    }\n  }\n": typeof types.CreateRoutingRuleDocument,
    "\n  mutation UpdateRoutingRule($input: UpdateRoutingRuleInput!) {\n    updateRoutingRule(input: $input) {\n      routingRule {\n        id name position active createdAt updatedAt\n        conditions { channels keywords contactGroups { id name } }\n        actions { priority tags department { id name } }\n      }\n    }\n  }\n": typeof types.UpdateRoutingRuleDocument,
    "\n  mutation DeleteRoutingRule($id: ID!) { deleteRoutingRule(id: $id) { deletedId } }\n": typeof types.DeleteRoutingRuleDocument,
    "\n  query RoutingRuleNode($id: ID!) { node(id: $id) { id ... on RoutingRule { name } } }\n": typeof types.RoutingRuleNodeDocument,
    "\n  mutation DepartmentForRouting($input: DepartmentInput!) { createDepartment(input: $input) { department { id name } } }\n": typeof types.DepartmentForRoutingDocument,
    "\n  mutation GroupForRouting($input: ContactGroupInput!) { createContactGroup(input: $input) { contactGroup { id name } } }\n": typeof types.GroupForRoutingDocument,
    "\n  mutation ContactIntoGroup($input: UpdateContactInput!) { updateContact(input: $input) { contact { id } } }\n": typeof types.ContactIntoGroupDocument,
    "\n  mutation AgentForRouting($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": typeof types.AgentForRoutingDocument,
    "\n  mutation CreateRoutedTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { ticket { id version priority tags department { id } contact { id } } }\n  }\n": typeof types.CreateRoutedTicketDocument,
    "\n  mutation SubmitRoutedRequest($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode } }\n": typeof types.SubmitRoutedRequestDocument,
    "\n  query RoutedTicket($id: ID!) {\n    ticket(id: $id) {\n      id version priority tags createdAt\n      department { id }\n      events(first: 20) { edges { node { kind from to actor { id } createdAt } } }\n    }\n  }\n": typeof types.RoutedTicketDocument,
    "\n  query RoutedTicketByCode($code: String!) {\n    ticketByCode(code: $code) {\n      id priority tags channel\n      department { id }\n      events(first: 20) { edges { node { kind from to actor { id } } } }\n    }\n  }\n": typeof types.RoutedTicketByCodeDocument,
    "\n  mutation CreateAcrossInstances($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n": typeof types.CreateAcrossInstancesDocument,
    "\n  mutation AgentAcrossInstances($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": typeof types.AgentAcrossInstancesDocument,
    "\n  mutation DeactivateAcrossInstances($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { active } } }\n": typeof types.DeactivateAcrossInstancesDocument,
    "\n  subscription ChangesAcrossInstances { ticketChanged { event { kind } ticket { id subject } } }\n": typeof types.ChangesAcrossInstancesDocument,
    "\n  mutation SidePathDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n": typeof types.SidePathDepartmentDocument,
    "\n  mutation SidePathAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": typeof types.SidePathAgentDocument,
    "\n  mutation SidePathTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { ticket { id contact { id } events { edges { node { id } } } messages { edges { node { id } } } } }\n  }\n": typeof types.SidePathTicketDocument,
    "\n  mutation SidePathNote($input: NoteInput!) { addInternalNote(input: $input) { message { id } } }\n": typeof types.SidePathNoteDocument,
    "\n  query SidePathSearch($search: String!) { tickets(filter: { search: $search }) { totalCount edges { node { id } } } }\n": typeof types.SidePathSearchDocument,
    "\n  query SidePathById($ticket: ID!, $message: ID!, $event: ID!, $code: String!) {\n    ticket(id: $ticket) { id }\n    ticketByCode(code: $code) { id }\n    asNode: node(id: $ticket) { id }\n    message: node(id: $message) { id }\n    event: node(id: $event) { id }\n  }\n": typeof types.SidePathByIdDocument,
    "\n  query SidePathCode($id: ID!) { ticket(id: $id) { code } }\n": typeof types.SidePathCodeDocument,
    "\n  query SidePathContact($id: ID!) { contact(id: $id) { tickets { totalCount edges { node { id } } } } }\n": typeof types.SidePathContactDocument,
    "\n  query SidePathQueue { departments { id queueLength } }\n": typeof types.SidePathQueueDocument,
    "\n  subscription SidePathChanges { ticketChanged { event { kind } ticket { id subject } } }\n": typeof types.SidePathChangesDocument,
    "\n  mutation CreateSlaPolicy($input: SlaPolicyInput!) {\n    createSlaPolicy(input: $input) {\n      slaPolicy {\n        id\n        name\n        rank\n        active\n        conditions { departments { id } contactGroups { id } channels }\n        targets { priority firstResponseMinutes nextResponseMinutes resolutionMinutes }\n        businessHours { timezone intervals { day start end } holidays }\n      }\n    }\n  }\n": typeof types.CreateSlaPolicyDocument,
    "\n  mutation UpdateSlaPolicy($input: UpdateSlaPolicyInput!) { updateSlaPolicy(input: $input) { slaPolicy { id name } } }\n": typeof types.UpdateSlaPolicyDocument,
    "\n  mutation DeleteSlaPolicy($id: ID!) { deleteSlaPolicy(id: $id) { deletedId } }\n": typeof types.DeleteSlaPolicyDocument,
    "\n  query SlaPolicies { slaPolicies { id name rank } }\n": typeof types.SlaPoliciesDocument,
    "\n  mutation SlaDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n": typeof types.SlaDepartmentDocument,
    "\n  mutation SlaContactGroup($input: ContactGroupInput!) { createContactGroup(input: $input) { contactGroup { id } } }\n": typeof types.SlaContactGroupDocument,
    "\n  mutation SlaAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": typeof types.SlaAgentDocument,
    "\n  mutation SlaTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id createdAt contact { id } } } }\n": typeof types.SlaTicketDocument,
    "\n  mutation SlaUpdateTicket($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id } } }\n": typeof types.SlaUpdateTicketDocument,
    "\n  mutation SlaUpdateContact($input: UpdateContactInput!) { updateContact(input: $input) { contact { id } } }\n": typeof types.SlaUpdateContactDocument,
    "\n  mutation SlaReply($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }\n": typeof types.SlaReplyDocument,
    "\n  mutation SlaCustomerWrites($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status } } }\n": typeof types.SlaCustomerWritesDocument,
    "\n  mutation SlaSetStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n": typeof types.SlaSetStatusDocument,
    "\n  query TicketSla($id: ID!) {\n    ticket(id: $id) {\n      status\n      version\n      sla {\n        policy { name }\n        firstResponseDueAt\n        firstResponseBreached\n        nextResponseDueAt\n        nextResponseBreached\n        resolutionDueAt\n        resolutionBreached\n        paused\n        nextDueAt\n        nextResponseOwedSince\n        resolutionPeriods { from until }\n      }\n      events(first: 100) { edges { node { kind from to actor { id } } } }\n    }\n  }\n": typeof types.TicketSlaDocument,
    "\n  query SlaQueue($departmentId: ID) { queue(departmentId: $departmentId, first: 10) { edges { node { id sla { nextDueAt } } } } }\n": typeof types.SlaQueueDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket { id code status version waitingSince contact { id displayName emails visitorId } tags }\n    }\n  }\n": typeof types.CreateTicketDocument,
    "\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) { ticket { id subject priority version tags } }\n  }\n": typeof types.UpdateTicketDocument,
    "\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) { ticket { id version assignee { id } } }\n  }\n": typeof types.AssignTicketDocument,
    "\n  mutation Reply($input: ReplyInput!) {\n    replyToTicket(input: $input) { ticket { status firstRespondedAt waitingSince resolvedAt version } message { kind body authorAgent { name } } }\n  }\n": typeof types.ReplyDocument,
    "\n  mutation CustomerMessage($input: CustomerMessageInput!) {\n    addCustomerMessage(input: $input) { ticket { status waitingSince resolvedAt } message { kind authorContact { id } } }\n  }\n": typeof types.CustomerMessageDocument,
    "\n  mutation SetStatus($input: SetTicketStatusInput!) {\n    setTicketStatus(input: $input) { ticket { status postponedUntil resolvedAt closedAt } }\n  }\n": typeof types.SetStatusDocument,
    "\n  mutation Note($input: NoteInput!) {\n    addInternalNote(input: $input) { ticket { status version } message { kind } }\n  }\n": typeof types.NoteDocument,
    "\n  query TicketEvents($id: ID!) {\n    ticket(id: $id) {\n      version\n      events(first: 100) { totalCount edges { node { kind from to actor { id } } } }\n      messages { totalCount edges { node { kind body } } }\n    }\n  }\n": typeof types.TicketEventsDocument,
    "\n  mutation CreateAgentForTickets($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": typeof types.CreateAgentForTicketsDocument,
    "\n  query ListTickets($filter: TicketFilter, $orderBy: TicketOrder, $first: Int, $after: String) {\n    tickets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id subject priority createdAt } }\n    }\n  }\n": typeof types.ListTicketsDocument,
    "\n  query TicketByCode($code: String!) { ticketByCode(code: $code) { id code } }\n": typeof types.TicketByCodeDocument,
};
const documents: Documents = {
    "\n  mutation LoginAs($input: LoginInput!) { login(input: $input) { token agent { email role } } }\n": types.LoginAsDocument,
    "\n  query WhoAmI { viewer { kind agent { email role departments { name } } } }\n": types.WhoAmIDocument,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) { agent { id name email role ticketAccess active departments { id name } } }\n  }\n": types.CreateAgentDocument,
    "\n  mutation UpdateAgent($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id role active } } }\n": types.UpdateAgentDocument,
    "\n  mutation CreateDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id name agents { email } queueLength } } }\n": types.CreateDepartmentDocument,
    "\n  query Departments { departments { id name } }\n": types.DepartmentsDocument,
    "\n  mutation CreateTicketInDepartment($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n": types.CreateTicketInDepartmentDocument,
    "\n  query VisibleTickets($id: ID!) {\n    tickets(first: 100) { totalCount edges { node { id subject } } }\n    ticket(id: $id) { id }\n    node(id: $id) { id }\n    departments { name queueLength }\n  }\n": types.VisibleTicketsDocument,
    "query OwnerId { viewer { agent { id } } }": types.OwnerIdDocument,
    "query TempId { viewer { agent { id } } }": types.TempIdDocument,
    "\n  mutation AckCanned($input: CannedResponseInput!) { createCannedResponse(input: $input) { cannedResponse { id } } }\n": types.AckCannedDocument,
    "\n  mutation AckDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id acknowledgement { id } } } }\n": types.AckDepartmentDocument,
    "\n  mutation AckUpdateDepartment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { id acknowledgement { id } } } }\n": types.AckUpdateDepartmentDocument,
    "\n  mutation AckPolicy($input: SlaPolicyInput!) { createSlaPolicy(input: $input) { slaPolicy { id } } }\n": types.AckPolicyDocument,
    "\n  mutation AckTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id code } } }\n": types.AckTicketDocument,
    "\n  mutation AckSubmit($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }\n": types.AckSubmitDocument,
    "\n  query AckTicketSeen($code: String!) {\n    ticketByCode(code: $code) {\n      status\n      firstRespondedAt\n      waitingSince\n      messages { edges { node { kind body authorAgent { id } authorContact { id } } } }\n    }\n  }\n": types.AckTicketSeenDocument,
    "\n  query AckTicketAudit($code: String!) {\n    ticketByCode(code: $code) {\n      sla { firstResponseDueAt nextDueAt }\n      events { edges { node { kind actor { id } } } }\n    }\n  }\n": types.AckTicketAuditDocument,
    "\n  mutation DepartmentToAssign($input: DepartmentInput!) { createDepartment(input: $input) { department { id assignment } } }\n": types.DepartmentToAssignDocument,
    "\n  mutation DepartmentAssignment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { id name assignment } } }\n": types.DepartmentAssignmentDocument,
    "\n  query DepartmentAssignments { departments { id assignment } }\n": types.DepartmentAssignmentsDocument,
    "\n  mutation AgentToAssign($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": types.AgentToAssignDocument,
    "\n  mutation AgentActivity($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id active } } }\n": types.AgentActivityDocument,
    "\n  mutation CreateTicketToAssign($input: CreateTicketInput!) {\n    createTicket(input: $input) { ticket { id version assignee { id } department { id } } }\n  }\n": types.CreateTicketToAssignDocument,
    "\n  mutation RuleBeforeAssignment($input: RoutingRuleInput!) { createRoutingRule(input: $input) { routingRule { id } } }\n": types.RuleBeforeAssignmentDocument,
    "\n  mutation DeleteRuleBeforeAssignment($id: ID!) { deleteRoutingRule(id: $id) { deletedId } }\n": types.DeleteRuleBeforeAssignmentDocument,
    "\n  mutation ResolveAssigned($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n": types.ResolveAssignedDocument,
    "\n  query AssignedTicket($id: ID!) {\n    ticket(id: $id) { id version assignee { id } events(first: 20) { edges { node { kind from to actor { id } } } } }\n  }\n": types.AssignedTicketDocument,
    "\n  query OwnerForAssignment { viewer { agent { id } } }\n": types.OwnerForAssignmentDocument,
    "\n  mutation CreateToAutoClose($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n": types.CreateToAutoCloseDocument,
    "\n  mutation SetStatusBeforeAutoClose($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status resolvedAt } } }\n": types.SetStatusBeforeAutoCloseDocument,
    "\n  mutation SubmitToAutoClose($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }\n": types.SubmitToAutoCloseDocument,
    "\n  query AutoClosedByCode($code: String!) { ticketByCode(code: $code) { id } }\n": types.AutoClosedByCodeDocument,
    "\n  mutation CustomerReopens($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status closedAt resolvedAt version } } }\n": types.CustomerReopensDocument,
    "\n  query AutoClosedTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      version\n      resolvedAt\n      closedAt\n      updatedAt\n      events(first: 100) { edges { node { kind from to actor { id } createdAt } } }\n    }\n  }\n": types.AutoClosedTicketDocument,
    "\n  mutation CannedCreate($input: CannedResponseInput!) {\n    createCannedResponse(input: $input) {\n      cannedResponse { id title body shortcut department { id name } owner { id name } createdAt updatedAt }\n    }\n  }\n": types.CannedCreateDocument,
    "\n  mutation CannedUpdate($input: UpdateCannedResponseInput!) {\n    updateCannedResponse(input: $input) {\n      cannedResponse { id title body shortcut department { id } owner { id } createdAt updatedAt }\n    }\n  }\n": types.CannedUpdateDocument,
    "\n  mutation CannedDelete($id: ID!) { deleteCannedResponse(id: $id) { deletedId } }\n": types.CannedDeleteDocument,
    "\n  query CannedList($search: String, $departmentId: ID) {\n    cannedResponses(search: $search, departmentId: $departmentId) { id title shortcut department { id name } owner { id name } }\n  }\n": types.CannedListDocument,
    "\n  query CannedRender($id: ID!, $ticketId: ID!) { renderCannedResponse(id: $id, ticketId: $ticketId) }\n": types.CannedRenderDocument,
    "\n  query CannedNode($id: ID!) { node(id: $id) { id ... on CannedResponse { title shortcut owner { id } } } }\n": types.CannedNodeDocument,
    "\n  mutation CannedReply($input: ReplyInput!) {\n    replyToTicket(input: $input) { ticket { id status version } message { kind body authorAgent { id } } }\n  }\n": types.CannedReplyDocument,
    "\n  query CannedTicket($id: ID!) {\n    ticket(id: $id) { status version messages { totalCount edges { node { kind body } } } events { edges { node { kind } } } }\n  }\n": types.CannedTicketDocument,
    "\n  mutation CannedCreateTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id code } } }\n": types.CannedCreateTicketDocument,
    "\n  mutation CannedCreateDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n": types.CannedCreateDepartmentDocument,
    "\n  mutation CannedCreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": types.CannedCreateAgentDocument,
    "\n  query CannedViewer { viewer { agent { id } } }\n": types.CannedViewerDocument,
    "\n  mutation CannedSubmit($input: SupportRequestInput!) { submitSupportRequest(input: $input) { accessToken } }\n": types.CannedSubmitDocument,
    "\n  mutation Submit($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }\n": types.SubmitDocument,
    "\n  query MyTickets {\n    viewer { kind agent { id } contact { id displayName } }\n    tickets(first: 50) { totalCount edges { node { id code subject status channel priority } } }\n  }\n": types.MyTicketsDocument,
    "\n  query MyTicket($code: String!) {\n    ticketByCode(code: $code) {\n      id\n      status\n      messages { totalCount edges { node { kind body authorAgent { name email } } } }\n    }\n  }\n": types.MyTicketDocument,
    "\n  query TicketForAgent($code: String!) {\n    ticketByCode(code: $code) { id channel contact { id emails phones name tickets { totalCount } } events { edges { node { kind actor { id } } } } }\n  }\n": types.TicketForAgentDocument,
    "\n  query CustomerSearch($filter: TicketFilter) { tickets(filter: $filter) { totalCount edges { node { code } } } }\n": types.CustomerSearchDocument,
    "\n  mutation CustomerWrites($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status } message { kind authorAgent { id } } } }\n": types.CustomerWritesDocument,
    "\n  mutation AgentReplies($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }\n": types.AgentRepliesDocument,
    "\n  mutation AgentNotes($input: NoteInput!) { addInternalNote(input: $input) { message { id } } }\n": types.AgentNotesDocument,
    "\n  mutation MergeForCustomer($input: MergeContactsInput!) { mergeContacts(input: $input) { contact { id } } }\n": types.MergeForCustomerDocument,
    "\n  mutation CreateForContact($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id contact { id } } } }\n": types.CreateForContactDocument,
    "\n  mutation LoginForLimits($input: LoginInput!) { login(input: $input) { token } }\n": types.LoginForLimitsDocument,
    "\n  subscription CustomerChanges { ticketChanged { event { kind from to } ticket { id status } } }\n": types.CustomerChangesDocument,
    "\n    mutation DepartmentForLive($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n  ": types.DepartmentForLiveDocument,
    "\n    mutation AgentForLive($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n  ": types.AgentForLiveDocument,
    "\n    mutation AgentChangesForLive($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id } } }\n  ": types.AgentChangesForLiveDocument,
    "\n  mutation CreateForIntegrity($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n": types.CreateForIntegrityDocument,
    "\n  mutation CreateAgentForIntegrity($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": types.CreateAgentForIntegrityDocument,
    "\n  mutation CreateDepartmentForIntegrity($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n": types.CreateDepartmentForIntegrityDocument,
    "\n  query TicketPage($first: Int!) {\n    tickets(first: $first) {\n      totalCount\n      edges {\n        node {\n          code subject status priority tags\n          contact { displayName emails }\n          assignee { name departments { name } }\n          department { name queueLength }\n          messages(first: 3) { totalCount edges { node { kind authorAgent { name } authorContact { displayName } } } }\n          events(first: 3) { totalCount edges { node { kind actor { name } } } }\n        }\n      }\n    }\n  }\n": types.TicketPageDocument,
    "\n  mutation ReplyForIntegrity($input: ReplyInput!) { replyToTicket(input: $input) { message { id } } }\n": types.ReplyForIntegrityDocument,
    "\n  mutation Merge($input: MergeContactsInput!) { mergeContacts(input: $input) { contact { id emails phones tickets { totalCount } } } }\n": types.MergeDocument,
    "\n  query Contacts($search: String) { contacts(search: $search) { totalCount edges { node { id displayName } } } }\n": types.ContactsDocument,
    "\n  mutation UpdateContact($input: UpdateContactInput!) { updateContact(input: $input) { contact { name displayName emails phones group { name } } } }\n": types.UpdateContactDocument,
    "\n  mutation CreateGroup($input: ContactGroupInput!) { createContactGroup(input: $input) { contactGroup { id name } } }\n": types.CreateGroupDocument,
    "\n  query TicketContact($id: ID!) { node(id: $id) { ... on Ticket { contact { id } version } } }\n": types.TicketContactDocument,
    "query AnyTicket { tickets(first: 1) { edges { node { id version contact { id } } } } }": types.AnyTicketDocument,
    "\n  mutation SubmitForPreview($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }\n": types.SubmitForPreviewDocument,
    "\n  query LastMessageByCode($code: String!) { ticketByCode(code: $code) { id lastMessage { kind preview body } } }\n": types.LastMessageByCodeDocument,
    "\n  mutation ReplyForPreview($input: ReplyInput!) { replyToTicket(input: $input) { message { id } } }\n": types.ReplyForPreviewDocument,
    "\n  mutation NoteForPreview($input: NoteInput!) { addInternalNote(input: $input) { message { id } } }\n": types.NoteForPreviewDocument,
    "\n  mutation CreateForLive($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id version } } }\n": types.CreateForLiveDocument,
    "\n  mutation SetStatusForLive($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n": types.SetStatusForLiveDocument,
    "\n  mutation ReplyForLive($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }\n": types.ReplyForLiveDocument,
    "\n  subscription Changes($ticketId: ID) {\n    ticketChanged(ticketId: $ticketId) { event { kind from to } ticket { id status version } }\n  }\n": types.ChangesDocument,
    "\n  mutation CreateForDelivery($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n": types.CreateForDeliveryDocument,
    "\n  mutation NoteForDelivery($input: NoteInput!) { addInternalNote(input: $input) { ticket { version } } }\n": types.NoteForDeliveryDocument,
    "\n  subscription DeliveredChanges($ticketId: ID) { ticketChanged(ticketId: $ticketId) { event { kind } ticket { id version contact { displayName } } } }\n": types.DeliveredChangesDocument,
    "\n  subscription DeliveredQueue($first: Int) { queueChanged(first: $first) { totalCount moves { ticketId } tickets { id } } }\n": types.DeliveredQueueDocument,
    "\n  subscription HeavyChanges($ticketId: ID) { ticketChanged(ticketId: $ticketId) { ticket { messages(first: 50) { edges { node { body } } } } } }\n": types.HeavyChangesDocument,
    "\n  mutation LiveQueueDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n": types.LiveQueueDepartmentDocument,
    "\n  mutation LiveQueueAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": types.LiveQueueAgentDocument,
    "\n  mutation LiveQueueUpdateAgent($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id } } }\n": types.LiveQueueUpdateAgentDocument,
    "\n  mutation LiveQueueTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n": types.LiveQueueTicketDocument,
    "\n  mutation LiveQueueUpdate($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id } } }\n": types.LiveQueueUpdateDocument,
    "\n  mutation LiveQueueAssign($input: AssignTicketInput!) { assignTicket(input: $input) { ticket { id } } }\n": types.LiveQueueAssignDocument,
    "\n  mutation LiveQueueStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n": types.LiveQueueStatusDocument,
    "\n  query LiveQueueTruth($departmentId: ID, $first: Int) { queue(departmentId: $departmentId, first: $first) { totalCount edges { node { id } } } }\n": types.LiveQueueTruthDocument,
    "\n  subscription LiveQueue($departmentId: ID, $first: Int) {\n    queueChanged(departmentId: $departmentId, first: $first) {\n      departmentId\n      totalCount\n      moves { ticketId from to }\n      tickets { id subject priority queuePosition }\n    }\n  }\n": types.LiveQueueDocument,
    "\n  mutation CreateToPostpone($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id version } } }\n": types.CreateToPostponeDocument,
    "\n  mutation Postpone($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status postponedUntil } } }\n": types.PostponeDocument,
    "\n  mutation ReplyBeforePostponing($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status waitingSince } } }\n": types.ReplyBeforePostponingDocument,
    "\n  query PostponedTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      version\n      postponedUntil\n      waitingSince\n      updatedAt\n      events(first: 100) { edges { node { kind from to actor { id } createdAt } } }\n    }\n  }\n": types.PostponedTicketDocument,
    "\n  mutation QueueDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n": types.QueueDepartmentDocument,
    "\n  mutation QueueAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": types.QueueAgentDocument,
    "\n  mutation QueueTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n": types.QueueTicketDocument,
    "\n  mutation QueueReply($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }\n": types.QueueReplyDocument,
    "\n  mutation QueueCustomerMessage($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status } } }\n": types.QueueCustomerMessageDocument,
    "\n  mutation QueueSetStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n": types.QueueSetStatusDocument,
    "\n  mutation QueueSupportRequest($input: SupportRequestInput!) { submitSupportRequest(input: $input) { accessToken ticketCode } }\n": types.QueueSupportRequestDocument,
    "\n  query Queue($departmentId: ID, $first: Int, $after: String) {\n    queue(departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id status queuePosition department { id } } }\n    }\n  }\n": types.QueueDocument,
    "\n  query QueuePage($departmentId: ID, $first: Int, $after: String) {\n    queue(departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id queuePosition contact { displayName } assignee { name } department { name } lastMessage { preview } } }\n    }\n  }\n": types.QueuePageDocument,
    "\n  query QueueOrderedTickets($filter: TicketFilter, $first: Int, $after: String) {\n    tickets(filter: $filter, orderBy: { field: QUEUE }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id queuePosition } }\n    }\n  }\n": types.QueueOrderedTicketsDocument,
    "\n  query QueuePosition($id: ID!) { ticket(id: $id) { id status queuePosition } }\n": types.QueuePositionDocument,
    "\n  query QueueCustomerPosition($code: String!) { ticketByCode(code: $code) { id queuePosition } }\n": types.QueueCustomerPositionDocument,
    "\n  query QueueLengths { departments { id queueLength } }\n": types.QueueLengthsDocument,
    "query QueueCreationCursor { tickets(first: 1) { pageInfo { endCursor } } }": types.QueueCreationCursorDocument,
    "\n  query Report($input: ReportInput!) {\n    ticketReport(input: $input) {\n      rows { ...ReportFigures }\n      totals { ...ReportFigures }\n      backlogAtEnd\n    }\n  }\n  fragment ReportFigures on ReportRow {\n    key\n    label\n    bucketStart\n    created\n    resolved\n    reopened\n    agentReplies\n    avgFirstResponseSeconds\n    medianFirstResponseSeconds\n    avgResolutionSeconds\n    medianResolutionSeconds\n    slaMet\n    slaBreached\n    slaComplianceRate\n    firstContactResolved\n    firstContactResolutionRate\n  }\n": types.ReportDocument,
    "\n  query ReportCreatedOnly($input: ReportInput!) { ticketReport(input: $input) { rows { key created resolved agentReplies } totals { created } } }\n": types.ReportCreatedOnlyDocument,
    "\n  query Workload($input: AgentWorkloadInput!) { agentWorkload(input: $input) { agent { id name } openTickets waitingOnCustomer replies } }\n": types.WorkloadDocument,
    "\n  mutation ReportAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": types.ReportAgentDocument,
    "\n  mutation ReportDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n": types.ReportDepartmentDocument,
    "\n  query RoutingRules {\n    routingRules {\n      id name position active createdAt updatedAt\n      conditions { channels keywords contactGroups { id name } }\n      actions { priority tags department { id name } }\n    }\n  }\n": types.RoutingRulesDocument,
    "\n  mutation CreateRoutingRule($input: RoutingRuleInput!) {\n    createRoutingRule(input: $input) {\n      routingRule {\n        id name position active createdAt updatedAt\n        conditions { channels keywords contactGroups { id name } }\n        actions { priority tags department { id name } }\n      }\n    }\n  }\n": types.CreateRoutingRuleDocument,
    "\n  mutation UpdateRoutingRule($input: UpdateRoutingRuleInput!) {\n    updateRoutingRule(input: $input) {\n      routingRule {\n        id name position active createdAt updatedAt\n        conditions { channels keywords contactGroups { id name } }\n        actions { priority tags department { id name } }\n      }\n    }\n  }\n": types.UpdateRoutingRuleDocument,
    "\n  mutation DeleteRoutingRule($id: ID!) { deleteRoutingRule(id: $id) { deletedId } }\n": types.DeleteRoutingRuleDocument,
    "\n  query RoutingRuleNode($id: ID!) { node(id: $id) { id ... on RoutingRule { name } } }\n": types.RoutingRuleNodeDocument,
    "\n  mutation DepartmentForRouting($input: DepartmentInput!) { createDepartment(input: $input) { department { id name } } }\n": types.DepartmentForRoutingDocument,
    "\n  mutation GroupForRouting($input: ContactGroupInput!) { createContactGroup(input: $input) { contactGroup { id name } } }\n": types.GroupForRoutingDocument,
    "\n  mutation ContactIntoGroup($input: UpdateContactInput!) { updateContact(input: $input) { contact { id } } }\n": types.ContactIntoGroupDocument,
    "\n  mutation AgentForRouting($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": types.AgentForRoutingDocument,
    "\n  mutation CreateRoutedTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { ticket { id version priority tags department { id } contact { id } } }\n  }\n": types.CreateRoutedTicketDocument,
    "\n  mutation SubmitRoutedRequest($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode } }\n": types.SubmitRoutedRequestDocument,
    "\n  query RoutedTicket($id: ID!) {\n    ticket(id: $id) {\n      id version priority tags createdAt\n      department { id }\n      events(first: 20) { edges { node { kind from to actor { id } createdAt } } }\n    }\n  }\n": types.RoutedTicketDocument,
    "\n  query RoutedTicketByCode($code: String!) {\n    ticketByCode(code: $code) {\n      id priority tags channel\n      department { id }\n      events(first: 20) { edges { node { kind from to actor { id } } } }\n    }\n  }\n": types.RoutedTicketByCodeDocument,
    "\n  mutation CreateAcrossInstances($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n": types.CreateAcrossInstancesDocument,
    "\n  mutation AgentAcrossInstances($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": types.AgentAcrossInstancesDocument,
    "\n  mutation DeactivateAcrossInstances($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { active } } }\n": types.DeactivateAcrossInstancesDocument,
    "\n  subscription ChangesAcrossInstances { ticketChanged { event { kind } ticket { id subject } } }\n": types.ChangesAcrossInstancesDocument,
    "\n  mutation SidePathDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n": types.SidePathDepartmentDocument,
    "\n  mutation SidePathAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": types.SidePathAgentDocument,
    "\n  mutation SidePathTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { ticket { id contact { id } events { edges { node { id } } } messages { edges { node { id } } } } }\n  }\n": types.SidePathTicketDocument,
    "\n  mutation SidePathNote($input: NoteInput!) { addInternalNote(input: $input) { message { id } } }\n": types.SidePathNoteDocument,
    "\n  query SidePathSearch($search: String!) { tickets(filter: { search: $search }) { totalCount edges { node { id } } } }\n": types.SidePathSearchDocument,
    "\n  query SidePathById($ticket: ID!, $message: ID!, $event: ID!, $code: String!) {\n    ticket(id: $ticket) { id }\n    ticketByCode(code: $code) { id }\n    asNode: node(id: $ticket) { id }\n    message: node(id: $message) { id }\n    event: node(id: $event) { id }\n  }\n": types.SidePathByIdDocument,
    "\n  query SidePathCode($id: ID!) { ticket(id: $id) { code } }\n": types.SidePathCodeDocument,
    "\n  query SidePathContact($id: ID!) { contact(id: $id) { tickets { totalCount edges { node { id } } } } }\n": types.SidePathContactDocument,
    "\n  query SidePathQueue { departments { id queueLength } }\n": types.SidePathQueueDocument,
    "\n  subscription SidePathChanges { ticketChanged { event { kind } ticket { id subject } } }\n": types.SidePathChangesDocument,
    "\n  mutation CreateSlaPolicy($input: SlaPolicyInput!) {\n    createSlaPolicy(input: $input) {\n      slaPolicy {\n        id\n        name\n        rank\n        active\n        conditions { departments { id } contactGroups { id } channels }\n        targets { priority firstResponseMinutes nextResponseMinutes resolutionMinutes }\n        businessHours { timezone intervals { day start end } holidays }\n      }\n    }\n  }\n": types.CreateSlaPolicyDocument,
    "\n  mutation UpdateSlaPolicy($input: UpdateSlaPolicyInput!) { updateSlaPolicy(input: $input) { slaPolicy { id name } } }\n": types.UpdateSlaPolicyDocument,
    "\n  mutation DeleteSlaPolicy($id: ID!) { deleteSlaPolicy(id: $id) { deletedId } }\n": types.DeleteSlaPolicyDocument,
    "\n  query SlaPolicies { slaPolicies { id name rank } }\n": types.SlaPoliciesDocument,
    "\n  mutation SlaDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n": types.SlaDepartmentDocument,
    "\n  mutation SlaContactGroup($input: ContactGroupInput!) { createContactGroup(input: $input) { contactGroup { id } } }\n": types.SlaContactGroupDocument,
    "\n  mutation SlaAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": types.SlaAgentDocument,
    "\n  mutation SlaTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id createdAt contact { id } } } }\n": types.SlaTicketDocument,
    "\n  mutation SlaUpdateTicket($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id } } }\n": types.SlaUpdateTicketDocument,
    "\n  mutation SlaUpdateContact($input: UpdateContactInput!) { updateContact(input: $input) { contact { id } } }\n": types.SlaUpdateContactDocument,
    "\n  mutation SlaReply($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }\n": types.SlaReplyDocument,
    "\n  mutation SlaCustomerWrites($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status } } }\n": types.SlaCustomerWritesDocument,
    "\n  mutation SlaSetStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n": types.SlaSetStatusDocument,
    "\n  query TicketSla($id: ID!) {\n    ticket(id: $id) {\n      status\n      version\n      sla {\n        policy { name }\n        firstResponseDueAt\n        firstResponseBreached\n        nextResponseDueAt\n        nextResponseBreached\n        resolutionDueAt\n        resolutionBreached\n        paused\n        nextDueAt\n        nextResponseOwedSince\n        resolutionPeriods { from until }\n      }\n      events(first: 100) { edges { node { kind from to actor { id } } } }\n    }\n  }\n": types.TicketSlaDocument,
    "\n  query SlaQueue($departmentId: ID) { queue(departmentId: $departmentId, first: 10) { edges { node { id sla { nextDueAt } } } } }\n": types.SlaQueueDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket { id code status version waitingSince contact { id displayName emails visitorId } tags }\n    }\n  }\n": types.CreateTicketDocument,
    "\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) { ticket { id subject priority version tags } }\n  }\n": types.UpdateTicketDocument,
    "\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) { ticket { id version assignee { id } } }\n  }\n": types.AssignTicketDocument,
    "\n  mutation Reply($input: ReplyInput!) {\n    replyToTicket(input: $input) { ticket { status firstRespondedAt waitingSince resolvedAt version } message { kind body authorAgent { name } } }\n  }\n": types.ReplyDocument,
    "\n  mutation CustomerMessage($input: CustomerMessageInput!) {\n    addCustomerMessage(input: $input) { ticket { status waitingSince resolvedAt } message { kind authorContact { id } } }\n  }\n": types.CustomerMessageDocument,
    "\n  mutation SetStatus($input: SetTicketStatusInput!) {\n    setTicketStatus(input: $input) { ticket { status postponedUntil resolvedAt closedAt } }\n  }\n": types.SetStatusDocument,
    "\n  mutation Note($input: NoteInput!) {\n    addInternalNote(input: $input) { ticket { status version } message { kind } }\n  }\n": types.NoteDocument,
    "\n  query TicketEvents($id: ID!) {\n    ticket(id: $id) {\n      version\n      events(first: 100) { totalCount edges { node { kind from to actor { id } } } }\n      messages { totalCount edges { node { kind body } } }\n    }\n  }\n": types.TicketEventsDocument,
    "\n  mutation CreateAgentForTickets($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n": types.CreateAgentForTicketsDocument,
    "\n  query ListTickets($filter: TicketFilter, $orderBy: TicketOrder, $first: Int, $after: String) {\n    tickets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id subject priority createdAt } }\n    }\n  }\n": types.ListTicketsDocument,
    "\n  query TicketByCode($code: String!) { ticketByCode(code: $code) { id code } }\n": types.TicketByCodeDocument,
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
export function graphql(source: "\n  mutation LoginAs($input: LoginInput!) { login(input: $input) { token agent { email role } } }\n"): (typeof documents)["\n  mutation LoginAs($input: LoginInput!) { login(input: $input) { token agent { email role } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoAmI { viewer { kind agent { email role departments { name } } } }\n"): (typeof documents)["\n  query WhoAmI { viewer { kind agent { email role departments { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) { agent { id name email role ticketAccess active departments { id name } } }\n  }\n"): (typeof documents)["\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) { agent { id name email role ticketAccess active departments { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgent($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id role active } } }\n"): (typeof documents)["\n  mutation UpdateAgent($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id role active } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id name agents { email } queueLength } } }\n"): (typeof documents)["\n  mutation CreateDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id name agents { email } queueLength } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments { departments { id name } }\n"): (typeof documents)["\n  query Departments { departments { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicketInDepartment($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n"): (typeof documents)["\n  mutation CreateTicketInDepartment($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibleTickets($id: ID!) {\n    tickets(first: 100) { totalCount edges { node { id subject } } }\n    ticket(id: $id) { id }\n    node(id: $id) { id }\n    departments { name queueLength }\n  }\n"): (typeof documents)["\n  query VisibleTickets($id: ID!) {\n    tickets(first: 100) { totalCount edges { node { id subject } } }\n    ticket(id: $id) { id }\n    node(id: $id) { id }\n    departments { name queueLength }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OwnerId { viewer { agent { id } } }"): (typeof documents)["query OwnerId { viewer { agent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TempId { viewer { agent { id } } }"): (typeof documents)["query TempId { viewer { agent { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckCanned($input: CannedResponseInput!) { createCannedResponse(input: $input) { cannedResponse { id } } }\n"): (typeof documents)["\n  mutation AckCanned($input: CannedResponseInput!) { createCannedResponse(input: $input) { cannedResponse { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id acknowledgement { id } } } }\n"): (typeof documents)["\n  mutation AckDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id acknowledgement { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckUpdateDepartment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { id acknowledgement { id } } } }\n"): (typeof documents)["\n  mutation AckUpdateDepartment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { id acknowledgement { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckPolicy($input: SlaPolicyInput!) { createSlaPolicy(input: $input) { slaPolicy { id } } }\n"): (typeof documents)["\n  mutation AckPolicy($input: SlaPolicyInput!) { createSlaPolicy(input: $input) { slaPolicy { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id code } } }\n"): (typeof documents)["\n  mutation AckTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AckSubmit($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }\n"): (typeof documents)["\n  mutation AckSubmit($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AckTicketSeen($code: String!) {\n    ticketByCode(code: $code) {\n      status\n      firstRespondedAt\n      waitingSince\n      messages { edges { node { kind body authorAgent { id } authorContact { id } } } }\n    }\n  }\n"): (typeof documents)["\n  query AckTicketSeen($code: String!) {\n    ticketByCode(code: $code) {\n      status\n      firstRespondedAt\n      waitingSince\n      messages { edges { node { kind body authorAgent { id } authorContact { id } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AckTicketAudit($code: String!) {\n    ticketByCode(code: $code) {\n      sla { firstResponseDueAt nextDueAt }\n      events { edges { node { kind actor { id } } } }\n    }\n  }\n"): (typeof documents)["\n  query AckTicketAudit($code: String!) {\n    ticketByCode(code: $code) {\n      sla { firstResponseDueAt nextDueAt }\n      events { edges { node { kind actor { id } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepartmentToAssign($input: DepartmentInput!) { createDepartment(input: $input) { department { id assignment } } }\n"): (typeof documents)["\n  mutation DepartmentToAssign($input: DepartmentInput!) { createDepartment(input: $input) { department { id assignment } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepartmentAssignment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { id name assignment } } }\n"): (typeof documents)["\n  mutation DepartmentAssignment($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { department { id name assignment } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentAssignments { departments { id assignment } }\n"): (typeof documents)["\n  query DepartmentAssignments { departments { id assignment } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentToAssign($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"): (typeof documents)["\n  mutation AgentToAssign($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentActivity($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id active } } }\n"): (typeof documents)["\n  mutation AgentActivity($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id active } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicketToAssign($input: CreateTicketInput!) {\n    createTicket(input: $input) { ticket { id version assignee { id } department { id } } }\n  }\n"): (typeof documents)["\n  mutation CreateTicketToAssign($input: CreateTicketInput!) {\n    createTicket(input: $input) { ticket { id version assignee { id } department { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RuleBeforeAssignment($input: RoutingRuleInput!) { createRoutingRule(input: $input) { routingRule { id } } }\n"): (typeof documents)["\n  mutation RuleBeforeAssignment($input: RoutingRuleInput!) { createRoutingRule(input: $input) { routingRule { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRuleBeforeAssignment($id: ID!) { deleteRoutingRule(id: $id) { deletedId } }\n"): (typeof documents)["\n  mutation DeleteRuleBeforeAssignment($id: ID!) { deleteRoutingRule(id: $id) { deletedId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveAssigned($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n"): (typeof documents)["\n  mutation ResolveAssigned($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignedTicket($id: ID!) {\n    ticket(id: $id) { id version assignee { id } events(first: 20) { edges { node { kind from to actor { id } } } } }\n  }\n"): (typeof documents)["\n  query AssignedTicket($id: ID!) {\n    ticket(id: $id) { id version assignee { id } events(first: 20) { edges { node { kind from to actor { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnerForAssignment { viewer { agent { id } } }\n"): (typeof documents)["\n  query OwnerForAssignment { viewer { agent { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateToAutoClose($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n"): (typeof documents)["\n  mutation CreateToAutoClose($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStatusBeforeAutoClose($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status resolvedAt } } }\n"): (typeof documents)["\n  mutation SetStatusBeforeAutoClose($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status resolvedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitToAutoClose($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }\n"): (typeof documents)["\n  mutation SubmitToAutoClose($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutoClosedByCode($code: String!) { ticketByCode(code: $code) { id } }\n"): (typeof documents)["\n  query AutoClosedByCode($code: String!) { ticketByCode(code: $code) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerReopens($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status closedAt resolvedAt version } } }\n"): (typeof documents)["\n  mutation CustomerReopens($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status closedAt resolvedAt version } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AutoClosedTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      version\n      resolvedAt\n      closedAt\n      updatedAt\n      events(first: 100) { edges { node { kind from to actor { id } createdAt } } }\n    }\n  }\n"): (typeof documents)["\n  query AutoClosedTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      version\n      resolvedAt\n      closedAt\n      updatedAt\n      events(first: 100) { edges { node { kind from to actor { id } createdAt } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedCreate($input: CannedResponseInput!) {\n    createCannedResponse(input: $input) {\n      cannedResponse { id title body shortcut department { id name } owner { id name } createdAt updatedAt }\n    }\n  }\n"): (typeof documents)["\n  mutation CannedCreate($input: CannedResponseInput!) {\n    createCannedResponse(input: $input) {\n      cannedResponse { id title body shortcut department { id name } owner { id name } createdAt updatedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedUpdate($input: UpdateCannedResponseInput!) {\n    updateCannedResponse(input: $input) {\n      cannedResponse { id title body shortcut department { id } owner { id } createdAt updatedAt }\n    }\n  }\n"): (typeof documents)["\n  mutation CannedUpdate($input: UpdateCannedResponseInput!) {\n    updateCannedResponse(input: $input) {\n      cannedResponse { id title body shortcut department { id } owner { id } createdAt updatedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedDelete($id: ID!) { deleteCannedResponse(id: $id) { deletedId } }\n"): (typeof documents)["\n  mutation CannedDelete($id: ID!) { deleteCannedResponse(id: $id) { deletedId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CannedList($search: String, $departmentId: ID) {\n    cannedResponses(search: $search, departmentId: $departmentId) { id title shortcut department { id name } owner { id name } }\n  }\n"): (typeof documents)["\n  query CannedList($search: String, $departmentId: ID) {\n    cannedResponses(search: $search, departmentId: $departmentId) { id title shortcut department { id name } owner { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CannedRender($id: ID!, $ticketId: ID!) { renderCannedResponse(id: $id, ticketId: $ticketId) }\n"): (typeof documents)["\n  query CannedRender($id: ID!, $ticketId: ID!) { renderCannedResponse(id: $id, ticketId: $ticketId) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CannedNode($id: ID!) { node(id: $id) { id ... on CannedResponse { title shortcut owner { id } } } }\n"): (typeof documents)["\n  query CannedNode($id: ID!) { node(id: $id) { id ... on CannedResponse { title shortcut owner { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedReply($input: ReplyInput!) {\n    replyToTicket(input: $input) { ticket { id status version } message { kind body authorAgent { id } } }\n  }\n"): (typeof documents)["\n  mutation CannedReply($input: ReplyInput!) {\n    replyToTicket(input: $input) { ticket { id status version } message { kind body authorAgent { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CannedTicket($id: ID!) {\n    ticket(id: $id) { status version messages { totalCount edges { node { kind body } } } events { edges { node { kind } } } }\n  }\n"): (typeof documents)["\n  query CannedTicket($id: ID!) {\n    ticket(id: $id) { status version messages { totalCount edges { node { kind body } } } events { edges { node { kind } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedCreateTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id code } } }\n"): (typeof documents)["\n  mutation CannedCreateTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedCreateDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n"): (typeof documents)["\n  mutation CannedCreateDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedCreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"): (typeof documents)["\n  mutation CannedCreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CannedViewer { viewer { agent { id } } }\n"): (typeof documents)["\n  query CannedViewer { viewer { agent { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedSubmit($input: SupportRequestInput!) { submitSupportRequest(input: $input) { accessToken } }\n"): (typeof documents)["\n  mutation CannedSubmit($input: SupportRequestInput!) { submitSupportRequest(input: $input) { accessToken } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Submit($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }\n"): (typeof documents)["\n  mutation Submit($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTickets {\n    viewer { kind agent { id } contact { id displayName } }\n    tickets(first: 50) { totalCount edges { node { id code subject status channel priority } } }\n  }\n"): (typeof documents)["\n  query MyTickets {\n    viewer { kind agent { id } contact { id displayName } }\n    tickets(first: 50) { totalCount edges { node { id code subject status channel priority } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTicket($code: String!) {\n    ticketByCode(code: $code) {\n      id\n      status\n      messages { totalCount edges { node { kind body authorAgent { name email } } } }\n    }\n  }\n"): (typeof documents)["\n  query MyTicket($code: String!) {\n    ticketByCode(code: $code) {\n      id\n      status\n      messages { totalCount edges { node { kind body authorAgent { name email } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketForAgent($code: String!) {\n    ticketByCode(code: $code) { id channel contact { id emails phones name tickets { totalCount } } events { edges { node { kind actor { id } } } } }\n  }\n"): (typeof documents)["\n  query TicketForAgent($code: String!) {\n    ticketByCode(code: $code) { id channel contact { id emails phones name tickets { totalCount } } events { edges { node { kind actor { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerSearch($filter: TicketFilter) { tickets(filter: $filter) { totalCount edges { node { code } } } }\n"): (typeof documents)["\n  query CustomerSearch($filter: TicketFilter) { tickets(filter: $filter) { totalCount edges { node { code } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerWrites($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status } message { kind authorAgent { id } } } }\n"): (typeof documents)["\n  mutation CustomerWrites($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status } message { kind authorAgent { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentReplies($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }\n"): (typeof documents)["\n  mutation AgentReplies($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentNotes($input: NoteInput!) { addInternalNote(input: $input) { message { id } } }\n"): (typeof documents)["\n  mutation AgentNotes($input: NoteInput!) { addInternalNote(input: $input) { message { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeForCustomer($input: MergeContactsInput!) { mergeContacts(input: $input) { contact { id } } }\n"): (typeof documents)["\n  mutation MergeForCustomer($input: MergeContactsInput!) { mergeContacts(input: $input) { contact { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForContact($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id contact { id } } } }\n"): (typeof documents)["\n  mutation CreateForContact($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id contact { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginForLimits($input: LoginInput!) { login(input: $input) { token } }\n"): (typeof documents)["\n  mutation LoginForLimits($input: LoginInput!) { login(input: $input) { token } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CustomerChanges { ticketChanged { event { kind from to } ticket { id status } } }\n"): (typeof documents)["\n  subscription CustomerChanges { ticketChanged { event { kind from to } ticket { id status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DepartmentForLive($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n  "): (typeof documents)["\n    mutation DepartmentForLive($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AgentForLive($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n  "): (typeof documents)["\n    mutation AgentForLive($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AgentChangesForLive($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id } } }\n  "): (typeof documents)["\n    mutation AgentChangesForLive($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForIntegrity($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n"): (typeof documents)["\n  mutation CreateForIntegrity($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgentForIntegrity($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"): (typeof documents)["\n  mutation CreateAgentForIntegrity($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartmentForIntegrity($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n"): (typeof documents)["\n  mutation CreateDepartmentForIntegrity($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketPage($first: Int!) {\n    tickets(first: $first) {\n      totalCount\n      edges {\n        node {\n          code subject status priority tags\n          contact { displayName emails }\n          assignee { name departments { name } }\n          department { name queueLength }\n          messages(first: 3) { totalCount edges { node { kind authorAgent { name } authorContact { displayName } } } }\n          events(first: 3) { totalCount edges { node { kind actor { name } } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketPage($first: Int!) {\n    tickets(first: $first) {\n      totalCount\n      edges {\n        node {\n          code subject status priority tags\n          contact { displayName emails }\n          assignee { name departments { name } }\n          department { name queueLength }\n          messages(first: 3) { totalCount edges { node { kind authorAgent { name } authorContact { displayName } } } }\n          events(first: 3) { totalCount edges { node { kind actor { name } } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyForIntegrity($input: ReplyInput!) { replyToTicket(input: $input) { message { id } } }\n"): (typeof documents)["\n  mutation ReplyForIntegrity($input: ReplyInput!) { replyToTicket(input: $input) { message { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Merge($input: MergeContactsInput!) { mergeContacts(input: $input) { contact { id emails phones tickets { totalCount } } } }\n"): (typeof documents)["\n  mutation Merge($input: MergeContactsInput!) { mergeContacts(input: $input) { contact { id emails phones tickets { totalCount } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contacts($search: String) { contacts(search: $search) { totalCount edges { node { id displayName } } } }\n"): (typeof documents)["\n  query Contacts($search: String) { contacts(search: $search) { totalCount edges { node { id displayName } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($input: UpdateContactInput!) { updateContact(input: $input) { contact { name displayName emails phones group { name } } } }\n"): (typeof documents)["\n  mutation UpdateContact($input: UpdateContactInput!) { updateContact(input: $input) { contact { name displayName emails phones group { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: ContactGroupInput!) { createContactGroup(input: $input) { contactGroup { id name } } }\n"): (typeof documents)["\n  mutation CreateGroup($input: ContactGroupInput!) { createContactGroup(input: $input) { contactGroup { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketContact($id: ID!) { node(id: $id) { ... on Ticket { contact { id } version } } }\n"): (typeof documents)["\n  query TicketContact($id: ID!) { node(id: $id) { ... on Ticket { contact { id } version } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnyTicket { tickets(first: 1) { edges { node { id version contact { id } } } } }"): (typeof documents)["query AnyTicket { tickets(first: 1) { edges { node { id version contact { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitForPreview($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }\n"): (typeof documents)["\n  mutation SubmitForPreview($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode accessToken } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LastMessageByCode($code: String!) { ticketByCode(code: $code) { id lastMessage { kind preview body } } }\n"): (typeof documents)["\n  query LastMessageByCode($code: String!) { ticketByCode(code: $code) { id lastMessage { kind preview body } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyForPreview($input: ReplyInput!) { replyToTicket(input: $input) { message { id } } }\n"): (typeof documents)["\n  mutation ReplyForPreview($input: ReplyInput!) { replyToTicket(input: $input) { message { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoteForPreview($input: NoteInput!) { addInternalNote(input: $input) { message { id } } }\n"): (typeof documents)["\n  mutation NoteForPreview($input: NoteInput!) { addInternalNote(input: $input) { message { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForLive($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id version } } }\n"): (typeof documents)["\n  mutation CreateForLive($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id version } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStatusForLive($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n"): (typeof documents)["\n  mutation SetStatusForLive($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyForLive($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }\n"): (typeof documents)["\n  mutation ReplyForLive($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Changes($ticketId: ID) {\n    ticketChanged(ticketId: $ticketId) { event { kind from to } ticket { id status version } }\n  }\n"): (typeof documents)["\n  subscription Changes($ticketId: ID) {\n    ticketChanged(ticketId: $ticketId) { event { kind from to } ticket { id status version } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForDelivery($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n"): (typeof documents)["\n  mutation CreateForDelivery($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoteForDelivery($input: NoteInput!) { addInternalNote(input: $input) { ticket { version } } }\n"): (typeof documents)["\n  mutation NoteForDelivery($input: NoteInput!) { addInternalNote(input: $input) { ticket { version } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeliveredChanges($ticketId: ID) { ticketChanged(ticketId: $ticketId) { event { kind } ticket { id version contact { displayName } } } }\n"): (typeof documents)["\n  subscription DeliveredChanges($ticketId: ID) { ticketChanged(ticketId: $ticketId) { event { kind } ticket { id version contact { displayName } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeliveredQueue($first: Int) { queueChanged(first: $first) { totalCount moves { ticketId } tickets { id } } }\n"): (typeof documents)["\n  subscription DeliveredQueue($first: Int) { queueChanged(first: $first) { totalCount moves { ticketId } tickets { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HeavyChanges($ticketId: ID) { ticketChanged(ticketId: $ticketId) { ticket { messages(first: 50) { edges { node { body } } } } } }\n"): (typeof documents)["\n  subscription HeavyChanges($ticketId: ID) { ticketChanged(ticketId: $ticketId) { ticket { messages(first: 50) { edges { node { body } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveQueueDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n"): (typeof documents)["\n  mutation LiveQueueDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveQueueAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"): (typeof documents)["\n  mutation LiveQueueAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveQueueUpdateAgent($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id } } }\n"): (typeof documents)["\n  mutation LiveQueueUpdateAgent($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveQueueTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n"): (typeof documents)["\n  mutation LiveQueueTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveQueueUpdate($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id } } }\n"): (typeof documents)["\n  mutation LiveQueueUpdate($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveQueueAssign($input: AssignTicketInput!) { assignTicket(input: $input) { ticket { id } } }\n"): (typeof documents)["\n  mutation LiveQueueAssign($input: AssignTicketInput!) { assignTicket(input: $input) { ticket { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveQueueStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n"): (typeof documents)["\n  mutation LiveQueueStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveQueueTruth($departmentId: ID, $first: Int) { queue(departmentId: $departmentId, first: $first) { totalCount edges { node { id } } } }\n"): (typeof documents)["\n  query LiveQueueTruth($departmentId: ID, $first: Int) { queue(departmentId: $departmentId, first: $first) { totalCount edges { node { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveQueue($departmentId: ID, $first: Int) {\n    queueChanged(departmentId: $departmentId, first: $first) {\n      departmentId\n      totalCount\n      moves { ticketId from to }\n      tickets { id subject priority queuePosition }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveQueue($departmentId: ID, $first: Int) {\n    queueChanged(departmentId: $departmentId, first: $first) {\n      departmentId\n      totalCount\n      moves { ticketId from to }\n      tickets { id subject priority queuePosition }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateToPostpone($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id version } } }\n"): (typeof documents)["\n  mutation CreateToPostpone($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id version } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Postpone($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status postponedUntil } } }\n"): (typeof documents)["\n  mutation Postpone($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status postponedUntil } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyBeforePostponing($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status waitingSince } } }\n"): (typeof documents)["\n  mutation ReplyBeforePostponing($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status waitingSince } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostponedTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      version\n      postponedUntil\n      waitingSince\n      updatedAt\n      events(first: 100) { edges { node { kind from to actor { id } createdAt } } }\n    }\n  }\n"): (typeof documents)["\n  query PostponedTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      version\n      postponedUntil\n      waitingSince\n      updatedAt\n      events(first: 100) { edges { node { kind from to actor { id } createdAt } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n"): (typeof documents)["\n  mutation QueueDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"): (typeof documents)["\n  mutation QueueAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n"): (typeof documents)["\n  mutation QueueTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueReply($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }\n"): (typeof documents)["\n  mutation QueueReply($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueCustomerMessage($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status } } }\n"): (typeof documents)["\n  mutation QueueCustomerMessage($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueSetStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n"): (typeof documents)["\n  mutation QueueSetStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueSupportRequest($input: SupportRequestInput!) { submitSupportRequest(input: $input) { accessToken ticketCode } }\n"): (typeof documents)["\n  mutation QueueSupportRequest($input: SupportRequestInput!) { submitSupportRequest(input: $input) { accessToken ticketCode } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Queue($departmentId: ID, $first: Int, $after: String) {\n    queue(departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id status queuePosition department { id } } }\n    }\n  }\n"): (typeof documents)["\n  query Queue($departmentId: ID, $first: Int, $after: String) {\n    queue(departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id status queuePosition department { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueuePage($departmentId: ID, $first: Int, $after: String) {\n    queue(departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id queuePosition contact { displayName } assignee { name } department { name } lastMessage { preview } } }\n    }\n  }\n"): (typeof documents)["\n  query QueuePage($departmentId: ID, $first: Int, $after: String) {\n    queue(departmentId: $departmentId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id queuePosition contact { displayName } assignee { name } department { name } lastMessage { preview } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueOrderedTickets($filter: TicketFilter, $first: Int, $after: String) {\n    tickets(filter: $filter, orderBy: { field: QUEUE }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id queuePosition } }\n    }\n  }\n"): (typeof documents)["\n  query QueueOrderedTickets($filter: TicketFilter, $first: Int, $after: String) {\n    tickets(filter: $filter, orderBy: { field: QUEUE }, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id queuePosition } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueuePosition($id: ID!) { ticket(id: $id) { id status queuePosition } }\n"): (typeof documents)["\n  query QueuePosition($id: ID!) { ticket(id: $id) { id status queuePosition } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueCustomerPosition($code: String!) { ticketByCode(code: $code) { id queuePosition } }\n"): (typeof documents)["\n  query QueueCustomerPosition($code: String!) { ticketByCode(code: $code) { id queuePosition } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueLengths { departments { id queueLength } }\n"): (typeof documents)["\n  query QueueLengths { departments { id queueLength } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueueCreationCursor { tickets(first: 1) { pageInfo { endCursor } } }"): (typeof documents)["query QueueCreationCursor { tickets(first: 1) { pageInfo { endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Report($input: ReportInput!) {\n    ticketReport(input: $input) {\n      rows { ...ReportFigures }\n      totals { ...ReportFigures }\n      backlogAtEnd\n    }\n  }\n  fragment ReportFigures on ReportRow {\n    key\n    label\n    bucketStart\n    created\n    resolved\n    reopened\n    agentReplies\n    avgFirstResponseSeconds\n    medianFirstResponseSeconds\n    avgResolutionSeconds\n    medianResolutionSeconds\n    slaMet\n    slaBreached\n    slaComplianceRate\n    firstContactResolved\n    firstContactResolutionRate\n  }\n"): (typeof documents)["\n  query Report($input: ReportInput!) {\n    ticketReport(input: $input) {\n      rows { ...ReportFigures }\n      totals { ...ReportFigures }\n      backlogAtEnd\n    }\n  }\n  fragment ReportFigures on ReportRow {\n    key\n    label\n    bucketStart\n    created\n    resolved\n    reopened\n    agentReplies\n    avgFirstResponseSeconds\n    medianFirstResponseSeconds\n    avgResolutionSeconds\n    medianResolutionSeconds\n    slaMet\n    slaBreached\n    slaComplianceRate\n    firstContactResolved\n    firstContactResolutionRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportCreatedOnly($input: ReportInput!) { ticketReport(input: $input) { rows { key created resolved agentReplies } totals { created } } }\n"): (typeof documents)["\n  query ReportCreatedOnly($input: ReportInput!) { ticketReport(input: $input) { rows { key created resolved agentReplies } totals { created } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workload($input: AgentWorkloadInput!) { agentWorkload(input: $input) { agent { id name } openTickets waitingOnCustomer replies } }\n"): (typeof documents)["\n  query Workload($input: AgentWorkloadInput!) { agentWorkload(input: $input) { agent { id name } openTickets waitingOnCustomer replies } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"): (typeof documents)["\n  mutation ReportAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n"): (typeof documents)["\n  mutation ReportDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingRules {\n    routingRules {\n      id name position active createdAt updatedAt\n      conditions { channels keywords contactGroups { id name } }\n      actions { priority tags department { id name } }\n    }\n  }\n"): (typeof documents)["\n  query RoutingRules {\n    routingRules {\n      id name position active createdAt updatedAt\n      conditions { channels keywords contactGroups { id name } }\n      actions { priority tags department { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoutingRule($input: RoutingRuleInput!) {\n    createRoutingRule(input: $input) {\n      routingRule {\n        id name position active createdAt updatedAt\n        conditions { channels keywords contactGroups { id name } }\n        actions { priority tags department { id name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoutingRule($input: RoutingRuleInput!) {\n    createRoutingRule(input: $input) {\n      routingRule {\n        id name position active createdAt updatedAt\n        conditions { channels keywords contactGroups { id name } }\n        actions { priority tags department { id name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoutingRule($input: UpdateRoutingRuleInput!) {\n    updateRoutingRule(input: $input) {\n      routingRule {\n        id name position active createdAt updatedAt\n        conditions { channels keywords contactGroups { id name } }\n        actions { priority tags department { id name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRoutingRule($input: UpdateRoutingRuleInput!) {\n    updateRoutingRule(input: $input) {\n      routingRule {\n        id name position active createdAt updatedAt\n        conditions { channels keywords contactGroups { id name } }\n        actions { priority tags department { id name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRoutingRule($id: ID!) { deleteRoutingRule(id: $id) { deletedId } }\n"): (typeof documents)["\n  mutation DeleteRoutingRule($id: ID!) { deleteRoutingRule(id: $id) { deletedId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingRuleNode($id: ID!) { node(id: $id) { id ... on RoutingRule { name } } }\n"): (typeof documents)["\n  query RoutingRuleNode($id: ID!) { node(id: $id) { id ... on RoutingRule { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DepartmentForRouting($input: DepartmentInput!) { createDepartment(input: $input) { department { id name } } }\n"): (typeof documents)["\n  mutation DepartmentForRouting($input: DepartmentInput!) { createDepartment(input: $input) { department { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupForRouting($input: ContactGroupInput!) { createContactGroup(input: $input) { contactGroup { id name } } }\n"): (typeof documents)["\n  mutation GroupForRouting($input: ContactGroupInput!) { createContactGroup(input: $input) { contactGroup { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactIntoGroup($input: UpdateContactInput!) { updateContact(input: $input) { contact { id } } }\n"): (typeof documents)["\n  mutation ContactIntoGroup($input: UpdateContactInput!) { updateContact(input: $input) { contact { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentForRouting($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"): (typeof documents)["\n  mutation AgentForRouting($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoutedTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { ticket { id version priority tags department { id } contact { id } } }\n  }\n"): (typeof documents)["\n  mutation CreateRoutedTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { ticket { id version priority tags department { id } contact { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRoutedRequest($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode } }\n"): (typeof documents)["\n  mutation SubmitRoutedRequest($input: SupportRequestInput!) { submitSupportRequest(input: $input) { ticketCode } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutedTicket($id: ID!) {\n    ticket(id: $id) {\n      id version priority tags createdAt\n      department { id }\n      events(first: 20) { edges { node { kind from to actor { id } createdAt } } }\n    }\n  }\n"): (typeof documents)["\n  query RoutedTicket($id: ID!) {\n    ticket(id: $id) {\n      id version priority tags createdAt\n      department { id }\n      events(first: 20) { edges { node { kind from to actor { id } createdAt } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutedTicketByCode($code: String!) {\n    ticketByCode(code: $code) {\n      id priority tags channel\n      department { id }\n      events(first: 20) { edges { node { kind from to actor { id } } } }\n    }\n  }\n"): (typeof documents)["\n  query RoutedTicketByCode($code: String!) {\n    ticketByCode(code: $code) {\n      id priority tags channel\n      department { id }\n      events(first: 20) { edges { node { kind from to actor { id } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAcrossInstances($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n"): (typeof documents)["\n  mutation CreateAcrossInstances($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentAcrossInstances($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"): (typeof documents)["\n  mutation AgentAcrossInstances($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateAcrossInstances($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { active } } }\n"): (typeof documents)["\n  mutation DeactivateAcrossInstances($input: UpdateAgentInput!) { updateAgent(input: $input) { agent { active } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChangesAcrossInstances { ticketChanged { event { kind } ticket { id subject } } }\n"): (typeof documents)["\n  subscription ChangesAcrossInstances { ticketChanged { event { kind } ticket { id subject } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SidePathDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n"): (typeof documents)["\n  mutation SidePathDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SidePathAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"): (typeof documents)["\n  mutation SidePathAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SidePathTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { ticket { id contact { id } events { edges { node { id } } } messages { edges { node { id } } } } }\n  }\n"): (typeof documents)["\n  mutation SidePathTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) { ticket { id contact { id } events { edges { node { id } } } messages { edges { node { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SidePathNote($input: NoteInput!) { addInternalNote(input: $input) { message { id } } }\n"): (typeof documents)["\n  mutation SidePathNote($input: NoteInput!) { addInternalNote(input: $input) { message { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SidePathSearch($search: String!) { tickets(filter: { search: $search }) { totalCount edges { node { id } } } }\n"): (typeof documents)["\n  query SidePathSearch($search: String!) { tickets(filter: { search: $search }) { totalCount edges { node { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SidePathById($ticket: ID!, $message: ID!, $event: ID!, $code: String!) {\n    ticket(id: $ticket) { id }\n    ticketByCode(code: $code) { id }\n    asNode: node(id: $ticket) { id }\n    message: node(id: $message) { id }\n    event: node(id: $event) { id }\n  }\n"): (typeof documents)["\n  query SidePathById($ticket: ID!, $message: ID!, $event: ID!, $code: String!) {\n    ticket(id: $ticket) { id }\n    ticketByCode(code: $code) { id }\n    asNode: node(id: $ticket) { id }\n    message: node(id: $message) { id }\n    event: node(id: $event) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SidePathCode($id: ID!) { ticket(id: $id) { code } }\n"): (typeof documents)["\n  query SidePathCode($id: ID!) { ticket(id: $id) { code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SidePathContact($id: ID!) { contact(id: $id) { tickets { totalCount edges { node { id } } } } }\n"): (typeof documents)["\n  query SidePathContact($id: ID!) { contact(id: $id) { tickets { totalCount edges { node { id } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SidePathQueue { departments { id queueLength } }\n"): (typeof documents)["\n  query SidePathQueue { departments { id queueLength } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SidePathChanges { ticketChanged { event { kind } ticket { id subject } } }\n"): (typeof documents)["\n  subscription SidePathChanges { ticketChanged { event { kind } ticket { id subject } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSlaPolicy($input: SlaPolicyInput!) {\n    createSlaPolicy(input: $input) {\n      slaPolicy {\n        id\n        name\n        rank\n        active\n        conditions { departments { id } contactGroups { id } channels }\n        targets { priority firstResponseMinutes nextResponseMinutes resolutionMinutes }\n        businessHours { timezone intervals { day start end } holidays }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSlaPolicy($input: SlaPolicyInput!) {\n    createSlaPolicy(input: $input) {\n      slaPolicy {\n        id\n        name\n        rank\n        active\n        conditions { departments { id } contactGroups { id } channels }\n        targets { priority firstResponseMinutes nextResponseMinutes resolutionMinutes }\n        businessHours { timezone intervals { day start end } holidays }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSlaPolicy($input: UpdateSlaPolicyInput!) { updateSlaPolicy(input: $input) { slaPolicy { id name } } }\n"): (typeof documents)["\n  mutation UpdateSlaPolicy($input: UpdateSlaPolicyInput!) { updateSlaPolicy(input: $input) { slaPolicy { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSlaPolicy($id: ID!) { deleteSlaPolicy(id: $id) { deletedId } }\n"): (typeof documents)["\n  mutation DeleteSlaPolicy($id: ID!) { deleteSlaPolicy(id: $id) { deletedId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaPolicies { slaPolicies { id name rank } }\n"): (typeof documents)["\n  query SlaPolicies { slaPolicies { id name rank } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlaDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n"): (typeof documents)["\n  mutation SlaDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlaContactGroup($input: ContactGroupInput!) { createContactGroup(input: $input) { contactGroup { id } } }\n"): (typeof documents)["\n  mutation SlaContactGroup($input: ContactGroupInput!) { createContactGroup(input: $input) { contactGroup { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlaAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"): (typeof documents)["\n  mutation SlaAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlaTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id createdAt contact { id } } } }\n"): (typeof documents)["\n  mutation SlaTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id createdAt contact { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlaUpdateTicket($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id } } }\n"): (typeof documents)["\n  mutation SlaUpdateTicket($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlaUpdateContact($input: UpdateContactInput!) { updateContact(input: $input) { contact { id } } }\n"): (typeof documents)["\n  mutation SlaUpdateContact($input: UpdateContactInput!) { updateContact(input: $input) { contact { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlaReply($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }\n"): (typeof documents)["\n  mutation SlaReply($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlaCustomerWrites($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status } } }\n"): (typeof documents)["\n  mutation SlaCustomerWrites($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SlaSetStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n"): (typeof documents)["\n  mutation SlaSetStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketSla($id: ID!) {\n    ticket(id: $id) {\n      status\n      version\n      sla {\n        policy { name }\n        firstResponseDueAt\n        firstResponseBreached\n        nextResponseDueAt\n        nextResponseBreached\n        resolutionDueAt\n        resolutionBreached\n        paused\n        nextDueAt\n        nextResponseOwedSince\n        resolutionPeriods { from until }\n      }\n      events(first: 100) { edges { node { kind from to actor { id } } } }\n    }\n  }\n"): (typeof documents)["\n  query TicketSla($id: ID!) {\n    ticket(id: $id) {\n      status\n      version\n      sla {\n        policy { name }\n        firstResponseDueAt\n        firstResponseBreached\n        nextResponseDueAt\n        nextResponseBreached\n        resolutionDueAt\n        resolutionBreached\n        paused\n        nextDueAt\n        nextResponseOwedSince\n        resolutionPeriods { from until }\n      }\n      events(first: 100) { edges { node { kind from to actor { id } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaQueue($departmentId: ID) { queue(departmentId: $departmentId, first: 10) { edges { node { id sla { nextDueAt } } } } }\n"): (typeof documents)["\n  query SlaQueue($departmentId: ID) { queue(departmentId: $departmentId, first: 10) { edges { node { id sla { nextDueAt } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket { id code status version waitingSince contact { id displayName emails visitorId } tags }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket { id code status version waitingSince contact { id displayName emails visitorId } tags }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) { ticket { id subject priority version tags } }\n  }\n"): (typeof documents)["\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) { ticket { id subject priority version tags } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) { ticket { id version assignee { id } } }\n  }\n"): (typeof documents)["\n  mutation AssignTicket($input: AssignTicketInput!) {\n    assignTicket(input: $input) { ticket { id version assignee { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reply($input: ReplyInput!) {\n    replyToTicket(input: $input) { ticket { status firstRespondedAt waitingSince resolvedAt version } message { kind body authorAgent { name } } }\n  }\n"): (typeof documents)["\n  mutation Reply($input: ReplyInput!) {\n    replyToTicket(input: $input) { ticket { status firstRespondedAt waitingSince resolvedAt version } message { kind body authorAgent { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustomerMessage($input: CustomerMessageInput!) {\n    addCustomerMessage(input: $input) { ticket { status waitingSince resolvedAt } message { kind authorContact { id } } }\n  }\n"): (typeof documents)["\n  mutation CustomerMessage($input: CustomerMessageInput!) {\n    addCustomerMessage(input: $input) { ticket { status waitingSince resolvedAt } message { kind authorContact { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStatus($input: SetTicketStatusInput!) {\n    setTicketStatus(input: $input) { ticket { status postponedUntil resolvedAt closedAt } }\n  }\n"): (typeof documents)["\n  mutation SetStatus($input: SetTicketStatusInput!) {\n    setTicketStatus(input: $input) { ticket { status postponedUntil resolvedAt closedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Note($input: NoteInput!) {\n    addInternalNote(input: $input) { ticket { status version } message { kind } }\n  }\n"): (typeof documents)["\n  mutation Note($input: NoteInput!) {\n    addInternalNote(input: $input) { ticket { status version } message { kind } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketEvents($id: ID!) {\n    ticket(id: $id) {\n      version\n      events(first: 100) { totalCount edges { node { kind from to actor { id } } } }\n      messages { totalCount edges { node { kind body } } }\n    }\n  }\n"): (typeof documents)["\n  query TicketEvents($id: ID!) {\n    ticket(id: $id) {\n      version\n      events(first: 100) { totalCount edges { node { kind from to actor { id } } } }\n      messages { totalCount edges { node { kind body } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgentForTickets($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"): (typeof documents)["\n  mutation CreateAgentForTickets($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListTickets($filter: TicketFilter, $orderBy: TicketOrder, $first: Int, $after: String) {\n    tickets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id subject priority createdAt } }\n    }\n  }\n"): (typeof documents)["\n  query ListTickets($filter: TicketFilter, $orderBy: TicketOrder, $first: Int, $after: String) {\n    tickets(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { cursor node { id subject priority createdAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketByCode($code: String!) { ticketByCode(code: $code) { id code } }\n"): (typeof documents)["\n  query TicketByCode($code: String!) { ticketByCode(code: $code) { id code } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;