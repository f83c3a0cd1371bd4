// Registry-style documentation generated from a provider's own schema, so the docs cannot
// drift from the code: an index page, a page per resource, data source and function.
import type { CtyType } from '../values/types.js';
import type { FunctionDefinition } from './function.js';
import type { AnyDataSource, AnyResource, ProviderDefinition } from './provider.js';
import type { AttributeSpec, BlockBody, BlockSpec, Schema } from './schema.js';
import { timeoutsBlock } from './timeouts.js';
import { describeRule } from './rules.js';

/** Relative path (e.g. `resources/zvol.md`) → page content. */
export type DocPages = Map<string, string>;

/** The kinds of object with a page and an example configuration of their own. */
export type ExampleKind = 'resources' | 'data-sources' | 'ephemeral-resources';

/**
 * The example configuration of an object by kind and full type name, kept outside the code
 * (`examples/<kind>/<type>/*.tf`, read by scripts/generate-docs.ts); an object's own inline
 * `example` takes precedence.
 */
export type ExampleSource = (kind: ExampleKind, typeName: string) => string | undefined;

export function renderProviderDocs<P>(provider: ProviderDefinition<Schema, P>, examples: ExampleSource = () => undefined): DocPages {
  const pages: DocPages = new Map();
  const withExample = <T extends { readonly name: string; readonly example?: string }>(kind: ExampleKind, object: T): T =>
    object.example === undefined ? { ...object, example: examples(kind, object.name) } : object;
  pages.set('index.md', indexPage(provider));
  for (const resource of provider.resources) {
    pages.set(`resources/${shortName(provider, resource.name)}.md`, resourcePage(provider, withExample('resources', resource)));
  }
  for (const dataSource of provider.dataSources) {
    pages.set(`data-sources/${shortName(provider, dataSource.name)}.md`, dataSourcePage(provider, withExample('data-sources', dataSource)));
  }
  for (const ephemeral of provider.ephemeralResources ?? []) {
    pages.set(
      `ephemeral-resources/${shortName(provider, ephemeral.name)}.md`,
      dataSourcePage(provider, withExample('ephemeral-resources', ephemeral), 'Ephemeral Resource'),
    );
  }
  for (const fn of provider.functions) pages.set(`functions/${fn.name}.md`, functionPage(provider, fn));
  return pages;
}

function shortName<P>(provider: ProviderDefinition<Schema, P>, typeName: string): string {
  return typeName.startsWith(`${provider.name}_`) ? typeName.slice(provider.name.length + 1) : typeName;
}

