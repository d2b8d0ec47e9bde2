import { describe, expect, it } from 'vitest';
import { satisfactionMetrics } from '../../../../packages/core/src/metrics/satisfaction';

describe('satisfactionMetrics', () => {
  it('lists the satisfaction metrics in KPIS.md order', () => {
    expect(satisfactionMetrics.map((m) => m.id)).toEqual([
      'csat',
      'csatMean',
      'nps',
      'positiveReviewRate',
      'complaintSatisfaction',
      'surveyCoverage',
      'callCsat',
    ]);
  });

  it('asks 30 answers of every survey metric and 1 of survey coverage', () => {
    expect(Object.fromEntries(satisfactionMetrics.map((m) => [m.id, m.minSample]))).toEqual({
      csat: 30,
      csatMean: 30,
      nps: 30,
      positiveReviewRate: 30,
      complaintSatisfaction: 30,
      surveyCoverage: 1,
      callCsat: 30,
    });
  });

  it('declares units, directions and period timestamps as KPIS.md does', () => {
    expect(
      satisfactionMetrics.map((m) => [m.id, m.unit, m.direction, m.table, m.timestamp]),
    ).toEqual([
      ['csat', 'ratio', 'higher', 'tickets', 'surveyedAt'],
      ['csatMean', 'number', 'higher', 'tickets', 'surveyedAt'],
      ['nps', 'points', 'higher', 'tickets', 'surveyedAt'],
      ['positiveReviewRate', 'ratio', 'higher', 'tickets', 'surveyedAt'],
      ['complaintSatisfaction', 'ratio', 'higher', 'tickets', 'surveyedAt'],
      ['surveyCoverage', 'ratio', 'higher', 'tickets', 'resolvedAt'],
      ['callCsat', 'ratio', 'higher', 'calls', 'startedAt'],
    ]);
  });

  it('labels every metric in zh-CN and en-US and files it under satisfaction', () => {
    for (const m of satisfactionMetrics) {
      expect(m.category).toBe('satisfaction');
      expect(m.label['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(m.label['en-US']).toMatch(/^[A-Z]/);
      expect(m.formula['zh-CN'].length).toBeGreaterThan(0);
      expect(m.formula['en-US'].length).toBeGreaterThan(0);
    }
  });
});
