import type { BenchTicketStateFragment, TicketPriority } from '../gql/graphql';
import { CREATE_AGENT, CREATE_DEPARTMENT, CREATE_TICKET, CUSTOMER_MESSAGE, LOGIN, REPLY } from './documents';
import { GraphQLHttp } from '../common/graphql-http';
import type { PoolTicket } from './protocol';

export const BENCH_AGENT = { name: 'Bench Agent', email: 'bench-agent@bench.local', password: 'bench-agent-password' } as const;

export interface SetupResult {
  departmentId: string;
  /** The agent every socket and every change runs as. */
  agentToken: string;
  subscriberDescription: string;
  /** The tickets the changes work on first: the CRITICAL and HIGH ones, near the top of the queue. */
  preferred: PoolTicket[];
  /** The other tickets, for when every preferred one is busy. */
  reserve: PoolTicket[];
  ticketCount: number;
}

/** Priorities down the created tickets: a few CRITICAL on top, then HIGH, MEDIUM and LOW. */
function priorityOf(index: number, count: number): TicketPriority {
  const share = index / count;
  return share < 0.06 ? 'CRITICAL' : share < 0.2 ? 'HIGH' : share < 0.6 ? 'MEDIUM' : 'LOW';
}

async function inParallel<T>(count: number, concurrency: number, work: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const index = next++;
        results[index] = await work(index);
      }
    }),
  );
  return results;
}

const toPool = (state: BenchTicketStateFragment): PoolTicket => ({
  id: state.id,
  version: state.version,
  status: state.status,
  priority: state.priority,
  eventCount: state.events?.totalCount ?? 0,
});

/**
 * As the owner: one department, one AGENT with access DEPARTMENTS to it (every subscriber is
 * this agent, so all share one visibility), and `ticketCount` tickets in the department, NEW,
 * every third made OPEN (an agent reply, then a customer message).
 */
export async function setUpHelpDesk(httpUrl: string, owner: { email: string; password: string }, ticketCount: number): Promise<SetupResult> {
  const anonymous = new GraphQLHttp(httpUrl);
  const ownerToken = (await anonymous.data(LOGIN, { input: owner })).login.token;
  const asOwner = anonymous.withToken(ownerToken);
  const department = (await asOwner.data(CREATE_DEPARTMENT, { input: { name: 'Bench live', description: 'npm run bench:live' } })).createDepartment.department;
  await asOwner.data(CREATE_AGENT, {
    input: { ...BENCH_AGENT, role: 'AGENT', ticketAccess: 'DEPARTMENTS', departmentIds: [department.id] },
  });
  const agentToken = (await anonymous.data(LOGIN, { input: { email: BENCH_AGENT.email, password: BENCH_AGENT.password } })).login.token;
  const asAgent = anonymous.withToken(agentToken);

  const tickets = await inParallel(ticketCount, 6, async (index) => {
    const priority = priorityOf(index, ticketCount);
    let state = (
      await asAgent.data(CREATE_TICKET, {
        input: {
          subject: `Bench ticket ${index + 1}: the printer on floor ${(index % 7) + 1} is ${priority.toLowerCase()}ly broken`,
          body: 'It stopped printing after the last update and shows a blinking orange light.',
          contact: { name: `Customer ${index % 50}`, email: `customer-${index % 50}@bench.local` },
          channel: 'EMAIL',
          priority,
          departmentId: department.id,
        },
      })
    ).createTicket.ticket;
    if (index % 3 === 1) {
      await asAgent.data(REPLY, { input: { ticketId: state.id, body: 'Have you tried turning it off and on again?' } });
      state = (await asAgent.data(CUSTOMER_MESSAGE, { input: { ticketId: state.id, body: 'Yes. Still broken.' } })).addCustomerMessage.ticket;
    }
    return state;
  });

  return {
    departmentId: department.id,
    agentToken,
    subscriberDescription: `${BENCH_AGENT.email}: one AGENT with ticketAccess DEPARTMENTS on the one department (every socket, every change, every truth query)`,
    preferred: tickets.filter((t) => t.priority === 'CRITICAL' || t.priority === 'HIGH').map(toPool),
    reserve: tickets.filter((t) => t.priority !== 'CRITICAL' && t.priority !== 'HIGH').map(toPool),
    ticketCount: tickets.length,
  };
}
