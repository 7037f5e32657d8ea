import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../support/gql';
import { loginToken, startTestApp, type TestApp } from '../support/test-app';

/*
 * Issue #6: ticketReport's every metric under every grouping, against figures worked out by
 * hand from a small history written straight into the tables with fixed instants. Europe/Riga
 * moves to summer time on Sunday 29 March 2026 at 01:00 UTC, so that local day has 23 hours:
 * 28 March 22:30 UTC is 00:30 on 29 March there (UTC+2), and 29 March 21:30 UTC is 00:30 on
 * 30 March (UTC+3), which a fixed offset would put on the 29th.
 */

const REPORT = graphql(`
  query Report($input: ReportInput!) {
    ticketReport(input: $input) {
      rows { ...ReportFigures }
      totals { ...ReportFigures }
      backlogAtEnd
    }
  }
  fragment ReportFigures on ReportRow {
    key
    label
    bucketStart
    created
    resolved
    reopened
    agentReplies
    avgFirstResponseSeconds
    medianFirstResponseSeconds
    avgResolutionSeconds
    medianResolutionSeconds
    slaMet
    slaBreached
    slaComplianceRate
    firstContactResolved
    firstContactResolutionRate
  }
`);
const CREATED_ONLY = graphql(`
  query ReportCreatedOnly($input: ReportInput!) { ticketReport(input: $input) { rows { key created resolved agentReplies } totals { created } } }
`);
const WORKLOAD = graphql(`
  query Workload($input: AgentWorkloadInput!) { agentWorkload(input: $input) { agent { id name } openTickets waitingOnCustomer replies } }
`);
const CREATE_AGENT = graphql(`
  mutation ReportAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }
`);
const CREATE_DEPARTMENT = graphql(`
  mutation ReportDepartment($input: DepartmentInput!) { createDepartment(input: $input) { department { id } } }
`);


let t: TestApp;
/** Global ids as the API gives them, database keys as the tables hold them. */
const ids = { alice: '', bob: '', billing: '', support: '' };
const keys = { alice: '', bob: '', billing: '', support: '' };
let agentToken: string;

const sql = (text: string, params: unknown[] = []) => t.app.database.orm.em.getConnection().execute(text, params);
const keyOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] as string;

// ---------------------------------------------------------------- the history

const WITH_TARGETS = { firstResponseMinutes: 60, nextResponseMinutes: null, resolutionMinutes: 600 };
const POLICY = randomUUID();

async function ticket(fields: {
  created: string;
  status: string;
  channel: string;
  priority: 1 | 2 | 3 | 4;
  department?: string;
  assignee?: string;
  sla?: 'met' | 'breached';
  firstResponded?: string;
}): Promise<string> {
  const id = randomUUID();
  const contact = randomUUID();
  await sql(`insert into "contact" ("id", "visitor_id", "created_at") values (?, ?, ?)`, [contact, randomUUID(), fields.created]);
  const sla = {
    policyName: fields.sla ? 'Gold' : null,
    targets: fields.sla ? WITH_TARGETS : null,
    firstResponseMetAt: null,
    nextResponseSince: null,
    nextResponseMetAt: null,
    resolutionPeriods: [],
    breachedAt: fields.sla === 'breached' ? { FIRST_RESPONSE: '2026-03-29T01:00:00.000Z' } : {},
    firstResponseDueAt: null,
    nextResponseDueAt: null,
    resolutionDueAt: null,
    paused: false,
  };
  await sql(
    `insert into "ticket" ("id", "code", "subject", "status", "priority", "channel", "department_id", "assignee_id", "contact_id", "first_responded_at",
       "created_at", "updated_at", "version", "sla_policy_id", "sla")
     values (?, ?, 'Report fixture', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?::jsonb)`,
    [
      id,
      `R-${id.slice(0, 8)}`,
      fields.status,
      fields.priority,
      fields.channel,
      fields.department ?? null,
      fields.assignee ?? null,
      contact,
      fields.firstResponded ?? null,
      fields.created,
      fields.created,
      fields.sla ? POLICY : null,
      JSON.stringify(sla),
    ],
  );
  return id;
}

const statusChange = (ticketId: string, at: string, from: string, to: string) =>
  sql(`insert into "ticket_event" ("ticket_id", "kind", "from_value", "to_value", "created_at") values (?, 'STATUS_CHANGED', ?, ?, ?)`, [ticketId, from, to, at]);

