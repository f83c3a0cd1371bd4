// TypeScript shapes of every tfplugin6 (protocol 6.8) message, exactly as @grpc/grpc-js hands
// them to a handler and takes them back, given the loader options in ./descriptor.ts
// (keepCase, longs: Number, enums: Number, bytes: Buffer, oneofs: true, no defaults).
//
// proto3 puts nothing on the wire for a default value (empty string, 0, false, empty bytes,
// empty list, unset message), and the decoder does not fill defaults in, so every field of a
// received message may be absent: all fields are optional. Responses may likewise leave any
// field out; the encoder writes the proto3 default. Field names stay snake_case, as on the wire.

import type { Logger } from '../log/logger.js';

// ---------------------------------------------------------------------------------------------
// Enums (numbers on the wire and in these objects).

export const DiagnosticSeverity = { INVALID: 0, ERROR: 1, WARNING: 2 } as const;
export type DiagnosticSeverity = (typeof DiagnosticSeverity)[keyof typeof DiagnosticSeverity];

export const StringKind = { PLAIN: 0, MARKDOWN: 1 } as const;
export type StringKind = (typeof StringKind)[keyof typeof StringKind];

/** Nesting of a nested block (Schema.NestedBlock.NestingMode). */
export const BlockNesting = { INVALID: 0, SINGLE: 1, LIST: 2, SET: 3, MAP: 4, GROUP: 5 } as const;
export type BlockNesting = (typeof BlockNesting)[keyof typeof BlockNesting];

/** Nesting of a nested attribute type (Schema.Object.NestingMode); there is no GROUP. */
export const ObjectNesting = { INVALID: 0, SINGLE: 1, LIST: 2, SET: 3, MAP: 4 } as const;
export type ObjectNesting = (typeof ObjectNesting)[keyof typeof ObjectNesting];

export const DeferredReason = {
  UNKNOWN: 0,
  RESOURCE_CONFIG_UNKNOWN: 1,
  PROVIDER_CONFIG_UNKNOWN: 2,
  ABSENT_PREREQ: 3,
} as const;
export type DeferredReason = (typeof DeferredReason)[keyof typeof DeferredReason];

// ---------------------------------------------------------------------------------------------
// Shared messages.

/** An opaque value: terraform always sends msgpack; json appears in some responses. */
export interface DynamicValue {
  msgpack?: Buffer;
  json?: Buffer;
}

/** One step of an attribute path; exactly one selector is set (`selector` names it). */
export interface AttributePathStep {
  attribute_name?: string;
  element_key_string?: string;
  element_key_int?: number;
  selector?: 'attribute_name' | 'element_key_string' | 'element_key_int';
}

export interface AttributePath {
  steps?: AttributePathStep[];
}

export interface Diagnostic {
  /** Always set it: INVALID (0) counts as neither an error nor a warning in terraform. */
  severity?: DiagnosticSeverity;
  summary?: string;
  detail?: string;
  attribute?: AttributePath;
}

export interface FunctionError {
  text?: string;
  /** Index of the argument at fault; proto3 `optional`, so presence is meaningful. */
  function_argument?: number;
  _function_argument?: 'function_argument';
}

/** Stored state to upgrade: JSON text (current format) or a legacy flatmap. */
export interface RawState {
  json?: Buffer;
  flatmap?: Record<string, string>;
}

/** google.protobuf.Timestamp with int64 seconds as a number. */
export interface Timestamp {
  seconds?: number;
  nanos?: number;
}

// ---------------------------------------------------------------------------------------------
// Schemas.

export interface SchemaAttribute {
  name?: string;
  /** The cty type as compact JSON bytes, e.g. `"string"` or `["list","number"]`. */
  type?: Buffer;
  /** Set instead of `type` for a nested attribute. */
  nested_type?: SchemaObject;
  description?: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  description_kind?: StringKind;
  deprecated?: boolean;
  write_only?: boolean;
}

