import { type FieldDef, recordTables } from './tables';
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

/** The kinds of one table's canonical fields, from its declaration (`attributes` left out). */
function kindsOf<T extends TableName>(table: T): Readonly<Record<CanonicalField<T>, FieldKind>> {
  const fields = recordTables[table].fields as Readonly<Record<string, FieldDef>>;
  return Object.fromEntries(
    Object.entries(fields).flatMap(([name, f]) => (name === 'attributes' ? [] : [[name, f.kind]])),
  ) as Record<CanonicalField<T>, FieldKind>;
}

/** The fields a record of one table cannot do without, from its declaration. */
function requiredOf<T extends TableName>(table: T): readonly CanonicalField<T>[] {
  const fields = recordTables[table].fields as Readonly<Record<string, FieldDef>>;
  return Object.entries(fields).flatMap(([name, f]) =>
    f.presence === 'required' ? [name as CanonicalField<T>] : [],
  );
}

/** The kind of every canonical field, in declaration order (`tables.ts`). */
export const fieldKinds: {
  readonly [T in TableName]: Readonly<Record<CanonicalField<T>, FieldKind>>;
} = {
  tickets: kindsOf('tickets'),
  calls: kindsOf('calls'),
  agents: kindsOf('agents'),
  customers: kindsOf('customers'),
};

/** The fields a record of each table cannot do without (`priority` has a default). */
export const requiredFields: { readonly [T in TableName]: readonly CanonicalField<T>[] } = {
  tickets: requiredOf('tickets'),
  calls: requiredOf('calls'),
  agents: requiredOf('agents'),
  customers: requiredOf('customers'),
};
