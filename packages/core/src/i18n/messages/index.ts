// The message catalogue, one module per namespace, each with every locale side by side: the texts
// the core itself uses or a headless host needs (grades, vocabulary, statuses, common states,
// words, data). Keys are flat and unique across namespaces; a dotted prefix groups a vocabulary
// (`grade.`, `dimension.`, …), words have none. Templates carry `{name}` placeholders filled by
// `formatMessage`. To add a text, add its key to the namespace's zh-CN block and to every other
// locale (the type check fails until all have it). A widget's own sentences live beside the widget
// in @servicescore/react (e.g. `kpi-gauge/gauge-messages.ts`), built with the same `MessageBundle`
// type; widgets import only the namespaces they show, so a page with one widget does not download
// every text of the library.
export { commonMessages } from './common';
export { dataMessages } from './data';
export { gradeMessages } from './grade';
export { statusMessages } from './status';
export type { MessageBundle, MessageKeyOf } from './types';
export { vocabularyMessages } from './vocabulary';
export { wordMessages } from './words';
