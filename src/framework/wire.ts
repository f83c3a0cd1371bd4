// Conversions between protocol messages and framework values: DynamicValue, diagnostics,
// attribute paths.
import type * as proto from '../protocol/tfplugin6.js';
import { DiagnosticSeverity } from '../protocol/tfplugin6.js';
import type { CtyType, Value } from '../values/types.js';
import { decodeJsonValue } from '../values/json-value.js';
import { decodeMsgpack, encodeMsgpack } from '../values/msgpack.js';
import type { AttributePath, Diagnostic } from './diagnostics.js';

/** Terraform sends msgpack; JSON appears in some places; absent means null. */
export function decodeDynamic(dynamic: proto.DynamicValue | undefined, type: CtyType): Value {
  if (dynamic?.msgpack && dynamic.msgpack.length > 0) return decodeMsgpack(dynamic.msgpack, type);
  if (dynamic?.json && dynamic.json.length > 0) return decodeJsonValue(dynamic.json, type);
  return null;
}

export function encodeDynamic(value: Value, type: CtyType): proto.DynamicValue {
  return { msgpack: Buffer.from(encodeMsgpack(value, type)) };
}

export function pathToProto(path: AttributePath): proto.AttributePath {
  return {
    steps: path.map((step) =>
      'attribute' in step ? { attribute_name: step.attribute } : 'key' in step ? { element_key_string: step.key } : { element_key_int: step.index },
    ),
  };
}

export function diagnosticsToProto(diagnostics: readonly Diagnostic[]): proto.Diagnostic[] {
  return diagnostics.map((d) => ({
    severity: d.severity === 'error' ? DiagnosticSeverity.ERROR : DiagnosticSeverity.WARNING,
    summary: d.summary,
    detail: d.detail,
    attribute: d.path && d.path.length > 0 ? pathToProto(d.path) : undefined,
  }));
}
