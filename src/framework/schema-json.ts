// A provider's schema in the JSON format of `terraform providers schema -json`, made from our
// own definitions without running terraform. It is built from the very schema messages the
// provider serves (GetProviderSchema), so it cannot drift from what terraform sees; the
// conversion follows terraform's own JSON writer (empty and false members left out, object
// members in sorted order).
import { silentLogger } from '../log/logger.js';
import * as proto from '../protocol/tfplugin6.js';
import type { ProviderDefinition } from './provider.js';
import type { Schema } from './schema.js';
import { createProviderServer } from './server.js';

/** The JSON of a cty type, as terraform writes it (`"string"`, `["list","number"]`, …). */
export type TypeJson = string | readonly unknown[];

export interface AttributeJson {
  readonly type?: TypeJson;
  readonly nested_type?: NestedTypeJson;
  readonly description?: string;
  readonly description_kind: 'plain' | 'markdown';
  readonly deprecated?: true;
  readonly required?: true;
  readonly optional?: true;
  readonly computed?: true;
  readonly sensitive?: true;
  readonly write_only?: true;
}

export interface NestedTypeJson {
  readonly attributes: Readonly<Record<string, AttributeJson>>;
  readonly nesting_mode: NestingModeJson;
}

export type NestingModeJson = 'single' | 'list' | 'set' | 'map' | 'group';

export interface BlockJson {
  readonly attributes?: Readonly<Record<string, AttributeJson>>;
  readonly block_types?: Readonly<Record<string, BlockTypeJson>>;
  readonly description?: string;
  readonly description_kind: 'plain' | 'markdown';
  readonly deprecated?: true;
}

export interface BlockTypeJson {
  readonly nesting_mode: NestingModeJson;
  readonly block: BlockJson;
  readonly min_items?: number;
  readonly max_items?: number;
}

export interface SchemaJson {
  readonly version: number;
  readonly block: BlockJson;
}

export interface FunctionParameterJson {
  readonly name: string;
  readonly description?: string;
  readonly is_nullable?: true;
  readonly type: TypeJson;
}

export interface FunctionJson {
  readonly description?: string;
  readonly summary?: string;
  readonly deprecation_message?: string;
  readonly return_type: TypeJson;
  readonly parameters?: readonly FunctionParameterJson[];
  readonly variadic_parameter?: FunctionParameterJson;
}

export interface ProviderSchemaJson {
  readonly provider: SchemaJson;
  readonly resource_schemas?: Readonly<Record<string, SchemaJson>>;
  readonly data_source_schemas?: Readonly<Record<string, SchemaJson>>;
  readonly ephemeral_resource_schemas?: Readonly<Record<string, SchemaJson>>;
  readonly functions?: Readonly<Record<string, FunctionJson>>;
}

/** The whole document `terraform providers schema -json` prints. */
export interface ProviderSchemasJson {
  readonly format_version: '1.0';
  readonly provider_schemas: Readonly<Record<string, ProviderSchemaJson>>;
}

const NESTING_NAMES: Readonly<Record<number, NestingModeJson>> = {
  [proto.BlockNesting.SINGLE]: 'single',
  [proto.BlockNesting.LIST]: 'list',
  [proto.BlockNesting.SET]: 'set',
  [proto.BlockNesting.MAP]: 'map',
  [proto.BlockNesting.GROUP]: 'group',
};

/** The schema document of one or more providers, keyed by their source addresses. */
export async function providerSchemasJson(providers: readonly ProviderDefinition<Schema, unknown>[]): Promise<ProviderSchemasJson> {
  const entries = await Promise.all(providers.map(async (p) => [p.address, await providerSchemaJson(p)] as const));
  return { format_version: '1.0', provider_schemas: sortedRecord(entries) };
}

export async function providerSchemaJson(provider: ProviderDefinition<Schema, unknown>): Promise<ProviderSchemaJson> {
  const server = createProviderServer(provider);
  const response = await server.getProviderSchema({}, { signal: new AbortController().signal, logger: silentLogger });
  return compact({
    provider: schemaJson(response.provider ?? {}),
    resource_schemas: mapRecord(response.resource_schemas, schemaJson),
    data_source_schemas: mapRecord(response.data_source_schemas, schemaJson),
    ephemeral_resource_schemas: mapRecord(response.ephemeral_resource_schemas, schemaJson),
    functions: mapRecord(response.functions, functionJson),
  });
}

