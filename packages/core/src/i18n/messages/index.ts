// The message catalogue, one module per namespace, each with every locale side by side. Keys are
// flat and unique across namespaces; a dotted prefix groups a vocabulary (`grade.`, `gauge.`, …),
// words have none. Templates carry `{name}` placeholders filled by `formatMessage`. To add a text,
// add its key to the namespace's zh-CN block and to every other locale (the type check fails until
// all have it). Widgets import only the namespaces they show, so a page with one widget does not
// download every text of the library.
export { bulletMessages } from './bullet';
export { cardMessages } from './card';
export { commonMessages } from './common';
export { comparisonMessages } from './comparison';
export { dataMessages } from './data';
export { gaugeMessages } from './gauge';
export { gradeMessages } from './grade';
export { leaderboardMessages } from './leaderboard';
export { paretoMessages } from './pareto';
export { scorecardMessages } from './scorecard';
export { statusMessages } from './status';
export { trendMessages } from './trend';
export type { MessageBundle, MessageKeyOf } from './types';
export { vocabularyMessages } from './vocabulary';
export { wordMessages } from './words';
