export { CrossAnalysisHeatmap, type CrossAnalysisHeatmapProps } from './cross-analysis-heatmap';
export {
  type CellSide,
  type CrossAnalysisHeatmapOptions,
  type CrossAnalysisHeatmapState,
  type HeatmapCell,
  type HeatmapRow,
  useCrossAnalysisHeatmap,
} from './use-cross-analysis-heatmap';
