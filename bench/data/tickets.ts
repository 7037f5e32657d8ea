/**
 * The SQL that writes the bulk of the help desk inside PostgreSQL: one plan row per ticket
 * (every random choice of its life, drawn once), then contacts, tickets, messages and audit
 * events derived from the plan, so that all of them tell the same story. A ticket's life follows
 * TicketService: the customer's request (CREATED, SLA_APPLIED), an assignment, maybe an internal
 * note, then agent replies and customer messages in turn (MESSAGE_ADDED and STATUS_CHANGED with
 * the service's from/to values), maybe a resolution reopened by the customer (REOPENED), a
 * postponement, a resolution and a close (by the auto-close job 96 hours later, or by hand).
 */
import { READABLE_ALPHABET } from '../../src/common/readable-code';
import type { HelpDesk } from './help-desk';
import { DEPARTMENTS, DEPARTMENT_AGENTS, ENTERPRISE_DEPARTMENTS, VIP_GROUP } from './help-desk';
import * as words from './vocabulary';

export interface SqlStep {
  name: string;
  /** The table whose rows the step writes, counted after it. */
  table: string;
  sql: string;
  params: unknown[];
  /** Written by every lane at once, each taking the plan rows `p` whose number it owns (see {@link laneCondition}). */
  byLanes?: boolean;
}

/** Appended to a lane's copy of a step: the plan rows of lane `lane` of `lanes`. A ticket is written whole by one lane, so its rows keep their order. */
export const laneCondition = (lanes: number, lane: number) => ` where p.n % ${lanes} = ${lane}`;

/** Agents per department in the plan's arithmetic: agent `d + 20 * j` has department d at home. */
const HOME_AGENTS_PER_DEPARTMENT = DEPARTMENT_AGENTS / DEPARTMENTS;

/**
 * A number as a readable code of `length` characters, most significant last: a bijection of
 * 0..26^length-1, so distinct numbers give distinct codes. Multiplying by a number prime to 26
 * first spreads consecutive ones over the whole range, like random codes.
 */
function readable(numberSql: string, length: number, multiplier: number): string {
  const base = READABLE_ALPHABET.length;
  const scrambled = `((${numberSql})::bigint * ${multiplier} % ${base ** length})`;
  return Array.from({ length }, (_, digit) => `substr('${READABLE_ALPHABET}', (${scrambled} / ${base ** digit} % ${base})::int + 1, 1)`).join(' || ');
}

const pick = (arrayParam: string) => `(${arrayParam})[1 + floor(random() * cardinality(${arrayParam}))::int]`;

/** Functions the steps share; dropped with the staging tables. */
export const HELPERS = `
  create function bench_iso(at timestamptz) returns text language sql stable as
    $$ select to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;
  -- The instant of a ticket's j-th customer message or agent reply: evenly spread over its span.
  create function bench_at(created timestamptz, span interval, conv int, j int) returns timestamptz language sql stable as
    $$ select date_trunc('milliseconds', created + span * ((j - 1)::float8 / greatest(conv - 1, 1))) $$;
`;

export const STAGING_CLEANUP = `drop table if exists bench_contact, bench_policy, bench_plan, bench_breach; drop function if exists bench_iso, bench_at;`;

export function policyStep(desk: HelpDesk): SqlStep {
  const rows = desk.policies.flatMap((policy, index) =>
    [...policy.targets].map(([priority, targets]) => ({ number: index + 1, policy, priority, targets, weeklyHours: desk.weeklyHours[index]! })),
  );
  const rank = { LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 } as const;
  return {
    name: 'SLA targets (staging)',
    table: 'bench_policy',
    sql: `create unlogged table bench_policy as
      select * from unnest($1::int[], $2::smallint[], $3::uuid[], $4::text[], $5::text[], $6::jsonb[], $7::int[], $8::float8[])
        as t(policy, priority, id, name, timezone, targets, first_response_minutes, weekly_hours)`,
    params: [
      rows.map((row) => row.number),
      rows.map((row) => rank[row.priority]),
      rows.map((row) => row.policy.id),
      rows.map((row) => row.policy.name),
      rows.map((row) => row.policy.timezone),
      rows.map((row) => JSON.stringify(row.targets)),
      rows.map((row) => row.targets.firstResponseMinutes),
      rows.map((row) => row.weeklyHours),
    ],
  };
}