/** A reopening leaves REOPENED, then STATUS_CHANGED (TicketService's record of it). */
async function reopen(ticketId: string, at: string, from: string) {
  await sql(`insert into "ticket_event" ("ticket_id", "kind", "from_value", "to_value", "created_at") values (?, 'REOPENED', ?, 'OPEN', ?)`, [ticketId, from, at]);
  await statusChange(ticketId, at, from, 'OPEN');
}

const message = (ticketId: string, at: string, kind: string, agent: string | null) =>
  sql(`insert into "message" ("ticket_id", "kind", "body", "author_agent_id", "created_at") values (?, ?, 'text', ?, ?)`, [ticketId, kind, agent, at]);

// Priorities as stored: 1 LOW, 2 MEDIUM, 3 HIGH, 4 CRITICAL.
async function writeHistory() {
  // T1: Alice's, answered once and resolved for good: a first-contact resolution; its SLA met.
  const t1 = await ticket({ created: '2026-03-27T08:00:00Z', status: 'RESOLVED', channel: 'EMAIL', priority: 3, department: keys.billing, assignee: keys.alice, sla: 'met', firstResponded: '2026-03-27T08:10:00Z' });
  await message(t1, '2026-03-27T08:10:00Z', 'AGENT_REPLY', keys.alice);
  await statusChange(t1, '2026-03-27T08:10:00Z', 'NEW', 'ANSWERED');
  await statusChange(t1, '2026-03-27T09:00:00Z', 'ANSWERED', 'RESOLVED');

  // T2: Bob's, created at 22:30 UTC on 28 March = 00:30 on 29 March in Riga; resolved three times, reopened twice; SLA breached.
  const t2 = await ticket({ created: '2026-03-28T22:30:00Z', status: 'RESOLVED', channel: 'CHAT', priority: 1, department: keys.support, assignee: keys.bob, sla: 'breached', firstResponded: '2026-03-29T06:00:00Z' });
  await message(t2, '2026-03-29T06:00:00Z', 'AGENT_REPLY', keys.bob);
  await statusChange(t2, '2026-03-29T06:00:00Z', 'NEW', 'ANSWERED');
  await statusChange(t2, '2026-03-29T07:00:00Z', 'ANSWERED', 'RESOLVED');
  await reopen(t2, '2026-03-29T08:00:00Z', 'RESOLVED');
  // Alice answers Bob's ticket: her reply, his ticket.
  await message(t2, '2026-03-29T09:00:00Z', 'AGENT_REPLY', keys.alice);
  await statusChange(t2, '2026-03-29T09:00:00Z', 'OPEN', 'ANSWERED');
  await statusChange(t2, '2026-03-29T10:00:00Z', 'ANSWERED', 'RESOLVED');
  await statusChange(t2, '2026-03-30T08:00:00Z', 'RESOLVED', 'CLOSED');
  await reopen(t2, '2026-03-30T09:00:00Z', 'CLOSED');
  await statusChange(t2, '2026-03-30T10:00:00Z', 'OPEN', 'RESOLVED');

  // T3: nobody's, no department, no policy, created at 00:30 on 30 March in Riga; a note and an acknowledgement, which are not replies.
  const t3 = await ticket({ created: '2026-03-29T21:30:00Z', status: 'NEW', channel: 'EMAIL', priority: 2 });
  await message(t3, '2026-03-29T21:35:00Z', 'INTERNAL_NOTE', keys.alice);
  await message(t3, '2026-03-29T21:36:00Z', 'AUTO_ACKNOWLEDGEMENT', null);

  // T4: created before the period, first answered in it (7 days later), resolved after it.
  const t4 = await ticket({ created: '2026-03-20T10:00:00Z', status: 'RESOLVED', channel: 'PHONE', priority: 4, department: keys.billing, assignee: keys.alice, sla: 'met', firstResponded: '2026-03-27T10:00:00Z' });
  await message(t4, '2026-03-27T10:00:00Z', 'AGENT_REPLY', keys.alice);
  await statusChange(t4, '2026-03-27T10:00:00Z', 'NEW', 'ANSWERED');
  await statusChange(t4, '2026-04-02T10:00:00Z', 'ANSWERED', 'RESOLVED');

  // T5: created after the period, open now.
  await ticket({ created: '2026-03-31T10:00:00Z', status: 'OPEN', channel: 'EMAIL', priority: 1, department: keys.support, assignee: keys.bob });

  // T6: NEW through the period, answered (waiting on the customer) after it.
  const t6 = await ticket({ created: '2026-03-25T10:00:00Z', status: 'ANSWERED', channel: 'WEB_FORM', priority: 2, department: keys.support, assignee: keys.bob, firstResponded: '2026-04-05T10:00:00Z' });
  await message(t6, '2026-04-05T10:00:00Z', 'AGENT_REPLY', keys.bob);
  await statusChange(t6, '2026-04-05T10:00:00Z', 'NEW', 'ANSWERED');

  // T7: resolved before the period, reopened after it: RESOLVED at its end, OPEN now.
  const t7 = await ticket({ created: '2026-03-20T09:00:00Z', status: 'OPEN', channel: 'EMAIL', priority: 3, department: keys.billing, assignee: keys.alice });
  await statusChange(t7, '2026-03-21T09:00:00Z', 'NEW', 'RESOLVED');
  await reopen(t7, '2026-04-01T09:00:00Z', 'RESOLVED');

  // T8: nobody's, answered twice before the period, resolved in it (18:00 on 30 March in Riga, 450,000 s after creation) and
  // never reopened: not a first-contact resolution.
  const t8 = await ticket({ created: '2026-03-25T10:00:00Z', status: 'RESOLVED', channel: 'API', priority: 2, firstResponded: '2026-03-25T11:00:00Z' });
  await message(t8, '2026-03-25T11:00:00Z', 'AGENT_REPLY', keys.bob);
  await statusChange(t8, '2026-03-25T11:00:00Z', 'NEW', 'ANSWERED');
  await message(t8, '2026-03-26T10:00:00Z', 'AGENT_REPLY', keys.bob);
  await statusChange(t8, '2026-03-30T15:00:00Z', 'ANSWERED', 'RESOLVED');
}

