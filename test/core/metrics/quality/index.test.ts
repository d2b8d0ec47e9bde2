import { describe, expect, it } from 'vitest';
import { qualityMetrics } from '../../../../packages/core/src/metrics/quality';

describe('qualityMetrics', () => {
  it('lists the quality metrics in KPIS.md order, then the three scorecard QA items', () => {
    expect(qualityMetrics.map((m) => m.id)).toEqual([
      'resolutionRate',
      'fcr',
      'reopenRate',
      'repeatFaultRate',
      'solutionEffectiveness',
      'diagnosisAccuracy',
      'errorRate',
      'complaintRate',
      'complaintResolutionRate',
      'complaintClosureRate',
      'qaScore.etiquette',
      'qaScore.empathy',
      'qaScore.knowledgeBase',
    ]);
  });

  it('declares units, directions and period timestamps as KPIS.md does', () => {
    expect(
      Object.fromEntries(
        qualityMetrics.map((m) => [m.id, `${m.unit} ${m.direction} ${m.timestamp} ${m.minSample}`]),
      ),
    ).toEqual({
      resolutionRate: 'ratio higher createdAt 1',
      fcr: 'ratio higher resolvedAt 1',
      reopenRate: 'ratio lower resolvedAt 1',
      repeatFaultRate: 'ratio lower resolvedAt 1',
      solutionEffectiveness: 'ratio higher resolvedAt 1',
      diagnosisAccuracy: 'ratio higher resolvedAt 1',
      errorRate: 'ratio lower resolvedAt 1',
      complaintRate: 'ratio lower createdAt 1',
      complaintResolutionRate: 'ratio higher createdAt 1',
      complaintClosureRate: 'ratio higher createdAt 1',
      'qaScore.etiquette': 'score higher resolvedAt 1',
      'qaScore.empathy': 'score higher resolvedAt 1',
      'qaScore.knowledgeBase': 'score higher resolvedAt 1',
    });
  });

  it('labels every metric in zh-CN and en-US and files it under quality', () => {
    for (const m of qualityMetrics) {
      expect(m.category).toBe('quality');
      expect(m.table).toBe('tickets');
      expect(m.label['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(m.label['en-US']).toMatch(/^[A-Z]/);
    }
  });
});
