// `pool.dataset.query` with `extra.properties`: a row keeps only the ZFS properties asked for,
// and the fields the server derives from properties come and go with them, differently on
// 25.04 (py-libzfs) and 25.10+ (truenas_pylibzfs).
import { versionAtLeast } from './version.js';

/** Fields a row has whatever is asked for: identity, user properties (and the description made from one), children. */
const alwaysPresent = new Set(['id', 'type', 'name', 'pool', 'user_properties', 'comments', 'children']);

/** API field → the ZFS property it shows, where the names differ (dataset_query_utils.py@TS-25.10.6:206-224; plugins/pool_/utils.py@TS-25.04.2.6:77-121). */
const renamed: Record<string, string> = {
  deduplication: 'dedup',
  key_format: 'keyformat',
  encryption_algorithm: 'encryption',
  special_small_block_size: 'special_small_blocks',
};

/** 25.04: each derived crypto field needs its own property (libzfs.pyx@TS-25.04.2.6:810-823). */
const cryptoFieldSource: Record<string, string> = { encrypted: 'encryption', encryption_root: 'encryptionroot', key_loaded: 'keystatus' };

/** 25.10+: any of these brings all four crypto fields (dataset_query_utils.py@TS-25.10.6:613-633,735-748). */
const cryptoProperties = ['encryption', 'encryptionroot', 'keyformat', 'keylocation', 'keystatus'];

/**
 * Cuts a rendered row (all its properties) down to what a query asking for `requested` returns.
 * 25.04 matches names exactly (`prop_name in props`), keeps `mountpoint` only when asked (a
 * volume's is null either way) and `locked` only with both `encrypted` and `key_loaded`
 * (plugins/pool_/dataset.py@TS-25.04.2.6:128-151). 25.10+ upper-cases names into
 * `ZFSProperty`, skips unknown ones, always reports `mountpoint` (`hdl.get_mountpoint()`)
 * and the crypto fields only when an encryption property is asked for.
 */
export function keepRequestedProperties(version: string, row: Record<string, unknown>, requested: readonly unknown[]): void {
  const modern = versionAtLeast(version, '25.10');
  const wanted = new Set(requested.map((name) => (modern ? String(name).toLowerCase() : String(name))));
  const withCrypto = modern && cryptoProperties.some((name) => wanted.has(name));
  for (const field of Object.keys(row)) {
    if (alwaysPresent.has(field)) continue;
    let keep: boolean;
    if (field === 'mountpoint') keep = modern || wanted.has('mountpoint') || row['type'] === 'VOLUME';
    else if (field === 'locked') keep = modern ? withCrypto : wanted.has('encryption') && wanted.has('keystatus');
    else if (field in cryptoFieldSource) keep = modern ? withCrypto : wanted.has(cryptoFieldSource[field]!);
    else keep = wanted.has(renamed[field] ?? field);
    if (!keep) delete row[field];
  }
}