export interface SchemaObject {
  attributes?: SchemaAttribute[];
  nesting?: ObjectNesting;
  /** Deprecated upstream and without effect. */
  min_items?: number;
  /** Deprecated upstream and without effect. */
  max_items?: number;
}

export interface SchemaBlock {
  version?: number;
  attributes?: SchemaAttribute[];
  block_types?: SchemaNestedBlock[];
  description?: string;
  description_kind?: StringKind;
  deprecated?: boolean;
}

export interface SchemaNestedBlock {
  type_name?: string;
  block?: SchemaBlock;
  nesting?: BlockNesting;
  min_items?: number;
  max_items?: number;
}

export interface Schema {
  version?: number;
  /** Never leave it out in a schema you send: terraform dereferences it unconditionally. */
  block?: SchemaBlock;
}

export interface FunctionParameter {
  name?: string;
  /** The cty type constraint as compact JSON bytes. */
  type?: Buffer;
  allow_null_value?: boolean;
  allow_unknown_values?: boolean;
  description?: string;
  description_kind?: StringKind;
}

export interface FunctionReturn {
  type?: Buffer;
}

/** A provider-defined function (message `tfplugin6.Function`). */
export interface FunctionDefinition {
  parameters?: FunctionParameter[];
  variadic_parameter?: FunctionParameter;
  return?: FunctionReturn;
  summary?: string;
  description?: string;
  description_kind?: StringKind;
  deprecation_message?: string;
}

export interface ServerCapabilities {
  plan_destroy?: boolean;
  get_provider_schema_optional?: boolean;
  move_resource_state?: boolean;
}

export interface ClientCapabilities {
  deferral_allowed?: boolean;
  write_only_attributes_allowed?: boolean;
}

export interface Deferred {
  reason?: DeferredReason;
}

// ---------------------------------------------------------------------------------------------
// RPC requests and responses.

export type GetMetadataRequest = Record<string, never>;
export interface GetMetadataResponse {
  server_capabilities?: ServerCapabilities;
  diagnostics?: Diagnostic[];
  data_sources?: { type_name?: string }[];
  resources?: { type_name?: string }[];
  functions?: { name?: string }[];
  ephemeral_resources?: { type_name?: string }[];
}

export type GetProviderSchemaRequest = Record<string, never>;
export interface GetProviderSchemaResponse {
  /** Required by terraform ("missing provider schema" otherwise). */
  provider?: Schema;
  resource_schemas?: Record<string, Schema>;
  data_source_schemas?: Record<string, Schema>;
  functions?: Record<string, FunctionDefinition>;
  ephemeral_resource_schemas?: Record<string, Schema>;
  diagnostics?: Diagnostic[];
  provider_meta?: Schema;
  server_capabilities?: ServerCapabilities;
}

export interface ValidateProviderConfigRequest {
  config?: DynamicValue;
}
export interface ValidateProviderConfigResponse {
  /** Field number 2 upstream; the name is all that matters here. */
  diagnostics?: Diagnostic[];
}

export interface UpgradeResourceStateRequest {
  type_name?: string;
  /** The schema version recorded in state (absent means 0). */
  version?: number;
  raw_state?: RawState;
}
export interface UpgradeResourceStateResponse {
  upgraded_state?: DynamicValue;
  diagnostics?: Diagnostic[];
}

export interface ValidateResourceConfigRequest {
  type_name?: string;
  config?: DynamicValue;
  client_capabilities?: ClientCapabilities;
}
export interface ValidateResourceConfigResponse {
  diagnostics?: Diagnostic[];
}

export interface ValidateDataResourceConfigRequest {
  type_name?: string;
  config?: DynamicValue;
}
export interface ValidateDataResourceConfigResponse {
  diagnostics?: Diagnostic[];
}

export interface ValidateEphemeralResourceConfigRequest {
  type_name?: string;
  config?: DynamicValue;
}
export interface ValidateEphemeralResourceConfigResponse {
  diagnostics?: Diagnostic[];
}

