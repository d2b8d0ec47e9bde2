/**
 * The behaviour behind the demo tickets: shares of kinds, priorities and channels, and how agent
 * skill `q` (0–1) and the improvement phase `phase` (0 before the PDCA month, ramping to 1 through
 * it) move each figure. Kept apart from the generator loop so the knobs read as a table.
 */
import type { Priority, TicketKind } from '../data/types';
import {
  complaintCauseWeights,
  demoChannels,
  repairCauseWeights,
  returnCauseWeights,
} from './directory';
import { HOUR_MS } from './calendar';
import { cumulate } from './random';

/** Kinds by index; complaints are drawn separately (their rate depends on the agent and phase). */
export const kinds: readonly TicketKind[] = [
  'repair',
  'inquiry',
  'installation',
  'return',
  'complaint',
];
/** Kind indexes into {@link kinds}. */
export const Kind = { repair: 0, inquiry: 1, installation: 2, return: 3, complaint: 4 } as const;
/** Shares of the non-complaint kinds. */
export const otherKindWeights = cumulate([0.46, 0.3, 0.15, 0.09]);

/** Complaint share before the improvement, scaled per agent by `1.3 − 0.6 q` (≈ 5.3 % overall). */
export const baseComplaintRate = 0.055;
/** The improvement cycle targets the top complaint cause and removes this share of it. */
export const topCauseReduction = 0.45;

/** Cumulative complaint-cause weights before the improvement cycle and once it holds. */
export const complaintCausesBefore = cumulate(complaintCauseWeights);
export const complaintCausesAfter = cumulate(
  complaintCauseWeights.map((w, i) => (i === 0 ? w * (1 - topCauseReduction) : w)),
);
/** Cumulative cause weights of repairs and returns (installations and inquiries have no cause). */
export const repairCauses = cumulate(repairCauseWeights);
export const returnCauses = cumulate(returnCauseWeights);

/**
 * Priorities by index, and their cumulative weights: 4.5 % urgent overall, complaints more
 * pressing, inquiries mostly normal or low.
 */
export const priorities: readonly Priority[] = ['urgent', 'high', 'normal', 'low'];
export const priorityWeights = cumulate([0.045, 0.15, 0.65, 0.155]);
export const complaintPriorityWeights = cumulate([0.1, 0.35, 0.55, 0]);
export const inquiryPriorityWeights = cumulate([0.01, 0.07, 0.62, 0.3]);
/** Response and handling speed by priority (urgent work jumps the queue). */
export const responsePriorityFactor = [0.25, 0.6, 1, 1.4];
export const handlingPriorityFactor = [0.15, 0.5, 1, 1.4];

/** Cumulative channel shares (order of `demoChannels`). */
export const channelWeights = cumulate(demoChannels.map((c) => c.share));
/** Response speed by channel (phone and chat are answered live; email waits in a queue). */
export const channelResponseFactor = [0.4, 0.5, 1, 2.2, 1.2];

/** Median handling hours (first response → resolution) by kind, for an average agent. */
export const handlingMedianHours = [7, 0.6, 16, 20, 10];

/** Median working delay before the first response, hours. */
export function responseMedianHours(q: number, phase: number): number {
  return 0.6 * Math.exp(-1.2 * (q - 0.5)) * (1 - 0.3 * phase);
}

/** Probability that a ticket sits in a queue and is answered a day or more later. */
export function lateResponseProbability(q: number, phase: number): number {
  return (0.03 + 0.16 * (1 - q)) * (1 - 0.45 * phase);
}

/** Skill factor on handling time: weak agents take ≈ 2× as long, excellent ones ≈ ½. */
export function handlingSkillFactor(q: number, phase: number): number {
  return Math.exp(-1.8 * (q - 0.5)) * (1 - 0.15 * phase);
}

/** Probability that a ticket waits for parts or escalation (median 4 days of handling). */
export function slowHandlingProbability(q: number): number {
  return 0.03 + 0.12 * (1 - q);
}

/** Probability that a ticket gets stuck and is never resolved in the range. */
export function stuckProbability(q: number): number {
  return 0.001 + 0.008 * (1 - q) * (1 - q);
}

/** Probability that a resolved ticket was reopened (complaints 1.5×). */
export function reopenProbability(q: number, complaint: boolean, phase: number): number {
  return (0.09 - 0.07 * q) * (complaint ? 1.5 : 1) * (1 - 0.25 * phase);
}

/** Probability of resolution at the first contact (inquiries are easier), capped at 97 %. */
export function firstContactProbability(q: number, inquiry: boolean, phase: number): number {
  const p = (0.6 + 0.3 * q) * (inquiry ? 1.12 : 1) + 0.06 * phase;
  return Math.min(0.97, p);
}

/**
 * Probability that a resolved complaint is never confirmed closed (weak agents leave them
 * hanging); low enough that ≈ 96 % of complaints are closed at `asOf`, a strength of the desk.
 */
export function complaintLeftOpenProbability(q: number): number {
  return 0.003 + 0.03 * (1 - q);
}

/** Probability that a resolved ticket (not an inquiry) comes back as a repeat fault within 30 days. */
export function repeatFaultProbability(q: number, phase: number): number {
  return (0.02 + 0.11 * (1 - q) * (1 - q)) * (1 - 0.2 * phase);
}

/**
 * Latent satisfaction of a resolved ticket (before noise): the agent's skill, slow or reopened
 * work and complaints move it; a standard normal is added by the caller.
 */
export function satisfactionLevel(
  q: number,
  phase: number,
  resolutionMs: number,
  reopened: boolean,
  complaint: boolean,
  lateResponse: boolean,
): number {
  let z = 1.4 + 1.4 * (q - 0.5) + 0.15 * phase;
  if (resolutionMs > 72 * HOUR_MS) z -= 0.9;
  else if (resolutionMs > 24 * HOUR_MS) z -= 0.45;
  if (reopened) z -= 0.6;
  if (complaint) z -= 0.5;
  if (lateResponse) z -= 0.4;
  return z;
}

/** CSAT 1–5 from the latent satisfaction. */
export function csatFromLevel(z: number): number {
  return z > 1.25 ? 5 : z > 0.15 ? 4 : z > -0.6 ? 3 : z > -1.3 ? 2 : 1;
}

/** 0–10 likelihood to recommend from the latent satisfaction plus extra noise `e`. */
export function npsFromLevel(z: number, e: number): number {
  const score = Math.round(8 + 1.5 * (z - 1) + e);
  return Math.min(10, Math.max(0, score));
}
