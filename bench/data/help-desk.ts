import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, TicketAccess } from '../../src/auth/roles';
import { toGlobalId } from '../../src/common/global-id';
import { Agent, AgentDepartment } from '../../src/modules/agents/agent.entity';
import { ContactGroup } from '../../src/modules/contacts/contact-group.entity';
import { Department } from '../../src/modules/departments/department.entity';
import { validateBusinessHours, Weekday, type BusinessHoursSpec } from '../../src/modules/slas/business-hours';
import { raiseGeneration } from '../../src/modules/slas/sla-catalog';
import { compilePolicy, type CompiledSlaPolicy } from '../../src/modules/slas/sla-policy-match';
import { SlaPolicy } from '../../src/modules/slas/sla-policy.entity';
import { Channel } from '../../src/modules/tickets/ticket.entity';
import { TicketPriority } from '../../src/modules/tickets/ticket-priority';
import { CONTACT_GROUPS, DEPARTMENT_NAMES, FIRST_NAMES, LAST_NAMES } from './vocabulary';

export const DEPARTMENTS = DEPARTMENT_NAMES.length;
export const AGENTS = 200;
/** Agents 1 to 180 work in departments; 181 to 200 see only the tickets assigned to them. */
export const DEPARTMENT_AGENTS = 180;
/** The SLA policy of the VIP contact group's tickets, open around the clock. */
export const VIP_GROUP = 1;
/** Departments 1 to 5 have the enterprise policy. */
export const ENTERPRISE_DEPARTMENTS = 5;

export const agentEmail = (number: number) => `agent-${String(number).padStart(3, '0')}@bench.local`;

/** Agent `number`'s departments (1-based): a home department, and a second one for every other agent. */
export function departmentsOfAgent(number: number): number[] {
  const home = ((number - 1) % DEPARTMENTS) + 1;
  return number % 2 === 0 ? [home, ((number - 1 + 7) % DEPARTMENTS) + 1] : [home];
}

/** What the SQL steps refer to by number: ids in creation order, 1-based in SQL. */
export interface HelpDesk {
  departmentIds: string[];
  agentIds: string[];
  agentGlobalIds: string[];
  contactGroupIds: string[];
  /** In the order SQL matches them: the first whose conditions a ticket meets applies. */
  policies: CompiledSlaPolicy[];
  /** Per policy, business hours per week: closed tickets' deadlines are approximated with it. */
  weeklyHours: number[];
  generation: number;
}

const WORKDAYS = [Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY];

function officeHours(timezone: string, start: string, end: string, now: Date): BusinessHoursSpec {
  const year = now.getUTCFullYear();
  const holidays = [year - 2, year - 1, year, year + 1].flatMap((y) => [`${y}-01-01`, `${y}-12-25`, `${y}-12-26`]);
  return validateBusinessHours({ timezone, intervals: WORKDAYS.map((day) => ({ day, start, end })), holidays });
}

const hoursPerWeek = (spec: BusinessHoursSpec | null): number =>
  spec === null
    ? 168
    : spec.intervals.reduce((sum, { start, end }) => sum + (Number(end.slice(0, 2)) * 60 + Number(end.slice(3)) - Number(start.slice(0, 2)) * 60 - Number(start.slice(3))) / 60, 0);

/** Minutes of first response, next response and resolution, by priority from CRITICAL down to LOW. */
function targets(rows: Array<[number, number, number | null]>): SlaPolicy['targets'] {
  const priorities = [TicketPriority.CRITICAL, TicketPriority.HIGH, TicketPriority.MEDIUM, TicketPriority.LOW];
  return rows.map(([firstResponseMinutes, nextResponseMinutes, resolutionMinutes], index) => ({
    priority: priorities[index] as TicketPriority,
    firstResponseMinutes,
    nextResponseMinutes,
    resolutionMinutes,
  }));
}

/**
 * Departments, agents, contact groups and SLA policies, through the application's entities: few
 * rows, written exactly as the application writes them. Every account gets `passwordHash`.
 */
export async function createHelpDesk(em: EntityManager, passwordHash: string, now: Date): Promise<HelpDesk> {
  return em.transactional(async (tx) => {
    const departments = DEPARTMENT_NAMES.map((name) => new Department(name, `Tickets about ${name.toLowerCase()}`));
    const groups = CONTACT_GROUPS.map((name) => new ContactGroup(name));
    const account = (name: string, email: string, role: Role, ticketAccess: TicketAccess) => new Agent({ name, email, passwordHash, role, ticketAccess });
    const agents = Array.from({ length: AGENTS }, (_, index) => {
      const number = index + 1;
      const name = `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length]}`;
      return account(name, agentEmail(number), Role.AGENT, number <= DEPARTMENT_AGENTS ? TicketAccess.DEPARTMENTS : TicketAccess.ASSIGNED_ONLY);
    });
    tx.persist([
      ...departments,
      ...groups,
      account('Bench Owner', 'owner@bench.local', Role.OWNER, TicketAccess.DEPARTMENTS),
      account('Bench Admin', 'admin@bench.local', Role.ADMIN, TicketAccess.DEPARTMENTS),
      ...agents,
    ]);
    agents.forEach((agent, index) => {
      if (index < DEPARTMENT_AGENTS) for (const department of departmentsOfAgent(index + 1)) tx.persist(new AgentDepartment(agent, departments[department - 1]!));
    });

    const policy = (name: string, rank: number, hours: BusinessHoursSpec | null, rows: Array<[number, number, number | null]>, conditions: Partial<Pick<SlaPolicy, 'departmentIds' | 'contactGroupIds' | 'channels'>>) => {
      const created = new SlaPolicy({ name, rank, active: true, now });
      Object.assign(created, conditions, { businessHours: hours, targets: targets(rows) });
      return created;
    };
    // Highest rank first: the order in which they match.
    const policies = [
      policy('VIP around the clock', 40, null, [[15, 30, 240], [30, 60, 480], [60, 120, 960], [120, 240, 1920]], { contactGroupIds: [groups[VIP_GROUP - 1]!.id] }),
      policy('Phone and chat', 30, officeHours('Europe/Berlin', '08:00', '20:00', now), [[15, 30, 480], [30, 60, 960], [60, 180, 1440], [120, 480, 2880]], {
        channels: [Channel.PHONE, Channel.CHAT],
      }),
      policy('Enterprise', 20, officeHours('America/New_York', '09:00', '18:00', now), [[30, 60, 480], [60, 120, 960], [120, 240, 1920], [240, 480, 3840]], {
        departmentIds: departments.slice(0, ENTERPRISE_DEPARTMENTS).map((department) => department.id),
      }),
      policy('Standard', 10, officeHours('Europe/London', '09:00', '17:00', now), [[60, 120, 960], [120, 240, 1920], [240, 480, 2880], [480, 960, null]], {}),
    ];
    tx.persist(policies);
    await tx.flush();
    // As createSlaPolicy does, once per policy.
    let generation = 0;
    for (let created = 0; created < policies.length; created++) generation = await raiseGeneration(tx);
    return {
      departmentIds: departments.map((department) => department.id),
      agentIds: agents.map((agent) => agent.id),
      agentGlobalIds: agents.map((agent) => toGlobalId('Agent', agent.id)),
      contactGroupIds: groups.map((group) => group.id),
      policies: policies.map(compilePolicy),
      weeklyHours: policies.map((created) => hoursPerWeek(created.businessHours)),
      generation,
    };
  });
}
