// The shape of the committed TrueNAS API subsets (scripts/derive-truenas-schema.ts).

/** A JSON Schema (draft 2020-12) node as the middleware's dumper writes it. */
export interface JsonSchema {
  type?: string | string[];
  title?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  prefixItems?: JsonSchema[];
  items?: boolean | JsonSchema;
  minItems?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  [keyword: string]: unknown;
}

export interface MethodSchema {
  /** Schema of the JSON-RPC `params` array. */
  readonly accepts: JsonSchema;
  /** Schema of the result (a job's result for a job method). */
  readonly returns: JsonSchema;
  readonly job: boolean;
  readonly roles?: string[];
  readonly no_auth_required?: boolean;
  readonly no_authz_required?: boolean;
  readonly removed_in?: string;
  readonly deprecated?: boolean;
  /** 26.0: public in name only; the removal version is reached. */
  readonly private?: boolean;
  /** 25.04: the method still declares its arguments with the legacy schema classes. */
  readonly schema_source?: 'legacy';
}

export interface ApiSubset {
  readonly version: string;
  readonly api_version: string;
  readonly source: string;
  readonly source_commit: string;
  readonly derived_by: string;
  readonly methods: Readonly<Record<string, MethodSchema>>;
}
