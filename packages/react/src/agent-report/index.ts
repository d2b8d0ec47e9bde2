export { AgentReportCard } from './agent-report-card';
export {
  type AgentReportCardOptions,
  type AgentReportCardProps,
  type AgentReportCardState,
  useAgentReportCard,
} from './use-agent-report-card';
