import { describe, expect, it } from 'vitest';
import type { ServiceTicket } from '@servicescore/core';
import { evaluate } from '@servicescore/core';
import { getMetric } from '@servicescore/core';
import { qaScore } from '../../../../packages/core/src/metrics/quality';
import { ASOF, dataset, ticket as resolved } from './fixtures';

/** A resolved ticket with the given quality-inspection scores. */
function ticket(qa?: Record<string, number>, fields: Partial<ServiceTicket> = {}): ServiceTicket {
  return resolved({ qa, ...fields });
}

describe('qaScore(item)', () => {
  it('averages the item over the tickets scored on it', () => {
    // etiquette 90, 80, 100 → 270 / 3 = 90
    const tickets = [
      ticket({ etiquette: 90 }),
      ticket({ etiquette: 80 }),
      ticket({ etiquette: 100 }),
    ];
    const v = evaluate(dataset(tickets), { metrics: ['qaScore.etiquette'], asOf: ASOF }).overall[
      'qaScore.etiquette'
    ];
    expect(v).toMatchObject({
      value: 90,
      sum: 270,
      count: 3,
      sampleSize: 3,
      unit: 'score',
      sufficient: true,
    });
  });

  it('leaves tickets without that item out instead of counting them as 0', () => {
    // empathy 70 and 90; the other tickets have no empathy score → (70 + 90) / 2 = 80
    const tickets = [
      ticket({ empathy: 70 }),
      ticket({ empathy: 90, etiquette: 10 }),
      ticket({ etiquette: 50 }),
      ticket(),
    ];
    const v = evaluate(dataset(tickets), { metrics: [qaScore.empathy], asOf: ASOF }).overall[
      'qaScore.empathy'
    ];
    expect(v).toMatchObject({ value: 80, count: 2 });
  });

  it('counts a score of 0 as a score', () => {
    // knowledgeBase 0 and 100 → 50
    const tickets = [ticket({ knowledgeBase: 0 }), ticket({ knowledgeBase: 100 })];
    const v = evaluate(dataset(tickets), { metrics: [qaScore.knowledgeBase], asOf: ASOF }).overall[
      'qaScore.knowledgeBase'
    ];
    expect(v).toMatchObject({ value: 50, count: 2 });
  });

  it('counts inspected tickets whatever their status', () => {
    // open ticket scored 60 + resolved scored 80 → 70
    const tickets = [
      ticket({ tone: 60 }, { status: 'open', resolvedAt: undefined }),
      ticket({ tone: 80 }),
    ];
    const v = evaluate(dataset(tickets), { metrics: [qaScore('tone')], asOf: ASOF }).overall[
      'qaScore.tone'
    ];
    expect(v).toMatchObject({ value: 70, count: 2 });
  });

  it('gives null with reason noData when no ticket was scored on the item', () => {
    const v = evaluate(dataset([ticket({ etiquette: 90 })]), {
      metrics: [qaScore.empathy],
      asOf: ASOF,
    }).overall['qaScore.empathy'];
    expect(v).toMatchObject({ value: null, reason: 'noData', sufficient: false, count: 0 });
  });

  it('is memoised per item', () => {
    expect(qaScore('tone')).toBe(qaScore('tone'));
    expect(qaScore('etiquette')).toBe(qaScore.etiquette);
  });

  it('is what getMetric returns for qaScore.<item>, preset or not', () => {
    expect(getMetric('qaScore.empathy')).toBe(qaScore.empathy);
    expect(getMetric('qaScore.speed')).toBe(qaScore('speed'));
  });

  it('names the three scorecard items and falls back to the item key for others', () => {
    expect(qaScore.etiquette.label).toEqual({
      'zh-CN': '质检得分·服务礼仪',
      'en-US': 'QA score · etiquette',
    });
    expect(qaScore.empathy.label['zh-CN']).toBe('质检得分·同理心表现');
    expect(qaScore.knowledgeBase.label['zh-CN']).toBe('质检得分·知识库使用熟练度');
    expect(qaScore('tone').label).toEqual({ 'zh-CN': '质检得分·tone', 'en-US': 'QA score · tone' });
  });

  it('declares a higher-is-better score attributed by resolution', () => {
    expect(qaScore('tone')).toMatchObject({
      id: 'qaScore.tone',
      unit: 'score',
      direction: 'higher',
      category: 'quality',
      table: 'tickets',
      timestamp: 'resolvedAt',
      minSample: 1,
    });
  });

  it('rejects an item key that cannot name a metric, saying which and why', () => {
    expect(() => qaScore('')).toThrow(RangeError);
    expect(() => qaScore('服务礼仪')).toThrow(/inspection item "服务礼仪".*letters, digits/);
  });
});