export function contactSteps(contacts: number, desk: HelpDesk, now: Date): SqlStep[] {
  return [
    {
      name: 'contacts (staging)',
      table: 'bench_contact',
      // 3 % VIP, then partners, resellers and the press; most contacts in no group.
      sql: `create unlogged table bench_contact as
        select n, gen_random_uuid() as id, $1::text[] as first_names, $2::text[] as last_names,
          case when g < 0.03 then 1 when g < 0.07 then 2 when g < 0.10 then 3 when g < 0.11 then 4 end as group_number
        from (select n, random() as g from generate_series(1, $3::int) n) drawn`,
      params: [words.FIRST_NAMES, words.LAST_NAMES, contacts],
    },
    {
      name: 'contacts',
      table: 'contact',
      sql: `insert into contact (id, name, visitor_id, group_id, created_at)
        select id, ${pick('first_names')} || ' ' || ${pick('last_names')}, 'V-' || ${readable('n', 6, 48_271)},
          ($1::uuid[])[group_number], date_trunc('milliseconds', $2::timestamptz - interval '731 days' + random() * interval '10 days')
        from bench_contact`,
      params: [desk.contactGroupIds, now],
    },
    {
      name: 'contact identities',
      table: 'contact_identity',
      // Every contact has an email; 30 % also a phone (normalised: digits only).
      sql: `insert into contact_identity (contact_id, kind, value)
        select c.id, 'EMAIL', lower(replace(c.name, ' ', '.')) || '.' || b.n || '@' || (array['example.com', 'mail.test', 'customer.example'])[1 + b.n % 3]
        from bench_contact b join contact c using (id)
        union all
        select id, 'PHONE', '447700' || lpad(n::text, 7, '0') from bench_contact where n % 10 < 3`,
      params: [],
    },
  ];
}

/**
 * One row per ticket with every choice of its life. Creation times: two years, denser recently
 * (age = 730 days × u^1.4), mostly in office hours, fewer at weekends. Whether a ticket is still
 * in the queue, waiting on the customer, postponed or done depends on its age, so old tickets are
 * closed and the queues hold recent ones (about 2,500 NEW and OPEN per department at 1M).
 */
