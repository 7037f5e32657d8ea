/**
 * The ticket report's SQL, built without a database: every statement the report service runs,
 * so a benchmark can run exactly the same SQL through plain `pg`. Each metric reads only the
 * rows of the period through an index range on its own instant (see the report indexes on
 * Ticket, TicketEvent and Message), and PostgreSQL aggregates them: no ticket reaches Node.
 */
import { Channel } from '../tickets/ticket.entity';
import { PRIORITY_RANK } from '../tickets/ticket-priority';
import { OPEN_STATUSES, TicketStatus } from '../tickets/ticket-status';

export enum ReportGrouping {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  AGENT = 'AGENT',
  DEPARTMENT = 'DEPARTMENT',
  CHANNEL = 'CHANNEL',
  PRIORITY = 'PRIORITY',
}

/** The groupings by local calendar period, with PostgreSQL's date_trunc unit (its weeks start on Monday). */
export const TIME_UNITS: Partial<Record<ReportGrouping, 'day' | 'week' | 'month'>> = {
  [ReportGrouping.DAY]: 'day',
  [ReportGrouping.WEEK]: 'week',
  [ReportGrouping.MONTH]: 'month',
};

/** Groups of metrics that share one pass over their rows; the report runs only the ones asked for. */
export enum ReportMetric {
  CREATED = 'CREATED',
  /** slaMet, slaBreached, slaComplianceRate */
  SLA = 'SLA',
  /** resolved, avg/medianResolutionSeconds */
  RESOLVED = 'RESOLVED',
  /** firstContactResolved, firstContactResolutionRate (with RESOLVED's count) */
  FIRST_CONTACT = 'FIRST_CONTACT',
  REOPENED = 'REOPENED',
  AGENT_REPLIES = 'AGENT_REPLIES',
  /** avg/medianFirstResponseSeconds */
  FIRST_RESPONSE = 'FIRST_RESPONSE',
}

export const ALL_METRICS: ReadonlySet<ReportMetric> = new Set(Object.values(ReportMetric));

/** A report request with its ids already turned into database keys and its zone checked. */
export interface ReportQueryInput {
  from: Date;
  /** Excluded. */
  to: Date;
  groupBy: ReportGrouping;
  /** IANA zone of the calendar buckets. */
  timezone: string;
  departmentId: string | null;
  agentId: string | null;
  channel: Channel | null;
  /** @default ALL_METRICS */
  metrics?: ReadonlySet<ReportMetric>;
}

/** One statement with PostgreSQL's numbered placeholders ($1, $2…), as `pg`'s `client.query(sql, params)` takes it. */
export interface SqlStatement {
  sql: string;
  params: unknown[];
}

/** The key of the row that holds the whole period's figures. */
export const TOTAL_KEY = '';
/** The key of the row of tickets without an assignee (AGENT) or department (DEPARTMENT). */
export const NONE_KEY = 'none';

const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');
const OPEN_LIST = quoted(OPEN_STATUSES);
const CLOSING_LIST = quoted([TicketStatus.RESOLVED, TicketStatus.CLOSED]);
const PRIORITY_NAME = `case t."priority" ${Object.entries(PRIORITY_RANK)
  .map(([name, rank]) => `when ${rank} then '${name}'`)
  .join(' ')} end`;

class Parameters {
  readonly values: unknown[] = [];