export interface ConfigureProviderRequest {
  terraform_version?: string;
  config?: DynamicValue;
  client_capabilities?: ClientCapabilities;
}
export interface ConfigureProviderResponse {
  diagnostics?: Diagnostic[];
}

export interface ReadResourceRequest {
  type_name?: string;
  current_state?: DynamicValue;
  private?: Buffer;
  provider_meta?: DynamicValue;
  client_capabilities?: ClientCapabilities;
}
export interface ReadResourceResponse {
  /** A null value (msgpack nil) means the object is gone. */
  new_state?: DynamicValue;
  diagnostics?: Diagnostic[];
  private?: Buffer;
  deferred?: Deferred;
}

export interface PlanResourceChangeRequest {
  type_name?: string;
  prior_state?: DynamicValue;
  proposed_new_state?: DynamicValue;
  config?: DynamicValue;
  prior_private?: Buffer;
  provider_meta?: DynamicValue;
  client_capabilities?: ClientCapabilities;
}
export interface PlanResourceChangeResponse {
  planned_state?: DynamicValue;
  requires_replace?: AttributePath[];
  planned_private?: Buffer;
  diagnostics?: Diagnostic[];
  /** Reserved for the legacy Go SDK: never set it. */
  legacy_type_system?: boolean;
  deferred?: Deferred;
}

export interface ApplyResourceChangeRequest {
  type_name?: string;
  prior_state?: DynamicValue;
  planned_state?: DynamicValue;
  config?: DynamicValue;
  planned_private?: Buffer;
  provider_meta?: DynamicValue;
}
export interface ApplyResourceChangeResponse {
  new_state?: DynamicValue;
  private?: Buffer;
  diagnostics?: Diagnostic[];
  /** Reserved for the legacy Go SDK: never set it. */
  legacy_type_system?: boolean;
}

export interface ImportResourceStateRequest {
  type_name?: string;
  id?: string;
  client_capabilities?: ClientCapabilities;
}
export interface ImportedResource {
  type_name?: string;
  state?: DynamicValue;
  private?: Buffer;
}
export interface ImportResourceStateResponse {
  imported_resources?: ImportedResource[];
  diagnostics?: Diagnostic[];
  deferred?: Deferred;
}

export interface MoveResourceStateRequest {
  source_provider_address?: string;
  source_type_name?: string;
  source_schema_version?: number;
  source_state?: RawState;
  target_type_name?: string;
  source_private?: Buffer;
}
export interface MoveResourceStateResponse {
  target_state?: DynamicValue;
  diagnostics?: Diagnostic[];
  target_private?: Buffer;
}

export interface ReadDataSourceRequest {
  type_name?: string;
  config?: DynamicValue;
  provider_meta?: DynamicValue;
  client_capabilities?: ClientCapabilities;
}
export interface ReadDataSourceResponse {
  state?: DynamicValue;
  diagnostics?: Diagnostic[];
  deferred?: Deferred;
}

export interface OpenEphemeralResourceRequest {
  type_name?: string;
  config?: DynamicValue;
  client_capabilities?: ClientCapabilities;
}
export interface OpenEphemeralResourceResponse {
  diagnostics?: Diagnostic[];
  renew_at?: Timestamp;
  result?: DynamicValue;
  private?: Buffer;
  deferred?: Deferred;
}

export interface RenewEphemeralResourceRequest {
  type_name?: string;
  /** proto3 `optional`: absent and empty are different. */
  private?: Buffer;
  _private?: 'private';
}
export interface RenewEphemeralResourceResponse {
  diagnostics?: Diagnostic[];
  renew_at?: Timestamp;
  private?: Buffer;
}

export interface CloseEphemeralResourceRequest {
  type_name?: string;
  /** proto3 `optional`: absent and empty are different. */
  private?: Buffer;
  _private?: 'private';
}
export interface CloseEphemeralResourceResponse {
  diagnostics?: Diagnostic[];
}