beforeAll(async () => {
  t = await startTestApp();
  for (const [name, label] of [['billing', 'Billing'], ['support', 'Support']] as const) {
    ids[name] = (await t.data(CREATE_DEPARTMENT, { input: { name: label } }, t.ownerToken)).createDepartment.department.id;
    keys[name] = keyOf(ids[name]);
  }
  for (const [name, label] of [['alice', 'Alice'], ['bob', 'Bob']] as const) {
    const input = { name: label, email: `${name}@report.test`, password: 'agent-password-1', role: 'AGENT' as const, departmentIds: [ids.billing, ids.support] };
    ids[name] = (await t.data(CREATE_AGENT, { input }, t.ownerToken)).createAgent.agent.id;
    keys[name] = keyOf(ids[name]);
  }
  agentToken = await loginToken(t.httpUrl, 'alice@report.test', 'agent-password-1');
  await writeHistory();
});

afterAll(() => t?.stop());

// ---------------------------------------------------------------- expected figures

/** [00:00 27 March, 00:00 31 March) in Riga: 27 March is UTC+2, 31 March UTC+3. */
const PERIOD = { from: '2026-03-26T22:00:00.000Z', to: '2026-03-30T21:00:00.000Z', timezone: 'Europe/Riga' };

const NOTHING = {
  created: 0,
  resolved: 0,
  reopened: 0,
  agentReplies: 0,
  avgFirstResponseSeconds: null,
  medianFirstResponseSeconds: null,
  avgResolutionSeconds: null,
  medianResolutionSeconds: null,
  slaMet: 0,
  slaBreached: 0,
  slaComplianceRate: null,
  firstContactResolved: 0,
  firstContactResolutionRate: null,
};
type Figures = Partial<typeof NOTHING> | Record<string, number | null>;
const row = (key: string, label: string, figures: Figures, bucketStart: string | null = null) => ({ key, label, bucketStart, ...NOTHING, ...figures });

