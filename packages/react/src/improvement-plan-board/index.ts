export { ImprovementPlanBoard, type ImprovementPlanBoardProps } from './improvement-plan-board';
export {
  type BoardCard,
  type BoardColumn,
  type BoardVerification,
  type ImprovementPlanBoardOptions,
  type ImprovementPlanBoardState,
  useImprovementPlanBoard,
} from './use-improvement-plan-board';
