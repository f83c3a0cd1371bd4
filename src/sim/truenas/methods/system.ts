// system.info, system.version, system.product_type, pool.query and disk.query: read-only facts about the box.
import { dict, type MethodTable } from '../registry.js';
import { runQuery } from '../filters.js';
import { usedBytes } from '../zfs-props.js';
import type { SimPool, SimState } from '../state.js';

const bootTime = Date.now();

function poolRows(state: SimState): Record<string, unknown>[] {
  return state.pools.map((pool) => {
    const allocated = usedBytes(state, pool.name);
    return {
      id: pool.id,
      name: pool.name,
      guid: pool.guid,
      status: 'ONLINE',
      path: `/mnt/${pool.name}`,
      scan: null,
      expand: null,
      is_upgraded: true,
      healthy: true,
      warning: false,
      status_code: 'HEALTHY',
      status_detail: null,
      size: pool.size,
      allocated,
      free: pool.size - allocated,
      freeing: 0,
      fragmentation: '0',
      topology: { data: dataVdevs(pool), log: [], cache: [], spare: [], special: [], dedup: [] },
      autotrim: { parsed: 'off', rawvalue: 'off', value: 'off', source: 'DEFAULT' },
    };
  });
}

/**
 * The data vdevs pool.query lists: libzfs's vdev type upper-cased (`DRAID` for every dRAID, its
 * parity in the name `draid<parity>:<data>d:<children>c:<spares>s-<index>`), what
 * `pool.is_draid_pool` looks for (plugins/pool_/topology.py:28-66, pool.py:616-621 @TS-25.10.6).
 * Only a dRAID pool lists its vdev; a plain stripe is not modelled disk by disk.
 */
function dataVdevs(pool: SimPool): Record<string, unknown>[] {
  if (!pool.layout.startsWith('DRAID')) return [];
  const parity = Number(pool.layout.slice('DRAID'.length));
  const name = `draid${parity}:2d:${2 + parity}c:0s-0`;
  return [
    {
      name,
      type: 'DRAID',
      path: null,
      guid: `${pool.guid}1`,
      status: 'ONLINE',
      stats: { draid_spare_disks: 0, draid_data_disks: 2, draid_parity: parity },
      children: [],
    },
  ];
}

/**
 * One disk per pool. `pool` names the pool only when the query asks with `extra.pools`; otherwise
 * every disk reads null (plugins/disk.py disk_extend :86-89, disk_extend_context :97-129 @TS-25.10.6).
 */
function diskRows(state: SimState, withPools: boolean): Record<string, unknown>[] {
  return state.pools.map((pool, index) => ({
    identifier: `{serial_lunid}SIM${index}`,
    name: `sd${String.fromCharCode(97 + index)}`,
    devname: `sd${String.fromCharCode(97 + index)}`,
    serial: `SIM${index}`,
    size: pool.size,
    type: 'SSD',
    model: 'Simulated Disk',
    rotationrate: null,
    pool: withPools ? pool.name : null,
  }));
}

export function systemMethods(hostname: string): MethodTable {
  return {
    'system.info': {
      params: [],
      handler: (_args, ctx) => ({
        version: ctx.version,
        buildtime: { $date: bootTime },
        hostname,
        physmem: 17179869184,
        model: 'Simulated CPU',
        cores: 4,
        physical_cores: 2,
        loadavg: [0.1, 0.05, 0.01],
        uptime: '1:00',
        uptime_seconds: (Date.now() - bootTime) / 1000,
        system_serial: 'SIM0001',
        system_product: 'truemox simulator',
        system_product_version: ctx.version,
        license: null,
        boottime: { $date: bootTime },
        datetime: { $date: Date.now() },
        timezone: 'UTC',
        system_manufacturer: 'truemox',
        ecc_memory: false,
      }),
    },
    'system.version': { params: [], handler: (_args, ctx) => `TrueNAS-SCALE-${ctx.version}` },
    // No license and no HA hardware: Community Edition (plugins/system/product.py:43-60 @TS-26.0.0-BETA.3).
    'system.product_type': { params: [], handler: () => 'COMMUNITY_EDITION' },
    // Needs a login (and SYSTEM_GENERAL_READ from 25.10, full admin on 25.04): plugins/system/lifecycle.py:50-55 @TS-25.10.6, :40-42 @TS-25.04.2.6.
    'system.ready': { params: [], handler: () => true },
    'pool.query': { params: ['filters', 'options'], handler: ([filters, options], ctx) => runQuery(poolRows(ctx.state), filters ?? [], options ?? {}) },
    'disk.query': {
      params: ['filters', 'options'],
      handler: ([filters, options], ctx) =>
        runQuery(diskRows(ctx.state, dict(dict(options, 'options')['extra'], 'options.extra')['pools'] === true), filters ?? [], options ?? {}),
    },
  };
}