// Seconds: T1 first reply 600, resolved 3,600; T4 first reply 604,800; T2 first reply 27,000,
// resolved 30,600, 41,400 and 127,800 after creation; T8 resolved 450,000 after creation.
const TOTALS = row('total', 'Total', {
  created: 3,
  resolved: 5,
  reopened: 2,
  agentReplies: 4,
  avgFirstResponseSeconds: (600 + 604_800 + 27_000) / 3,
  medianFirstResponseSeconds: 27_000,
  avgResolutionSeconds: (3_600 + 30_600 + 41_400 + 127_800 + 450_000) / 5,
  medianResolutionSeconds: 41_400,
  slaMet: 1,
  slaBreached: 1,
  slaComplianceRate: 0.5,
  firstContactResolved: 1,
  firstContactResolutionRate: 0.2,
});
/** T1 and T4 (Alice's, Billing's): */
const ALICE_TICKETS = {
  created: 1,
  resolved: 1,
  avgResolutionSeconds: 3_600,
  medianResolutionSeconds: 3_600,
  slaMet: 1,
  slaComplianceRate: 1,
  firstContactResolved: 1,
  firstContactResolutionRate: 1,
  avgFirstResponseSeconds: (600 + 604_800) / 2,
  medianFirstResponseSeconds: (600 + 604_800) / 2,
};
/** T2 (Bob's, Support's, the chat): */
const BOB_TICKETS = {
  created: 1,
  resolved: 3,
  reopened: 2,
  avgResolutionSeconds: (30_600 + 41_400 + 127_800) / 3,
  medianResolutionSeconds: 41_400,
  slaBreached: 1,
  slaComplianceRate: 0,
  firstContactResolutionRate: 0,
  avgFirstResponseSeconds: 27_000,
  medianFirstResponseSeconds: 27_000,
};

/** T8's resolution, alone: */
const T8 = { resolved: 1, avgResolutionSeconds: 450_000, medianResolutionSeconds: 450_000, firstContactResolutionRate: 0 };
/** T3 (created) and T8 (resolved): nobody's, no department's, MEDIUM. */
const T3_AND_T8 = { ...T8, created: 1 };

const report = async (input: Record<string, unknown>) => (await t.data(REPORT, { input: { ...PERIOD, ...input } as never }, t.ownerToken)).ticketReport;

async function refusal(input: Record<string, unknown>, token = t.ownerToken) {
  const { body } = await t.request(REPORT, { input: { ...PERIOD, ...input } as never }, token);
  const [error] = body.errors ?? [];
  return { code: error?.extensions?.code, field: error?.extensions?.field, message: error?.message };
}

// ---------------------------------------------------------------- as owner

