import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemServices } from '../../src/modules/context';
import { graphql } from '../support/gql';
import { isolatedDatabase, loginToken, startTestApp, type TestApp, type TestDatabase } from '../support/test-app';
import { TestClock } from '../support/test-clock';
import { claimFromEverySide, twoServersOnOneDatabase } from '../support/two-servers';
import { connectRecording, disposeClients, LiveSubscription, subscriptionSettles } from '../support/ws-client';

const CREATE_POLICY = graphql(`
  mutation CreateSlaPolicy($input: SlaPolicyInput!) {
    createSlaPolicy(input: $input) {
      slaPolicy {
        id
        name
        rank
        active
        conditions { departments { id } contactGroups { id } channels }
        targets { priority firstResponseMinutes nextResponseMinutes resolutionMinutes }
        businessHours { timezone intervals { day start end } holidays }
      }
    }
  }
`);
const UPDATE_POLICY = graphql(`
  mutation UpdateSlaPolicy($input: UpdateSlaPolicyInput!) { updateSlaPolicy(input: $input) { slaPolicy { id name } } }
`);
const DELETE_POLICY = graphql(`
  mutation DeleteSlaPolicy($id: ID!) { deleteSlaPolicy(id: $id) { deletedId } }
`);
const POLICIES = graphql(`
  query SlaPolicies { slaPolicies { id name rank } }
`);
const CREATE_DEPARTMENT = graphql(`
  mutation SlaDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }
`);
const CREATE_GROUP = graphql(`
  mutation SlaContactGroup($input: ContactGroupInput!) { createContactGroup(input: $input) { contactGroup { id } } }
`);
const CREATE_AGENT = graphql(`
  mutation SlaAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }
`);
const CREATE_TICKET = graphql(`
  mutation SlaTicket($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id createdAt contact { id } } } }
`);
const UPDATE_TICKET = graphql(`
  mutation SlaUpdateTicket($input: UpdateTicketInput!) { updateTicket(input: $input) { ticket { id } } }
`);
const UPDATE_CONTACT = graphql(`
  mutation SlaUpdateContact($input: UpdateContactInput!) { updateContact(input: $input) { contact { id } } }
`);
const REPLY = graphql(`
  mutation SlaReply($input: ReplyInput!) { replyToTicket(input: $input) { ticket { status } } }
`);
const CUSTOMER_WRITES = graphql(`
  mutation SlaCustomerWrites($input: CustomerMessageInput!) { addCustomerMessage(input: $input) { ticket { status } } }
`);
const SET_STATUS = graphql(`
  mutation SlaSetStatus($input: SetTicketStatusInput!) { setTicketStatus(input: $input) { ticket { status } } }
`);
const TICKET_SLA = graphql(`
  query TicketSla($id: ID!) {
    ticket(id: $id) {
      status
      version
      sla {
        policy { name }
        firstResponseDueAt
        firstResponseBreached
        nextResponseDueAt
        nextResponseBreached
        resolutionDueAt
        resolutionBreached
        paused
        nextDueAt
        nextResponseOwedSince
        resolutionPeriods { from until }
      }
      events(first: 100) { edges { node { kind from to actor { id } } } }
    }
  }
`);
const QUEUE = graphql(`
  query SlaQueue($departmentId: ID) { queue(departmentId: $departmentId, first: 10) { edges { node { id sla { nextDueAt } } } } }
`);
const SLA_CHANGES = `
  subscription SlaChanges($ticketId: ID) {
    ticketChanged(ticketId: $ticketId) { event { kind from to actor { id } } ticket { id version sla { firstResponseBreached } } }
  }
`;