export function planStep(tickets: number, contacts: number, now: Date): SqlStep {
  return {
    name: 'ticket plan (staging)',
    table: 'bench_plan',
    sql: `create unlogged table bench_plan as
      with created as materialized (
        select n, date_trunc('milliseconds', case when at > $1::timestamptz then at - interval '1 day' else at end) as created_at
        from (
          select n, day + case when r_hour < 0.85 then interval '7 hours' + interval '12 hours' * (r1 + r2) / 2 else interval '24 hours' * r1 end as at
          from (
            select n, random() as r_hour, random() as r1, random() as r2,
              case when extract(isodow from d) >= 6 and random() < 0.6 then d - interval '2 days' else d end as day
            from (select n, date_trunc('day', $1::timestamptz - interval '1 day' * 730 * power(random(), 1.4)) as d from generate_series(1, $2::int) n) days
          ) drawn
        ) times
      ),
      classed as materialized (
        select n, created_at, extract(epoch from $1::timestamptz - created_at) / 3600 as age_hours, r, random() as r_status, random() as r_conv
        from (select *, random() as r from created) c
      ),
      lives as materialized (
        select n, created_at, age_hours, lived.status, conv,
          -- one step of the conversation: 10 minutes to 14 hours, most of them short
          (conv - 1) * (interval '10 minutes' + interval '14 hours' * power(random(), 2)) as wanted_span,
          random() < 0.12 as has_note,
          lived.status in ('RESOLVED', 'CLOSED') and conv >= 4 and random() < 0.25 as reopened
        from (
          select *,
            case kind
              when 'QUEUE' then case when r_status < (case when age_hours < 48 then 0.5 else 0.3 end) then 'NEW' else 'OPEN' end
              when 'DONE' then case when age_hours < 97 then 'RESOLVED' else 'CLOSED' end
              else kind
            end as status
          from (
            select *,
              case
                when age_hours < 24 then case when r < 0.65 then 'QUEUE' when r < 0.85 then 'ANSWERED' when r < 0.87 then 'POSTPONED' else 'DONE' end
                when age_hours < 336 then case when r < 0.50 then 'QUEUE' when r < 0.70 then 'ANSWERED' when r < 0.73 then 'POSTPONED' else 'DONE' end
                when age_hours < 2160 then case when r < 0.10 then 'QUEUE' when r < 0.15 then 'ANSWERED' when r < 0.16 then 'POSTPONED' else 'DONE' end
                else case when r < 0.003 then 'QUEUE' else 'DONE' end
              end as kind
            from classed
          ) k
        ) lived
        cross join lateral (select case
          when lived.status = 'NEW' then 1
          when lived.status = 'OPEN' then case when r_conv < 0.8 then 3 else 5 end
          when lived.status = 'ANSWERED' then case when r_conv < 0.7 then 2 else 4 end
          when lived.status = 'POSTPONED' then 2
          else case when r_conv < 0.6 then 2 when r_conv < 0.92 then 4 else 6 end
        end as conv) c
      ),
      spans as materialized (
        select *, date_trunc('milliseconds', created_at + span) as last_at
        from (
          select *, case status
            when 'NEW' then interval '0'
            when 'RESOLVED' then least(greatest(wanted_span, $1::timestamptz - interval '95 hours' - created_at), ($1::timestamptz - created_at) * 0.9)
            when 'CLOSED' then least(wanted_span, ($1::timestamptz - interval '97 hours' - created_at) * 0.9)
            else least(wanted_span, ($1::timestamptz - created_at) * 0.8)
          end as span
          from lives
        ) s
      ),
      people as materialized (
        select *,
          coalesce(assignee, department + ${DEPARTMENTS} * floor(random() * ${HOME_AGENTS_PER_DEPARTMENT})::int) as agent,
          case when conv >= 2 then bench_at(created_at, span, conv, 2) - created_at else $1::timestamptz - created_at end as first_gap
        from (
          select s.*,
            case
              when status = 'NEW' and r_assign < 0.5 then null
              when r_assign < 0.08 then null
              when random() < 0.05 then ${DEPARTMENT_AGENTS} + 1 + floor(random() * ${DEPARTMENTS})::int
              else department + ${DEPARTMENTS} * floor(random() * ${HOME_AGENTS_PER_DEPARTMENT})::int
            end as assignee
          from (select *, 1 + floor(random() * ${DEPARTMENTS})::int as department, 1 + floor($3::int * power(random(), 1.5))::int as contact, random() as r_assign from spans) s
        ) a
      )
      -- The SLA policy, matched as matchPolicy does: VIP contacts, then phone and chat, then enterprise departments, then the rest.
      select f.*, case when group_number = ${VIP_GROUP} then 1 when channel in ('PHONE', 'CHAT') then 2 when department <= ${ENTERPRISE_DEPARTMENTS} then 3 else 4 end as policy
      from (
      select p.n, gen_random_uuid() as id, p.created_at, p.status, p.conv, p.span, p.last_at, p.has_note, p.reopened,
        p.department, b.id as contact_id, p.assignee, p.agent,
        case when r_channel < 0.55 then 'EMAIL' when r_channel < 0.75 then 'WEB_FORM' when r_channel < 0.85 then 'CHAT' when r_channel < 0.93 then 'PHONE' when r_channel < 0.97 then 'SOCIAL' else 'API' end as channel,
        case when r_priority < 0.20 then 1 when r_priority < 0.70 then 2 when r_priority < 0.92 then 3 else 4 end::smallint as priority,
        b.group_number,
        date_trunc('milliseconds', p.created_at + p.first_gap * 0.4) as assigned_at,
        date_trunc('milliseconds', p.created_at + p.first_gap * 0.7) as note_at,
        case when p.status = 'POSTPONED' then date_trunc('milliseconds', p.last_at + ($1::timestamptz - p.last_at) * (0.2 + 0.5 * random())) end as postponed_at,
        case when p.status = 'POSTPONED' then date_trunc('milliseconds', $1::timestamptz + interval '1 hour' + interval '14 days' * random()) end as postponed_until,
        p.status = 'CLOSED' and r_close < 0.2 as closed_by_agent,
        case when p.status = 'CLOSED' then date_trunc('milliseconds', p.last_at + case when r_close < 0.2 then interval '1 hour' + interval '47 hours' * random() else interval '96 hours' + interval '3 seconds' * random() end) end as closed_at
      from (select *, random() as r_channel, random() as r_priority, random() as r_close from people) p
      join bench_contact b on b.n = p.contact
      ) f`,
    params: [now, tickets, contacts],
  };
}

const at = (j: string) => `bench_at(p.created_at, p.span, p.conv, ${j})`;
/** The last customer message: the conversation alternates customer (odd) and agent (even). */
const LAST_CUSTOMER = `(case when p.conv % 2 = 1 then p.conv else p.conv - 1 end)`;