  bind(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}

/** What every statement of one report binds: each value once, each placeholder used as often as needed. */
function bound(input: ReportQueryInput, endOfBacklog: Date | null) {
  const parameters = new Parameters();
  const bind = <T>(value: T | null, type: string) => (value === null ? null : parameters.bind(value, type));
  return {
    parameters,
    from: parameters.bind(input.from.toISOString(), 'timestamptz'),
    to: parameters.bind(input.to.toISOString(), 'timestamptz'),
    zone: TIME_UNITS[input.groupBy] ? parameters.bind(input.timezone, 'text') : null,
    departmentId: bind(input.departmentId, 'uuid'),
    agentId: bind(input.agentId, 'uuid'),
    channel: bind(input.channel, 'text'),
    end: endOfBacklog === null ? null : parameters.bind(endOfBacklog.toISOString(), 'timestamptz'),
  };
}
type Bound = ReturnType<typeof bound>;

/**
 * How one metric's rows are read: from which tables (the ticket as `t`), the instant that puts a
 * row in the period and its bucket, what else a row must be, and the agent that groups and
 * filters it (the assignee, or for replies their author).
 */
interface Reading {
  tables: string;
  at: string;
  where: string;
  agentColumn: string;
}

const ASSIGNEE = 't."assignee_id"';
const onTicket = (column: string) => column === ASSIGNEE;

/**
 * The bucket's position among the buckets' start instants (a binary search per row: no zone
 * arithmetic), kept as text like the other groupings' keys.
 */
const BUCKET_POSITION = (at: string) => `width_bucket(${at}, (select array_agg(bucket_start order by n) from "buckets"))::text`;

/** The row's group: its calendar bucket, or the ticket's (or the reply's) own value. */
function groupKey(input: ReportQueryInput, reading: Reading): string {
  if (TIME_UNITS[input.groupBy]) return BUCKET_POSITION(reading.at);
  switch (input.groupBy) {
    case ReportGrouping.AGENT:
      return `coalesce(${reading.agentColumn}::text, '${NONE_KEY}')`;
    case ReportGrouping.DEPARTMENT:
      return `coalesce(t."department_id"::text, '${NONE_KEY}')`;
    case ReportGrouping.CHANNEL:
      return `t."channel"`;
    default:
      return PRIORITY_NAME;
  }
}

/** The filters on the ticket's current values (the agent one on the replying agent for replies). */
function filters(values: Bound, agentColumn: string): string {
  const conditions = [
    values.departmentId && `t."department_id" = ${values.departmentId}`,
    values.agentId && `${agentColumn} = ${values.agentId}`,
    values.channel && `t."channel" = ${values.channel}`,
  ];
  return conditions.map((condition) => (condition ? ` and ${condition}` : '')).join('');
}

/** Whether rows that are not tickets must join their ticket, for their group or a filter. */
function needsTicket(input: ReportQueryInput, values: Bound, agentColumn: string): boolean {
  const groupedByTicket = !TIME_UNITS[input.groupBy] && (input.groupBy !== ReportGrouping.AGENT || onTicket(agentColumn));
  return groupedByTicket || values.departmentId !== null || values.channel !== null || (values.agentId !== null && onTicket(agentColumn));
}

/** `table` as `alias`, joined to its ticket only when a group or filter needs it. */
const withTicketIfNeeded = (input: ReportQueryInput, values: Bound, table: string, alias: string, agentColumn: string) =>
  `"${table}" ${alias}${needsTicket(input, values, agentColumn) ? ` join "ticket" t on t."id" = ${alias}."ticket_id"` : ''}`;

/** The metric's rows of the period, with their group `k` and `columns`. */
function readRows(input: ReportQueryInput, values: Bound, reading: Reading, columns: string): string {
  const select = columns ? `, ${columns}` : '';
  const rest = `${reading.where ? ` and ${reading.where}` : ''}${filters(values, reading.agentColumn)}`;
  return `select ${groupKey(input, reading)} as k${select} from ${reading.tables} where ${reading.at} >= ${values.from} and ${reading.at} < ${values.to}${rest}`;
}

/**
 * One metric group's CTE: `aggregates` over its rows, per group and, as the row keyed
 * TOTAL_KEY, over the whole period (ROLLUP), so the totals' medians are the period's, not a
 * mix of the rows'.
 */
const aggregate = (name: string, aggregates: string, rows: string) =>
  `"${name}" as (select coalesce(k, '${TOTAL_KEY}') as k, ${aggregates} from (${rows}) as s group by rollup (k))`;

const seconds = (later: string, earlier: string) => `extract(epoch from ${later} - ${earlier})::float8`;
const averageAndMedian = (column: string, name: string) =>
  `avg(${column}) as "avg_${name}", percentile_cont(0.5) within group (order by ${column}) as "median_${name}"`;

/** Each metric group: its CTE and the report columns it gives, with their SQL type. */
interface MetricPart {
  metric: ReportMetric;
  name: string;
  cte: (input: ReportQueryInput, values: Bound) => string;
  columns: Array<{ name: string; type: 'int' | 'float8' }>;
}

const ticketsCreated: Reading = { tables: '"ticket" t', at: 't."created_at"', where: '', agentColumn: ASSIGNEE };

const createdPart: MetricPart = {
  metric: ReportMetric.CREATED,
  name: 'created',
  cte: (input, values) => aggregate('created', 'count(*)::int as "created"', readRows(input, values, ticketsCreated, '')),
  columns: [{ name: 'created', type: 'int' }],
};

const slaPart: MetricPart = {
  metric: ReportMetric.SLA,
  name: 'sla',
  cte: (input, values) =>
    aggregate(
      'sla',
      `(count(*) filter (where not breached))::int as "sla_met", (count(*) filter (where breached))::int as "sla_breached"`,
      // "Had targets" as Ticket.sla shows it: a policy gave the ticket targets for its priority.
      readRows(
        input,
        values,
        { ...ticketsCreated, where: `t."sla_policy_id" is not null and jsonb_typeof(t."sla" -> 'targets') = 'object'` },
        `coalesce(t."sla" -> 'breachedAt', '{}') not in ('{}', 'null') as breached`,
      ),
    ),
  columns: [
    { name: 'sla_met', type: 'int' },
    { name: 'sla_breached', type: 'int' },
  ],
};

/**
 * A resolution is first-contact when exactly one agent reply came before it and the ticket
 * was never reopened (up to now): then it is the ticket's only resolution.
 */
const FIRST_CONTACT = `((select count(*) from "message" r where r."ticket_id" = t."id" and r."kind" = 'AGENT_REPLY' and r."created_at" <= e."created_at") = 1
  and not exists (select from "ticket_event" o where o."ticket_id" = t."id" and o."kind" = 'REOPENED'))`;

const resolvedPart = (firstContact: boolean): MetricPart => ({
  metric: ReportMetric.RESOLVED,
  name: 'resolved',
  cte: (input, values) =>
    aggregate(
      'resolved',
      `count(*)::int as "resolved", ${averageAndMedian('seconds', 'resolution')}${firstContact ? `, (count(*) filter (where first_contact))::int as "first_contact_resolved"` : ''}`,
      readRows(
        input,
        values,
        {
          tables: '"ticket_event" e join "ticket" t on t."id" = e."ticket_id"',
          at: 'e."created_at"',
          where: `e."kind" = 'STATUS_CHANGED' and e."to_value" = '${TicketStatus.RESOLVED}'`,
          agentColumn: ASSIGNEE,
        },
        `${seconds('e."created_at"', 't."created_at"')} as seconds${firstContact ? `, ${FIRST_CONTACT} as first_contact` : ''}`,
      ),
    ),
  columns: [
    { name: 'resolved', type: 'int' },
    { name: 'avg_resolution', type: 'float8' },
    { name: 'median_resolution', type: 'float8' },
    ...(firstContact ? [{ name: 'first_contact_resolved', type: 'int' as const }] : []),
  ],
});

const reopenedPart: MetricPart = {
  metric: ReportMetric.REOPENED,
  name: 'reopened',
  cte: (input, values) =>
    aggregate(
      'reopened',
      'count(*)::int as "reopened"',
      readRows(
        input,
        values,
        {
          tables: withTicketIfNeeded(input, values, 'ticket_event', 'e', ASSIGNEE),
          at: 'e."created_at"',
          where: `e."kind" = 'STATUS_CHANGED' and e."from_value" in (${CLOSING_LIST}) and e."to_value" not in (${CLOSING_LIST})`,
          agentColumn: ASSIGNEE,
        },
        '',
      ),
    ),
  columns: [{ name: 'reopened', type: 'int' }],
};

const AUTHOR = 'm."author_agent_id"';

const agentRepliesPart: MetricPart = {
  metric: ReportMetric.AGENT_REPLIES,
  name: 'agent_replies',
  cte: (input, values) =>
    aggregate(
      'agent_replies',
      'count(*)::int as "agent_replies"',
      readRows(
        input,
        values,
        { tables: withTicketIfNeeded(input, values, 'message', 'm', AUTHOR), at: 'm."created_at"', where: `m."kind" = 'AGENT_REPLY'`, agentColumn: AUTHOR },
        '',
      ),
    ),
  columns: [{ name: 'agent_replies', type: 'int' }],
};

const firstResponsePart: MetricPart = {
  metric: ReportMetric.FIRST_RESPONSE,
  name: 'first_responses',
  cte: (input, values) =>
    aggregate(
      'first_responses',
      averageAndMedian('seconds', 'first_response'),
      readRows(
        input,
        values,
        { tables: '"ticket" t', at: 't."first_responded_at"', where: '', agentColumn: ASSIGNEE },
        `${seconds('t."first_responded_at"', 't."created_at"')} as seconds`,
      ),
    ),
  columns: [
    { name: 'avg_first_response', type: 'float8' },
    { name: 'median_first_response', type: 'float8' },
  ],
};

function metricParts(metrics: ReadonlySet<ReportMetric>): MetricPart[] {
  const firstContact = metrics.has(ReportMetric.FIRST_CONTACT);
  const wanted = (part: MetricPart) => metrics.has(part.metric) || (part.metric === ReportMetric.RESOLVED && firstContact);
  return [createdPart, slaPart, resolvedPart(firstContact), reopenedPart, agentRepliesPart, firstResponsePart].filter(wanted);
}

/** Every column a report row may have, in the order the statement gives them. */
const ALL_COLUMNS = [createdPart, slaPart, resolvedPart(true), reopenedPart, agentRepliesPart, firstResponsePart].flatMap((part) => part.columns);

/** Groupings by an object with a name, and the label of the row of tickets without one. */
const NAMED_GROUPS = new Map([
  [ReportGrouping.AGENT, { table: 'agent', none: 'No agent' }],
  [ReportGrouping.DEPARTMENT, { table: 'department', none: 'No department' }],
]);

/**
 * The rows' keys. Calendar groupings: every bucket from `from` to `to` (empty ones too, for
 * charts), numbered in order (the metrics' key), with its local start date and start instant.
 * Other groupings: the groups any metric found. Both with the totals' key.
 */
function keysAndLabels(input: ReportQueryInput, values: Bound) {
  const unit = TIME_UNITS[input.groupBy];
  if (unit) {
    const local = (instant: string) => `(${instant} at time zone ${values.zone})`;
    return {
      buckets: `"buckets" as (
  select b.n, to_char(b.local, 'YYYY-MM-DD') as day, b.local at time zone ${values.zone} as bucket_start
  from generate_series(date_trunc('${unit}', ${local(values.from)}), ${local(values.to)} - interval '1 microsecond', interval '1 ${unit}') with ordinality as b(local, n))`,
      keys: `"keys" as (select n::text as k, day, bucket_start from "buckets" union all select '${TOTAL_KEY}', '${TOTAL_KEY}', null)`,
      key: 'g.day',
      label: 'g.day',
      joins: '',
      order: 'g.bucket_start nulls first',
    };
  }
  const named = NAMED_GROUPS.get(input.groupBy);
  return {
    buckets: null,
    keys: `"keys" as (select k, null::timestamptz as bucket_start from (select k from "figures" union select '${TOTAL_KEY}') as found)`,
    key: 'g.k',
    label: named ? `case g.k when '${NONE_KEY}' then '${named.none}' when '${TOTAL_KEY}' then '' else n."name" end` : 'g.k',
    joins: named ? ` left join "${named.table}" n on n."id"::text = g.k` : '',
    // Groups by label; the row of tickets with no agent or department last.
    order: `g.k = '${NONE_KEY}', label, g.k`,
  };
}

/** The report's rows and totals (the row keyed TOTAL_KEY), in the rows' order. */
function rowsStatement(input: ReportQueryInput): SqlStatement {
  const values = bound(input, null);
  const parts = metricParts(input.metrics ?? ALL_METRICS);
  const keys = keysAndLabels(input, values);
  // One row per key and metric group, stacked (UNION ALL) then folded per key: the planner adds
  // the groups' row estimates instead of multiplying them, as joining them one by one would.
  const stacked = parts.map((part) => {
    const own = new Set(part.columns.map((column) => column.name));
    return `select k, ${ALL_COLUMNS.map(({ name, type }) => (own.has(name) ? `"${name}"` : `null::${type}`)).join(', ')} from "${part.name}"`;
  });
  const figures = `"figures" as (select k, ${ALL_COLUMNS.map(({ name }) => `max("${name}") as "${name}"`).join(', ')}
  from (${stacked.join(' union all ') || `select null::text as k, ${ALL_COLUMNS.map(({ type }) => `null::${type}`).join(', ')} where false`}) as stacked (k, ${ALL_COLUMNS.map(({ name }) => `"${name}"`).join(', ')})
  group by k)`;
  const columns = ALL_COLUMNS.map(({ name, type }) => (type === 'int' ? `coalesce(f."${name}", 0) as "${name}"` : `f."${name}"`));
  const ctes = [...(keys.buckets ? [keys.buckets] : []), ...parts.map((part) => part.cte(input, values)), figures, keys.keys];
  const sql = `with ${ctes.join(',\n')}
select ${keys.key} as "key", ${keys.label} as label, g.bucket_start as "bucket_start", ${columns.join(', ')}
from "keys" g${keys.joins} left join "figures" f on f.k = g.k
order by ${keys.order}`;
  return { sql, params: values.parameters.values };
}

/**
 * Tickets NEW, OPEN, ANSWERED or POSTPONED at `end` (the state after every change before it),
 * created before it, filtered by their current department, assignee and channel. A ticket with
 * no status change since `end` had its current status then, so only tickets changed since are
 * replayed (their last change before `end`, or NEW): cheap when `end` is recent.
 */
function backlogStatement(input: ReportQueryInput, end: Date): SqlStatement {
  const values = bound(input, end);
  const ticketFilters = `t."created_at" < ${values.end}${filters(values, ASSIGNEE)}`;
  const sql = `with "changed_since" as (
  select distinct e."ticket_id" from "ticket_event" e where e."kind" = 'STATUS_CHANGED' and e."created_at" >= ${values.end})
select (
  (select count(*) from "ticket" t where t."status" in (${OPEN_LIST}) and ${ticketFilters}
    and not exists (select from "changed_since" c where c."ticket_id" = t."id"))
  + (select count(*) from "changed_since" c join "ticket" t on t."id" = c."ticket_id" where ${ticketFilters}
    and coalesce((select e."to_value" from "ticket_event" e where e."ticket_id" = t."id" and e."kind" = 'STATUS_CHANGED' and e."created_at" < ${values.end}
      order by e."created_at" desc, e."id" desc limit 1), '${TicketStatus.NEW}') in (${OPEN_LIST}))
)::int as "backlog"`;
  // Only what the statement uses: pg refuses parameters a statement does not mention.
  return unusedDropped({ sql, params: values.parameters.values });
}

/** Renumbers a statement's placeholders densely, dropping values it never mentions. */
function unusedDropped(statement: SqlStatement): SqlStatement {
  const used = [...new Set([...statement.sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])))].sort((a, b) => a - b);
  const renumbered = new Map(used.map((old, index) => [old, index + 1]));
  return {
    sql: statement.sql.replace(/\$(\d+)/g, (_match, old: string) => `$${renumbered.get(Number(old))}`),
    params: used.map((old) => statement.params[old - 1]),
  };
}

