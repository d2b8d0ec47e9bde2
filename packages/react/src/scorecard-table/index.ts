export { ScorecardTable, type ScorecardTableProps } from './scorecard-table';
export {
  type ScorecardTableOptions,
  type ScorecardTableState,
  type ScorecardTableStatus,
  useScorecardTable,
} from './use-scorecard-table';
export {
  type ScorecardColumnId,
  type ScorecardColumnMeta,
  type ScorecardFeatures,
  type ScorecardFooter,
  type ScorecardRuleCell,
  scorecardColumnIds,
} from './scorecard-columns';
export type { ScorecardRow, ScorecardSortColumnId } from './scorecard-rows';