function schemaJson(schema: proto.Schema): SchemaJson {
  return { version: schema.version ?? 0, block: blockJson(schema.block ?? {}) };
}

function blockJson(block: proto.SchemaBlock): BlockJson {
  return compact({
    attributes: namedRecord(block.attributes, (a) => a.name, attributeJson),
    block_types: namedRecord(block.block_types, (b) => b.type_name, blockTypeJson),
    description: block.description || undefined,
    description_kind: kindName(block.description_kind),
    deprecated: block.deprecated || undefined,
  });
}

function blockTypeJson(nested: proto.SchemaNestedBlock): BlockTypeJson {
  return compact({
    nesting_mode: nestingName(nested.nesting),
    block: blockJson(nested.block ?? {}),
    min_items: nested.min_items || undefined,
    max_items: nested.max_items || undefined,
  });
}

function attributeJson(attribute: proto.SchemaAttribute): AttributeJson {
  return compact({
    type: attribute.nested_type ? undefined : typeJson(attribute.type),
    nested_type: attribute.nested_type ? nestedTypeJson(attribute.nested_type) : undefined,
    description: attribute.description || undefined,
    description_kind: kindName(attribute.description_kind),
    deprecated: attribute.deprecated || undefined,
    required: attribute.required || undefined,
    optional: attribute.optional || undefined,
    computed: attribute.computed || undefined,
    sensitive: attribute.sensitive || undefined,
    write_only: attribute.write_only || undefined,
  });
}

function nestedTypeJson(object: proto.SchemaObject): NestedTypeJson {
  return {
    attributes: namedRecord(object.attributes, (a) => a.name, attributeJson) ?? {},
    nesting_mode: nestingName(object.nesting),
  };
}

function functionJson(fn: proto.FunctionDefinition): FunctionJson {
  return compact({
    description: fn.description || undefined,
    summary: fn.summary || undefined,
    deprecation_message: fn.deprecation_message || undefined,
    return_type: typeJson(fn.return?.type),
    parameters: fn.parameters && fn.parameters.length > 0 ? fn.parameters.map(parameterJson) : undefined,
    variadic_parameter: fn.variadic_parameter ? parameterJson(fn.variadic_parameter) : undefined,
  });
}

function parameterJson(parameter: proto.FunctionParameter): FunctionParameterJson {
  return compact({
    name: parameter.name ?? '',
    description: parameter.description || undefined,
    is_nullable: parameter.allow_null_value || undefined,
    type: typeJson(parameter.type),
  });
}

function typeJson(bytes: Buffer | undefined): TypeJson {
  return JSON.parse(bytes ? bytes.toString('utf8') : '"dynamic"') as TypeJson;
}

function kindName(kind: proto.StringKind | undefined): 'plain' | 'markdown' {
  return kind === proto.StringKind.MARKDOWN ? 'markdown' : 'plain';
}

function nestingName(nesting: number | undefined): NestingModeJson {
  const name = NESTING_NAMES[nesting ?? 0];
  if (!name) throw new Error(`schema has an invalid nesting mode ${String(nesting)}`);
  return name;
}

/** Protobuf repeated fields keyed by name, as terraform's JSON has them; undefined when empty. */
function namedRecord<T, J>(items: readonly T[] | undefined, name: (item: T) => string | undefined, convert: (item: T) => J) {
  if (!items || items.length === 0) return undefined;
  return sortedRecord(items.map((item) => [name(item) ?? '', convert(item)] as const));
}

function mapRecord<T, J>(record: Readonly<Record<string, T>> | undefined, convert: (item: T) => J) {
  if (!record || Object.keys(record).length === 0) return undefined;
  return sortedRecord(Object.entries(record).map(([key, value]) => [key, convert(value)] as const));
}

function sortedRecord<J>(entries: readonly (readonly [string, J])[]): Record<string, J> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Drops members left undefined, as Go's `omitempty` does. */
function compact<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}
