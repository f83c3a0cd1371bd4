// Typed query filters and options, as every `*.query` method takes them.

export type FilterOperator =
  | '='
  | '!='
  | '>'
  | '>='
  | '<'
  | '<='
  | '~'
  | 'in'
  | 'nin'
  | 'rin'
  | 'rnin'
  | '^'
  | '!^'
  | '$'
  | '!$'
  | 'C='
  | 'C!='
  | 'Cin'
  | 'Cnin'
  | 'Crin'
  | 'Crnin'
  | 'C^'
  | 'C!^'
  | 'C$'
  | 'C!$';

export type Condition = readonly [field: string, op: FilterOperator, value: unknown];
export type Filter = Condition | readonly ['OR', readonly (Condition | readonly Condition[])[]];

export interface QueryOptions {
  /** Field names (dot paths allowed) or `[name, alias]` pairs. */
  readonly select?: readonly (string | readonly [string, string])[];
  /** Field names; `-name` for descending, `nulls_first:`/`nulls_last:` prefixes. */
  readonly order_by?: readonly string[];
  readonly offset?: number;
  /** 0 = no limit. */
  readonly limit?: number;
  readonly extra?: Readonly<Record<string, unknown>>;
}

/**
 * The filter for the rows whose `fields` hold what `input` gives them: how a method group finds
 * the row its create made when the create's answer was lost (CrudGroup's `findCreated`).
 */
export function byFields<C>(...fields: readonly (keyof C & string)[]): (input: C) => Filter[] {
  return (input) => fields.map((field): Filter => [field, '=', input[field]]);
}

/** byFields('name'), for any input with a name. */
export const byName: <C extends { readonly name: string }>(input: C) => Filter[] = byFields<{ readonly name: string }>('name');
