import type { ServiceCall } from '../data/types';
import type { AgentProfile, DemoStaff } from './agents';
import { beijingHour, callWeekdayHours, callWeekendHours, sampleArrivals } from './calendar';
import { DEMO_SLICE, type ResolvedDemoOptions } from './options';
import { clamp, type Random } from './random';
import { csatFromLevel } from './ticket-model';

/**
 * The offered phone calls, in `startedAt` order with ids `CL0000001` … Each call rings a team's
 * queue (teams in proportion to their size). About 95 % are answered — fewer in the 10:00 and
 * 15:00 peaks; waits are log-normal (median ≈ 9 s, longer at peaks, shorter after the improvement
 * month). Answered calls carry the agent, talk/hold/wrap seconds, whether the issue was resolved,
 * and a CSAT answer for about one in five; abandoned calls carry the wait until hang-up only.
 * Yields the number made after every {@link DEMO_SLICE} calls; returns the calls.
 */
export function* callSteps(
  options: ResolvedDemoOptions,
  staff: DemoStaff,
  random: Random,
): Generator<number, ServiceCall[], void> {
  const n = options.calls;
  const { starts } = options.months;
  const start = starts[0] as number;
  const end = starts[starts.length - 1] as number;
  const pdcaStart = starts[options.pdcaIndex] as number;
  const pdcaLength = (starts[options.pdcaIndex + 1] as number) - pdcaStart;
  const arrivals = sampleArrivals(n, start, end, callWeekdayHours, callWeekendHours, 0.02, random);
  const width = Math.max(7, String(n).length);
  const calls = new Array<ServiceCall>(n);

  for (let i = 0; i < n; i++) {
    const startedAt = arrivals[i] as number;
    const phase = clamp((startedAt - pdcaStart) / pdcaLength, 0, 1);
    const hour = beijingHour(startedAt);
    const peak = hour === 10 || hour === 15;
    const teamIndex = random.pickCumulative(staff.teamWeights);
    const team = staff.teams[teamIndex] as (typeof staff.teams)[number];
    const answered = random.chance(0.962 - (peak ? 0.035 : 0) + 0.01 * phase);

    let agentId: string | undefined;
    let waitSeconds: number;
    let talkSeconds: number | undefined;
    let holdSeconds: number | undefined;
    let wrapSeconds: number | undefined;
    let resolved: boolean | undefined;
    let csat: number | undefined;
    if (answered) {
      const members = staff.teamAgents[teamIndex] as number[];
      const agent = staff.agents[
        members[random.pickCumulative(staff.teamAgentWeights[teamIndex] as Float64Array)] as number
      ] as AgentProfile;
      const q = agent.skill;
      agentId = agent.id;
      waitSeconds = Math.round(random.logNormal(9 * (peak ? 1.6 : 1) * (1 - 0.2 * phase), 0.9));
      talkSeconds = Math.max(
        15,
        Math.round(random.logNormal(240 * Math.exp(0.5 * (0.5 - q)), 0.55)),
      );
      holdSeconds = random.chance(0.35) ? Math.round(random.logNormal(45, 0.7)) : 0;
      wrapSeconds = Math.round(random.logNormal(40 * Math.exp(0.4 * (0.5 - q)), 0.5));
      resolved = random.chance(0.68 + 0.22 * q + 0.04 * phase);
      if (random.chance(0.2)) {
        const z =
          1.3 +
          1.2 * (q - 0.5) +
          (resolved ? 0.3 : -0.8) -
          (waitSeconds > 60 ? 0.4 : 0) +
          random.normal();
        csat = csatFromLevel(z);
      }
    } else {
      waitSeconds = Math.round(random.logNormal(45, 0.7));
    }
    calls[i] = {
      id: `CL${String(i + 1).padStart(width, '0')}`,
      startedAt,
      answered,
      agentId,
      teamId: team.id,
      waitSeconds,
      talkSeconds,
      holdSeconds,
      wrapSeconds,
      resolved,
      csat,
      attributes: undefined,
    };
    if ((i + 1) % DEMO_SLICE === 0) yield DEMO_SLICE;
  }
  return calls;
}
