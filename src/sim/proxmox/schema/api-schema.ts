// The Proxmox VE API schema subset: route lookup and request parameter validation, as the
// real server's PVE::JSONSchema does it. Shared by the simulator (to reject what the real
// server rejects) and the client's schema-conformance test.
// Imported (not read from disk) so the bundle in dist/ carries it.
import fixtureJson from './pve-api-subset.json' with { type: 'json' };
import type { HttpMethod, MethodSchema, ParamSchema, SchemaFixture } from './types.js';
import { checkScalar } from './property-format.js';
import { ACME_DOMAIN_SLOTS } from '../../../clients/proxmox/acme-domains.js';

export interface RouteMatch {
  template: string;
  pathParams: Record<string, string>;
  method: MethodSchema;
}

export type RouteLookup = RouteMatch | { template: undefined } | { template: string; method: undefined };

interface CompiledRoute {
  template: string;
  regex: RegExp;
  names: string[];
}

export class PveApiSchema {
  private readonly routes: CompiledRoute[];

  constructor(private readonly fixture: SchemaFixture) {
    this.routes = Object.keys(fixture.endpoints).map(compileRoute);
  }

  /** The committed fixture (src/sim/proxmox/schema/pve-api-subset.json), optionally extended (storage plugins). */
  static load(extend: (fixture: SchemaFixture) => SchemaFixture = (fixture) => fixture): PveApiSchema {
    return new PveApiSchema(extend(fixtureJson as unknown as SchemaFixture));
  }

  /** Finds the path template for a concrete path (`/nodes/pve/qemu/100`) and its method. */
  lookup(method: HttpMethod, path: string): RouteLookup {
    for (const route of this.routes) {
      const match = route.regex.exec(path);
      if (!match) continue;
      const pathParams: Record<string, string> = {};
      route.names.forEach((name, i) => (pathParams[name] = decodeURIComponent(match[i + 1] ?? '')));
      const schema = this.fixture.endpoints[route.template]?.[method];
      if (schema === undefined) return { template: route.template, method: undefined };
      return { template: route.template, pathParams, method: schema };
    }
    return { template: undefined };
  }

  /** The methods a template declares (for tests that walk the schema). */
  methodsOf(template: string): HttpMethod[] {
    return Object.keys(this.fixture.endpoints[template] ?? {}) as HttpMethod[];
  }
}

function compileRoute(template: string): CompiledRoute {
  const names: string[] = [];
  const source = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { template, regex: new RegExp(`^${source}$`), names };
}

/** How many of each indexed key exist (`net0`..`net31`); the schema names them `net[n]`. */
const INDEX_LIMITS: Readonly<Record<string, number>> = {
  acmedomain: ACME_DOMAIN_SLOTS,
  dev: 256,
  hostpci: 16,
  ide: 4,
  ipconfig: 32,
  mp: 256,
  net: 32,
  numa: 8,
  parallel: 3,
  sata: 6,
  scsi: 31,
  serial: 4,
  unused: 256,
  usb: 14,
  virtio: 16,
  virtiofs: 10,
};

/** The schema entry for a parameter name; `net0` is declared as `net[n]`. */
export function paramSchemaFor(method: MethodSchema, name: string): ParamSchema | undefined {
  const properties = method.parameters.properties ?? {};
  if (properties[name]) return properties[name];
  const indexed = /^([a-z]+)(\d+)$/.exec(name);
  if (!indexed || Number(indexed[2]) >= (INDEX_LIMITS[indexed[1] ?? ''] ?? 0)) return undefined;
  return properties[`${indexed[1]}[n]`];
}

/**
 * Validates textual parameters (query string, form body and path values merged) the way the
 * server does; returns per-parameter error texts, empty when valid.
 */
export function validateParams(method: MethodSchema, params: Readonly<Record<string, string>>): Record<string, string> {
  const errors: Record<string, string> = {};
  const properties = method.parameters.properties ?? {};
  for (const [name, value] of Object.entries(params)) {
    const schema = paramSchemaFor(method, name);
    if (schema === undefined) {
      if (!method.parameters.additionalProperties) {
        errors[name] = 'property is not defined in schema and the schema does not allow additional properties';
      }
      continue;
    }
    const problem = checkScalar(value, schema);
    if (problem !== undefined) errors[name] = problem;
    else if (schema.requires !== undefined && params[schema.requires] === undefined) {
      errors[name] = `missing property required by '${name}'`;
    }
  }
  for (const [name, schema] of Object.entries(properties)) {
    if (!schema.optional && !name.endsWith('[n]') && params[name] === undefined) {
      errors[name] = 'property is missing and it is not optional';
    }
  }
  return errors;
}
