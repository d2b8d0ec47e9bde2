import type { TableName, TableRecords } from './types';

/** How `mapRecords` converts a host value for a canonical field. */
export type FieldKind =
  | 'text'
  | 'instant'
  | 'enum'
  | 'boolean'
  | 'number'
  | 'seconds'
  | 'period'
  | 'qa';

/** A canonical field of a table that a mapping may fill (`attributes` has its own option). */
export type CanonicalField<T extends TableName> = Exclude<keyof TableRecords[T], 'attributes'> &
  string;

/**
 * The kind of every canonical field, in `data/types.ts` order. Typed so that the compiler fails
 * when a field is added to or removed from a record type without being listed here.
 */
export const fieldKinds: {
  readonly [T in TableName]: Readonly<Record<CanonicalField<T>, FieldKind>>;
} = {
  tickets: {
    id: 'text',
    createdAt: 'instant',
    status: 'enum',
    firstResponseAt: 'instant',
    resolvedAt: 'instant',
    closedAt: 'instant',
    surveyedAt: 'instant',
    excluded: 'enum',
    kind: 'enum',
    channel: 'text',
    priority: 'enum',
    category: 'text',
    agentId: 'text',
    teamId: 'text',
    customerId: 'text',
    productId: 'text',
    region: 'text',
    contacts: 'number',
    reopens: 'number',
    responseDueAt: 'instant',
    resolutionDueAt: 'instant',
    csat: 'number',
    nps: 'number',
    review: 'enum',
    diagnosisCorrect: 'boolean',
    errors: 'number',
    followUpAt: 'instant',
    opportunities: 'number',
    qa: 'qa',
  },
  calls: {
    id: 'text',
    startedAt: 'instant',
    answered: 'boolean',
    agentId: 'text',
    teamId: 'text',
    waitSeconds: 'seconds',
    talkSeconds: 'seconds',
    holdSeconds: 'seconds',
    wrapSeconds: 'seconds',
    resolved: 'boolean',
    csat: 'number',
  },
  agents: {
    agentId: 'text',
    period: 'period',
    teamId: 'text',
    trainingHours: 'number',
    trained: 'boolean',
    examTaken: 'boolean',
    examPassed: 'boolean',
    goalsSet: 'number',
    goalsMet: 'number',
    plansSet: 'number',
    plansDone: 'number',
    satisfied: 'boolean',
    assessmentStart: 'number',
    assessmentEnd: 'number',
    availableSeconds: 'seconds',
    busySeconds: 'seconds',
  },
  customers: {
    customerId: 'text',
    period: 'period',
    activeAtStart: 'boolean',
    activeAtEnd: 'boolean',
    orders: 'number',
    revenue: 'number',
    repeatRevenue: 'number',
    careContacts: 'number',
  },
};

/** The fields a record of each table cannot do without (`priority` has a default). */
export const requiredFields: { readonly [T in TableName]: readonly CanonicalField<T>[] } = {
  tickets: ['id', 'createdAt', 'status'],
  calls: ['id', 'startedAt', 'answered'],
  agents: ['agentId', 'period'],
  customers: ['customerId', 'period'],
};