export type GetFunctionsRequest = Record<string, never>;
export interface GetFunctionsResponse {
  functions?: Record<string, FunctionDefinition>;
  diagnostics?: Diagnostic[];
}

export interface CallFunctionRequest {
  name?: string;
  arguments?: DynamicValue[];
}
export interface CallFunctionResponse {
  result?: DynamicValue;
  error?: FunctionError;
}

export type StopProviderRequest = Record<string, never>;
export interface StopProviderResponse {
  /** Capital E, as upstream. Empty means the provider stopped cleanly. */
  Error?: string;
}

// ---------------------------------------------------------------------------------------------
// What the framework implements on top of the plugin server.

/** Per-call context the server hands to every handler. */
export interface CallContext {
  /** Aborted when terraform calls StopProvider (Ctrl-C) or the call is cancelled. */
  signal: AbortSignal;
  logger: Logger;
}

/**
 * One method per tfplugin6 RPC. Optional members may be left out; the server then answers
 * UNIMPLEMENTED, which terraform handles for every optional RPC. A thrown exception becomes a
 * gRPC INTERNAL error with a safe message: report domain errors as diagnostics instead.
 */
export interface ProviderHandlers {
  getMetadata?(req: GetMetadataRequest, ctx: CallContext): Promise<GetMetadataResponse>;
  getProviderSchema(req: GetProviderSchemaRequest, ctx: CallContext): Promise<GetProviderSchemaResponse>;
  validateProviderConfig(req: ValidateProviderConfigRequest, ctx: CallContext): Promise<ValidateProviderConfigResponse>;
  validateResourceConfig(req: ValidateResourceConfigRequest, ctx: CallContext): Promise<ValidateResourceConfigResponse>;
  validateDataResourceConfig(req: ValidateDataResourceConfigRequest, ctx: CallContext): Promise<ValidateDataResourceConfigResponse>;
  upgradeResourceState(req: UpgradeResourceStateRequest, ctx: CallContext): Promise<UpgradeResourceStateResponse>;
  configureProvider(req: ConfigureProviderRequest, ctx: CallContext): Promise<ConfigureProviderResponse>;
  readResource(req: ReadResourceRequest, ctx: CallContext): Promise<ReadResourceResponse>;
  planResourceChange(req: PlanResourceChangeRequest, ctx: CallContext): Promise<PlanResourceChangeResponse>;
  applyResourceChange(req: ApplyResourceChangeRequest, ctx: CallContext): Promise<ApplyResourceChangeResponse>;
  importResourceState(req: ImportResourceStateRequest, ctx: CallContext): Promise<ImportResourceStateResponse>;
  moveResourceState?(req: MoveResourceStateRequest, ctx: CallContext): Promise<MoveResourceStateResponse>;
  readDataSource(req: ReadDataSourceRequest, ctx: CallContext): Promise<ReadDataSourceResponse>;
  getFunctions?(req: GetFunctionsRequest, ctx: CallContext): Promise<GetFunctionsResponse>;
  callFunction?(req: CallFunctionRequest, ctx: CallContext): Promise<CallFunctionResponse>;
  validateEphemeralResourceConfig?(req: ValidateEphemeralResourceConfigRequest, ctx: CallContext): Promise<ValidateEphemeralResourceConfigResponse>;
  openEphemeralResource?(req: OpenEphemeralResourceRequest, ctx: CallContext): Promise<OpenEphemeralResourceResponse>;
  renewEphemeralResource?(req: RenewEphemeralResourceRequest, ctx: CallContext): Promise<RenewEphemeralResourceResponse>;
  closeEphemeralResource?(req: CloseEphemeralResourceRequest, ctx: CallContext): Promise<CloseEphemeralResourceResponse>;
  /**
   * Called after the server has aborted every in-flight call's signal on StopProvider.
   * Throwing (or rejecting) reports the message back to terraform in StopProvider's Error.
   */
  stopProvider?(): Promise<void>;
}
