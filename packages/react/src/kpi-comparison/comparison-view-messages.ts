import type { MessageBundle } from '@servicescore/core';

// Only KpiComparison shows these texts; `comparisonMessages` (the change and significance
// sentences) is shared with ImprovementPlanBoard and `formatPValue`, so it stays a bundle of its own.
const zhCN = {
  'comparison.notTested': '未检验',
  'comparison.relative': '相对 {value}',
  'comparison.sampleSizes': '样本量 {before} → {after}',
  'comparison.intervals': '95% 区间 {before} → {after}',
  'comparison.range': '[{low}, {high}]',
  'comparison.n': 'n = {count}',
  'comparison.cellInterval': '95% 区间 {range}',
  'comparison.scale.row': '每行独立刻度：条长不可跨行比较',
  'comparison.scale.shared': '同一单位的行共用刻度，可跨行比较',
  'comparison.sort': '排序',
  'comparison.sort.given': '原顺序',
  'comparison.sort.improvedFirst': '改善幅度最大在前',
  'comparison.sort.worsenedFirst': '恶化幅度最大在前',
  'comparison.sorted.given': '已恢复原顺序',
  'comparison.sorted.improvedFirst': '已按相对变化排序，改善幅度最大在前',
  'comparison.sorted.worsenedFirst': '已按相对变化排序，恶化幅度最大在前',
};

/**
 * KpiComparison's own texts beyond `comparisonMessages`: untested changes, relative change,
 * sample sizes and intervals, the scale note and the sort by effect.
 */
export const comparisonViewMessages: MessageBundle<keyof typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    'comparison.notTested': 'Not tested',
    'comparison.relative': '{value} relative',
    'comparison.sampleSizes': 'n {before} → {after}',
    'comparison.intervals': '95% interval {before} → {after}',
    'comparison.range': '[{low}, {high}]',
    'comparison.n': 'n = {count}',
    'comparison.cellInterval': '95% interval {range}',
    'comparison.scale.row': 'Each row has its own scale: bar lengths do not compare across rows',
    'comparison.scale.shared': 'Rows of the same unit share one scale and compare across rows',
    'comparison.sort': 'Sort',
    'comparison.sort.given': 'Given order',
    'comparison.sort.improvedFirst': 'Largest improvement first',
    'comparison.sort.worsenedFirst': 'Largest worsening first',
    'comparison.sorted.given': 'Rows back in the given order',
    'comparison.sorted.improvedFirst': 'Rows sorted by relative change, largest improvement first',
    'comparison.sorted.worsenedFirst': 'Rows sorted by relative change, largest worsening first',
  },
};
