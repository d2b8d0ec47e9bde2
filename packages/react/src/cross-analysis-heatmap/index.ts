export { CrossAnalysisHeatmap } from './cross-analysis-heatmap';
export {
  type CellSide,
  type CrossAnalysisHeatmapOptions,
  type CrossAnalysisHeatmapProps,
  type CrossAnalysisHeatmapState,
  type HeatmapCell,
  type HeatmapRow,
  useCrossAnalysisHeatmap,
} from './use-cross-analysis-heatmap';
