import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { selectedFieldsWithin } from '../../graphql/selected-fields';
import { AgentType } from '../agents/agent.type';
import type { AppContext } from '../context';
import { ReportMetric } from './report-query';
import { AgentWorkloadInput, ReportInput } from './report.inputs';
import { AgentWorkloadType, TicketReportType, type ReportRowType } from './report.type';

const { CREATED, SLA, RESOLVED, FIRST_CONTACT, REOPENED, AGENT_REPLIES, FIRST_RESPONSE } = ReportMetric;

/** The metric groups each ReportRow field needs; key, label and bucketStart need none. */
const METRICS_OF_FIELD: Partial<Record<keyof ReportRowType, ReportMetric[]>> = {
  created: [CREATED],
  slaMet: [SLA],
  slaBreached: [SLA],
  slaComplianceRate: [SLA],
  resolved: [RESOLVED],
  avgResolutionSeconds: [RESOLVED],
  medianResolutionSeconds: [RESOLVED],
  firstContactResolved: [FIRST_CONTACT],
  firstContactResolutionRate: [FIRST_CONTACT, RESOLVED],
  reopened: [REOPENED],
  agentReplies: [AGENT_REPLIES],
  avgFirstResponseSeconds: [FIRST_RESPONSE],
  medianFirstResponseSeconds: [FIRST_RESPONSE],
};

@Resolver()
export class ReportResolver {
  @Query(() => TicketReportType, { description: 'OWNER and ADMIN. from after to is BAD_USER_INPUT.' })
  ticketReport(@Arg('input') input: ReportInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    const fields = selectedFieldsWithin(info, ['rows', 'totals']);
    const metrics = new Set([...fields].flatMap((field) => METRICS_OF_FIELD[field as keyof ReportRowType] ?? []));
    return ctx.services.reports.ticketReport(input, metrics);
  }

  @Query(() => [AgentWorkloadType], { description: 'OWNER and ADMIN. Every active agent, by name. from after to is BAD_USER_INPUT.' })
  agentWorkload(@Arg('input') input: AgentWorkloadInput, @Ctx() ctx: AppContext) {
    return ctx.services.reports.agentWorkload(input);
  }
}

@Resolver(() => AgentWorkloadType)
export class AgentWorkloadResolver {
  @FieldResolver(() => AgentType)
  agent(@Root() workload: AgentWorkloadType, @Ctx() ctx: AppContext) {
    return ctx.loaders.agentById.load(workload.agentId);
  }
}
