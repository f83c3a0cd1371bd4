// Custom storage plugins installed on the simulated node. A plugin adds its `type` and its
// options to `POST/PUT /storage` (api-facts C); here: `truenasplugin`
// (WarlockSyno/truenasplugin), whose options are all declared optional in the API schema and
// checked per type by the storage handler.
import type { ParamSchema, SchemaFixture } from './types.js';

const text: ParamSchema = { type: 'string', optional: 1 };
const flag: ParamSchema = { type: 'boolean', optional: 1 };

/** Options fixed at creation (only accepted by POST). */
const TRUENAS_FIXED: Record<string, ParamSchema> = {
  api_host: text,
  api_key: text,
  api_transport: { type: 'string', enum: ['ws', 'rest'], optional: 1 },
  api_scheme: { type: 'string', enum: ['wss', 'ws', 'https', 'http'], optional: 1 },
  api_port: { type: 'integer', minimum: 1, maximum: 65535, optional: 1 },
  api_insecure: flag,
  dataset: { type: 'string', pattern: '[A-Za-z0-9_.\\-]+(/[A-Za-z0-9_.\\-]+)*', optional: 1 },
  zvol_blocksize: text,
  target_iqn: text,
  discovery_portal: text,
};

/** Options that may change later. */
const TRUENAS_CHANGEABLE: Record<string, ParamSchema> = {
  prefer_ipv4: flag,
  portals: text,
  force_delete_on_inuse: flag,
  logout_on_free: flag,
  use_multipath: flag,
  use_by_path: flag,
  ipv6_by_path: flag,
  chap_user: text,
  chap_password: text,
  tn_sparse: flag,
};

export const TRUENAS_PLUGIN = {
  type: 'truenasplugin',
  /** Fixed options a create must give. */
  required: ['api_host', 'api_key', 'dataset', 'target_iqn', 'discovery_portal'] as readonly string[],
  fixed: Object.keys(TRUENAS_FIXED),
  changeable: Object.keys(TRUENAS_CHANGEABLE),
};

/** The fixture as a node with the TrueNAS plugin installed serves it. */
export function withStoragePlugins(fixture: SchemaFixture): SchemaFixture {
  const copy = structuredClone(fixture);
  const storage = copy.endpoints['/storage'];
  const entry = copy.endpoints['/storage/{storage}'];
  for (const method of [storage?.GET, storage?.POST]) {
    const type = method?.parameters.properties?.type;
    if (type?.enum) type.enum = [...type.enum, TRUENAS_PLUGIN.type].sort();
  }
  Object.assign(storage?.POST?.parameters.properties ?? {}, TRUENAS_FIXED, TRUENAS_CHANGEABLE);
  Object.assign(entry?.PUT?.parameters.properties ?? {}, TRUENAS_CHANGEABLE);
  return copy;
}
