import { describe, expect, it } from 'vitest';
import { label } from '@servicescore/core';

describe('label', () => {
  it('gives a catalogue metric its localized label', () => {
    expect(label('csat', 'zh-CN')).toBe('客户满意度');
    expect(label('csat', 'en-US')).toBe('Customer satisfaction (CSAT)');
  });

  it('labels any quality-inspection item through qaScore.<item>', () => {
    expect(label('qaScore.etiquette')).toBe('质检得分·服务礼仪');
    expect(label('qaScore.tone', 'en-US')).toBe('QA score · tone');
  });

  it('returns an invalid inspection item id as is', () => {
    expect(label('qaScore.a b')).toBe('qaScore.a b');
    expect(label('qaScore.')).toBe('qaScore.');
  });

  it('uses zh-CN by default', () => {
    expect(label('csat')).toBe('客户满意度');
  });

  it('labels a grade id', () => {
    expect(label('excellent')).toBe('优秀');
    expect(label('needsImprovement', 'en-US')).toBe('Needs improvement');
  });

  it('labels a dimension id and a category id', () => {
    expect(label('attitude')).toBe('服务态度');
    expect(label('business', 'en-US')).toBe('Business impact');
    expect(label('efficiency')).toBe('服务效率');
  });

  it('labels a message key, bare or prefixed', () => {
    expect(label('noData', 'en-US')).toBe('No data');
    expect(label('grade.good')).toBe('良好');
  });

  it('labels an indicator status, a target status and a comparison outcome', () => {
    expect(label('insufficient')).toBe('样本不足');
    expect(label('notMet', 'en-US')).toBe('Not met');
    expect(label('improved')).toBe('改善');
  });

  it('prefers the widget word over the unit name for ids that are both', () => {
    expect(label('points')).toBe('得分');
  });

  it('labels count with the unit name', () => {
    expect(label('count')).toBe('数量');
    expect(label('count', 'en-US')).toBe('Count');
  });

  it('returns an unknown id as is, including inherited property names', () => {
    expect(label('myOwnId', 'en-US')).toBe('myOwnId');
    expect(label('toString')).toBe('toString');
    expect(label('__proto__')).toBe('__proto__');
    expect(label('')).toBe('');
  });
});
