// sharing.smb.*: the two SMB share models.
// 25.10+: `purpose` + `readonly` + `access_based_share_enumeration` + `options` (per purpose);
// legacy flat keys are translated only when `purpose` is sent (truenas/middleware
// src/middlewared/middlewared/api/v25_10_5/smb.py@TS-25.10.6 `normalize_legacy_fields`,
// `parse_nested`). 25.04: flat keys, and the purpose's preset overwrites them on every save
// unless the purpose is NO_PRESET (plugins/smb.py@TS-25.04.2.6:716,1448-1450,
// plugins/smb_/utils.py:62-81, plugins/smb_/constants.py:110-127).
import { Errno } from '../../../clients/truenas/errno.js';
import { SimValidationErrors, Verrors } from '../sim-errors.js';
import type { MethodTable } from '../registry.js';
import type { SimState } from '../state.js';
import type { TrueNASApiSchema } from '../schema/api-schema.js';
import type { JsonSchema } from '../schema/types.js';
import { versionAtLeast } from '../version.js';
import { checkPath, shareMethods, type Operation } from './shares.js';
import { changeService } from './services.js';
import { smbCreateChange, smbUpdateChange } from './smb-service-change.js';

/** Flat keys 25.10 drops when `purpose` is sent (plugins/smb_/constants.py LEGACY_SHARE_FIELDS @TS-25.10.6). */
const droppedLegacyKeys = [
  'path_suffix',
  'home',
  'recyclebin',
  'guestok',
  'hostsallow',
  'hostsdeny',
  'auxsmbconf',
  'acl',
  'durablehandle',
  'streams',
  'timemachine',
  'timemachine_quota',
  'shadowcopy',
  'fsrvp',
  'afp',
  'aapl_name_mangling',
];

