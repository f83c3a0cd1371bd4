// SMB shares, read in either model and presented in one: up to 25.04 the flat model (`ro`,
// `abe`, `guestok`, `hostsallow`, …); from 25.10 `readonly`, `access_based_share_enumeration`
// and the purpose-specific `options` object (truenas/middleware
// src/middlewared/middlewared/api/v25_10_5/smb.py@TS-25.10.6:302-390,597-700).
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';

const common = () => ({
  id: z.number(),
  purpose: z.string().optional(),
  path: z.string(),
  name: z.string(),
  comment: z.string(),
  browsable: z.boolean(),
  enabled: z.boolean(),
  locked: z.boolean().nullable().optional(),
});

/** The options the providers model; purposes other than LEGACY_SHARE carry only some of them. */
const legacyOptions = () => ({
  guestok: z.boolean().optional(),
  hostsallow: z.array(z.string()).optional(),
  hostsdeny: z.array(z.string()).optional(),
  timemachine: z.boolean().optional(),
  recyclebin: z.boolean().optional(),
});

const flatShare = lazySchema(() => z.object({ ...common(), ro: z.boolean(), abe: z.boolean().optional(), ...legacyOptions() }));
const purposeShare = lazySchema(() =>
  z.object({
    ...common(),
    readonly: z.boolean(),
    access_based_share_enumeration: z.boolean(),
    options: z.object(legacyOptions()).nullable().optional(),
  }),
);

export interface SmbShare {
  readonly id: number;
  readonly purpose: string | null;
  readonly path: string;
  readonly name: string;
  readonly comment: string;
  readonly ro: boolean;
  readonly browsable: boolean;
  readonly abe: boolean;
  readonly guestok: boolean;
  readonly hostsallow: string[];
  readonly hostsdeny: string[];
  readonly timemachine: boolean;
  readonly recyclebin: boolean;
  readonly enabled: boolean;
}

type Options = { [K in keyof ReturnType<typeof legacyOptions>]?: z.output<ReturnType<typeof legacyOptions>[K]> };

/** The fields both versions' rows share, as parsed. */
type CommonShare = z.output<ReturnType<typeof z.object<ReturnType<typeof common>>>>;

function present(raw: CommonShare, ro: boolean, abe: boolean, options: Options): SmbShare {
  return {
    id: raw.id,
    purpose: raw.purpose ?? null,
    path: raw.path,
    name: raw.name,
    comment: raw.comment,
    ro,
    browsable: raw.browsable,
    abe,
    guestok: options.guestok ?? false,
    hostsallow: options.hostsallow ?? [],
    hostsdeny: options.hostsdeny ?? [],
    timemachine: options.timemachine ?? false,
    recyclebin: options.recyclebin ?? false,
    enabled: raw.enabled,
  };
}

export const smbShareSchema: z.ZodType<SmbShare> = lazySchema(() =>
  z.union([
    purposeShare.transform((raw) => present(raw, raw.readonly, raw.access_based_share_enumeration, raw.options ?? {})),
    flatShare.transform((raw) => present(raw, raw.ro, raw.abe ?? false, raw)),
  ]),
);

/** What the providers set on a share; the client sends it in the server's model. */
export interface SmbShareCreate {
  name: string;
  path: string;
  comment?: string;
  ro?: boolean;
  browsable?: boolean;
  abe?: boolean;
  guestok?: boolean;
  hostsallow?: string[];
  hostsdeny?: string[];
  timemachine?: boolean;
  recyclebin?: boolean;
  enabled?: boolean;
}

const optionKeys = ['guestok', 'hostsallow', 'hostsdeny', 'timemachine', 'recyclebin'] as const;

/**
 * 25.10+: the `LEGACY_SHARE` purpose is the one whose options hold every setting of the flat
 * model. `purpose` is sent at the top level too: without it the server refuses `options`
 * ("You must set `purpose` if you set `options`"). The options object replaces the stored one
 * as a whole, unsent fields taking their defaults (plugins/smb.py do_update @TS-25.10.6:841-848,
 * `LegacyOpt` in api/v25_10_5/smb.py:302-390), so an update sends the share's `currentOptions`
 * (path suffix, auxiliary parameters, Time Machine quota…) with the ones the provider manages.
 */
export function toPurposeModel(input: Partial<SmbShareCreate>, currentOptions: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { purpose: 'LEGACY_SHARE' };
  for (const key of ['name', 'path', 'comment', 'browsable', 'enabled'] as const) if (input[key] !== undefined) out[key] = input[key];
  if (input.ro !== undefined) out['readonly'] = input.ro;
  if (input.abe !== undefined) out['access_based_share_enumeration'] = input.abe;
  const options: Record<string, unknown> = {};
  for (const key of optionKeys) if (input[key] !== undefined) options[key] = input[key];
  if (Object.keys(options).length > 0) out['options'] = { ...currentOptions, ...options, purpose: 'LEGACY_SHARE' };
  return out;
}

/**
 * Up to 25.04: the flat model with `purpose: NO_PRESET`. The default purpose (DEFAULT_SHARE)
 * applies its preset over the request before saving, replacing `ro`, `browsable`, `abe`,
 * `hostsallow`, `hostsdeny`, `timemachine` and `recyclebin` (plugins/smb.py@TS-25.04.2.6:716,1448-1450;
 * plugins/smb_/utils.py:62-81; plugins/smb_/constants.py:110-127).
 */
export function toFlatModel(input: Partial<SmbShareCreate>): Record<string, unknown> {
  return { ...input, purpose: 'NO_PRESET' };
}
