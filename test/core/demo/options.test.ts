import { generateDemoDataset } from '@servicescore/core/demo';
import { describe, expect, it } from 'vitest';

describe('generateDemoDataset options', () => {
  it('defaults to 6000 tickets, 9000 calls, 24 agents in 4 teams and 6 months from 2026-05', () => {
    const demo = generateDemoDataset();
    expect(demo.tickets).toHaveLength(6000);
    expect(demo.calls).toHaveLength(9000); // 1.5 × 6000
    expect(demo.meta.agents).toHaveLength(24);
    expect(demo.meta.teams).toHaveLength(4);
    expect(demo.meta.seed).toBe(42);
    expect(demo.meta.months).toEqual([
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    expect(demo.meta.pdcaMonth).toBe('2026-08'); // the 4th month
    expect(demo.meta.timeZone).toBe('Asia/Shanghai');
  });

  it('has one agent record per agent per month', () => {
    const demo = generateDemoDataset({ tickets: 300, agents: 7, teams: 3, months: 2 });
    expect(demo.agents).toHaveLength(14); // 7 agents × 2 months
    expect(new Set(demo.agents.map((a) => `${a.agentId} ${a.period}`)).size).toBe(14);
  });

  it('uses tickets / 3 distinct customers by default and the number given otherwise', () => {
    const byDefault = generateDemoDataset({ tickets: 900, months: 2 });
    expect(new Set(byDefault.customers.map((c) => c.customerId)).size).toBe(300); // 900 / 3
    const given = generateDemoDataset({ tickets: 900, months: 2, customers: 50 });
    expect(new Set(given.customers.map((c) => c.customerId)).size).toBe(50);
    expect(new Set(given.tickets.map((t) => t.customerId)).size).toBeLessThanOrEqual(50);
  });

  it('matches the counts given for tickets, calls, agents, teams and months', () => {
    const demo = generateDemoDataset({
      tickets: 1234,
      calls: 77,
      agents: 9,
      teams: 2,
      months: 3,
      start: '2025-12',
    });
    expect(demo.tickets).toHaveLength(1234);
    expect(demo.calls).toHaveLength(77);
    expect(demo.meta.agents).toHaveLength(9);
    expect(demo.meta.teams.map((t) => t.id)).toEqual(['east-1', 'south-1']);
    expect(demo.meta.months).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(demo.meta.pdcaMonth).toBe('2026-02'); // fewer than 4 months: the last one
  });

  it('accepts zero tickets and zero calls', () => {
    const demo = generateDemoDataset({ tickets: 0, calls: 0 });
    expect(demo.tickets).toEqual([]);
    expect(demo.calls).toEqual([]);
    expect(demo.agents).toHaveLength(24 * 6);
  });

  it('starts and ends on Beijing midnights, with asOf at the end of the last month', () => {
    const demo = generateDemoDataset({ tickets: 10, months: 6 });
    expect(demo.meta.start).toBe(Date.parse('2026-05-01T00:00:00+08:00'));
    expect(demo.meta.end).toBe(Date.parse('2026-11-01T00:00:00+08:00'));
    expect(demo.meta.asOf).toBe(demo.meta.end);
  });

  it('names agents A01 … with Chinese and pinyin names, spread round-robin over the teams', () => {
    const demo = generateDemoDataset({ tickets: 10 });
    expect(demo.meta.agents.map((a) => a.id).slice(0, 3)).toEqual(['A01', 'A02', 'A03']);
    expect(demo.meta.agents.map((a) => a.teamId).slice(0, 5)).toEqual([
      'east-1',
      'south-1',
      'north-1',
      'central-1',
      'east-1',
    ]);
    expect(demo.meta.teams[0]?.name).toEqual({ 'zh-CN': '华东一组', 'en-US': 'East 1' });
    for (const agent of demo.meta.agents) {
      expect(agent.name['zh-CN']).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
      expect(agent.name['en-US']).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    }
    expect(new Set(demo.meta.agents.map((a) => a.name['zh-CN'])).size).toBe(24);
  });

  it('pads agent ids to the width of the agent count', () => {
    const demo = generateDemoDataset({ tickets: 10, agents: 120, months: 1 });
    expect(demo.meta.agents[0]?.id).toBe('A001');
    expect(demo.meta.agents[119]?.id).toBe('A120');
  });

  it('starts the improvement cycle in the month given', () => {
    expect(generateDemoDataset({ tickets: 10, pdcaMonth: '2026-06' }).meta.pdcaMonth).toBe(
      '2026-06',
    );
  });

  it.each([
    ['seed', { seed: 1.5 }],
    ['tickets', { tickets: -1 }],
    ['tickets', { tickets: 10.5 }],
    ['agents', { agents: 0 }],
    ['teams', { teams: 0 }],
    ['months', { months: 0 }],
    ['months', { months: 61 }],
    ['calls', { calls: -3 }],
    ['customers', { customers: 0 }],
    ['start', { start: '2026-13' }],
    ['start', { start: '2026-05-01' }],
    ['pdcaMonth', { pdcaMonth: '2027-01' }],
    ['agents', { agents: 3, teams: 4 }],
  ])('rejects a bad `%s` with a RangeError naming it', (name, options) => {
    expect(() => generateDemoDataset(options)).toThrow(RangeError);
    expect(() => generateDemoDataset(options)).toThrow(`\`${name}\``);
  });
});
