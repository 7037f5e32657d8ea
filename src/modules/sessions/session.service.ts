import type { EntityManager } from '@mikro-orm/postgresql';
import { decoyPasswordHash, verifyPassword } from '../../auth/password';
import { Role, TicketAccess } from '../../auth/roles';
import type { TokenService } from '../../auth/tokens';
import { ANONYMOUS, type Viewer } from '../../auth/viewer';
import { unauthenticated } from '../../errors/app-error';
import { Agent } from '../agents/agent.entity';
import type { LoginInput } from '../agents/agent.inputs';

const LOGIN_FAILED = 'Invalid email or password';

export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly tokens: TokenService,
  ) {}

  /** Unknown email, wrong password and deactivated agent give the same answer in about the same time. */
  async login(input: LoginInput): Promise<{ token: string; agent: Agent }> {
    const email = input.email.trim().toLowerCase();
    const agent = await this.em.findOne(Agent, { email }, { populate: ['passwordHash'] });
    const passwordMatches = await verifyPassword(input.password, agent?.passwordHash ?? (await decoyPasswordHash()));
    if (!agent || !passwordMatches || !agent.active) throw unauthenticated(LOGIN_FAILED);
    return { token: this.tokens.signAgentToken({ sub: agent.id, tv: agent.tokenVersion }), agent };
  }

  /**
   * Who a bearer token speaks for, read fresh on every operation: a deactivated agent, a revoked
   * token or a changed role takes effect at once.
   */
  async viewerForToken(token: string | undefined): Promise<Viewer> {
    if (token === undefined) return ANONYMOUS;
    const claims = this.tokens.verifyAgentToken(token);
    if (!claims || !/^[0-9a-f-]{36}$/.test(claims.sub)) return { kind: 'REJECTED', reason: 'Invalid or expired token' };
    const [row] = await this.em.execute<
      Array<{ role: Role; ticket_access: TicketAccess; active: boolean; token_version: number; department_ids: string[] }>
    >(
      `select a."role", a."ticket_access", a."active", a."token_version",
              coalesce(array_agg(ad."department_id"::text) filter (where ad."department_id" is not null), '{}') as "department_ids"
         from "agent" a left join "agent_department" ad on ad."agent_id" = a."id"
        where a."id" = ? group by a."id"`,
      [claims.sub],
    );
    if (!row || !row.active || row.token_version !== claims.tv) return { kind: 'REJECTED', reason: 'This token has been revoked' };
    return { kind: 'AGENT', agentId: claims.sub, role: row.role, ticketAccess: row.ticket_access, departmentIds: row.department_ids };
  }
}