function frontMatter(title: string, description: string): string {
  return ['---', `page_title: "${title}"`, 'description: |-', `  ${oneLine(description)}`, '---', ''].join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The start every page shares: front matter (title, the one-line description), the heading, the
 * description (its Markdown form where there is one) and the example.
 */
function pageHead(title: string, heading: string, about: { description: string; markdownDescription?: string }, hcl: string | undefined): string[] {
  return [frontMatter(title, about.description), `# ${heading}`, '', about.markdownDescription ?? about.description, '', ...example(hcl)];
}

function example(hcl: string | undefined, language = 'terraform'): string[] {
  return hcl ? ['## Example Usage', '', `\`\`\`${language}`, hcl.trim(), '```', ''] : [];
}

function indexPage<P>(provider: ProviderDefinition<Schema, P>): string {
  return [...pageHead(`${provider.name} Provider`, `${provider.name} Provider`, provider.schema, provider.example), ...schemaSection(provider.schema)].join(
    '\n',
  );
}

function resourcePage<P>(provider: ProviderDefinition<Schema, P>, resource: AnyResource<P>): string {
  const body: BlockBody = resource.timeouts
    ? { ...resource.schema, blocks: { ...resource.schema.blocks, timeouts: timeoutsBlock(resource.timeouts) } }
    : resource.schema;
  return [
    ...pageHead(`${resource.name} Resource - ${provider.name}`, `${resource.name} (Resource)`, resource.schema, resource.example),
    ...schemaSection(body),
    '## Import',
    '',
    `The import id is ${resource.importId.description}.`,
    '',
    '```terraform',
    'import {',
    `  to = ${resource.name}.example`,
    `  id = "${resource.importId.example}"`,
    '}',
    '```',
    '',
    '```shell',
    `terraform import ${resource.name}.example '${resource.importId.example}'`,
    '```',
    '',
  ].join('\n');
}

/** A data source's or ephemeral resource's page: its schema and example. */
function dataSourcePage<P>(
  provider: ProviderDefinition<Schema, P>,
  dataSource: Pick<AnyDataSource<P>, 'name' | 'schema' | 'example'>,
  kind = 'Data Source',
): string {
  return [
    ...pageHead(`${dataSource.name} ${kind} - ${provider.name}`, `${dataSource.name} (${kind})`, dataSource.schema, dataSource.example),
    ...schemaSection(dataSource.schema),
  ].join('\n');
}

function functionPage<P>(provider: ProviderDefinition<Schema, P>, fn: FunctionDefinition): string {
  const signature = `${fn.name}(${fn.parameters.map((p) => `${p.name} ${typeName(p.type.cty)}`).join(', ')}${fn.variadic ? `, ${fn.variadic.name}...` : ''}) ${typeName(fn.returns.cty)}`;
  return [
    ...pageHead(
      `${fn.name} Function - ${provider.name}`,
      `function: ${fn.name}`,
      { description: fn.summary, markdownDescription: fn.description } /* the summary heads the front matter, the page says the whole */,
      fn.example,
    ),
    '## Signature',
    '',
    '```text',
    signature,
    '```',
    '',
    '## Arguments',
    '',
    ...[...fn.parameters, ...(fn.variadic ? [fn.variadic] : [])].map((p, i) => `${i + 1}. \`${p.name}\` (${typeName(p.type.cty)}) ${p.description}`),
    '',
  ].join('\n');
}

function schemaSection(body: BlockBody): string[] {
  return ['## Schema', '', ...membersSection(body), ...nestedSections(body, '')];
}

function membersSection(body: BlockBody): string[] {
  const rules = (body.rules ?? []).map((rule) => `- ${describeRule(rule)}`);
  const members = [
    ...Object.entries(body.attributes).map(([name, a]) => ({ name, group: groupOf(a), line: attributeLine(name, a) })),
    ...Object.entries(body.blocks).map(([name, b]) => ({ name, group: b.minItems > 0 ? 'Required' : 'Optional', line: blockLine(name, b) })),
  ];
  const out: string[] = [];
  for (const group of ['Required', 'Optional', 'Read-Only']) {
    const lines = members.filter((m) => m.group === group).map((m) => m.line);
    if (lines.length > 0) out.push(`### ${group}`, '', ...lines, '');
  }
  if (rules.length > 0) out.push('### Constraints', '', ...rules, '');
  return out;
}

function nestedSections(body: BlockBody, prefix: string): string[] {
  const out: string[] = [];
  const nested: [string, BlockBody][] = [
    ...Object.entries(body.blocks).map(([name, b]): [string, BlockBody] => [name, b.block]),
    ...Object.entries(body.attributes)
      .filter(([, a]) => a.nested)
      .map(([name, a]): [string, BlockBody] => [name, { attributes: a.nested!.attributes, blocks: {}, description: a.description }]),
  ];
  for (const [name, inner] of nested) {
    const path = `${prefix}${name}`;
    out.push(`<a id="nestedblock--${path.replace(/\./g, '--')}"></a>`, `### Nested Schema for \`${path}\``, '', ...membersSection(inner));
    out.push(...nestedSections(inner, `${path}.`));
  }
  return out;
}

function groupOf(attribute: AttributeSpec): string {
  if (attribute.required) return 'Required';
  return attribute.optional ? 'Optional' : 'Read-Only';
}

function attributeLine(name: string, attribute: AttributeSpec): string {
  const kind = attribute.nested ? `${nestingName(attribute.nested.nesting)} Attributes` : typeName(attribute.type);
  const flags = [attribute.sensitive ? 'Sensitive' : '', attribute.writeOnly ? 'Write-only' : '', attribute.deprecationMessage ? 'Deprecated' : '']
    .filter(Boolean)
    .join(', ');
  const extra = [
    attribute.default !== undefined ? `Defaults to \`${JSON.stringify(attribute.default)}\`.` : '',
    ...attribute.validators.map((v) => `Must be ${v.description}.`),
    ...attribute.planModifiers.filter((m) => /replacement/.test(m.description)).map((m) => `Changing it ${m.description.replace(/^changing it /, '')}.`),
    attribute.deprecationMessage ? `Deprecated: ${attribute.deprecationMessage}` : '',
  ].filter(Boolean);
  return `- \`${name}\` (${kind}${flags ? `, ${flags}` : ''}) ${[attribute.markdownDescription ?? attribute.description, ...extra].join(' ')}`;
}

function blockLine(name: string, nested: BlockSpec): string {
  const limits = [nested.minItems > 0 ? `Min: ${nested.minItems}` : '', nested.maxItems > 0 ? `Max: ${nested.maxItems}` : ''].filter(Boolean).join(', ');
  const kind = `Block ${nestingName(nested.nesting)}${limits ? ` (${limits})` : ''}`;
  return `- \`${name}\` (${kind}) ${nested.markdownDescription ?? nested.description} (see [below for nested schema](#nestedblock--${name}))`;
}

function nestingName(nesting: string): string {
  return nesting === 'single' || nesting === 'group' ? 'Single' : nesting[0]!.toUpperCase() + nesting.slice(1);
}

function typeName(type: CtyType): string {
  if (typeof type === 'string') return type === 'bool' ? 'Boolean' : type[0]!.toUpperCase() + type.slice(1);
  switch (type.kind) {
    case 'list':
      return `List of ${typeName(type.element)}`;
    case 'set':
      return `Set of ${typeName(type.element)}`;
    case 'map':
      return `Map of ${typeName(type.element)}`;
    case 'tuple':
      return `Tuple of ${type.elements.map(typeName).join(', ')}`;
    case 'object':
      return 'Object';
  }
}
