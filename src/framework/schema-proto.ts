// Our schema declarations as tfplugin6 schema messages.
import * as proto from '../protocol/tfplugin6.js';
import { typeToJson } from '../values/type-json.js';
import type { AttributeSpec, BlockBody, BlockSpec, Documentation, Schema } from './schema.js';
import type { FunctionDefinition, FunctionParameterDefinition } from './function.js';

const BLOCK_NESTING = {
  single: proto.BlockNesting.SINGLE,
  list: proto.BlockNesting.LIST,
  set: proto.BlockNesting.SET,
  map: proto.BlockNesting.MAP,
  group: proto.BlockNesting.GROUP,
} as const;

/** Descriptions go out in markdown when the author wrote markdown, else plain. */
function describe(doc: Documentation): Pick<proto.SchemaBlock, 'description' | 'description_kind'> {
  return doc.markdownDescription
    ? { description: doc.markdownDescription, description_kind: proto.StringKind.MARKDOWN }
    : { description: doc.description, description_kind: proto.StringKind.PLAIN };
}

export function schemaToProto(schema: Schema): proto.Schema {
  return { version: schema.version, block: blockToProto(schema, schema.version) };
}

function blockToProto(body: BlockBody, version = 0): proto.SchemaBlock {
  return {
    version,
    attributes: Object.entries(body.attributes).map(([name, attribute]) => attributeToProto(name, attribute)),
    block_types: Object.entries(body.blocks).map(([name, nested]) => nestedBlockToProto(name, nested)),
    ...describe(body),
    deprecated: body.deprecationMessage !== undefined,
  };
}

function attributeToProto(name: string, attribute: AttributeSpec): proto.SchemaAttribute {
  const common: proto.SchemaAttribute = {
    name,
    ...describe(attribute),
    required: attribute.required,
    optional: attribute.optional,
    computed: attribute.computed,
    sensitive: attribute.sensitive,
    deprecated: attribute.deprecationMessage !== undefined,
    write_only: attribute.writeOnly,
  };
  if (!attribute.nested) return { ...common, type: Buffer.from(typeToJson(attribute.type)) };
  return {
    ...common,
    nested_type: {
      nesting: BLOCK_NESTING[attribute.nested.nesting],
      attributes: Object.entries(attribute.nested.attributes).map(([n, a]) => attributeToProto(n, a)),
    },
  };
}

function nestedBlockToProto(name: string, nested: BlockSpec): proto.SchemaNestedBlock {
  return {
    type_name: name,
    block: blockToProto(nested.block),
    nesting: BLOCK_NESTING[nested.nesting],
    min_items: nested.minItems,
    max_items: nested.maxItems,
  };
}

function parameterToProto(parameter: FunctionParameterDefinition): proto.FunctionParameter {
  return {
    name: parameter.name,
    type: Buffer.from(typeToJson(parameter.type.cty)),
    allow_null_value: parameter.allowNull === true,
    allow_unknown_values: false,
    description: parameter.description,
    description_kind: proto.StringKind.PLAIN,
  };
}

export function functionToProto(fn: FunctionDefinition): proto.FunctionDefinition {
  return {
    parameters: fn.parameters.map(parameterToProto),
    variadic_parameter: fn.variadic ? parameterToProto(fn.variadic) : undefined,
    return: { type: Buffer.from(typeToJson(fn.returns.cty)) },
    summary: fn.summary,
    description: fn.description,
    description_kind: proto.StringKind.PLAIN,
  };
}