/**
 * The tickets, with their SLA as stored: the timeline from their messages and status changes for
 * every ticket, and for closed ones due times approximated in wall-clock time (business hours
 * scaled by hours per week) with a first-response breach when the first reply came after it.
 * Tickets that are not closed are evaluated exactly afterwards (see open-slas.ts).
 */
export function ticketStep(desk: HelpDesk, searchedSubjectShare: number): SqlStep {
  const code = readable('p.n', 9, 1_000_000_007);
  return {
    name: 'tickets',
    byLanes: true,
    table: 'ticket',
    sql: `insert into ticket (id, code, subject, status, priority, channel, department_id, assignee_id, contact_id, tags, waiting_since,
        postponed_until, first_responded_at, resolved_at, closed_at, created_at, updated_at, version,
        sla_next_due_at, sla_next_check_at, sla_policy_id, sla_generation, sla)
      select p.id, substr(c.code, 1, 3) || '-' || substr(c.code, 4, 3) || '-' || substr(c.code, 7, 3),
        ${pick('$2::text[]')} || ' ' || case when random() < $4 then $5 else ${pick('$3::text[]')} end,
        p.status, p.priority, p.channel, ($1::uuid[])[p.department], ($6::uuid[])[p.assignee], p.contact_id,
        (select coalesce(array_agg(distinct tag order by tag), '{}') from (select ${pick('$7::text[]')} as tag from generate_series(1, (power(random(), 1.3) * 3.6)::int + 0 * p.n)) drawn),
        case p.status when 'NEW' then p.created_at when 'OPEN' then p.last_at end,
        p.postponed_until,
        case when p.conv >= 2 then ${at('2')} end,
        case when p.status in ('RESOLVED', 'CLOSED') then p.last_at end,
        p.closed_at, p.created_at,
        greatest(p.last_at, case when p.assignee is not null then p.assigned_at end, case when p.has_note then p.note_at end, p.postponed_at, p.closed_at),
        1 + (p.assignee is not null)::int + p.has_note::int + (p.conv - 1) + (p.status in ('POSTPONED', 'CLOSED'))::int + (p.status = 'CLOSED' and s.breached)::int,
        null, null, s.id, $8::int,
        jsonb_build_object(
          'policyName', s.name, 'timezone', s.timezone, 'targets', s.targets,
          'firstResponseMetAt', case when p.conv >= 2 then bench_iso(${at('2')}) end,
          'nextResponseSince', case when p.conv >= 3 then bench_iso(${at(LAST_CUSTOMER)}) end,
          'nextResponseMetAt', case when p.conv >= 3 and ${LAST_CUSTOMER} < p.conv then bench_iso(${at(`${LAST_CUSTOMER} + 1`)}) end,
          'resolutionPeriods',
            (select jsonb_agg(jsonb_build_array(bench_iso(${at('2 * k - 1')}), case when 2 * k <= p.conv then bench_iso(${at('2 * k')}) end) order by k)
             from generate_series(1, (p.conv + 1) / 2) k)
            || case when p.status = 'POSTPONED' then jsonb_build_array(jsonb_build_array(bench_iso(p.postponed_at), null)) else '[]'::jsonb end,
          'breachedAt', case when p.status = 'CLOSED' and s.breached then jsonb_build_object('FIRST_RESPONSE', bench_iso(s.first_response_due)) else '{}'::jsonb end,
          'firstResponseDueAt', bench_iso(s.first_response_due), 'nextResponseDueAt', null, 'resolutionDueAt', null, 'paused', false)
      from bench_plan p
      cross join lateral (select ${code} as code) c
      cross join lateral (
        select b.*, due as first_response_due, p.conv >= 2 and ${at('2')} > due as breached
        from bench_policy b
        cross join lateral (select date_trunc('milliseconds', p.created_at + interval '1 minute' * b.first_response_minutes * 168 / b.weekly_hours) as due) d
        where b.policy = p.policy and b.priority = p.priority
      ) s`,
    params: [desk.departmentIds, words.SUBJECT_OPENINGS, words.SUBJECT_TOPICS, searchedSubjectShare, words.SEARCHED_SUBJECT_TOPIC, desk.agentIds, words.TAGS, desk.generation],
  };
}

