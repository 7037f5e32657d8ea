import type { EntityManager } from '@mikro-orm/postgresql';
import type { AbuseLimits } from '../../auth/abuse-limits';
import type { TokenService } from '../../auth/tokens';
import { customerSubject, type Viewer } from '../../auth/viewer';
import type { Outbox } from '../../pubsub/outbox';
import { Topic } from '../../pubsub/topics';
import type { Clock } from '../../common/clock';
import type { ContactService } from '../contacts/contact.service';
import { normaliseEmail } from '../contacts/contact-identity';
import { Channel, type Ticket } from '../tickets/ticket.entity';
import type { TicketService } from '../tickets/ticket.service';
import { CustomerSession, CustomerSessionTicket } from './customer-session.entity';
import type { SupportRequestInput } from './support-request.inputs';

/** How long a customer's access token, and its session, last. */
export const CUSTOMER_SESSION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export class CustomerService {
  constructor(
    private readonly em: EntityManager,
    private readonly tokens: TokenService,
    private readonly limits: AbuseLimits,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly tickets: TicketService,
    private readonly contacts: ContactService,
  ) {}

  /**
   * The public web form: opens a WEB_FORM ticket for the contact with this email (created when
   * new) and returns a customer token for it. A caller already holding a customer token of the
   * same contact keeps its session, now with this ticket too; anyone else gets a new session
   * that reaches this ticket only.
   */
  async submitSupportRequest(input: SupportRequestInput, presented: Viewer, clientAddress: string): Promise<{ ticketCode: string; accessToken: string }> {
    const email = normaliseEmail(input.email, 'email');
    await this.limits.beforeSupportRequest(clientAddress, email);
    // No priority: a routing rule's, else MEDIUM. A department the customer picked is theirs to choose.
    const draft = { subject: input.subject, body: input.body, channel: Channel.WEB_FORM, departmentId: input.departmentId };
    const { ticket, result: session } = await this.tickets.open(draft, {
      actorId: null,
      contact: (em) => this.contacts.resolveByEmail(em, { email, name: input.name, phone: input.phone }),
      alsoWithin: (em, opened) => this.grant(em, opened, presented),
    });
    return { ticketCode: ticket.code, accessToken: this.tokens.signCustomerToken(session.id, session.expiresAt) };
  }

  private async grant(em: EntityManager, ticket: Ticket, presented: Viewer): Promise<CustomerSession> {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + CUSTOMER_SESSION_DAYS * DAY_MS);
    const kept = presented.kind === 'CUSTOMER' && presented.contactId === ticket.contact.id ? await em.findOne(CustomerSession, { id: presented.sessionId }) : null;
    const session = kept ?? new CustomerSession(ticket.contact, now, expiresAt);
    session.expiresAt = expiresAt;
    // The customer's open subscriptions now reach this ticket too.
    if (kept) this.outbox.stage(em, Topic.ACCESS_CHANGED, { subject: customerSubject(kept.id) });
    em.persist(session);
    em.persist(new CustomerSessionTicket(session, ticket));
    return session;
  }
}
