import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { findByGlobalId } from '../../common/entity-lookup';
import { toGlobalId } from '../../common/global-id';
import { badInput } from '../../errors/app-error';
import { Agent } from '../agents/agent.entity';
import { Department } from '../departments/department.entity';
import { checkPeriod } from './report-period';
import {
  ALL_METRICS,
  NONE_KEY,
  ReportGrouping,
  TOTAL_KEY,
  agentWorkloadStatement,
  reportStatements,
  withPositionalPlaceholders,
  type ReportMetric,
  type ReportRowValues,
  type SqlStatement,
} from './report-query';
import type { AgentWorkloadInput, ReportInput } from './report.inputs';
import { AgentWorkloadType, ReportRowType, TicketReportType } from './report.type';

/** The global id type of the objects a grouping's keys are. */
const KEY_TYPES = new Map([
  [ReportGrouping.AGENT, 'Agent'],
  [ReportGrouping.DEPARTMENT, 'Department'],
]);

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function reportRow(values: ReportRowValues, keyType: string | undefined): ReportRowType {
  const total = values.key === TOTAL_KEY;
  return Object.assign(new ReportRowType(), {
    key: total ? 'total' : keyType && values.key !== NONE_KEY ? toGlobalId(keyType, values.key) : values.key,
    label: total ? 'Total' : values.label,
    bucketStart: values.bucket_start === null ? null : new Date(values.bucket_start),
    created: values.created,
    resolved: values.resolved,
    reopened: values.reopened,
    agentReplies: values.agent_replies,
    avgFirstResponseSeconds: values.avg_first_response,
    medianFirstResponseSeconds: values.median_first_response,
    avgResolutionSeconds: values.avg_resolution,
    medianResolutionSeconds: values.median_resolution,
    slaMet: values.sla_met,
    slaBreached: values.sla_breached,
    slaComplianceRate: ratio(values.sla_met, values.sla_met + values.sla_breached),
    firstContactResolved: values.first_contact_resolved,
    firstContactResolutionRate: ratio(values.first_contact_resolved, values.resolved),
  });
}

export class ReportService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  private run<T>(statement: SqlStatement): Promise<T[]> {
    const positional = withPositionalPlaceholders(statement);
    return this.em.execute<T[]>(positional.sql, positional.params);
  }

  /** ticketReport: `metrics` are the metric groups the caller asked for; the others read as zero or null. */
  async ticketReport(input: ReportInput, metrics: ReadonlySet<ReportMetric> = ALL_METRICS): Promise<TicketReportType> {
    const timezone = input.timezone ?? 'UTC';
    checkPeriod({ ...input, timezone });
    const statements = reportStatements(
      {
        from: input.from,
        to: input.to,
        groupBy: input.groupBy,
        timezone,
        departmentId: input.departmentId == null ? null : (await findByGlobalId(this.em, Department, 'Department', input.departmentId, 'departmentId')).id,
        agentId: input.agentId == null ? null : (await findByGlobalId(this.em, Agent, 'Agent', input.agentId, 'agentId')).id,
        channel: input.channel ?? null,
        metrics,
      },
      this.clock.now(),
    );
    const rows = await this.run<ReportRowValues>(statements.rows);
    const [backlog] = await this.run<{ backlog: number }>(statements.backlog);
    const keyType = KEY_TYPES.get(input.groupBy);
    const totals = rows.find((row) => row.key === TOTAL_KEY);
    if (!totals || !backlog) throw new Error('The report statements gave no totals or no backlog');
    return Object.assign(new TicketReportType(), {
      rows: rows.filter((row) => row !== totals).map((row) => reportRow(row, keyType)),
      totals: reportRow(totals, keyType),
      backlogAtEnd: backlog.backlog,
    });
  }

  /** agentWorkload: every active agent, by name. */
  async agentWorkload(input: AgentWorkloadInput): Promise<AgentWorkloadType[]> {
    if (input.from.getTime() > input.to.getTime()) throw badInput('from', 'from must not be after to');
    const rows = await this.run<{ agent_id: string; open_tickets: number; waiting_on_customer: number; replies: number }>(agentWorkloadStatement(input));
    return rows.map((row) =>
      Object.assign(new AgentWorkloadType(), {
        agentId: row.agent_id,
        openTickets: row.open_tickets,
        waitingOnCustomer: row.waiting_on_customer,
        replies: row.replies,
      }),
    );
  }
}