interface SlaChange {
  ticketChanged: { event: { kind: string; from: string | null; to: string | null; actor: { id: string } | null }; ticket: { id: string; version: number } };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const STANDARD_TARGETS = [
  { priority: 'LOW', firstResponseMinutes: 240, nextResponseMinutes: 240, resolutionMinutes: 2880 },
  { priority: 'MEDIUM', firstResponseMinutes: 60, nextResponseMinutes: 30, resolutionMinutes: 240 },
  { priority: 'HIGH', firstResponseMinutes: 30, nextResponseMinutes: 15, resolutionMinutes: 120 },
] as const;

/** The response failed with this code, naming this input field where one is given. */
function expectRefusal(response: { body: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> } }, code: string, field?: string) {
  expect(response.body.errors?.[0]?.extensions).toEqual(field ? { code, field } : expect.objectContaining({ code }));
}

const iso = (ms: number) => new Date(ms).toISOString();
const kinds = (ticket: { events: { edges: Array<{ node: { kind: string } }> } | null }) => ticket.events!.edges.map(({ node }) => node.kind);
const slaEvents = (ticket: { events: { edges: Array<{ node: { kind: string; from: string | null; to: string | null; actor: { id: string } | null } }> } | null }) =>
  ticket.events!.edges.map(({ node }) => node).filter((event) => event.kind.startsWith('SLA_'));

async function ticketSla(t: TestApp, id: string) {
  return (await t.data(TICKET_SLA, { id }, t.ownerToken)).ticket!;
}

