/**
 * The catalogue's metadata layer (`metricMeta`, `getMetricMeta`): what widgets look a metric id up
 * in, without the accumulators. It must say exactly what the definitions say.
 */
import { describe, expect, it } from 'vitest';
import { getMetric, getMetricMeta, label, metricMeta, metrics } from '@servicescore/core';

const metaOf = (m: {
  id: string;
  label: unknown;
  unit: string;
  direction: string;
  category: string;
  minSample: number;
}) => ({
  id: m.id,
  label: m.label,
  unit: m.unit,
  direction: m.direction,
  category: m.category,
  minSample: m.minSample,
});

describe('metricMeta', () => {
  it('has one entry per catalogue metric, in the same order', () => {
    expect(Object.keys(metricMeta)).toEqual(Object.keys(metrics));
    expect(Object.keys(metricMeta)).toHaveLength(51);
  });

  it('says what every definition says (id, label, unit, direction, category, minimum sample)', () => {
    for (const [id, definition] of Object.entries(metrics)) {
      expect(metaOf(metricMeta[id]!), id).toEqual(metaOf(definition));
    }
  });

  it('carries no computation: no accumulator, table or period timestamp', () => {
    for (const meta of Object.values(metricMeta)) {
      expect(Object.keys(meta).sort()).toEqual([
        'category',
        'direction',
        'id',
        'label',
        'minSample',
        'unit',
      ]);
    }
  });

  it('is frozen, like the catalogue', () => {
    expect(Object.isFrozen(metricMeta)).toBe(true);
  });
});

describe('getMetricMeta', () => {
  it('gives a catalogue metric: avgResolutionTime is a duration, lower is better', () => {
    expect(getMetricMeta('avgResolutionTime')).toEqual({
      id: 'avgResolutionTime',
      label: { 'zh-CN': '平均故障解决时间', 'en-US': 'Mean time to resolve (MTTR)' },
      unit: 'duration',
      direction: 'lower',
      category: 'efficiency',
      minSample: 1,
    });
  });

  it('gives qaScore.<item> for any valid item, equal to getMetric', () => {
    expect(getMetricMeta('qaScore.tone')).toEqual({
      id: 'qaScore.tone',
      label: { 'zh-CN': '质检得分·tone', 'en-US': 'QA score · tone' },
      unit: 'score',
      direction: 'higher',
      category: 'quality',
      minSample: 1,
    });
    expect(metaOf(getMetricMeta('qaScore.tone')!)).toEqual(metaOf(getMetric('qaScore.tone')));
    expect(getMetricMeta('qaScore.empathy')?.label['zh-CN']).toBe('质检得分·同理心表现');
  });

  it('gives undefined for an id the catalogue does not know, where getMetric throws', () => {
    for (const id of ['myOwnMetric', 'qaScore.', 'qaScore.服务礼仪', 'toString', '__proto__']) {
      expect(getMetricMeta(id), id).toBeUndefined();
      expect(() => getMetric(id), id).toThrow(RangeError);
    }
  });

  it('feeds label(): a metric id gives its label, anything else falls through', () => {
    expect(label('csat', 'en-US')).toBe('Customer satisfaction (CSAT)');
    expect(label('qaScore.tone', 'en-US')).toBe('QA score · tone');
    expect(label('qaScore.', 'en-US')).toBe('qaScore.');
  });
});
