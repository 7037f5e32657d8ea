import type { EntityManager } from '@mikro-orm/postgresql';
import type { AbuseLimits } from '../../auth/abuse-limits';
import { decoyPasswordHash, verifyPassword } from '../../auth/password';
import { Role, TicketAccess } from '../../auth/roles';
import type { TokenService } from '../../auth/tokens';
import { ANONYMOUS, type RejectedViewer, type Viewer } from '../../auth/viewer';
import { unauthenticated } from '../../errors/app-error';
import { Agent } from '../agents/agent.entity';
import type { LoginInput } from '../agents/agent.inputs';

const LOGIN_FAILED = 'Invalid email or password';

const rejected = (reason: string, expired = false): RejectedViewer => ({ kind: 'REJECTED', reason, expired });
const REVOKED = rejected('This token has been revoked');

export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly tokens: TokenService,
    private readonly limits: AbuseLimits,
  ) {}

  /**
   * Unknown email, wrong password and deactivated agent give the same answer in about the same
   * time, and count alike against the account's failure limit.
   */
  async login(input: LoginInput, clientAddress: string): Promise<{ token: string; agent: Agent; viewer: Viewer }> {
    const email = input.email.trim().toLowerCase();
    await this.limits.beforeLogin(clientAddress, email);
    const agent = await this.em.findOne(Agent, { email }, { populate: ['passwordHash'] });
    const passwordMatches = await verifyPassword(input.password, agent?.passwordHash ?? (await decoyPasswordHash()));
    if (!agent || !passwordMatches || !agent.active) {
      await this.limits.loginFailed(email);
      throw unauthenticated(LOGIN_FAILED);
    }
    await this.limits.loginSucceeded(email);
    const token = this.tokens.signAgentToken({ sub: agent.id, tv: agent.tokenVersion });
    return { token, agent, viewer: await this.viewerForToken(token) };
  }

  /**
   * Who a bearer token speaks for, read fresh on every operation and every subscription event:
   * a deactivated agent, a revoked token, a changed role or department takes effect at once.
   */
  async viewerForToken(token: string | undefined): Promise<Viewer> {
    if (token === undefined) return ANONYMOUS;
    const check = this.tokens.check(token);
    if (!check.valid) return check.expired ? rejected('This token has expired', true) : rejected('Invalid token');
    const { claims } = check;
    return claims.typ === 'agent' ? this.agentViewer(claims.sub, claims.tv, claims.expiresAt) : this.customerViewer(claims.sub, claims.expiresAt);
  }

  private async agentViewer(agentId: string, tokenVersion: number, expiresAt: Date): Promise<Viewer> {
    const [row] = await this.em.execute<
      Array<{ role: Role; ticket_access: TicketAccess; active: boolean; token_version: number; department_ids: string[] }>
    >(
      `select a."role", a."ticket_access", a."active", a."token_version",
              coalesce(array_agg(ad."department_id"::text) filter (where ad."department_id" is not null), '{}') as "department_ids"
         from "agent" a left join "agent_department" ad on ad."agent_id" = a."id"
        where a."id" = ? group by a."id"`,
      [agentId],
    );
    if (!row || !row.active || row.token_version !== tokenVersion) return REVOKED;
    return { kind: 'AGENT', agentId, role: row.role, ticketAccess: row.ticket_access, departmentIds: row.department_ids, expiresAt };
  }

  private async customerViewer(sessionId: string, expiresAt: Date): Promise<Viewer> {
    const [row] = await this.em.execute<Array<{ contact_id: string; ticket_ids: string[] }>>(
      `select s."contact_id",
              coalesce(array_agg(g."ticket_id"::text) filter (where g."ticket_id" is not null), '{}') as "ticket_ids"
         from "customer_session" s left join "customer_session_ticket" g on g."session_id" = s."id"
        where s."id" = ? group by s."id"`,
      [sessionId],
    );
    if (!row) return REVOKED;
    return { kind: 'CUSTOMER', sessionId, contactId: row.contact_id, ticketIds: row.ticket_ids, expiresAt };
  }
}