async function newTicket(t: TestApp, input: { subject?: string; priority?: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL'; departmentId?: string; email?: string } = {}) {
  const { createTicket } = await t.data(
    CREATE_TICKET,
    {
      input: {
        subject: input.subject ?? 'Printer on fire',
        body: 'It is smoking',
        priority: input.priority ?? 'MEDIUM',
        departmentId: input.departmentId,
        contact: { email: input.email ?? 'sla@example.com' },
      },
    },
    t.ownerToken,
  );
  return { id: createTicket.ticket.id, createdAt: Date.parse(createTicket.ticket.createdAt), contactId: createTicket.ticket.contact.id };
}

/** Runs the scheduler's due jobs as of the clock's time. */
const runJobs = (t: TestApp) => t.app.deps.scheduler.runDueNow();

describe('SLA policies', () => {
  const clock = new TestClock(new Date('2026-03-02T08:00:00.000Z'));
  let t: TestApp;
  let agentToken: string;
  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    await t.data(CREATE_AGENT, { input: { name: 'Ada Agent', email: 'ada@sla.test', password: 'agent-password-1', role: 'AGENT' } }, t.ownerToken);
    agentToken = await loginToken(t.httpUrl, 'ada@sla.test', 'agent-password-1');
  });
  afterAll(async () => {
    await disposeClients();
    await t?.stop();
  });

  describe('as owner', () => {
    it('creates a policy with conditions, targets and business hours, and lists policies by descending rank', async () => {
      const department = (await t.data(CREATE_DEPARTMENT, { input: { name: 'Policy conditions' } }, t.ownerToken)).createDepartment.department.id;
      const group = (await t.data(CREATE_GROUP, { input: { name: 'Policy VIPs' } }, t.ownerToken)).createContactGroup.contactGroup.id;
      const { createSlaPolicy } = await t.data(
        CREATE_POLICY,
        {
          input: {
            name: 'VIP email',
            rank: 50,
            active: false,
            departmentIds: [department],
            contactGroupIds: [group],
            channels: ['EMAIL', 'CHAT'],
            targets: [{ priority: 'HIGH', firstResponseMinutes: 15 }],
            businessHours: { timezone: 'Europe/Riga', intervals: [{ day: 'MONDAY', start: '09:00', end: '17:00' }], holidays: ['2026-12-24'] },
          },
        },
        t.ownerToken,
      );
      expect(createSlaPolicy.slaPolicy).toMatchObject({
        name: 'VIP email',
        rank: 50,
        active: false,
        conditions: { departments: [{ id: department }], contactGroups: [{ id: group }], channels: ['EMAIL', 'CHAT'] },
        targets: [{ priority: 'HIGH', firstResponseMinutes: 15, nextResponseMinutes: null, resolutionMinutes: null }],
        businessHours: { timezone: 'Europe/Riga', intervals: [{ day: 'MONDAY', start: '09:00', end: '17:00' }], holidays: ['2026-12-24'] },
      });
      await t.data(CREATE_POLICY, { input: { name: 'Fallback', rank: -5, active: false, targets: [] } }, t.ownerToken);
      const ranks = (await t.data(POLICIES, {}, t.ownerToken)).slaPolicies.map((policy) => policy.rank);
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
      await t.data(DELETE_POLICY, { id: createSlaPolicy.slaPolicy.id }, t.ownerToken);
    });

    it('refuses bad input, naming the field, and a second policy of the same name', async () => {
      const create = (input: Record<string, unknown>) => t.request(CREATE_POLICY, { input: { name: 'Bad', targets: [], ...input } as never }, t.ownerToken);
      expectRefusal(await create({ targets: [{ priority: 'LOW', firstResponseMinutes: 10 }, { priority: 'LOW' }] }), 'BAD_USER_INPUT', 'targets[1].priority');
      expectRefusal(await create({ targets: [{ priority: 'LOW', resolutionMinutes: 0 }] }), 'BAD_USER_INPUT', 'targets[0].resolutionMinutes');
      expectRefusal(await create({ departmentIds: ['RGVwYXJ0bWVudDpub3Bl'] }), 'NOT_FOUND', 'departmentIds');
      expectRefusal(await create({ name: '  ' }), 'BAD_USER_INPUT', 'name');
      expectRefusal(
        await create({
          targets: [{ priority: 'LOW', resolutionMinutes: 525_600 }],
          businessHours: { timezone: 'Europe/Riga', intervals: [{ day: 'MONDAY', start: '09:00', end: '10:00' }] },
        }),
        'BAD_USER_INPUT',
        'targets',
      );
      expectRefusal(
        await create({ businessHours: { timezone: 'Mars/Olympus', intervals: [{ day: 'MONDAY', start: '09:00', end: '10:00' }] } }),
        'BAD_USER_INPUT',
        'businessHours.timezone',
      );
      await t.data(CREATE_POLICY, { input: { name: 'Unique name', active: false, targets: [] } }, t.ownerToken);
      expectRefusal(await create({ name: 'UNIQUE NAME' }), 'CONFLICT');
    });
  });

  describe('as agent', () => {
    it('lists the policies but may not write them', async () => {
      expect((await t.data(POLICIES, {}, agentToken)).slaPolicies.length).toBeGreaterThan(0);
      expectRefusal(await t.request(CREATE_POLICY, { input: { name: 'Mine', targets: [] } }, agentToken), 'FORBIDDEN');
    });
  });

  describe('clocks of a ticket under the Standard policy (24x7)', () => {
    let department: string;
    beforeAll(async () => {
      department = (await t.data(CREATE_DEPARTMENT, { input: { name: 'Clocks' } }, t.ownerToken)).createDepartment.department.id;
      await t.data(CREATE_POLICY, { input: { name: 'Standard', rank: 0, departmentIds: [department], targets: [...STANDARD_TARGETS] } }, t.ownerToken);
      await runJobs(t);
    });

    it('applies the policy at creation (SLA_APPLIED) with deadlines from the targets of its priority', async () => {
      const { id, createdAt } = await newTicket(t, { departmentId: department });
      const ticket = await ticketSla(t, id);
      expect(ticket.sla).toMatchObject({
        policy: { name: 'Standard' },
        firstResponseDueAt: iso(createdAt + 60 * MINUTE),
        firstResponseBreached: false,
        nextResponseDueAt: null,
        resolutionDueAt: iso(createdAt + 240 * MINUTE),
        paused: false,
        nextDueAt: iso(createdAt + 60 * MINUTE),
        resolutionPeriods: [{ from: iso(createdAt), until: null }],
      });
      // The policies' doing, not the creator's.
      expect(slaEvents(ticket)).toEqual([{ kind: 'SLA_APPLIED', from: null, to: 'Standard', actor: null }]);
    });

    it('has no SLA when the policy has no target for the priority, or no policy matches', async () => {
      expect((await ticketSla(t, (await newTicket(t, { departmentId: department, priority: 'CRITICAL' })).id)).sla).toBeNull();
      expect((await ticketSla(t, (await newTicket(t)).id)).sla).toBeNull();
    });

    it('pauses resolution while ANSWERED, resumes on the customer message, and owes a next response from it', async () => {
      const { id, createdAt } = await newTicket(t, { departmentId: department });
      clock.set(new Date(createdAt + 20 * MINUTE));
      await t.data(REPLY, { input: { ticketId: id, body: 'Unplug it' } }, t.ownerToken);
      let ticket = await ticketSla(t, id);
      expect(ticket.sla).toMatchObject({ paused: true, resolutionDueAt: null, firstResponseBreached: false, nextDueAt: null });

      clock.set(new Date(createdAt + 3 * HOUR));
      await t.data(CUSTOMER_WRITES, { input: { ticketId: id, body: 'Still smoking' } }, t.ownerToken);
      ticket = await ticketSla(t, id);
      const resumed = createdAt + 3 * HOUR;
      expect(ticket.sla).toMatchObject({
        paused: false,
        // 20 minutes used before the pause: 220 left from the resumption.
        resolutionDueAt: iso(resumed + 220 * MINUTE),
        nextResponseDueAt: iso(resumed + 30 * MINUTE),
        nextResponseOwedSince: iso(resumed),
        nextDueAt: iso(resumed + 30 * MINUTE),
        resolutionPeriods: [
          { from: iso(createdAt), until: iso(createdAt + 20 * MINUTE) },
          { from: iso(resumed), until: null },
        ],
      });
      // The first response was met long ago; the next response's target does not overrule it.
      expect(ticket.sla?.firstResponseDueAt).toBe(iso(createdAt + 60 * MINUTE));
      expect(ticket.sla?.firstResponseBreached).toBe(false);
    });

    it('marks a breach at its due instant, not before, once, by the system, and tells subscribers', async () => {
      const { id, createdAt } = await newTicket(t, { departmentId: department, priority: 'HIGH' });
      const live = new LiveSubscription<SlaChange>(connectRecording(t.wsUrl, t.ownerToken), SLA_CHANGES, { ticketId: id });
      await subscriptionSettles();
      const due = createdAt + 30 * MINUTE;

      clock.set(new Date(due - 1));
      await runJobs(t);
      expect((await ticketSla(t, id)).sla?.firstResponseBreached).toBe(false);

      clock.set(new Date(due));
      await runJobs(t);
      await runJobs(t);
      const ticket = await ticketSla(t, id);
      expect(ticket.sla).toMatchObject({ firstResponseBreached: true, resolutionBreached: false, nextDueAt: iso(due) });
      expect(slaEvents(ticket)).toEqual([
        { kind: 'SLA_APPLIED', from: null, to: 'Standard', actor: null },
        { kind: 'SLA_BREACHED', from: 'Standard', to: 'FIRST_RESPONSE', actor: null },
      ]);
      expect(ticket.version).toBe(2);
      await live.until((received) => received.some((change) => change.ticketChanged.event.kind === 'SLA_BREACHED'), 'the breach pushed');
      expect(live.received.map((change) => change.ticketChanged.event.kind)).toEqual(['SLA_BREACHED']);
      live.stop();
    });

    it('records a breach the job had no time to mark when the late reply comes first', async () => {
      const { id, createdAt } = await newTicket(t, { departmentId: department, priority: 'HIGH' });
      clock.set(new Date(createdAt + 31 * MINUTE));
      await t.data(REPLY, { input: { ticketId: id, body: 'Sorry for the wait' } }, t.ownerToken);
      const ticket = await ticketSla(t, id);
      expect(ticket.sla?.firstResponseBreached).toBe(true);
      expect(kinds(ticket).slice(-3)).toEqual(['MESSAGE_ADDED', 'STATUS_CHANGED', 'SLA_BREACHED']);
      await runJobs(t);
      expect(slaEvents(await ticketSla(t, id)).filter((event) => event.kind === 'SLA_BREACHED')).toHaveLength(1);
    });

    it('stops at RESOLVED and continues after a reopen with the time it had used', async () => {
      const { id, createdAt } = await newTicket(t, { departmentId: department });
      clock.set(new Date(createdAt + 50 * MINUTE));
      await t.data(SET_STATUS, { input: { ticketId: id, status: 'RESOLVED' } }, t.ownerToken);
      expect((await ticketSla(t, id)).sla).toMatchObject({ nextDueAt: null, resolutionDueAt: null, paused: false, firstResponseBreached: false });
      const reopenedAt = createdAt + 10 * HOUR;
      clock.set(new Date(reopenedAt));
      await t.data(CUSTOMER_WRITES, { input: { ticketId: id, body: 'It is back' } }, t.ownerToken);
      expect((await ticketSla(t, id)).sla).toMatchObject({ resolutionDueAt: iso(reopenedAt + 190 * MINUTE), nextResponseDueAt: iso(reopenedAt + 30 * MINUTE) });
    });

    it('chooses the policy again when the department changes (SLA_APPLIED from and to), and the queue follows', async () => {
      const urgent = (await t.data(CREATE_DEPARTMENT, { input: { name: 'Urgent desk' } }, t.ownerToken)).createDepartment.department.id;
      await t.data(CREATE_POLICY, { input: { name: 'Urgent', rank: 10, departmentIds: [urgent], targets: [{ priority: 'LOW', firstResponseMinutes: 5 }] } }, t.ownerToken);
      await runJobs(t);
      const low = await newTicket(t, { departmentId: department, priority: 'LOW' });
      const high = await newTicket(t, { departmentId: department, priority: 'HIGH' });
      const queueOf = async (departmentId: string) => (await t.data(QUEUE, { departmentId }, t.ownerToken)).queue.edges.map(({ node }) => node.id);
      expect((await queueOf(department)).indexOf(high.id)).toBeLessThan((await queueOf(department)).indexOf(low.id));

      const movedAt = clock.now().getTime();
      await t.data(UPDATE_TICKET, { input: { id: low.id, departmentId: urgent } }, t.ownerToken);
      const ticket = await ticketSla(t, low.id);
      expect(ticket.sla).toMatchObject({ policy: { name: 'Urgent' }, firstResponseDueAt: iso(low.createdAt + 5 * MINUTE), resolutionDueAt: null });
      expect(slaEvents(ticket).at(-1)).toEqual({ kind: 'SLA_APPLIED', from: 'Standard', to: 'Urgent', actor: null });
      expect(movedAt).toBeGreaterThan(0);

      // Earliest deadline first, whatever the priority: the LOW ticket now leads the urgent queue.
      await t.data(UPDATE_TICKET, { input: { id: high.id, departmentId: urgent } }, t.ownerToken);
      expect(await queueOf(urgent)).toEqual([low.id, high.id]);
    });

    it('matches open tickets again when their contact changes group', async () => {
      const group = (await t.data(CREATE_GROUP, { input: { name: 'Gold' } }, t.ownerToken)).createContactGroup.contactGroup.id;
      await t.data(CREATE_POLICY, { input: { name: 'Gold', rank: 20, contactGroupIds: [group], targets: [{ priority: 'MEDIUM', firstResponseMinutes: 10 }] } }, t.ownerToken);
      await runJobs(t);
      const ticket = await newTicket(t, { departmentId: department, email: 'soon-gold@example.com' });
      expect((await ticketSla(t, ticket.id)).sla?.policy.name).toBe('Standard');
      await t.data(UPDATE_CONTACT, { input: { id: ticket.contactId, groupId: group } }, t.ownerToken);
      await runJobs(t);
      const after = await ticketSla(t, ticket.id);
      expect(after.sla).toMatchObject({ policy: { name: 'Gold' }, firstResponseDueAt: iso(ticket.createdAt + 10 * MINUTE) });
      expect(slaEvents(after).at(-1)).toMatchObject({ kind: 'SLA_APPLIED', from: 'Standard', to: 'Gold', actor: null });
    });
  });

  describe('changing a policy', () => {
    it('recomputes the open tickets in batches (SLA_APPLIED), leaves resolved ones alone, and a deletion matches them again', async () => {
      const department = (await t.data(CREATE_DEPARTMENT, { input: { name: 'Recompute' } }, t.ownerToken)).createDepartment.department.id;
      const { createSlaPolicy } = await t.data(
        CREATE_POLICY,
        { input: { name: 'Changing', rank: 100, departmentIds: [department], targets: [{ priority: 'MEDIUM', firstResponseMinutes: 60 }] } },
        t.ownerToken,
      );
      await runJobs(t);
      const open = [];
      for (let index = 0; index < 7; index += 1) open.push(await newTicket(t, { departmentId: department, subject: `Open ${index}` }));
      const resolved = await newTicket(t, { departmentId: department, subject: 'Resolved' });
      await t.data(SET_STATUS, { input: { ticketId: resolved.id, status: 'RESOLVED' } }, t.ownerToken);

      await t.data(
        UPDATE_POLICY,
        { input: { id: createSlaPolicy.slaPolicy.id, policy: { name: 'Changing', rank: 100, departmentIds: [department], targets: [{ priority: 'MEDIUM', firstResponseMinutes: 90 }] } } },
        t.ownerToken,
      );
      // The change kicked the scheduler; this waits for that turn and runs any work left.
      await runJobs(t);
      const tickets = systemServices(t.app.deps).tickets;
      for (const { id, createdAt } of open) {
        const ticket = await ticketSla(t, id);
        expect(ticket.sla?.firstResponseDueAt).toBe(iso(createdAt + 90 * MINUTE));
        expect(slaEvents(ticket).at(-1)).toEqual({ kind: 'SLA_APPLIED', from: 'Changing', to: 'Changing', actor: null });
      }
      expect(kinds(await ticketSla(t, resolved.id)).filter((kind) => kind === 'SLA_APPLIED')).toHaveLength(1);
      expect(await tickets.hasStaleSlas()).toBe(false);

      await t.data(DELETE_POLICY, { id: createSlaPolicy.slaPolicy.id }, t.ownerToken);
      await runJobs(t);
      const orphan = await ticketSla(t, open[0]!.id);
      expect(orphan.sla).toBeNull();
      expect(slaEvents(orphan).at(-1)).toEqual({ kind: 'SLA_APPLIED', from: 'Changing', to: null, actor: null });
      expect((await t.data(POLICIES, {}, t.ownerToken)).slaPolicies.map((policy) => policy.name)).not.toContain('Changing');
    });
  });
});

