// proxmox_vm/proxmox_lxc removal and migration (shared/guest-move.ts) against a recording fake
// of the guest API, and the plan-time checks of the VM's drive slots, typed cloud-init
// addresses, NUMA nodes and KVM arguments as table cases (no terraform).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MigrateParams, PowerAction, PowerOptions } from '../../../src/clients/proxmox/index.js';
import { pathToString, type Diagnostic } from '../../../src/framework/diagnostics.js';
import type { OperationContext, PlanContext } from '../../../src/framework/resource.js';
import { validateContext } from '../../../src/framework/validate.js';
import { destroyGuest, migrateGuest } from '../../../src/providers/proxmox/shared/guest-move.js';
import { refuseUnlessRootLogin } from '../../../src/providers/proxmox/shared/root-only.js';
import { ipConfigText, ipFromConfigText } from '../../../src/providers/proxmox/resources/vm-cloud-init-ip.js';
import { vmResource } from '../../../src/providers/proxmox/resources/vm.js';
import { cloneMismatches, lxcResource, planSource } from '../../../src/providers/proxmox/resources/lxc.js';
import { planVolumeMoves, volumeMoves } from '../../../src/providers/proxmox/resources/lxc-volume-move.js';
import type { LxcModel, LxcPlan } from '../../../src/providers/proxmox/resources/lxc-schema.js';
import { deviceFromConfig, deviceValue, containerAddresses } from '../../../src/providers/proxmox/resources/lxc-devices.js';
import { isUnknown, type Value } from '../../../src/values/types.js';

/** The guest API calls made, as text. */
function fakeGuests(status: 'running' | 'stopped', protection = 0) {
  const calls: string[] = [];
  const guests = {
    config: async () => ({ protection }),
    status: async () => ({ status, vmid: 100 }),
    power: async (_node: string, _vmid: number, action: PowerAction, options: PowerOptions = {}) => {
      calls.push(`${action} ${JSON.stringify(options)}`);
      return undefined;
    },
    delete: async (_node: string, _vmid: number, options: { purge?: boolean; destroyUnreferencedDisks?: boolean } = {}) => {
      calls.push(`delete purge=${options.purge} unreferenced=${options.destroyUnreferencedDisks}`);
      return undefined;
    },
    migrate: async (node: string, _vmid: number, params: MigrateParams) => {
      const storage = params.targetStorage === undefined ? '' : ` storage=${params.targetStorage}`;
      calls.push(`migrate ${node}->${params.target} running=${params.running} local=${params.withLocalDisks} timeout=${params.shutdownTimeoutS}${storage}`);
      return undefined;
    },
  };
  return { calls, guests: guests as unknown as Parameters<typeof destroyGuest>[1] };
}

const ctx = {
  logger: { info: () => {}, warn: () => {}, debug: () => {}, error: () => {}, trace: () => {} },
  signal: new AbortController().signal,
  deadline: undefined,
} as unknown as OperationContext<unknown>;

describe('removing and migrating guests', () => {
  const cases = [
    {
      name: 'a running guest is shut down gracefully by default, then forced',
      status: 'running',
      stop: false,
      purge: true,
      want: ['shutdown {"timeout":30,"forceStop":true}', 'delete purge=true unreferenced=true'],
    },
    { name: 'stop_on_destroy stops it at once', status: 'running', stop: true, purge: true, want: ['stop {}', 'delete purge=true unreferenced=true'] },
    {
      name: 'a stopped guest is only deleted, without purge when asked',
      status: 'stopped',
      stop: false,
      purge: false,
      want: ['delete purge=false unreferenced=true'],
    },
  ] as const;
  for (const c of cases) {
    it(c.name, async () => {
      const { calls, guests } = fakeGuests(c.status);
      await destroyGuest(ctx, guests, { node: 'pve', vmid: 100 }, { stop: c.stop, purge: c.purge, shutdownTimeoutS: 30 });
      assert.deepEqual(calls, c.want);
    });
  }

  it('a protected guest is refused before it is shut down (Proxmox would refuse the removal after the shutdown)', async () => {
    const { calls, guests } = fakeGuests('running', 1);
    await assert.rejects(destroyGuest(ctx, guests, { node: 'pve', vmid: 100 }, { stop: false, purge: true, shutdownTimeoutS: 30 }), /protection = false/);
    assert.deepEqual(calls, [], 'nothing stopped, nothing deleted');
  });

  it('migrates a running guest live (restart mode for containers) and returns its new place', async () => {
    const { calls, guests } = fakeGuests('running');
    const ref = await migrateGuest(ctx, guests, { node: 'pve', vmid: 100 }, 'pve2', { shutdownTimeoutS: 90 });
    assert.deepEqual(ref, { node: 'pve2', vmid: 100 });
    assert.deepEqual(calls, ['migrate pve->pve2 running=true local=true timeout=90']);
  });

  it('names the target storage when migrate_target_storage is set', async () => {
    const { calls, guests } = fakeGuests('stopped');
    await migrateGuest(ctx, guests, { node: 'pve', vmid: 100 }, 'pve2', { shutdownTimeoutS: 90, targetStorage: 'fast' });
    assert.deepEqual(calls, ['migrate pve->pve2 running=false local=true timeout=90 storage=fast']);
  });
});

