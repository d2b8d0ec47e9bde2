import type { Review } from '../data/types';
import { HOUR_MS } from './calendar';
import { clamp, type Random } from './random';
import { csatFromLevel, npsFromLevel } from './ticket-model';

/** Rounds an instant down to the whole second. */
export function seconds(t: number): number {
  return Math.floor(t / 1000) * 1000;
}

function qaScore(base: number, random: Random): number {
  return Math.round(clamp(base + 5 * random.normal(), 60, 100));
}

/**
 * The customer's and the quality team's view of a resolved ticket, drawn into reusable fields
 * (the ticket generator copies them into the record):
 *
 * - a survey for 35 % of resolved tickets, answered within a day or so (none after `asOf`):
 *   CSAT always, NPS in 70 % of surveys;
 * - a review for 30 %; both follow the latent satisfaction `level` plus noise;
 * - the diagnosis verdict on every resolved ticket except inquiries: correct for 76 % (weakest
 *   agent) to 98.5 % (best), ≈ 91 % overall — a strength of the desk;
 * - quality inspection (errors and `etiquette` / `empathy` / `knowledgeBase` scores 60–100 by
 *   agent skill, ≈ 91 / 83 / 84 overall) for a 20 % sample;
 * - a follow-up for 98.5 %, within 48 h for 78 % (weakest agent) to 93 % (best), ≈ 85 % overall —
 *   a weak spot below the scorecard's 90 % band;
 * - opportunities (needs discovered) on 0.4–2.4 % of tickets by skill (≈ 1.4 per 100 tickets, a
 *   weak spot).
 */
export class TicketFeedback {
  surveyedAt: number | undefined = undefined;
  csat: number | undefined = undefined;
  nps: number | undefined = undefined;
  review: Review | undefined = undefined;
  diagnosisCorrect: boolean | undefined = undefined;
  errors: number | undefined = undefined;
  followUpAt: number | undefined = undefined;
  opportunities: number | undefined = undefined;
  qa: Record<string, number> | undefined = undefined;

  constructor(
    private readonly random: Random,
    private readonly asOf: number,
  ) {}

  /** Draws the feedback of a ticket resolved at `resolvedAt` by an agent of skill `q`. */
  draw(resolvedAt: number, level: number, q: number, phase: number, inquiry: boolean): void {
    const { random, asOf } = this;
    const z = level + random.normal();
    this.surveyedAt = undefined;
    this.csat = undefined;
    this.nps = undefined;
    if (random.chance(0.35)) {
      const at = seconds(resolvedAt + random.logNormal(20 * HOUR_MS, 0.8));
      if (at < asOf) {
        this.surveyedAt = at;
        this.csat = csatFromLevel(z);
        if (random.chance(0.7)) this.nps = npsFromLevel(z, random.normal());
      }
    }
    this.review = undefined;
    if (random.chance(0.3)) {
      const r = z + 0.4 * random.normal();
      this.review = r > 0.75 ? 'positive' : r < -0.4 ? 'negative' : 'neutral';
    }
    this.diagnosisCorrect = inquiry
      ? undefined
      : random.chance(Math.min(0.985, 0.76 + 0.28 * q + 0.03 * phase));
    this.errors = undefined;
    this.qa = undefined;
    if (random.chance(0.2)) {
      this.errors = random.chance(0.02 + 0.15 * (1 - q)) ? (random.chance(0.25) ? 2 : 1) : 0;
      const base = 66 + 33 * q + 2 * phase;
      this.qa = {
        etiquette: qaScore(base + 8, random),
        empathy: qaScore(base - 1, random),
        knowledgeBase: qaScore(base, random),
      };
    }
    this.followUpAt = undefined;
    if (random.chance(0.985)) {
      const u = random.next();
      const delay = random.chance(0.78 + 0.15 * q)
        ? 2 * HOUR_MS + 45 * HOUR_MS * u * u
        : 49 * HOUR_MS + 100 * HOUR_MS * u;
      const at = seconds(resolvedAt + delay);
      if (at < asOf) this.followUpAt = at;
    }
    this.opportunities = random.chance(0.004 + 0.02 * q) ? (random.chance(0.15) ? 2 : 1) : 0;
  }

  /** No feedback: the ticket is not resolved. */
  clear(): void {
    this.surveyedAt = undefined;
    this.csat = undefined;
    this.nps = undefined;
    this.review = undefined;
    this.diagnosisCorrect = undefined;
    this.errors = undefined;
    this.followUpAt = undefined;
    this.opportunities = undefined;
    this.qa = undefined;
  }
}