describe('ticketReport, as owner', () => {
  it('by DAY in Riga: every local day with a zero day, the 23-hour DST day holding the ticket of 22:30 UTC the day before, and the totals', async () => {
    const result = await report({ groupBy: 'DAY' });
    expect(result.rows).toEqual([
      row(
        '2026-03-27',
        '2026-03-27',
        {
          created: 1,
          resolved: 1,
          agentReplies: 2,
          avgFirstResponseSeconds: (600 + 604_800) / 2,
          medianFirstResponseSeconds: (600 + 604_800) / 2,
          avgResolutionSeconds: 3_600,
          medianResolutionSeconds: 3_600,
          slaMet: 1,
          slaComplianceRate: 1,
          firstContactResolved: 1,
          firstContactResolutionRate: 1,
        },
        '2026-03-26T22:00:00.000Z',
      ),
      row('2026-03-28', '2026-03-28', {}, '2026-03-27T22:00:00.000Z'),
      row(
        '2026-03-29',
        '2026-03-29',
        {
          created: 1,
          resolved: 2,
          reopened: 1,
          agentReplies: 2,
          avgFirstResponseSeconds: 27_000,
          medianFirstResponseSeconds: 27_000,
          avgResolutionSeconds: (30_600 + 41_400) / 2,
          medianResolutionSeconds: (30_600 + 41_400) / 2,
          slaBreached: 1,
          slaComplianceRate: 0,
          firstContactResolutionRate: 0,
        },
        '2026-03-28T22:00:00.000Z',
      ),
      // After the switch: local midnight is 21:00 UTC.
      row(
        '2026-03-30',
        '2026-03-30',
        { created: 1, resolved: 2, reopened: 1, avgResolutionSeconds: (127_800 + 450_000) / 2, medianResolutionSeconds: (127_800 + 450_000) / 2, firstContactResolutionRate: 0 },
        '2026-03-29T21:00:00.000Z',
      ),
    ]);
    expect(result.totals).toEqual(TOTALS);
  });

  it('by WEEK: weeks start on Monday (23 and 30 March), keyed by their local start', async () => {
    const result = await report({ groupBy: 'WEEK' });
    expect(result.rows).toEqual([
      row(
        '2026-03-23',
        '2026-03-23',
        {
          created: 2,
          resolved: 3,
          reopened: 1,
          agentReplies: 4,
          avgFirstResponseSeconds: (600 + 604_800 + 27_000) / 3,
          medianFirstResponseSeconds: 27_000,
          avgResolutionSeconds: (3_600 + 30_600 + 41_400) / 3,
          medianResolutionSeconds: 30_600,
          slaMet: 1,
          slaBreached: 1,
          slaComplianceRate: 0.5,
          firstContactResolved: 1,
          firstContactResolutionRate: 1 / 3,
        },
        '2026-03-22T22:00:00.000Z',
      ),
      row(
        '2026-03-30',
        '2026-03-30',
        { created: 1, resolved: 2, reopened: 1, avgResolutionSeconds: (127_800 + 450_000) / 2, medianResolutionSeconds: (127_800 + 450_000) / 2, firstContactResolutionRate: 0 },
        '2026-03-29T21:00:00.000Z',
      ),
    ]);
    expect(result.totals).toEqual(TOTALS);
  });

  it('by MONTH: one row, the same as the totals', async () => {
    const result = await report({ groupBy: 'MONTH' });
    expect(result.rows).toEqual([{ ...TOTALS, key: '2026-03-01', label: '2026-03-01', bucketStart: '2026-02-28T22:00:00.000Z' }]);
    expect(result.totals).toEqual(TOTALS);
  });

  it("by AGENT: tickets by their assignee, replies by who wrote them, by name, the unassigned last", async () => {
    const result = await report({ groupBy: 'AGENT' });
    expect(result.rows).toEqual([
      row(ids.alice, 'Alice', { ...ALICE_TICKETS, agentReplies: 3 }),
      row(ids.bob, 'Bob', { ...BOB_TICKETS, agentReplies: 1 }),
      row('none', 'No agent', T3_AND_T8),
    ]);
    expect(result.totals).toEqual(TOTALS);
  });

  it("by DEPARTMENT: replies by their ticket's department", async () => {
    const result = await report({ groupBy: 'DEPARTMENT' });
    expect(result.rows).toEqual([
      row(ids.billing, 'Billing', { ...ALICE_TICKETS, agentReplies: 2 }),
      row(ids.support, 'Support', { ...BOB_TICKETS, agentReplies: 2 }),
      row('none', 'No department', T3_AND_T8),
    ]);
    expect(result.totals).toEqual(TOTALS);
  });

  it('by CHANNEL and by PRIORITY, in label order', async () => {
    const phoneReply = { agentReplies: 1, avgFirstResponseSeconds: 604_800, medianFirstResponseSeconds: 604_800 };
    const t1 = {
      created: 1,
      resolved: 1,
      agentReplies: 1,
      avgFirstResponseSeconds: 600,
      medianFirstResponseSeconds: 600,
      avgResolutionSeconds: 3_600,
      medianResolutionSeconds: 3_600,
      slaMet: 1,
      slaComplianceRate: 1,
      firstContactResolved: 1,
      firstContactResolutionRate: 1,
    };
    const byChannel = await report({ groupBy: 'CHANNEL' });
    expect(byChannel.rows).toEqual([
      row('API', 'API', T8),
      row('CHAT', 'CHAT', { ...BOB_TICKETS, agentReplies: 2 }),
      row('EMAIL', 'EMAIL', { ...t1, created: 2 }),
      row('PHONE', 'PHONE', phoneReply),
    ]);
    expect(byChannel.totals).toEqual(TOTALS);
    const byPriority = await report({ groupBy: 'PRIORITY' });
    expect(byPriority.rows).toEqual([
      row('CRITICAL', 'CRITICAL', phoneReply),
      row('HIGH', 'HIGH', t1),
      row('LOW', 'LOW', { ...BOB_TICKETS, agentReplies: 2 }),
      row('MEDIUM', 'MEDIUM', T3_AND_T8),
    ]);
    expect(byPriority.totals).toEqual(TOTALS);
  });

  it("filters by the ticket's current department, assignee (replies: their author) and channel", async () => {
    const billing = await report({ groupBy: 'MONTH', departmentId: ids.billing });
    expect(billing.totals).toEqual(row('total', 'Total', { ...ALICE_TICKETS, agentReplies: 2 }));
    // T4 was ANSWERED at the end; T7 RESOLVED.
    expect(billing.backlogAtEnd).toBe(1);

    const alice = await report({ groupBy: 'AGENT', agentId: ids.alice });
    expect(alice.rows).toEqual([row(ids.alice, 'Alice', { ...ALICE_TICKETS, agentReplies: 3 })]);
    expect(alice.totals).toEqual(row('total', 'Total', { ...ALICE_TICKETS, agentReplies: 3 }));
    expect(alice.backlogAtEnd).toBe(1);

    const chat = await report({ groupBy: 'DAY', channel: 'CHAT' });
    expect(chat.totals).toEqual(row('total', 'Total', { ...BOB_TICKETS, agentReplies: 2 }));
    expect(chat.rows.map((day: { created: number }) => day.created)).toEqual([0, 0, 1, 0]);
    expect(chat.backlogAtEnd).toBe(0);
  });

  it('counts the backlog at a past end from the status history, and at a future end as it is now', async () => {
    // At the end: T3 and T6 NEW, T4 ANSWERED; T7 was RESOLVED then (reopened since), T5 did not exist.
    expect((await report({ groupBy: 'MONTH' })).backlogAtEnd).toBe(3);
    // Now: T3 NEW, T5 and T7 OPEN, T6 ANSWERED.
    expect((await report({ groupBy: 'MONTH', to: '2030-01-01T00:00:00.000Z' })).backlogAtEnd).toBe(4);
    // Before anything happened.
    expect((await report({ groupBy: 'MONTH', from: '2026-01-01T00:00:00.000Z', to: '2026-01-02T00:00:00.000Z' })).backlogAtEnd).toBe(0);
  });

  it('gives an empty period (from = to) no rows, zero totals', async () => {
    const result = await report({ groupBy: 'DAY', to: PERIOD.from });
    expect(result.rows).toEqual([]);
    expect(result.totals).toEqual(row('total', 'Total', {}));
  });

  it('computes only the metrics asked for: the others read as zero', async () => {
    const { ticketReport } = await t.data(CREATED_ONLY, { input: { ...PERIOD, groupBy: 'DAY' } as never }, t.ownerToken);
    expect(ticketReport.rows.map((day: { created: number }) => day.created)).toEqual([1, 0, 1, 1]);
    expect(ticketReport.totals.created).toBe(3);
    expect(ticketReport.rows[0]).toMatchObject({ resolved: 1, agentReplies: 2 });
  });

  it('refuses from after to, an unknown zone and more than 1,000 day buckets with BAD_USER_INPUT naming the field', async () => {
    expect(await refusal({ groupBy: 'DAY', from: PERIOD.to, to: PERIOD.from })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    expect(await refusal({ groupBy: 'DAY', timezone: 'Mars/Olympus_Mons' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timezone' });
    const longAgo = { from: '2020-01-01T00:00:00.000Z', to: '2022-09-28T00:00:00.000Z' };
    expect(await refusal({ groupBy: 'DAY', ...longAgo })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect((await report({ groupBy: 'MONTH', ...longAgo })).rows).toHaveLength(33);
    expect(await refusal({ groupBy: 'DAY', departmentId: ids.alice })).toMatchObject({ code: 'NOT_FOUND', field: 'departmentId' });
  });
});

describe('agentWorkload, as owner', () => {
  it("gives each agent's open and waiting tickets now and replies in the period", async () => {
    const { agentWorkload } = await t.data(WORKLOAD, { input: { from: PERIOD.from, to: PERIOD.to } }, t.ownerToken);
    const ours = agentWorkload.filter((load: { agent: { id: string } }) => load.agent.id === ids.alice || load.agent.id === ids.bob);
    expect(ours).toEqual([
      { agent: { id: ids.alice, name: 'Alice' }, openTickets: 1, waitingOnCustomer: 0, replies: 3 },
      { agent: { id: ids.bob, name: 'Bob' }, openTickets: 2, waitingOnCustomer: 1, replies: 1 },
    ]);
  });
});

describe('as agent', () => {
  it('is refused ticketReport and agentWorkload with FORBIDDEN', async () => {
    expect(await refusal({ groupBy: 'DAY' }, agentToken)).toMatchObject({ code: 'FORBIDDEN' });
    const { body } = await t.request(WORKLOAD, { input: { from: PERIOD.from, to: PERIOD.to } }, agentToken);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
