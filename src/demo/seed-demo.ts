import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, TicketAccess } from '../auth/roles';
import type { AgentViewer } from '../auth/viewer';
import { toGlobalId } from '../common/global-id';
import type { Logger } from '../common/logger';
import { Agent } from '../modules/agents/agent.entity';
import type { Department } from '../modules/departments/department.entity';
import { createAppContext, type AppDeps } from '../modules/context';
import { Weekday } from '../modules/slas/business-hours';
import { TicketPriority } from '../modules/tickets/ticket-priority';
import { TicketStatus } from '../modules/tickets/ticket-status';
import { Channel, Ticket } from '../modules/tickets/ticket.entity';

export const DEMO_AGENT_PASSWORD = 'deskline-demo';
const TICKETS = 300;

/** A small deterministic generator, so every demo database looks the same. */
function seededRandom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
}

const DEPARTMENTS = [
  { name: 'Billing', description: 'Invoices, refunds and payment methods' },
  { name: 'Technical Support', description: 'Bugs, outages and how-to questions' },
  { name: 'Sales', description: 'Plans, quotes and trials' },
];
const AGENTS = [
  { name: 'Alice Admin', email: 'admin@deskline.local', role: Role.ADMIN, access: TicketAccess.DEPARTMENTS, departments: [0, 1, 2] },
  { name: 'Bob Billing', email: 'bob@deskline.local', role: Role.AGENT, access: TicketAccess.DEPARTMENTS, departments: [0] },
  { name: 'Tara Tech', email: 'tara@deskline.local', role: Role.AGENT, access: TicketAccess.DEPARTMENTS, departments: [1] },
  { name: 'Sam Sales', email: 'sam@deskline.local', role: Role.AGENT, access: TicketAccess.DEPARTMENTS, departments: [2] },
  { name: 'Ivy Intern', email: 'ivy@deskline.local', role: Role.AGENT, access: TicketAccess.ASSIGNED_ONLY, departments: [1] },
];
const FIRST_NAMES = ['Ana', 'Ben', 'Chloe', 'Dmitri', 'Elif', 'Farah', 'Goran', 'Hana', 'Ilze', 'Jonas', 'Kofi', 'Lena', 'Mateo', 'Nora', 'Oskar', 'Priya'];
const LAST_NAMES = ['Berzina', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haas', 'Ivanova', 'Jansen', 'Kowalski', 'Lind', 'Moreau'];
const REQUESTS: Array<[department: number, subject: string, body: string]> = [
  [0, 'Charged twice this month', 'Hi, I see two charges for my subscription on my card statement. Can you refund one?'],
  [0, 'Need an invoice with our VAT number', 'Our accounting needs the invoice to show our VAT number. Can you reissue it?'],
  [0, 'Refund for unused seats', 'We removed five seats last week. Will the unused time be refunded?'],
  [1, 'Cannot log in after password reset', 'I reset my password but the login page keeps saying the password is wrong.'],
  [1, 'Export to CSV times out', 'Exporting our ticket history to CSV times out after a minute. Is there a limit?'],
  [1, 'Webhook deliveries failing', 'Since yesterday our webhook endpoint receives nothing. Our server logs show no requests.'],
  [1, 'Two-factor codes rejected', 'The codes from my authenticator app are rejected every time.'],
  [2, 'Quote for 50 seats', 'We are evaluating your product for a team of 50. Could you send a quote?'],
  [2, 'Extend our trial', 'Our trial ends tomorrow and we need another week to finish the evaluation.'],
];
const REPLIES = [
  'Thanks for reaching out! I am looking into this now and will get back to you shortly.',
  'Could you send us a screenshot of what you see? That will help us find the cause.',
  'This is fixed now. Please let us know if you still see the problem.',
];
const FOLLOW_UPS = ['Thanks, here is the screenshot you asked for.', 'It still happens, unfortunately.', 'That worked, thank you!'];

/**
 * Fills an empty help desk with departments, agents of each role, contacts and a few hundred
 * tickets with conversations, all through the services so the audit trail is real.
 * Does nothing when tickets exist already.
 */
export async function seedDemo(deps: AppDeps, logger: Logger): Promise<void> {
  const em = deps.orm.em.fork() as EntityManager;
  if ((await em.count(Ticket, {})) > 0) return;
  const owner = await em.findOneOrFail(Agent, { role: Role.OWNER }, { orderBy: { createdAt: 'asc' } });
  const ownerViewer: AgentViewer = { kind: 'AGENT', agentId: owner.id, role: Role.OWNER, ticketAccess: TicketAccess.DEPARTMENTS, departmentIds: [], expiresAt: null };
  const { services } = createAppContext(deps, ownerViewer);
  const random = seededRandom(42);

  const departments: Department[] = [];
  for (const department of DEPARTMENTS) departments.push(await services.departments.create(department));
  const agents: Agent[] = [];
  for (const agent of AGENTS) {
    agents.push(
      await services.agents.create(ownerViewer, {
        name: agent.name,
        email: agent.email,
        password: DEMO_AGENT_PASSWORD,
        role: agent.role,
        ticketAccess: agent.access,
        departmentIds: agent.departments.map((index) => toGlobalId('Department', departments[index]!.id)),
      }),
    );
  }
  const agentViewers: AgentViewer[] = agents.map((agent) => ({ ...ownerViewer, agentId: agent.id }));
  const vip = await services.contacts.createGroup({ name: 'VIP' });
  await seedSlaPolicies(services, toGlobalId('ContactGroup', vip.id));

  const contacts = Array.from({ length: 60 }, (_, index) => {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    return index % 12 === 11
      ? { name: null, email: null, phone: null }
      : { name: `${first} ${last}`, email: `${first}.${last}${index}@example.com`.toLowerCase(), phone: index % 3 === 0 ? `+371 2${String(1000000 + index * 7919).slice(0, 7)}` : null };
  });

  const started = Date.now();
  for (let index = 0; index < TICKETS; index += 1) {
    const [departmentIndex, subject, body] = random.pick(REQUESTS);
    const department = departments[departmentIndex]!;
    const assigneeIndex = random.next() < 0.7 ? [1, 2, 3][departmentIndex]! : undefined;
    const ticket = await services.tickets.create(ownerViewer, {
      subject,
      body,
      contact: random.pick(contacts),
      channel: random.pick(Object.values(Channel)),
      priority: random.pick([TicketPriority.LOW, TicketPriority.MEDIUM, TicketPriority.MEDIUM, TicketPriority.HIGH, TicketPriority.CRITICAL]),
      departmentId: toGlobalId('Department', department.id),
      assigneeId: assigneeIndex === undefined ? null : toGlobalId('Agent', agents[assigneeIndex]!.id),
      tags: random.next() < 0.4 ? [random.pick(['urgent', 'refund', 'bug', 'enterprise', 'onboarding'])] : [],
    });
    await playConversation(services, agentViewers[assigneeIndex ?? 0]!, toGlobalId('Ticket', ticket.id), random);
  }
  const someContact = await services.contacts.list(null, 1, null);
  const first = someContact.edges[0]?.node;
  if (first) await services.contacts.update({ id: toGlobalId('Contact', first.id), groupId: toGlobalId('ContactGroup', vip.id) });
  logger.info({ tickets: TICKETS, seconds: Math.round((Date.now() - started) / 1000) }, 'seeded the demo help desk');
  logger.info({ agents: AGENTS.map((agent) => agent.email), password: DEMO_AGENT_PASSWORD }, 'demo agents');
}

type Services = ReturnType<typeof createAppContext>['services'];

const WEEKDAYS = [Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY];

/** VIPs around the clock; everyone else in Riga office hours with a lunch break and the Christmas holidays. */
async function seedSlaPolicies(services: Services, vipGroupId: string): Promise<void> {
  await services.slaPolicies.create({
    name: 'VIP 24x7',
    rank: 10,
    contactGroupIds: [vipGroupId],
    targets: [TicketPriority.LOW, TicketPriority.MEDIUM, TicketPriority.HIGH, TicketPriority.CRITICAL].map((priority) => ({
      priority,
      firstResponseMinutes: 30,
      nextResponseMinutes: 60,
      resolutionMinutes: 480,
    })),
  });
  await services.slaPolicies.create({
    name: 'Standard (Riga office hours)',
    rank: 0,
    targets: [
      { priority: TicketPriority.LOW, firstResponseMinutes: 480, nextResponseMinutes: 480, resolutionMinutes: 4800 },
      { priority: TicketPriority.MEDIUM, firstResponseMinutes: 240, nextResponseMinutes: 240, resolutionMinutes: 2400 },
      { priority: TicketPriority.HIGH, firstResponseMinutes: 60, nextResponseMinutes: 120, resolutionMinutes: 960 },
      { priority: TicketPriority.CRITICAL, firstResponseMinutes: 15, nextResponseMinutes: 30, resolutionMinutes: 240 },
    ],
    businessHours: {
      timezone: 'Europe/Riga',
      intervals: WEEKDAYS.flatMap((day) => [
        { day, start: '09:00', end: '12:30' },
        { day, start: '13:30', end: '18:00' },
      ]),
      holidays: ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31', '2027-01-01'],
    },
  });
}

/** Moves a new ticket along a random but realistic path: replies, follow-ups, notes, resolution. */
async function playConversation(services: Services, agent: AgentViewer, ticketId: string, random: ReturnType<typeof seededRandom>): Promise<void> {
  const fate = random.next();
  if (fate < 0.25) return; // still NEW
  if (random.next() < 0.3) await services.tickets.addNote(agent, { ticketId, body: 'Checked the account: looks like a known issue.' });
  await services.tickets.reply(agent, { ticketId, body: random.pick(REPLIES) });
  if (fate < 0.45) return; // ANSWERED, waiting on the customer
  await services.tickets.addCustomerMessage(agent, { ticketId, body: random.pick(FOLLOW_UPS) });
  if (fate < 0.6) return; // OPEN again
  if (fate < 0.7) {
    await services.tickets.setStatus(agent, { ticketId, status: TicketStatus.POSTPONED, postponedUntil: new Date(Date.now() + 3 * 86_400_000) });
    return;
  }
  await services.tickets.reply(agent, { ticketId, body: REPLIES[2]!, resolve: true });
  if (fate > 0.85) await services.tickets.setStatus(agent, { ticketId, status: TicketStatus.CLOSED });
}
