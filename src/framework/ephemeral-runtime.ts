// Runs one ephemeral resource type: validate, open, renew, close, on the wire.
import type * as proto from '../protocol/tfplugin6.js';
import type { CallContext } from '../protocol/tfplugin6.js';
import { isWhollyKnown } from '../values/compare.js';
import type { CtyType } from '../values/types.js';
import { diagnosticFromError, errorDiagnostic, warningDiagnostic, type Diagnostic } from './diagnostics.js';
import type { EphemeralPrivate, EphemeralResourceDefinition } from './ephemeral-resource.js';
import { blockType } from './implied-type.js';
import { blockToModel, modelToBlock } from './model.js';
import { reconcile } from './reconcile.js';
import type { OperationContext } from './resource.js';
import type { Schema } from './schema.js';
import { validateContext, validateObject } from './validate.js';
import { decodeDynamic, diagnosticsToProto, encodeDynamic } from './wire.js';
import { assertWriteOnlySchema } from './write-only.js';

export type AnyEphemeralResource<P> = EphemeralResourceDefinition<Schema, P, Record<string, unknown>>;

export class EphemeralRuntime<P> {
  private readonly type: CtyType;

  constructor(
    readonly definition: AnyEphemeralResource<P>,
    private readonly provider: () => P | undefined,
  ) {
    this.type = blockType(definition.schema);
    assertWriteOnlySchema(definition.name, definition.schema, false);
  }

  validate(req: proto.ValidateEphemeralResourceConfigRequest): proto.ValidateEphemeralResourceConfigResponse {
    const config = decodeDynamic(req.config, this.type);
    const diagnostics = validateObject(this.definition.schema, config);
    this.definition.validateConfig?.(validateContext(config, diagnostics));
    return { diagnostics: diagnosticsToProto(diagnostics) };
  }

  async open(req: proto.OpenEphemeralResourceRequest, call: CallContext): Promise<proto.OpenEphemeralResourceResponse> {
    const config = decodeDynamic(req.config, this.type);
    const diagnostics: Diagnostic[] = [];
    if (!isWhollyKnown(config)) {
      // Terraform does not open with unknown values; if it ever does, say so rather than guess.
      diagnostics.push(errorDiagnostic('Configuration not known yet', `${this.definition.name} cannot be opened before its configuration is known.`));
      return { diagnostics: diagnosticsToProto(diagnostics) };
    }
    try {
      const opened = await this.definition.open(this.context(call, diagnostics), blockToModel(config, this.definition.schema));
      const result = reconcile(this.definition.schema, config, modelToBlock(opened.result, this.definition.schema));
      return {
        result: encodeDynamic(result, this.type),
        ...(opened.renewAt ? { renew_at: timestamp(opened.renewAt) } : {}),
        ...(opened.private ? { private: encodePrivate(opened.private) } : {}),
        diagnostics: diagnosticsToProto(diagnostics),
      };
    } catch (error) {
      diagnostics.push(diagnosticFromError(error, `Opening ${this.definition.name} failed`));
      return { diagnostics: diagnosticsToProto(diagnostics) };
    }
  }

  async renew(req: proto.RenewEphemeralResourceRequest, call: CallContext): Promise<proto.RenewEphemeralResourceResponse> {
    const diagnostics: Diagnostic[] = [];
    if (!this.definition.renew) return {};
    try {
      const renewed = await this.definition.renew(this.context(call, diagnostics), decodePrivate(req.private));
      return {
        ...(renewed.renewAt ? { renew_at: timestamp(renewed.renewAt) } : {}),
        // Terraform keeps the private data it had when a renew returns none.
        private: renewed.private ? encodePrivate(renewed.private) : req.private,
        diagnostics: diagnosticsToProto(diagnostics),
      };
    } catch (error) {
      diagnostics.push(diagnosticFromError(error, `Renewing ${this.definition.name} failed`));
      return { private: req.private, diagnostics: diagnosticsToProto(diagnostics) };
    }
  }

  async close(req: proto.CloseEphemeralResourceRequest, call: CallContext): Promise<proto.CloseEphemeralResourceResponse> {
    const diagnostics: Diagnostic[] = [];
    if (!this.definition.close) return {};
    try {
      await this.definition.close(this.context(call, diagnostics), decodePrivate(req.private));
    } catch (error) {
      diagnostics.push(diagnosticFromError(error, `Closing ${this.definition.name} failed`));
    }
    return { diagnostics: diagnosticsToProto(diagnostics) };
  }

  private context(call: CallContext, diagnostics: Diagnostic[]): OperationContext<P> {
    const provider = this.provider();
    if (provider === undefined) {
      throw new Error('The provider is not configured: its configuration depends on values that are not known yet, or configuring it failed.');
    }
    return {
      provider,
      logger: call.logger.with({ tf_ephemeral_resource_type: this.definition.name }),
      signal: call.signal,
      timeoutMs: undefined,
      warn: (summary, detail, path) => diagnostics.push(warningDiagnostic(summary, detail ?? summary, path)),
    };
  }
}

function timestamp(date: Date): proto.Timestamp {
  const ms = date.getTime();
  return { seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1_000_000 };
}

function encodePrivate(data: EphemeralPrivate): Buffer {
  return Buffer.from(JSON.stringify(data), 'utf8');
}

function decodePrivate(bytes: Buffer | undefined): EphemeralPrivate {
  if (!bytes || bytes.length === 0) return {};
  const parsed: unknown = JSON.parse(bytes.toString('utf8'));
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key] = value;
  }
  return out;
}
