import type { LocalizedText } from '../../i18n/locale';
import type { MetricMeta } from '../types';

const knownItems: Readonly<Record<string, LocalizedText>> = {
  etiquette: { 'zh-CN': '服务礼仪', 'en-US': 'etiquette' },
  empathy: { 'zh-CN': '同理心表现', 'en-US': 'empathy' },
  knowledgeBase: { 'zh-CN': '知识库使用熟练度', 'en-US': 'knowledge-base proficiency' },
};

/** An inspection item key: non-empty, letters, digits, `_`, `.`, `:` or `-`. */
export const qaItemPattern = /^[\w.:-]+$/;

/** The localised names of inspection item `item` (the key itself for an item without a name). */
export function qaItemName(item: string): LocalizedText {
  const name = Object.hasOwn(knownItems, item) ? knownItems[item] : undefined;
  return name ?? { 'zh-CN': item, 'en-US': item };
}

/**
 * Metadata of the quality-inspection metric `qaScore.<item>` (the definition is `qaScore(item)`
 * in `./qa-score.ts`): unit `score`, higher is better, minimum sample 1. The item is not checked
 * here; `qaScore` and `getMetricMeta` check it with {@link qaItemPattern}.
 */
export function qaScoreMeta(item: string): MetricMeta {
  const name = qaItemName(item);
  return {
    id: `qaScore.${item}`,
    label: { 'zh-CN': `质检得分·${name['zh-CN']}`, 'en-US': `QA score · ${name['en-US']}` },
    unit: 'score',
    direction: 'higher',
    category: 'quality',
    minSample: 1,
  };
}
