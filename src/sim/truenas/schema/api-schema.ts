// Validates a call's params against the API schema of the simulated release, and words the
// refusal as the middleware does: `[attribute, message, errno]` triples whose attribute is
// `<parameter name>.<field path>` (pydantic locations joined with dots; union members add the
// member's model name or discriminator tag), as truenas/middleware
// src/middlewared/middlewared/api/base/handler/accept.py (validate_model) builds them.
// The JSON Schema checks themselves are ajv's (draft 2020-12), loaded on first use.
import { isIP } from 'node:net';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Errno } from '../../../clients/truenas/errno.js';
import type { ValidationTriple } from '../sim-errors.js';
import { missingParameterMessage, validationMessage, type SchemaStyle } from './error-messages.js';
import { releaseFor, type TrueNASRelease } from './releases.js';
import type { ApiSubset, JsonSchema, MethodSchema } from './types.js';

type Ajv = import('ajv/dist/2020.js').default;

let ajvInstance: Promise<Ajv> | undefined;

function isNetwork(text: string): boolean {
  const [address, prefix, ...rest] = text.split('/');
  if (rest.length > 0 || address === undefined) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/** One ajv for every schema: draft 2020-12, all errors, the formats the dumps use. */
async function loadAjv(): Promise<Ajv> {
  // Both are CommonJS modules whose `module.exports` also carries the class/plugin as `.default`.
  const [ajvModule, formatsModule] = await Promise.all([import('ajv/dist/2020.js'), import('ajv-formats')]);
  const Ajv2020 = ajvModule.default.default;
  const addFormats = formatsModule.default.default;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat('ipvanyaddress', (text: string) => isIP(text) !== 0);
  ajv.addFormat('ipvanynetwork', isNetwork);
  ajv.addFormat('ipvanyinterface', isNetwork);
  ajv.addFormat('file-path', true);
  return ajv;
}

async function importSubset(release: TrueNASRelease): Promise<ApiSubset> {
  // Static specifiers, so the bundler carries each file (in its own chunk).
  switch (release) {
    case '25.04.2.6':
      return (await import('./truenas-25.04.2.6-subset.json', { with: { type: 'json' } })).default as unknown as ApiSubset;
    case '25.10.6':
      return (await import('./truenas-25.10.6-subset.json', { with: { type: 'json' } })).default as unknown as ApiSubset;
    case '26.0.0-beta3':
      return (await import('./truenas-26.0.0-beta3-subset.json', { with: { type: 'json' } })).default as unknown as ApiSubset;
  }
}

/** The API of one release: which methods exist, their flags, and params validation. */
export class TrueNASApiSchema {
  private readonly compiled = new Map<string, ValidateFunction>();

  private constructor(
    readonly release: TrueNASRelease,
    readonly subset: ApiSubset,
    private readonly ajv: Ajv,
  ) {}

  /** The schema a simulated version (`25.10.0`, `26.0.0`, ...) answers with. */
  static async forVersion(version: string): Promise<TrueNASApiSchema> {
    return TrueNASApiSchema.forRelease(releaseFor(version));
  }

  static async forRelease(release: TrueNASRelease): Promise<TrueNASApiSchema> {
    ajvInstance ??= loadAjv();
    const [subset, ajv] = await Promise.all([importSubset(release), ajvInstance]);
    return new TrueNASApiSchema(release, subset, ajv);
  }

  /** The method's entry, or undefined when the release does not have it publicly. */
  method(name: string): MethodSchema | undefined {
    return Object.hasOwn(this.subset.methods, name) ? this.subset.methods[name] : undefined;
  }

  /** The compiled validator of a method's params (compiled once). */
  validator(name: string): ValidateFunction | undefined {
    const method = this.method(name);
    if (!method) return undefined;
    let validate = this.compiled.get(name);
    if (!validate) {
      validate = this.ajv.compile(method.accepts);
      this.compiled.set(name, validate);
    }
    return validate;
  }

  /** Checks a result against the method's `returns` (values decoded: `{"$date"}` → ISO text first). */
  validateResult(name: string, result: unknown): string[] {
    const method = this.method(name);
    if (!method) return [`${name} is not in the ${this.release} API`];
    const validate = this.ajv.compile(method.returns);
    return validate(result) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
  }

  /** The middleware's ValidationErrors for `params` (empty when it accepts them). */
  validateParams(name: string, params: readonly unknown[]): ValidationTriple[] {
    const method = this.method(name);
    const validate = this.validator(name);
    if (!method || !validate) return [];
    const accepts = method.accepts;
    const declared = accepts.prefixItems ?? [];
    if (accepts.items === false && params.length > declared.length) {
      return [['', `Too many arguments (expected ${declared.length}, found ${params.length})`, Errno.EINVAL]];
    }
    if (validate(params)) return [];
    return describe(accepts, params, validate.errors ?? [], method.schema_source === 'legacy' ? 'legacy' : 'pydantic');
  }
}

function decodePointer(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let value: unknown = root;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

const isNullSchema = (schema: JsonSchema) => schema.type === 'null';

/**
 * A union member's name in pydantic's location: the model name for a model; for other members
 * pydantic's schema tag (`constrained-int`, `str`, ...). Tags with brackets (`literal[0]`,
 * `list[str]`) are folded by the middleware into one message on the union's own attribute.
 */
function memberLabel(member: JsonSchema): { label: string } | { grouped: true } {
  if (member.title && (member.type === 'object' || member.properties)) return { label: member.title };
  if (member.enum !== undefined || 'const' in member || member.type === 'array' || member.type === 'object') return { grouped: true };
  const constrained = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern'].some((k) => k in member);
  const names: Record<string, string> = { integer: 'int', string: 'str', number: 'float', boolean: 'bool' };
  const name = names[String(member.type)];
  if (!name) return { grouped: true };
  return { label: constrained ? `constrained-${name}` : name };
}

interface Located {
  attribute: string;
  message: string;
  /** Union members that are not models report under their union, joined with " or ". */
  grouped: boolean;
}

/** Turns one ajv error into the middleware's attribute and message, or null when pydantic would not report it. */
function locate(accepts: JsonSchema, params: readonly unknown[], error: ErrorObject, style: SchemaStyle): Located | null {
  if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if') return null;
  const schemaPath = decodePointer(error.schemaPath.replace(/^#/, ''));
  const instance = decodePointer(error.instancePath);
  const attribute: string[] = [];
  let node: JsonSchema = accepts;
  let depth = 0;
  let grouped = false;
  for (let i = 0; i < schemaPath.length - 1; i++) {
    const step = schemaPath[i]!;
    if (step === 'prefixItems') {
      const index = Number(schemaPath[++i]);
      node = node.prefixItems![index]!;
      attribute.push(depth === 0 ? (node.title ?? String(index)) : String(index));
      depth++;
    } else if (step === 'items' || step === 'additionalProperties') {
      node = (node[step] as JsonSchema | undefined) ?? {};
      attribute.push(instance[depth] ?? '');
      depth++;
    } else if (step === 'properties') {
      const key = schemaPath[++i]!;
      node = node.properties![key]!;
      attribute.push(key);
      depth++;
    } else if (step === 'anyOf' || step === 'oneOf') {
      const members = node[step] as JsonSchema[];
      const member = members[Number(schemaPath[++i])]!;
      const here = valueAt(params, instance.slice(0, depth));
      const others = members.filter((m) => !isNullSchema(m));
      if (isNullSchema(member)) return null;
      if (others.length === 1) {
        // `X | None`: pydantic checks X alone, no member in the location.
      } else if (node.discriminator && style === 'pydantic') {
        const tagName = node.discriminator.propertyName;
        const tag = here !== null && typeof here === 'object' ? (here as Record<string, unknown>)[tagName] : undefined;
        const tags = members.map((m) => m.properties?.[tagName]?.const);
        if (tag === undefined) return { attribute: [...attribute, tagName].join('.'), message: 'Field required', grouped: false };
        if (!tags.includes(tag)) {
          const expected = tags.map((t) => `'${String(t)}'`).join(', ');
          return {
            attribute: attribute.join('.'),
            message: `Input tag '${String(tag)}' found using '${tagName}' does not match any of the expected tags: ${expected}`,
            grouped: false,
          };
        }
        if (member.properties?.[tagName]?.const !== tag) return null;
        attribute.push(String(tag));
      } else {
        const named = style === 'pydantic' ? memberLabel(member) : { grouped: true as const };
        if ('label' in named) attribute.push(named.label);
        else grouped = true;
      }
      node = member;
    } else if (step === 'allOf') {
      node = (node.allOf as JsonSchema[])[Number(schemaPath[++i])]!;
    }
  }
  // A literal's type and value are one check in pydantic (`Input should be 512, 1024, ...`).
  if (error.keyword === 'type' && (node.enum !== undefined || 'const' in node)) return null;
  const value = valueAt(params, instance);
  if (error.keyword === 'required') attribute.push(String(error.params['missingProperty']));
  if (error.keyword === 'additionalProperties') attribute.push(String(error.params['additionalProperty']));
  if (error.keyword === 'minItems' && depth === 0) return null;
  return { attribute: attribute.join('.'), message: validationMessage(style, { keyword: error.keyword, params: error.params, schema: node, value }), grouped };
}

function describe(accepts: JsonSchema, params: readonly unknown[], errors: readonly ErrorObject[], style: SchemaStyle): ValidationTriple[] {
  const triples: ValidationTriple[] = [];
  const seen = new Set<string>();
  const add = (attribute: string, message: string) => {
    const key = `${attribute}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    triples.push([attribute, message, Errno.EINVAL]);
  };
  const declared = accepts.prefixItems ?? [];
  for (let index = params.length; index < (accepts.minItems ?? 0); index++) add(declared[index]?.title ?? String(index), missingParameterMessage(style));
  const unions = new Map<string, string[]>();
  for (const error of errors) {
    const located = locate(accepts, params, error, style);
    if (!located) continue;
    if (located.grouped) {
      const messages = unions.get(located.attribute) ?? [];
      if (!messages.includes(located.message)) messages.push(located.message);
      unions.set(located.attribute, messages);
    } else add(located.attribute, located.message);
  }
  for (const [attribute, messages] of unions) {
    add(attribute, style === 'legacy' ? messages[0]! : messages.join(' or '));
  }
  return triples;
}
