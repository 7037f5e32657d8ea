import type { AgentRecord } from './agent-record';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedLoader, keyedLoader } from '../../common/loaders';
import { Agent, AgentDepartment } from './agent.entity';

export function agentLoaders(em: EntityManager) {
  return {
    agentById: keyedLoader<string, AgentRecord>((ids) => em.find(Agent, { id: { $in: [...ids] } }), (agent) => agent.id),

    departmentsOfAgent: groupedLoader<string, AgentDepartment>(
      (agentIds) =>
        em.find(AgentDepartment, { agent: { $in: [...agentIds] } }, { populate: ['department'], strategy: 'joined', orderBy: { department: { name: 'asc' } } }),
      (membership) => membership.agent.id,
    ),

    agentsOfDepartment: groupedLoader<string, AgentDepartment>(
      (departmentIds) =>
        em.find(AgentDepartment, { department: { $in: [...departmentIds] } }, { populate: ['agent'], strategy: 'joined', orderBy: { agent: { name: 'asc' } } }),
      (membership) => membership.department.id,
    ),
  };
}
