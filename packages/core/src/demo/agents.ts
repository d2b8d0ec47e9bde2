import type { AgentRecord } from '../data/types';
import type { LocalizedText } from '../i18n/locale';
import { beijingWeekday, DAY_MS } from './calendar';
import { type DemoTeam, demoTeam } from './directory';
import { agentNames } from './names';
import type { ResolvedDemoOptions } from './options';
import { clamp, cumulate, type Random } from './random';

/** An agent of the demo desk, with the hidden skill that drives its figures. */
export interface AgentProfile {
  id: string;
  name: LocalizedText;
  teamId: string;
  teamIndex: number;
  /** 0 (poor) … 1 (excellent). Weak agents sit near 0.1, excellent ones near 0.95. */
  skill: number;
  /** Relative share of the team's work. */
  capacity: number;
}

/** The demo desk: teams, agents, and per team the agents' cumulative capacities for picking. */
export interface DemoStaff {
  teams: DemoTeam[];
  agents: AgentProfile[];
  /** Agent indexes of each team. */
  teamAgents: number[][];
  /** Cumulative capacity of each team's agents (same order as `teamAgents`). */
  teamAgentWeights: Float64Array[];
  /** Cumulative capacity of all agents (for phone calls, which go to a shared queue). */
  agentWeights: Float64Array;
  /** Cumulative team sizes (customers are spread over teams in proportion). */
  teamWeights: Float64Array;
}

/**
 * Builds the teams and agents. About one agent in nine is weak (skill 0.05–0.15: 24 agents → 3),
 * one in twelve excellent (0.90–0.98: 24 → 2), the rest spread over 0.36–0.72; the roles are
 * shuffled so that weak agents land in any team. Agent ids are `A01` … (`A001` from 100 agents).
 */
export function createStaff(options: ResolvedDemoOptions, random: Random): DemoStaff {
  const teams: DemoTeam[] = [];
  for (let i = 0; i < options.teams; i++) teams.push(demoTeam(i));

  const n = options.agents;
  const names = agentNames(n, random);
  const weak = n >= 5 ? Math.max(1, Math.round(n / 9)) : 0;
  const excellent = n >= 5 ? Math.max(1, Math.round(n / 12)) : 0;
  const roles = new Array<number>(n);
  for (let i = 0; i < n; i++) roles[i] = i < weak ? 0 : i < weak + excellent ? 2 : 1;
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const tmp = roles[i] as number;
    roles[i] = roles[j] as number;
    roles[j] = tmp;
  }

  const width = Math.max(2, String(n).length);
  const agents: AgentProfile[] = [];
  const teamAgents: number[][] = teams.map(() => []);
  for (let i = 0; i < n; i++) {
    const role = roles[i];
    const skill =
      role === 0
        ? random.uniform(0.05, 0.15)
        : role === 2
          ? random.uniform(0.9, 0.98)
          : random.uniform(0.36, 0.72);
    const teamIndex = i % teams.length;
    const team = teams[teamIndex] as DemoTeam;
    agents.push({
      id: `A${String(i + 1).padStart(width, '0')}`,
      name: names[i] as LocalizedText,
      teamId: team.id,
      teamIndex,
      skill,
      capacity: random.uniform(0.8, 1.2),
    });
    (teamAgents[teamIndex] as number[]).push(i);
  }
  const teamAgentWeights = teamAgents.map((list) =>
    cumulate(list.map((a) => (agents[a] as AgentProfile).capacity)),
  );
  return {
    teams,
    agents,
    teamAgents,
    teamAgentWeights,
    agentWeights: cumulate(agents.map((a) => a.capacity)),
    teamWeights: cumulate(teamAgents.map((list) => list.length)),
  };
}

function binomial(n: number, p: number, random: Random): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (random.next() < p) k++;
  return k;
}

function workingDays(start: number, end: number): number {
  let days = 0;
  for (let t = start; t < end; t += DAY_MS) {
    const weekday = beijingWeekday(t);
    if (weekday !== 0 && weekday !== 6) days++;
  }
  return days;
}

/**
 * One record per agent per month. Training hours rise from the improvement month on (weak agents
 * get the most), exams are taken in every third month, assessment scores carry over from one
 * month's end to the next month's start and grow faster once the improvement cycle runs.
 */
export function createAgentRecords(
  options: ResolvedDemoOptions,
  staff: DemoStaff,
  random: Random,
): AgentRecord[] {
  const { keys, starts } = options.months;
  const records: AgentRecord[] = [];
  const levels = staff.agents.map((a) => clamp(55 + 35 * a.skill + 3 * random.normal(), 40, 95));
  for (let m = 0; m < keys.length; m++) {
    const period = keys[m] as string;
    const phase = m < options.pdcaIndex ? 0 : m === options.pdcaIndex ? 0.5 : 1;
    const days = workingDays(starts[m] as number, starts[m + 1] as number);
    const examMonth = m % 3 === 2;
    for (let i = 0; i < staff.agents.length; i++) {
      const agent = staff.agents[i] as AgentProfile;
      const q = agent.skill;
      const weak = q < 0.3;
      const noTraining = random.chance(0.12 * (1 - 0.6 * phase));
      const trainingHours = noTraining
        ? 0
        : Math.round(2 * random.logNormal(5 * (1 + 0.6 * phase + (weak ? phase : 0)), 0.45)) / 2;
      const examTaken = examMonth && random.chance(0.95);
      const goalsSet = 3 + random.int(4);
      const plansSet = 1 + random.int(3);
      const answered = random.chance(0.88);
      const start = levels[i] as number;
      const growth = 0.3 + 0.4 * random.normal() + phase * (0.6 + (weak ? 1.5 : 0));
      const end = clamp(start + growth, 0, 100);
      levels[i] = end;
      const available = Math.round(days * 8 * 3600 * random.uniform(0.88, 0.98));
      records.push({
        agentId: agent.id,
        period,
        teamId: agent.teamId,
        trainingHours,
        trained: trainingHours > 0,
        examTaken,
        examPassed: examTaken ? random.chance(0.55 + 0.4 * q + 0.05 * phase) : undefined,
        goalsSet,
        goalsMet: binomial(goalsSet, 0.5 + 0.4 * q + 0.05 * phase, random),
        plansSet,
        plansDone: binomial(plansSet, 0.55 + 0.35 * q + 0.1 * phase, random),
        satisfied: answered ? random.chance(0.62 + 0.28 * q + 0.05 * phase) : undefined,
        assessmentStart: Math.round(start * 10) / 10,
        assessmentEnd: Math.round(end * 10) / 10,
        availableSeconds: available,
        busySeconds: Math.round(available * random.uniform(0.7, 0.88)),
        attributes: undefined,
      });
    }
  }
  return records;
}
