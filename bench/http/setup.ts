import { Client } from 'pg';
import { keyOf } from '../../src/common/global-id';
import { GraphQLHttp } from '../common/graphql-http';
import {
  CREATE_DEPARTMENT,
  DEPARTMENTS,
  LOGIN,
  QUEUE_HEAD,
  VIEWER_DEPARTMENTS,
  type CreateDepartmentResult,
  type DepartmentsResult,
  type LoginResult,
  type QueueHeadResult,
  type ViewerDepartmentsResult,
} from './documents';

/** The accounts `npm run bench:data` makes (bench/README.md), all with one password. */
export const BENCH_PASSWORD = 'bench-password-1';
export const ADMIN_EMAIL = 'admin@bench.local';
export const DEPARTMENTS_AGENT_EMAIL = 'agent-001@bench.local';
const ASSIGNED_ONLY_AGENT_EMAILS = Array.from({ length: 20 }, (_, i) => `agent-${String(181 + i).padStart(3, '0')}@bench.local`);

/** Fewer tickets than this: not a database bench:data made, or one it did not finish. */
const MINIMUM_TICKETS = 1000;
/**
 * Where the write scenario's tickets go: a department of their own, made on first use, so that
 * the thousands of NEW tickets a run creates never lengthen the queue the next run measures.
 */
export const WRITE_DEPARTMENT_NAME = 'Bench writes';
/** Queued tickets the replyToTicket scenario cycles over: enough that two connections rarely reply to one ticket at once. */
const REPLY_TICKETS = 100;

export class MissingDataError extends Error {}

/** The bench database's ticket count; refuses a database that is missing or nearly empty. */
export async function countTickets(databaseUrl: string, databaseName: string): Promise<number> {
  const hint = `run \`npm run bench:data -- --tickets 1000000\` first (or pass --database NAME)`;
  const client = new Client({ connectionString: databaseUrl });
  try {
    await client.connect();
  } catch (error) {
    if ((error as { code?: string }).code === '3D000') throw new MissingDataError(`the database ${databaseName} does not exist: ${hint}`);
    throw error;
  }
  try {
    const { rows } = await client.query<{ tickets: number | null }>(`select case when to_regclass('ticket') is null then null else (select count(*)::int from ticket) end as tickets`);
    const tickets = rows[0]?.tickets ?? null;
    if (tickets === null) throw new MissingDataError(`the database ${databaseName} has no ticket table: ${hint}`);
    if (tickets < MINIMUM_TICKETS) throw new MissingDataError(`the database ${databaseName} holds only ${tickets} tickets: ${hint}`);
    return tickets;
  } finally {
    await client.end();
  }
}

export interface Caller {
  email: string;
  token: string;
}

/** Who loads what, and the ids the scenarios need. */
export interface BenchSetup {
  admin: Caller & { agentKey: string };
  /** The write scenario's own department (WRITE_DEPARTMENT_NAME). */
  writeDepartment: { id: string; key: string };
  departmentsAgent: Caller & { agentKey: string; departmentKeys: string[] };
  /** The ASSIGNED_ONLY agent with the most queued tickets in `department`. */
  assignedOnlyAgent: Caller & { queued: number };
  department: { id: string; key: string; name: string; queueLength: number };
  /** Queued tickets of the department, for replyToTicket. */
  replyTicketIds: string[];
  /** A contact of the department's tickets, for the raw baseline's inserts. */
  contactKey: string;
}

function rawKey(globalId: string, type: string): string {
  const key = keyOf(globalId, type);
  if (!key) throw new Error(`${globalId} is not a ${type} id`);
  return key;
}

async function login(anonymous: GraphQLHttp, email: string): Promise<Caller> {
  try {
    return { email, token: (await anonymous.text<LoginResult>(LOGIN, { input: { email, password: BENCH_PASSWORD } })).login.token };
  } catch (error) {
    throw new MissingDataError(`cannot log in as ${email} (${error instanceof Error ? error.message : String(error)}): is this a database made by npm run bench:data?`);
  }
}

async function findOrCreateDepartment(asAdmin: GraphQLHttp, name: string): Promise<{ id: string }> {
  const existing = (await asAdmin.text<DepartmentsResult>(DEPARTMENTS, {})).departments.find((department) => department.name === name);
  return existing ?? (await asAdmin.text<CreateDepartmentResult>(CREATE_DEPARTMENT, { input: { name } })).createDepartment.department;
}

/**
 * Logs the callers in and picks the department: the DEPARTMENTS agent's department with the
 * most queued tickets, and the ASSIGNED_ONLY agent with the most queued tickets there.
 */
export async function prepareCallers(graphqlUrl: string): Promise<BenchSetup> {
  const anonymous = new GraphQLHttp(graphqlUrl);
  const agent = await login(anonymous, DEPARTMENTS_AGENT_EMAIL);
  const asAgent = anonymous.withToken(agent.token);
  const viewer = (await asAgent.text<ViewerDepartmentsResult>(VIEWER_DEPARTMENTS, {})).viewer.agent;
  if (!viewer || viewer.ticketAccess !== 'DEPARTMENTS') throw new MissingDataError(`${DEPARTMENTS_AGENT_EMAIL} is not an agent with ticketAccess DEPARTMENTS`);
  const department = [...viewer.departments].sort((a, b) => b.queueLength - a.queueLength)[0];
  if (!department || department.queueLength === 0) throw new MissingDataError(`${DEPARTMENTS_AGENT_EMAIL} has no department with queued tickets`);

  const queued = async (caller: Caller, first: number) =>
    (await anonymous.withToken(caller.token).text<QueueHeadResult>(QUEUE_HEAD, { departmentId: department.id, first })).queue;
  const assignedOnly = await Promise.all(ASSIGNED_ONLY_AGENT_EMAILS.map((email) => login(anonymous, email)));
  const counts = await Promise.all(assignedOnly.map(async (caller) => ({ ...caller, queued: (await queued(caller, 1)).totalCount })));
  const assignedOnlyAgent = counts.sort((a, b) => b.queued - a.queued)[0] as Caller & { queued: number };

  const head = await queued(agent, REPLY_TICKETS);
  const contactId = head.edges[0]?.node.contact.id as string;
  const admin = await login(anonymous, ADMIN_EMAIL);
  const asAdmin = anonymous.withToken(admin.token);
  const adminId = (await asAdmin.text<ViewerDepartmentsResult>(VIEWER_DEPARTMENTS, {})).viewer.agent?.id as string;
  const writeDepartment = await findOrCreateDepartment(asAdmin, WRITE_DEPARTMENT_NAME);
  return {
    admin: { ...admin, agentKey: rawKey(adminId, 'Agent') },
    writeDepartment: { id: writeDepartment.id, key: rawKey(writeDepartment.id, 'Department') },
    departmentsAgent: { ...agent, agentKey: rawKey(viewer.id, 'Agent'), departmentKeys: viewer.departments.map((d) => rawKey(d.id, 'Department')) },
    assignedOnlyAgent,
    department: { ...department, key: rawKey(department.id, 'Department') },
    replyTicketIds: head.edges.map((edge) => edge.node.id),
    contactKey: rawKey(contactId, 'Contact'),
  };
}