describe("the README's worked example: Riga office hours over a weekend, a clock change and Easter", () => {
  const clock = new TestClock(new Date('2026-03-27T14:00:00.000Z'));
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { clock });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('counts only business time, in local time across the DST change, skipping the holidays', async () => {
    const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const;
    await t.data(
      CREATE_POLICY,
      {
        input: {
          name: 'Riga office',
          targets: [{ priority: 'MEDIUM', firstResponseMinutes: 240, nextResponseMinutes: 240, resolutionMinutes: 2400 }],
          businessHours: {
            timezone: 'Europe/Riga',
            intervals: weekdays.flatMap((day) => [
              { day, start: '09:00', end: '12:30' },
              { day, start: '13:30', end: '18:00' },
            ]),
            holidays: ['2026-04-03', '2026-04-06'],
          },
        },
      },
      t.ownerToken,
    );
    // Friday 27 March, 16:00 in Riga (UTC+2).
    const { id } = await newTicket(t);
    expect((await ticketSla(t, id)).sla).toMatchObject({
      // 2 h on Friday, then Monday 09:00 to 11:00, already UTC+3.
      firstResponseDueAt: '2026-03-30T08:00:00.000Z',
      // 2 + 4 x 8 h to Thursday, Good Friday and Easter Monday off, Tuesday 7 April 09:00-12:30 and 13:30-16:00.
      resolutionDueAt: '2026-04-07T13:00:00.000Z',
    });

    // Monday 10:00: the agent answers; 3 business hours used.
    clock.set(new Date('2026-03-30T07:00:00.000Z'));
    await t.data(REPLY, { input: { ticketId: id, body: 'Looking into it' } }, t.ownerToken);
    expect((await ticketSla(t, id)).sla).toMatchObject({ firstResponseBreached: false, paused: true, resolutionDueAt: null });

    // Monday 15:00: the customer writes back.
    clock.set(new Date('2026-03-30T12:00:00.000Z'));
    await t.data(CUSTOMER_WRITES, { input: { ticketId: id, body: 'Any news?' } }, t.ownerToken);
    expect((await ticketSla(t, id)).sla).toMatchObject({
      // 3 h on Monday, Tuesday 09:00 to 10:00.
      nextResponseDueAt: '2026-03-31T07:00:00.000Z',
      // 37 h left: 3 + 3 x 8 to Thursday, the Easter holidays, 8 on Tuesday 7 April, Wednesday 09:00 to 11:00.
      resolutionDueAt: '2026-04-08T08:00:00.000Z',
      nextDueAt: '2026-03-31T07:00:00.000Z',
    });

    clock.set(new Date('2026-03-31T06:59:59.999Z'));
    await runJobs(t);
    expect((await ticketSla(t, id)).sla?.nextResponseBreached).toBe(false);
    clock.set(new Date('2026-03-31T07:00:00.000Z'));
    await runJobs(t);
    expect((await ticketSla(t, id)).sla).toMatchObject({ nextResponseBreached: true, resolutionBreached: false, firstResponseBreached: false });
  });
});

