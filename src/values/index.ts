// The values layer in one import: cty types and values, their JSON and msgpack encodings.
export * from './types.js';
export { typeToJson, typeFromJson, TypeJsonError } from './type-json.js';
export { typesEqual, typeName } from './type-equal.js';
export { impliedType, dynamicContent } from './implied-type.js';
export { encodeMsgpack, decodeMsgpack } from './msgpack.js';
export { encodeJsonValue, decodeJsonValue } from './json-value.js';
export { valuesEqual, isWhollyKnown } from './compare.js';
export { conformanceErrors, type ConformanceError } from './conform.js';
export { toJsNumber, numberFromString, normalizeNumber, canonicalDecimal } from './numbers.js';
export { ValuePathError, formatPath, type ValuePath } from './path.js';
export { isValueRecord, entryOf, recordFrom, type ValueRecord } from './records.js';
