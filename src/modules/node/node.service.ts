import { fromGlobalId, keyOf } from '../../common/global-id';
import { isAdministrator, type Viewer } from '../../auth/viewer';
import type { Loaders } from '../context';
import { canSeeContact } from '../contacts/contact.policy';

/** What a customer may look up by id: their tickets, the messages on them they may read, their own contact. */
const CUSTOMER_NODE_TYPES = new Set(['Ticket', 'Message', 'Contact']);

/**
 * Finds any object by its global id through the operation's loaders, so a ticket, message or
 * event the caller may not see is null, exactly like one that does not exist.
 */
export async function findNode(loaders: Loaders, viewer: Viewer, globalId: string): Promise<object | null> {
  const type = fromGlobalId(globalId)?.type;
  const key = type ? keyOf(globalId, type) : undefined;
  if (!type || !key) return null;
  if (viewer.kind === 'CUSTOMER' && !CUSTOMER_NODE_TYPES.has(type)) return null;
  if (type === 'Contact' && !canSeeContact(viewer, { id: key })) return null;
  // Routing rules are for owners and admins alone, like the routingRules query.
  if (type === 'RoutingRule' && !isAdministrator(viewer)) return null;
  const found = await loadByType(loaders, type, key);
  return found ?? null;
}

async function loadByType(loaders: Loaders, type: string, key: string): Promise<object | undefined> {
  switch (type) {
    case 'Ticket':
      return loaders.ticketById.load(key);
    case 'Agent':
      return loaders.agentById.load(key);
    case 'Department':
      return loaders.departmentById.load(key);
    case 'Contact':
      return loaders.contactById.load(key);
    case 'ContactGroup':
      return loaders.contactGroupById.load(key);
    case 'SlaPolicy': {
      const policy = await loaders.slaPolicyById.load(key);
      return policy?.deletedAt ? undefined : policy;
    }
    case 'RoutingRule':
      return loaders.routingRuleById.load(key);
    case 'Message': {
      const message = await loaders.messageById.load(key);
      return message && (await loaders.ticketById.load(message.ticket.id)) ? message : undefined;
    }
    case 'TicketEvent': {
      const event = await loaders.eventById.load(key);
      return event && (await loaders.ticketById.load(event.ticket.id)) ? event : undefined;
    }
    // Agents only (not in CUSTOMER_NODE_TYPES); the loader finds only those the caller may see.
    case 'CannedResponse':
      return loaders.cannedResponseById.load(key);
    default:
      return undefined;
  }
}