describe("a container's volumes on a new storage: moved, never replaced", () => {
  const mp = (storage: string | null, volume: string | null, hostPath: string | null = null) => ({ storage, volume, host_path: hostPath, path: '/srv' });
  const prior: Record<string, Value> = {
    node: 'pve',
    migrate: false,
    rootfs: { storage: 'local-lvm', size: '8G', volume: 'local-lvm:vm-100-disk-0' },
    mount_point: [mp('local-lvm', 'local-lvm:vm-100-disk-1'), mp(null, null, '/srv/media')],
  };
  /** What the plan does: replacements, and the volumes whose id becomes unknown. */
  const planned = (config: Record<string, Value>) => {
    const replacements: string[] = [];
    const plan: Record<string, Value> = { ...prior, ...config };
    const fake = {
      creating: false,
      config: { get: (name: string) => ({ ...prior, ...config })[name] ?? null },
      prior: { get: (name: string) => prior[name] ?? null },
      planned: { get: (name: string) => plan[name] ?? null },
      setPlanned: (name: string, value: Value) => (plan[name] = value),
      requireReplace: (name: string) => replacements.push(name),
    } as unknown as PlanContext<unknown>;
    planVolumeMoves(fake);
    const unknown = [
      ...(isUnknown((plan.rootfs as Record<string, Value>).volume) ? ['rootfs.volume'] : []),
      ...(plan.mount_point as Record<string, Value>[]).flatMap((m, i) => (isUnknown(m.volume ?? null) ? [`mount_point[${i}].volume`] : [])),
    ];
    return [...replacements, ...unknown];
  };
  const fast = { storage: 'fast', size: '8G', volume: 'local-lvm:vm-100-disk-0' };
  it('moves the root disk on the same node', () => assert.deepEqual(planned({ rootfs: fast }), ['rootfs.volume']));
  it('moves a volume mount point, never a bind mount', () =>
    assert.deepEqual(planned({ mount_point: [mp('fast', 'local-lvm:vm-100-disk-1'), mp(null, null, '/srv/media')] }), ['mount_point[0].volume']));
  it('gives every volume a new id in a migration (migrate_target_storage, then moves)', () =>
    assert.deepEqual(planned({ rootfs: fast, node: 'pve2', migrate: true, migrate_target_storage: 'other' }), ['rootfs.volume', 'mount_point[0].volume']));
  it('keeps an unchanged storage', () => assert.deepEqual(planned({}), []));

  it('moves what is not where the configuration wants it, after a migration too', () => {
    const current = {
      rootfs: { storage: 'other' },
      mount_point: [
        { storage: 'local-lvm', host_path: null },
        { storage: null, host_path: '/srv/media' },
      ],
    } as unknown as LxcModel;
    const plan = { rootfs: { storage: 'fast' }, mount_point: [{ storage: 'fast' }, { storage: null }, { storage: 'fast' }] } as unknown as LxcPlan;
    assert.deepEqual(volumeMoves(plan, current), [
      { volume: 'rootfs', storage: 'fast' },
      { volume: 'mp0', storage: 'fast' },
    ]);
  });
});

/** The diagnostics proxmox_vm's validateConfig reports for `config`, as "path: summary". */
function vmErrors(config: Record<string, Value>): string[] {
  const diagnostics: Diagnostic[] = [];
  vmResource.validateConfig?.(validateContext({ node: 'pve', disk: [], ...config }, diagnostics));
  return diagnostics.map((d) => `${pathToString(d.path ?? [])}: ${d.summary}`);
}

