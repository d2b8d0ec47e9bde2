import { describe, expect, it } from 'vitest';
import { efficiencyMetrics } from '../../../../packages/core/src/metrics/efficiency';

describe('efficiencyMetrics', () => {
  it('lists the KPIS.md efficiency table in order', () => {
    expect(efficiencyMetrics.map((m) => m.id)).toEqual([
      'avgFirstResponseTime',
      'responseTimelinessRate',
      'responseTimeouts',
      'avgResolutionTime',
      'avgHandlingTime',
      'resolutionTimeouts',
      'onTimeResolutionRate',
      'avgComplaintHandlingTime',
      'requestVolume',
      'followUpRate',
      'callAnswerRate',
      'avgSpeedOfAnswer',
      'serviceLevel',
      'avgTalkTime',
      'avgCallHandleTime',
      'callResolutionRate',
      'utilization',
    ]);
  });

  it('gives counts a minimum sample of 0 and the rest 1', () => {
    for (const m of efficiencyMetrics) expect(m.minSample).toBe(m.unit === 'count' ? 0 : 1);
  });

  it('labels every metric in both locales and files it under efficiency', () => {
    for (const m of efficiencyMetrics) {
      expect(m.category).toBe('efficiency');
      expect(m.label['zh-CN']).not.toBe('');
      expect(m.label['en-US']).not.toBe('');
      expect(m.formula['zh-CN']).not.toBe('');
    }
  });

  it('makes durations lower-is-better', () => {
    for (const m of efficiencyMetrics.filter((x) => x.unit === 'duration')) {
      expect(m.direction).toBe('lower');
    }
  });
});
