/** The six figures every core contestant computes per agent × month. */
export const sixFigures = [
  'csat',
  'fcr',
  'avgFirstResponseTime',
  'responseTimelinessRate',
  'avgResolutionTime',
  'complaintRate',
] as const;

export type SixFigure = (typeof sixFigures)[number];

/** One contestant's six figures as cells `agentId|monthIndex → value` (`NaN` = no sample). */
export type FigureCells = Record<SixFigure, Map<string, number>>;

/** An empty {@link FigureCells}. */
export function emptyCells(): FigureCells {
  return {
    csat: new Map(),
    fcr: new Map(),
    avgFirstResponseTime: new Map(),
    responseTimelinessRate: new Map(),
    avgResolutionTime: new Map(),
    complaintRate: new Map(),
  };
}

/** The cell key of an agent and a month index (0 = the first month). */
export const cellKey = (agent: string, month: number): string => `${agent}|${month}`;