export interface ReportStatements {
  /** Rows in order, then the totals keyed TOTAL_KEY; see ReportRowValues for the columns. */
  rows: SqlStatement;
  /** One row, one column: `backlog`. */
  backlog: SqlStatement;
}

/** Every statement of the report of `input`, asked at `now` (the backlog's end is min(to, now)). */
export function reportStatements(input: ReportQueryInput, now: Date): ReportStatements {
  const end = input.to.getTime() < now.getTime() ? input.to : now;
  return { rows: unusedDropped(rowsStatement(input)), backlog: backlogStatement(input, end) };
}

/**
 * Per active agent (by name): tickets assigned now that are NEW, OPEN, ANSWERED or POSTPONED,
 * the ANSWERED ones among them, and the agent replies it wrote in [from, to).
 */
export function agentWorkloadStatement(period: { from: Date; to: Date }): SqlStatement {
  const sql = `with "open_work" as (
  select t."assignee_id" as agent_id, count(*)::int as open_tickets, (count(*) filter (where t."status" = '${TicketStatus.ANSWERED}'))::int as waiting
  from "ticket" t where t."status" in (${OPEN_LIST}) and t."assignee_id" is not null group by t."assignee_id"),
"replies" as (
  select m."author_agent_id" as agent_id, count(*)::int as replies from "message" m
  where m."kind" = 'AGENT_REPLY' and m."created_at" >= $1::timestamptz and m."created_at" < $2::timestamptz and m."author_agent_id" is not null
  group by m."author_agent_id")
select a."id" as "agent_id", coalesce(o.open_tickets, 0) as "open_tickets", coalesce(o.waiting, 0) as "waiting_on_customer", coalesce(r.replies, 0) as "replies"
from "agent" a left join "open_work" o on o.agent_id = a."id" left join "replies" r on r.agent_id = a."id"
where a."active" order by a."name", a."id"`;
  return { sql, params: [period.from.toISOString(), period.to.toISOString()] };
}

/** A row as the rows statement gives it (pg returns float8 and int as numbers). */
export interface ReportRowValues {
  key: string;
  label: string;
  bucket_start: Date | string | null;
  created: number;
  sla_met: number;
  sla_breached: number;
  resolved: number;
  avg_resolution: number | null;
  median_resolution: number | null;
  first_contact_resolved: number;
  reopened: number;
  agent_replies: number;
  avg_first_response: number | null;
  median_first_response: number | null;
}

/**
 * The statement with `?` placeholders in order of appearance, as MikroORM's `em.execute` takes
 * it (the SQL has no other `?`: no jsonb `?` operators, no literals with one).
 */
export function withPositionalPlaceholders(statement: SqlStatement): SqlStatement {
  const params: unknown[] = [];
  const sql = statement.sql.replace(/\$(\d+)/g, (_match, position: string) => {
    params.push(statement.params[Number(position) - 1]);
    return '?';
  });
  return { sql, params };
}