describe('proxmox_vm plan-time checks of drive slots, cloud-init addresses and NUMA nodes', () => {
  const cloudInit = (fields: Record<string, Value>) => ({ storage: 'local-lvm', interface: null, ip: [], ip_config: null, ...fields });
  const ip = (fields: Record<string, Value>) => ({ ipv4_address: null, ipv4_gateway: null, ipv6_address: null, ipv6_gateway: null, ...fields });
  const cases: Array<{ name: string; config: Record<string, Value>; want: string[] }> = [
    {
      name: 'a data disk in the default CD-ROM slot',
      config: { disk: [{ interface: 'ide2', storage: 'local-lvm', size: '1G' }] },
      want: ['disk[0].interface: Reserved disk slot'],
    },
    {
      name: 'ide2 is free once the CD-ROM moves',
      config: { cdrom_interface: 'sata2', disk: [{ interface: 'ide2', storage: 'local-lvm', size: '1G' }] },
      want: [],
    },
    {
      name: 'a data disk in a moved cloud-init slot',
      config: { cloud_init: cloudInit({ interface: 'scsi5' }), disk: [{ interface: 'scsi5', storage: 'local-lvm', size: '1G' }] },
      want: ['disk[0].interface: Reserved disk slot'],
    },
    {
      name: 'CD-ROM and cloud-init in one slot',
      config: { cdrom_interface: 'ide0', cloud_init: cloudInit({}) },
      want: ['cdrom_interface: Drive slot used twice'],
    },
    {
      name: 'typed ip blocks and raw ip_config together',
      config: { cloud_init: cloudInit({ ip: [ip({ ipv4_address: 'dhcp' })], ip_config: ['ip=dhcp'] }) },
      want: ['cloud_init.ip_config: Conflicting cloud-init settings'],
    },
    {
      name: 'a gateway with dhcp',
      config: { cloud_init: cloudInit({ ip: [ip({ ipv4_address: 'dhcp', ipv4_gateway: '10.0.0.1' })] }) },
      want: ['cloud_init.ip[0].ipv4_gateway: Gateway not used'],
    },
    {
      name: 'an IPv6 gateway with SLAAC',
      config: { cloud_init: cloudInit({ ip: [ip({ ipv6_address: 'auto', ipv6_gateway: 'fd00::1' })] }) },
      want: ['cloud_init.ip[0].ipv6_gateway: Gateway not used'],
    },
    {
      name: 'NUMA nodes without numa',
      config: { memory: 1024, numa_node: [{ cpus: '0', memory: 1024, host_nodes: null, policy: null }] },
      want: ['numa: NUMA nodes need numa'],
    },
    {
      name: 'NUMA memory not adding up, a policy without host nodes',
      config: { numa: true, memory: 2048, numa_node: [{ cpus: '0', memory: 1024, host_nodes: null, policy: 'bind' }] },
      want: ['numa_node[0].policy: Policy without host nodes', 'numa_node: NUMA memory does not add up'],
    },
    {
      name: 'NUMA nodes that add up',
      config: {
        numa: true,
        memory: 2048,
        numa_node: [
          { cpus: '0', memory: 1024, host_nodes: '0', policy: 'bind' },
          { cpus: '1', memory: 1024, host_nodes: null, policy: null },
        ],
      },
      want: [],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(vmErrors(c.config), c.want));
});

describe('root@pam-only settings at plan time', () => {
  const plan = (identity: unknown, config: Record<string, Value>) => {
    const errors: string[] = [];
    const fake = {
      provider: { client: { identity } },
      creating: true,
      config: { get: (name: string) => config[name] ?? null },
      prior: { get: () => null },
      error: (path: unknown, summary: string, detail?: string) => errors.push(`${String(path)}: ${summary}: ${detail ?? ''}`),
    } as unknown as PlanContext<{ client: { identity: never } }>;
    refuseUnlessRootLogin(fake, ['kvm_arguments'], "a VM's KVM arguments (args)");
    return errors;
  };
  it('refuses kvm_arguments with an API token, naming the attribute', () => {
    const [error, ...rest] = plan({ kind: 'token', tokenId: 'root@pam!tf' }, { kvm_arguments: '-device intel-iommu' });
    assert.equal(rest.length, 0);
    assert.match(
      error ?? '',
      /^kvm_arguments: Needs a root@pam login: Proxmox lets only root@pam change a VM's KVM arguments \(args\), and the API token root@pam!tf is not root@pam/,
    );
  });
  it('lets a root@pam ticket set them, and anyone leave them unset', () => {
    assert.deepEqual(plan({ kind: 'ticket', userid: 'root@pam' }, { kvm_arguments: '-device intel-iommu' }), []);
    assert.deepEqual(plan({ kind: 'token', tokenId: 'root@pam!tf' }, {}), []);
  });
});

describe('mappings of the typed cloud-init addresses, container devices and addresses', () => {
  it('an ip block is its ipconfig string and back', () => {
    const typed = { ipv4_address: '10.0.0.5/24', ipv4_gateway: '10.0.0.1', ipv6_address: 'auto', ipv6_gateway: null };
    assert.equal(ipConfigText(typed), 'ip=10.0.0.5/24,gw=10.0.0.1,ip6=auto');
    assert.deepEqual(ipFromConfigText('ip=10.0.0.5/24,gw=10.0.0.1,ip6=auto'), typed);
  });
  it('a device is written with its path first and read back', () => {
    const device = { path: '/dev/ttyUSB0', mode: '0660', uid: 1000, gid: 20, deny_write: true };
    const value = deviceValue(device);
    assert.equal(value, '/dev/ttyUSB0,mode=0660,uid=1000,gid=20,deny-write=1');
    assert.deepEqual(deviceFromConfig(value), device);
    assert.deepEqual(deviceFromConfig('path=/dev/dri/renderD128'), { path: '/dev/dri/renderD128', mode: null, uid: null, gid: null, deny_write: null });
  });
  it('container addresses leave out loopback and link-local, with or without ip-addresses', () => {
    const out = containerAddresses([
      { name: 'lo', inet: '127.0.0.1/8', inet6: '::1/128' },
      {
        name: 'eth0',
        'ip-addresses': [
          { 'ip-address': '10.0.0.5', 'ip-address-type': 'inet', prefix: 24 },
          { 'ip-address': 'fe80::1', 'ip-address-type': 'inet6', prefix: 64 },
          { 'ip-address': 'fd00::5', 'ip-address-type': 'inet6', prefix: 64 },
        ],
      },
      { name: 'eth1', inet: '192.168.1.9/24', inet6: 'fe80::2/64' },
    ]);
    assert.deepEqual(out, { ipv4_addresses: ['10.0.0.5', '192.168.1.9'], ipv6_addresses: ['fd00::5'] });
  });
});

describe("proxmox_lxc's source: an OS template or a clone", () => {
  const errors = (config: Record<string, Value>): string[] => {
    const diagnostics: Diagnostic[] = [];
    lxcResource.validateConfig?.(validateContext({ node: 'pve', template: null, clone: null, ...config }, diagnostics));
    return diagnostics.map((d) => `${pathToString(d.path ?? [])}: ${d.summary}`);
  };
  const clone = { source_vmid: 9000, full: true, snapshot: null };
  it('takes a template alone, or a clone alone', () => {
    assert.deepEqual(errors({ template: 'local:vztmpl/debian.tar.zst' }), []);
    assert.deepEqual(errors({ clone }), []);
  });
  it('refuses both', () => assert.deepEqual(errors({ template: 'local:vztmpl/debian.tar.zst', clone }), ['template: Conflicting container source']));
  it('needs one to create a container, none for one that exists (imported: Proxmox keeps no source)', () => {
    const planErrors = (creating: boolean, config: Record<string, Value>): string[] => {
      const found: string[] = [];
      const view = { get: (name: string) => config[name] ?? null };
      planSource({ creating, config: view, error: (path: string, summary: string) => found.push(`${path}: ${summary}`) } as unknown as PlanContext<unknown>);
      return found;
    };
    assert.deepEqual(errors({}), []);
    assert.deepEqual(planErrors(true, {}), ['template: Missing container source']);
    assert.deepEqual(planErrors(true, { template: 'local:vztmpl/debian.tar.zst' }), []);
    assert.deepEqual(planErrors(true, { clone }), []);
    assert.deepEqual(planErrors(false, {}), []);
  });
  it('refuses a password or keys on a clone', () =>
    assert.deepEqual(errors({ clone, password: 'x', ssh_public_keys: ['ssh-ed25519 AAAA'] }), [
      'password: Not settable on a clone',
      'ssh_public_keys: Not settable on a clone',
    ]));
  it('names what a clone inherits that the configuration contradicts', () => {
    const plan = { clone, unprivileged: true, rootfs: { storage: 'local-lvm', size: '4G', volume: null } } as unknown as LxcPlan;
    const cloned = { unprivileged: false, rootfs: { storage: 'tank', size: '8G', volume: 'tank:subvol-101-disk-0' } } as unknown as LxcModel;
    assert.throws(
      () => cloneMismatches(plan, cloned),
      new Error(
        'the clone of 9000 does not match the configuration; set rootfs.storage: its root disk is on "tank"; rootfs.size: its root disk is 8G, larger than the configured size (disks never shrink); unprivileged: the source is privileged',
      ),
    );
    assert.doesNotThrow(() =>
      cloneMismatches(plan, { ...cloned, unprivileged: true, rootfs: { storage: 'local-lvm', size: '2G', volume: null } } as unknown as LxcModel),
    );
  });
});
