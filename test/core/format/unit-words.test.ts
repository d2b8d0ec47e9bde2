import { describe, expect, it } from 'vitest';
import { unitWord, withUnitWord } from '@servicescore/core';

describe('unitWord', () => {
  it('names a metric’s own unit before its unit’s', () => {
    expect(unitWord('careFrequency', 'number')).toBe('次/客户');
    expect(unitWord('careFrequency', 'number', 'en-US')).toBe('per customer');
    expect(unitWord('opportunityRate', 'number', 'en-US')).toBe('per 100 tickets');
    expect(unitWord('requestVolume', 'count')).toBe('单');
    expect(unitWord('csatMean', 'number')).toBe('/5');
  });

  it('gives scores and NPS points their word', () => {
    expect(unitWord('qaScore.etiquette', 'score')).toBe('分');
    expect(unitWord(undefined, 'score', 'en-US')).toBe('pts');
    expect(unitWord('nps', 'points', 'en-US')).toBe('pts');
  });

  it('has none for ratios, durations and numbers of unknown meaning', () => {
    expect(unitWord('csat', 'ratio')).toBeNull();
    expect(unitWord('avgHandlingTime', 'duration')).toBeNull();
    expect(unitWord(undefined, 'number')).toBeNull();
    expect(unitWord('myOwnMetric', 'count', 'en-US')).toBeNull();
  });

  it('does not take an inherited property for a metric id', () => {
    expect(unitWord('toString', 'number')).toBeNull();
  });
});

describe('withUnitWord', () => {
  it('appends the word: no space in Chinese, a space in English except before "/5"', () => {
    expect(withUnitWord('91.2', 'qaScore.empathy', 'score')).toBe('91.2分');
    expect(withUnitWord('91.2', 'qaScore.empathy', 'score', 'en-US')).toBe('91.2 pts');
    expect(withUnitWord('4.2', 'csatMean', 'number', 'en-US')).toBe('4.2/5');
    expect(withUnitWord('93.5%', 'csat', 'ratio', 'en-US')).toBe('93.5%');
  });
});
