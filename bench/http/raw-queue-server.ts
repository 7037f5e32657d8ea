/**
 * The raw baseline of `npm run bench`: a bare `node:http` server and a `pg` Pool as large as the
 * product's, answering what the product answers with one hand-written SQL statement per request
 * and nothing else: no GraphQL, no token, no ORM. The caller's identity comes in the body.
 *
 *   POST /queue   {"agentId", "departmentIds", "departmentId", "first"} (raw uuids): the
 *                 department's queue page as that DEPARTMENTS agent sees it, in the product's JSON
 *   POST /tickets {"actorId", "departmentId", "contactId", "subject"}: a NEW ticket and its
 *                 CREATED audit row, in one statement
 *
 * Usage: node raw-queue-server.js <port> <database url>; prints "ready" once listening.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { toGlobalId } from '../../src/common/global-id';
import { encodeCursor } from '../../src/common/pagination';
import { initialSla } from '../../src/modules/slas/sla-record';
import { generateTicketCode } from '../../src/modules/tickets/ticket-code';
import { priorityOfRank } from '../../src/modules/tickets/ticket-priority';

/** The product's pool size: openDatabase's default (src/db/orm.ts), which src/app.ts keeps. */
export const PRODUCT_POOL_SIZE = 10;

/*
 * The page of one of the agent's own departments, where a DEPARTMENTS agent sees every ticket
 * (the handler refuses any other department), in the queue's order written exactly as the
 * queue indexes are (so that the planner reads one of them in order), one row more than asked
 * for, with the total alongside.
 */
const QUEUE_PAGE_SQL = `
select t.id, t.code, t.subject, t.status, t.priority, t.tags,
       t.sla_next_due_at, t.waiting_since, t.created_at,
       t.sla_policy_id is not null and t.sla->'targets' <> 'null'::jsonb as has_sla,
       coalesce(c.name, c.visitor_id) as contact_display_name,
       a.name as assignee_name,
       last_message.preview as last_message_preview,
       (select count(*)::int from ticket q where q.status in ('NEW', 'OPEN') and q.department_id = $1) as total_count
  from ticket t
  join contact c on c.id = t.contact_id
  left join agent a on a.id = t.assignee_id
  left join lateral (
    select left(btrim(regexp_replace(m.body, '\\s+', ' ', 'g'), ' '), 120) as preview
      from message m where m.ticket_id = t.id
     order by m.id desc limit 1
  ) last_message on true
 where t.status in ('NEW', 'OPEN') and t.department_id = $1
 order by coalesce(t.sla_next_due_at, 'infinity'::timestamptz), (5 - t.priority),
          coalesce(t.waiting_since, 'infinity'::timestamptz), t.created_at, t.id
 limit $2`;

// At the policies' current generation, as the product writes it: a ticket of an older one is the
// SLA recomputation job's work, which a server started on this database would do before serving.
const CREATE_TICKET_SQL = `
with created as (
  insert into ticket (id, code, subject, status, priority, channel, department_id, contact_id, tags, created_at, updated_at, version, sla, sla_generation)
  values (gen_random_uuid(), $1, $2, 'NEW', 2, 'API', $3, $4, '{}', $5, $5, 1, $6,
          coalesce((select value::int from app_setting where key = 'sla_generation'), 0))
  returning id, created_at
)
insert into ticket_event (ticket_id, kind, actor_id, created_at)
select id, 'CREATED', $7, created_at from created
returning ticket_id`;

interface QueueRow {
  id: string;
  code: string;
  subject: string;
  status: string;
  priority: number;
  tags: string[];
  sla_next_due_at: Date | null;
  waiting_since: Date | null;
  created_at: Date;
  has_sla: boolean;
  contact_display_name: string;
  assignee_name: string | null;
  last_message_preview: string | null;
  total_count: number;
}

const isoOrInfinity = (date: Date | null) => (date ? date.toISOString() : 'infinity');

/** The product's cursor: the queue's sort key values of the row (src/modules/tickets/ticket-query.ts). */
const cursorOf = (row: QueueRow) =>
  encodeCursor([isoOrInfinity(row.sla_next_due_at), 5 - row.priority, isoOrInfinity(row.waiting_since), row.created_at.toISOString(), row.id]);

function queueAnswer(rows: QueueRow[], first: number, totalCount: number) {
  const edges = rows.slice(0, first).map((row) => ({
    cursor: cursorOf(row),
    node: {
      id: toGlobalId('Ticket', row.id),
      code: row.code,
      subject: row.subject,
      status: row.status,
      priority: priorityOfRank(row.priority),
      contact: { displayName: row.contact_display_name },
      assignee: row.assignee_name === null ? null : { name: row.assignee_name },
      tags: row.tags,
      sla: row.has_sla ? { nextDueAt: row.sla_next_due_at?.toISOString() ?? null } : null,
      lastMessage: row.last_message_preview === null ? null : { preview: row.last_message_preview },
    },
  }));
  return { data: { queue: { totalCount, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } } } };
}

async function readJson<T>(request: IncomingMessage): Promise<T> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as T;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

function main(): void {
  const [port, databaseUrl] = process.argv.slice(2);
  if (!port || !databaseUrl) throw new Error('usage: raw-queue-server <port> <database url>');
  const pool = new Pool({ connectionString: databaseUrl, max: PRODUCT_POOL_SIZE });

  const routes: Record<string, (request: IncomingMessage) => Promise<unknown>> = {
    '/queue': async (request) => {
      const input = await readJson<{ agentId: string; departmentIds: string[]; departmentId: string; first: number }>(request);
      if (!input.departmentIds.includes(input.departmentId)) throw new Error('the raw baseline serves only a department of the agent');
      const { rows } = await pool.query<QueueRow>(QUEUE_PAGE_SQL, [input.departmentId, input.first + 1]);
      return queueAnswer(rows, input.first, rows[0]?.total_count ?? 0);
    },
    '/tickets': async (request) => {
      const input = await readJson<{ actorId: string; departmentId: string; contactId: string; subject: string }>(request);
      const now = new Date();
      const { rows } = await pool.query<{ ticket_id: string }>(CREATE_TICKET_SQL, [
        generateTicketCode(),
        input.subject,
        input.departmentId,
        input.contactId,
        now,
        JSON.stringify(initialSla(now)),
        input.actorId,
      ]);
      return { data: { ticketId: rows[0]?.ticket_id } };
    },
  };

  const server = createServer((request, response) => {
    const route = request.method === 'POST' ? routes[request.url ?? ''] : undefined;
    if (!route) return send(response, 404, { error: 'not found' });
    route(request).then(
      (body) => send(response, 200, body),
      (error: unknown) => send(response, 500, { error: error instanceof Error ? error.message : String(error) }),
    );
  });
  server.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
  process.once('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
}

if (require.main === module) main();