describe('SLA breaches after downtime', () => {
  const apps: TestApp[] = [];
  let database: TestDatabase;
  beforeAll(async () => {
    database = await isolatedDatabase({ reopenable: true });
  });
  afterAll(async () => {
    for (const app of apps) await app.stop();
    await database?.drop();
  });

  it('marks breaches that fell due while no server ran, before the new one serves', async () => {
    const clock = new TestClock(new Date('2026-03-02T08:00:00.000Z'));
    const first = await startTestApp({}, { clock, database });
    apps.push(first);
    await first.data(CREATE_POLICY, { input: { name: 'Everyone', targets: [...STANDARD_TARGETS] } }, first.ownerToken);
    const ticket = await newTicket(first);
    await first.stop();
    apps.pop();

    clock.advance(2 * HOUR);
    const second = await startTestApp({}, { clock, database });
    apps.push(second);
    expect(second.app.deps.scheduler.lastRun('sla-breaches')).toMatchObject({ processed: 1, lagMs: HOUR, failed: false });
    expect((await ticketSla(second, ticket.id)).sla).toMatchObject({ firstResponseBreached: true, resolutionBreached: false });
  });
});

describe.skipIf(!process.env.DATABASE_URL)('SLA breaches with two servers on one PostgreSQL database', () => {
  const clock = new TestClock(new Date('2026-03-02T08:00:00.000Z'));
  const servers = twoServersOnOneDatabase(clock);

  it('marks each breach exactly once while both run the job at the same time', async () => {
    const [a, b] = [servers.a(), servers.b()];
    await a.data(CREATE_POLICY, { input: { name: 'Shared', targets: [...STANDARD_TARGETS] } }, a.ownerToken);
    await Promise.all(Array.from({ length: 30 }, (_, index) => newTicket(index % 2 ? a : b, { subject: `Breach ${index}` })));
    await Promise.all([a, b].map((app) => app.app.deps.scheduler.runDueNow()));
    const now = clock.advance(HOUR);
    expect(await claimFromEverySide([a, b], (app) => systemServices(app.app.deps).tickets.markDueSlaBreaches(now, 3))).toBe(30);
    const em = a.app.database.orm.em.fork() as EntityManager;
    const [row] = await em.execute<Array<{ breaches: number; tickets: number }>>(
      `select count(*)::int as breaches, count(distinct ticket_id)::int as tickets from ticket_event where kind = 'SLA_BREACHED'`,
    );
    expect(row).toEqual({ breaches: 30, tickets: 30 });
  });
});
