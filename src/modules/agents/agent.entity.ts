import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Role, TicketAccess } from '../../auth/roles';
import { newId, timestamp } from '../../db/types';
import { Department } from '../departments/department.entity';

@Entity()
export class Agent {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'text' })
  name: string;

  /** Stored lowercased: agent emails are unique regardless of case. */
  @Property({ type: 'text' })
  @Unique({ name: 'agent_email_unique' })
  email: string;

  @Property({ type: 'text', lazy: true })
  passwordHash: string;

  @Enum({ items: () => Role })
  role: Role;

  @Enum({ items: () => TicketAccess })
  ticketAccess: TicketAccess;

  @Property({ type: 'boolean' })
  active = true;

  /** Part of every token; incrementing it revokes all tokens signed before. */
  @Property({ type: 'integer' })
  tokenVersion = 0;

  @Property(timestamp())
  createdAt: Date = new Date();

  constructor(fields: { name: string; email: string; passwordHash: string; role: Role; ticketAccess: TicketAccess }) {
    this.name = fields.name;
    this.email = fields.email;
    this.passwordHash = fields.passwordHash;
    this.role = fields.role;
    this.ticketAccess = fields.ticketAccess;
  }

  deactivate(): void {
    this.active = false;
    this.revokeTokens();
  }

  revokeTokens(): void {
    this.tokenVersion += 1;
  }
}

/** An agent's membership of a department. */
@Entity({ tableName: 'agent_department' })
@Index({ properties: ['department'] })
export class AgentDepartment {
  @ManyToOne(() => Agent, { primary: true, deleteRule: 'cascade' })
  agent: Agent;

  @ManyToOne(() => Department, { primary: true, deleteRule: 'cascade' })
  department: Department;

  constructor(agent: Agent, department: Department) {
    this.agent = agent;
    this.department = department;
  }
}
