export { ImprovementPlanBoard } from './improvement-plan-board';
export {
  type BoardCard,
  type BoardColumn,
  type BoardVerification,
  type ImprovementPlanBoardOptions,
  type ImprovementPlanBoardProps,
  type ImprovementPlanBoardState,
  useImprovementPlanBoard,
} from './use-improvement-plan-board';
