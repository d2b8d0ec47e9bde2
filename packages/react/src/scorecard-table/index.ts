export { ScorecardTable } from './scorecard-table';
export type {
  ScorecardTableOptions,
  ScorecardTableProps,
  ScorecardTableState,
  ScorecardTableStatus,
} from './scorecard-types';
export { useScorecardTable } from './use-scorecard-table';
export {
  type ScorecardColumnId,
  type ScorecardColumnMeta,
  type ScorecardFeatures,
  type ScorecardFooter,
  type ScorecardRuleCell,
  scorecardColumnIds,
} from './scorecard-columns';
export type { ScorecardRow, ScorecardSortColumnId } from './scorecard-rows';
