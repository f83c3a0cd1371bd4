// `--pool NAME[:SIZE]` of `truemox sim truenas` and `sim lab`: the pools the simulated system has
// (a homelab often has a second one, for replicas).
import { parseSize } from '../../clients/common/sizes.js';

/**
 * How the pool's data vdevs are laid out, as pool.create names the types. Only what changes the
 * middleware's behaviour is modelled: dRAID (zvol volblocksize and dataset recordsize defaults,
 * `pool.is_draid_pool`); any other layout is a plain stripe.
 */
export type PoolLayout = 'STRIPE' | 'DRAID1' | 'DRAID2' | 'DRAID3';

export interface PoolSpec {
  name: string;
  size: number;
  /** STRIPE when unset. */
  layout?: PoolLayout;
}

/** The one pool a simulator has when none is named: "tank", 1 TiB. */
export const DEFAULT_POOLS: readonly PoolSpec[] = [{ name: 'tank', size: 1024 ** 4 }];

/** Parses `NAME` or `NAME:SIZE` ("backup:500G"); a pool without a size has 1 TiB. */
export function parsePoolSpecs(specs: readonly string[]): PoolSpec[] {
  if (specs.length === 0) return [...DEFAULT_POOLS];
  const pools = specs.map((spec) => {
    const [name = '', size] = spec.split(':', 2);
    // ZFS pool names: a letter first, then letters, digits, "_", "-", ".", ":" (not ":" here).
    if (!/^[A-Za-z][A-Za-z0-9_.-]*$/.test(name)) throw new Error(`--pool takes NAME[:SIZE] with a ZFS pool name, got "${spec}"`);
    return { name, size: size === undefined ? 1024 ** 4 : parseSize(size) };
  });
  const names = pools.map((p) => p.name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice !== undefined) throw new Error(`--pool names "${twice}" twice`);
  return pools;
}
