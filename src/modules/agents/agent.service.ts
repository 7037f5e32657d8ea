import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../auth/password';
import { Role, TicketAccess } from '../../auth/roles';
import { agentSubject, type AgentViewer } from '../../auth/viewer';
import { conflictOnDuplicate, findAllByGlobalIds, findByGlobalId } from '../../common/entity-lookup';
import { notNull, requireText } from '../../common/validation';
import { badInput, conflict, forbidden } from '../../errors/app-error';
import type { Outbox } from '../../pubsub/outbox';
import { Topic } from '../../pubsub/topics';
import { normaliseEmail } from '../contacts/contact-identity';
import { Department } from '../departments/department.entity';
import { Agent, AgentDepartment } from './agent.entity';
import type { CreateAgentInput, UpdateAgentInput } from './agent.inputs';

const EMAIL_TAKEN = 'An agent with this email already exists';

export function validatePassword(password: string): string {
  if (password.length < 10) throw badInput('password', 'password must have at least 10 characters');
  if (password.length > 200) throw badInput('password', 'password must have at most 200 characters');
  return password;
}

/** Only an OWNER may create an OWNER, change one, or make one. */
function assertMayManage(viewer: AgentViewer, ...roles: Array<Role | undefined>): void {
  if (roles.includes(Role.OWNER) && viewer.role !== Role.OWNER) throw forbidden('Only an owner may create, change or appoint an owner');
}

export class AgentService {
  constructor(
    private readonly em: EntityManager,
    private readonly outbox: Outbox,
  ) {}

  list(): Promise<Agent[]> {
    return this.em.find(Agent, {}, { orderBy: { name: 'asc', id: 'asc' } });
  }

  findById(globalId: string): Promise<Agent> {
    return findByGlobalId(this.em, Agent, 'Agent', globalId);
  }

  async create(viewer: AgentViewer, input: CreateAgentInput): Promise<Agent> {
    assertMayManage(viewer, input.role);
    const agent = new Agent({
      name: requireText(input.name, 'name', { max: 100 }),
      email: normaliseEmail(input.email),
      passwordHash: await hashPassword(validatePassword(input.password)),
      role: input.role,
      ticketAccess: input.ticketAccess ?? TicketAccess.DEPARTMENTS,
    });
    await this.em.transactional(async (em) => {
      const departments = await findAllByGlobalIds(em, Department, 'Department', input.departmentIds ?? [], 'departmentIds');
      em.persist(agent);
      departments.forEach((department) => em.persist(new AgentDepartment(agent, department)));
      await conflictOnDuplicate(() => em.flush(), EMAIL_TAKEN);
    });
    return agent;
  }

  async update(viewer: AgentViewer, input: UpdateAgentInput): Promise<Agent> {
    const agent = await this.em.transactional(async (em) => {
      const agent = await findByGlobalId(em, Agent, 'Agent', input.id);
      const role = notNull(input.role, 'role');
      const active = notNull(input.active, 'active');
      assertMayManage(viewer, agent.role, role);

      const losesOwnership = agent.role === Role.OWNER && agent.active && ((role !== undefined && role !== Role.OWNER) || active === false);
      if (losesOwnership) await this.assertAnotherActiveOwner(em, agent);

      const name = notNull(input.name, 'name');
      if (name !== undefined) agent.name = requireText(name, 'name', { max: 100 });
      if (role !== undefined) agent.role = role;
      const ticketAccess = notNull(input.ticketAccess, 'ticketAccess');
      if (ticketAccess !== undefined) agent.ticketAccess = ticketAccess;
      if (active === false && agent.active) agent.deactivate();
      if (active === true) agent.active = true;

      if (input.departmentIds !== undefined) {
        // An explicit null clears the list, like an empty one.
        const departments = await findAllByGlobalIds(em, Department, 'Department', input.departmentIds ?? [], 'departmentIds');
        await this.replaceMemberships(em, agent, departments);
      }
      this.outbox.stage(em, Topic.ACCESS_CHANGED, { subject: agentSubject(agent.id) });
      await em.flush();
      return agent;
    });
    this.outbox.committed();
    return agent;
  }

  private async replaceMemberships(em: EntityManager, agent: Agent, departments: Department[]): Promise<void> {
    const current = await em.find(AgentDepartment, { agent });
    const wanted = new Set(departments.map((department) => department.id));
    const kept = new Set(current.map((membership) => membership.department.id));
    current.filter((membership) => !wanted.has(membership.department.id)).forEach((membership) => em.remove(membership));
    departments.filter((department) => !kept.has(department.id)).forEach((department) => em.persist(new AgentDepartment(agent, department)));
  }

  /**
   * Locks every active owner row, so two owners demoting each other at once cannot both
   * succeed and leave the help desk without one.
   */
  private async assertAnotherActiveOwner(em: EntityManager, agent: Agent): Promise<void> {
    const owners = await em.find(Agent, { role: Role.OWNER, active: true }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
    if (!owners.some((owner) => owner.id !== agent.id)) throw conflict('The last active owner cannot be demoted or deactivated');
  }
}

