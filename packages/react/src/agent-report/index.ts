export { AgentReportCard, type AgentReportCardProps } from './agent-report-card';
export {
  type AgentReportCardOptions,
  type AgentReportCardState,
  useAgentReportCard,
} from './use-agent-report-card';