/** 25.10+: what the model's `mode='before'` validator makes of the input before the schema checks it. */
export function normalizeSmbShare(data: unknown, version: string): unknown {
  if (!versionAtLeast(version, '25.10') || data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  const input = data as Record<string, unknown>;
  if (!('purpose' in input)) {
    if ('options' in input) throw new SimValidationErrors([['data', 'Value error, You must set `purpose` if you set `options`.', Errno.EINVAL]]);
    return input;
  }
  const out: Record<string, unknown> = { ...input };
  if ('ro' in out) out['readonly'] = out['ro'];
  if ('abe' in out) out['access_based_share_enumeration'] = out['abe'];
  delete out['ro'];
  delete out['abe'];
  for (const key of droppedLegacyKeys) delete out[key];
  const options = input['options'] !== null && typeof input['options'] === 'object' ? input['options'] : {};
  out['options'] = { ...options, purpose: out['purpose'] };
  return out;
}

/** The defaults of the options model of `purpose`, read from the release's schema. */
export function smbOptionDefaults(schema: TrueNASApiSchema, purpose: unknown): Record<string, unknown> {
  const data = schema.method('sharing.smb.create')?.accepts.prefixItems?.[0];
  const pending: JsonSchema[] = data?.properties?.['options'] ? [data.properties['options']] : [];
  while (pending.length > 0) {
    const node = pending.pop()!;
    pending.push(...((node.anyOf ?? []) as JsonSchema[]), ...((node.oneOf ?? []) as JsonSchema[]));
    if (node.properties?.['purpose']?.const !== purpose) continue;
    return Object.fromEntries(
      Object.entries(node.properties ?? {})
        .filter(([key, field]) => key !== 'purpose' && 'default' in field)
        .map(([key, field]) => [key, structuredClone(field.default)]),
    );
  }
  return {};
}

const currentDefaults = {
  purpose: 'DEFAULT_SHARE',
  comment: '',
  readonly: false,
  browsable: true,
  access_based_share_enumeration: false,
  enabled: true,
  locked: false,
  audit: { enable: false, watch_list: [], ignore_list: [] },
};

const legacyDefaults = {
  purpose: 'DEFAULT_SHARE',
  path_suffix: '',
  home: false,
  comment: '',
  ro: false,
  browsable: true,
  timemachine: false,
  recyclebin: false,
  guestok: false,
  abe: false,
  hostsallow: [],
  hostsdeny: [],
  aapl_name_mangling: false,
  acl: true,
  durablehandle: true,
  shadowcopy: true,
  streams: true,
  fsrvp: false,
  auxsmbconf: '',
  enabled: true,
  afp: false,
  locked: false,
  audit: { enable: false, watch_list: [], ignore_list: [] },
};

/** 25.04 DEFAULT_SHARE preset: what it forces on every create and update. */
const defaultSharePreset = {
  ro: false,
  browsable: true,
  timemachine: false,
  recyclebin: false,
  abe: false,
  hostsallow: [],
  hostsdeny: [],
  acl: true,
  durablehandle: true,
  shadowcopy: true,
  streams: true,
  fsrvp: false,
  aapl_name_mangling: false,
  home: false,
  path_suffix: '',
};

function smbCheck(state: SimState, share: Record<string, unknown>, operation: Operation, selfId?: number): void {
  const schemaName = `sharingsmb_${operation}`;
  const verrors = new Verrors();
  checkPath(state, share['path'], `${schemaName}.path`, verrors);
  const name = share['name'];
  if (typeof name !== 'string' || name === '' || name.length > 80)
    verrors.add(`${schemaName}.name`, 'Share name is required and must be at most 80 characters');
  else if (state.smbShares.list().some((s) => s.id !== selfId && String(s['name']).toLowerCase() === name.toLowerCase())) {
    verrors.add(`${schemaName}.name`, 'Share names are case-insensitive and must be unique');
  }
  verrors.check();
}

const smbTable = (state: SimState) => state.smbShares;

/** The stored row after a save: 25.04 presets applied; 25.10 options filled from the purpose's defaults (without `purpose`, which results leave out). */
function finishSmbShare(share: Record<string, unknown>, input: Record<string, unknown>, version: string, schema: TrueNASApiSchema): void {
  if (!versionAtLeast(version, '25.10')) {
    if ((share['purpose'] ?? 'DEFAULT_SHARE') === 'DEFAULT_SHARE') Object.assign(share, structuredClone(defaultSharePreset));
    return;
  }
  if ('options' in input || !share['options']) {
    const given = (input['options'] ?? {}) as Record<string, unknown>;
    const options = { ...smbOptionDefaults(schema, share['purpose']), ...given };
    delete options['purpose'];
    share['options'] = options;
  }
}

export const smbShareMethods: MethodTable = (() => {
  const table = shareMethods(
    'sharing.smb',
    'SharingSMB',
    smbTable,
    (version) => structuredClone(versionAtLeast(version, '25.10') ? currentDefaults : legacyDefaults),
    smbCheck,
    normalizeSmbShare,
  );
  // Each save ends with the reload or restart of cifs it calls for (smb-service-change.ts).
  const wrap = (method: 'sharing.smb.create' | 'sharing.smb.update', dataIndex: number) => {
    const spec = table[method]!;
    return {
      ...spec,
      handler: async (args: unknown[], ctx: Parameters<typeof spec.handler>[1]) => {
        const before = structuredClone(ctx.state.smbShares.list());
        const row = (await spec.handler(args, ctx)) as Record<string, unknown>;
        const stored = ctx.state.smbShares.get(Number(row['id']))!;
        finishSmbShare(stored, (args[dataIndex] ?? {}) as Record<string, unknown>, ctx.version, ctx.schema);
        const old = before.find((share) => share.id === stored.id);
        const change = old ? smbUpdateChange(old, stored, before) : smbCreateChange(stored, before);
        if (change) await changeService(ctx, 'cifs', change);
        return { ...stored };
      },
    };
  };
  return { ...table, 'sharing.smb.create': wrap('sharing.smb.create', 0), 'sharing.smb.update': wrap('sharing.smb.update', 1) };
})();