/** The conversation: position 2 is the internal note when the ticket has one, between the request and the first reply. */
export function messageStep(desk: HelpDesk, searchedSentenceShare: number): SqlStep {
  return {
    name: 'messages',
    byLanes: true,
    table: 'message',
    sql: `insert into message (ticket_id, kind, body, author_agent_id, author_contact_id, created_at)
      select p.id, m.kind,
        case m.kind
          when 'CUSTOMER' then case when random() < $5 then $6 else ${pick('$2::text[]')} end || ' ' || ${pick('$2::text[]')} || case when random() < 0.5 then ' ' || ${pick('$2::text[]')} else '' end
          when 'AGENT_REPLY' then ${pick('$3::text[]')} || ' ' || ${pick('$3::text[]')}
          else ${pick('$4::text[]')}
        end,
        case when m.kind <> 'CUSTOMER' then ($1::uuid[])[p.agent] end,
        case when m.kind = 'CUSTOMER' then p.contact_id end,
        case when m.note then p.note_at else ${at('m.j')} end
      from bench_plan p
      cross join lateral generate_series(1, p.conv + p.has_note::int) position
      cross join lateral (select p.has_note and position = 2 as note, case when p.has_note and position >= 2 then position - 1 else position end as j) n
      cross join lateral (select n.note, n.j, case when n.note then 'INTERNAL_NOTE' when n.j % 2 = 1 then 'CUSTOMER' else 'AGENT_REPLY' end as kind) m`,
    params: [desk.agentIds, words.CUSTOMER_SENTENCES, words.AGENT_SENTENCES, words.NOTE_SENTENCES, searchedSentenceShare, words.SEARCHED_SENTENCE],
  };
}

/**
 * The audit trail, each ticket's events in time order (ids follow it, as the app's do). The SLA
 * breaches come from the stored SLA's breachedAt, written by the breach job at the instant the
 * clock ran out: by no actor, like SLA_APPLIED.
 */
export function eventStep(desk: HelpDesk): SqlStep {
  return {
    name: 'audit events',
    byLanes: true,
    table: 'ticket_event',
    sql: `insert into ticket_event (ticket_id, kind, actor_id, from_value, to_value, created_at)
      select p.id, e.kind, ($1::uuid[])[e.actor], e.from_value, e.to_value, e.at
      from bench_plan p
      join ticket t on t.id = p.id
      cross join lateral (
        select p.created_at as at, 1 as step, 'CREATED' as kind, case when p.channel in ('PHONE', 'API') then p.agent end as actor, null as from_value, 'NEW' as to_value
        union all select p.created_at, 2, 'SLA_APPLIED', null, null, t.sla ->> 'policyName'
        union all select p.assigned_at, 3, 'ASSIGNED', p.assignee, null, ($2::text[])[p.assignee] where p.assignee is not null
        union all select p.note_at, 4, 'NOTE_ADDED', p.agent, null, null where p.has_note
        union all select breach.value::timestamptz, 5, 'SLA_BREACHED', null, t.sla ->> 'policyName', breach.key from jsonb_each_text(t.sla -> 'breachedAt') breach
        union all
        select ${at('j')}, 10 * j + change.step, change.kind, change.actor, change.from_value, change.to_value
        from generate_series(2, p.conv) j
        cross join lateral (
          select case when j = 2 then 'NEW' when j = 3 and p.reopened then 'RESOLVED' when j % 2 = 0 then 'OPEN' else 'ANSWERED' end as before,
            case when j % 2 = 1 then 'OPEN' when (j = p.conv and p.status in ('RESOLVED', 'CLOSED')) or (j = 2 and p.reopened) then 'RESOLVED' else 'ANSWERED' end as after,
            case when j % 2 = 0 then p.agent end as author
        ) s
        cross join lateral (values
          (1, 'MESSAGE_ADDED', s.author, null, null),
          (2, 'REOPENED', null, s.before, s.after),
          (3, 'STATUS_CHANGED', s.author, s.before, s.after)
        ) change(step, kind, actor, from_value, to_value)
        where change.kind <> 'REOPENED' or s.before = 'RESOLVED'
        union all select p.postponed_at, 1000, 'STATUS_CHANGED', p.agent, 'ANSWERED', 'POSTPONED' where p.status = 'POSTPONED'
        union all select p.closed_at, 1001, 'STATUS_CHANGED', case when p.closed_by_agent then p.agent end, 'RESOLVED', 'CLOSED' where p.status = 'CLOSED'
        order by at, step
      ) e`,
    params: [desk.agentIds, desk.agentGlobalIds],
  };
}
