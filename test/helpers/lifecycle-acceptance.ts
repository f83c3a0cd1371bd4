// The lifecycle cases `make acceptance` runs against real servers (or simulators started as
// separate processes): every object is named or commented `tfacc-<random>-…`, the safe tier
// touches only objects the run creates, and the disruptive tier (TRUEMOX_ACC_DISRUPTIVE=1)
// changes a singleton, a system service, and puts it back as it found it.
// What is left afterwards is asked of the same lister `truemox sweep` uses.
import { randomBytes } from 'node:crypto';
import { proxmoxLeftovers, truenasLeftovers } from '../../src/cli/sweep.js';
import type { ProxmoxClient } from '../../src/clients/proxmox/index.js';
import type { TrueNASClient } from '../../src/clients/truenas/index.js';
import { DISRUPTIVE_TYPES } from './acceptance-disruptive.js';
import { proxmoxSpareDiskCases } from './acceptance-disks.js';
import { proxmoxAccessCase, proxmoxLxcExtras, proxmoxNodeCase, proxmoxVmExtras, VM_EXTRA_IMPORTS } from './acceptance-proxmox.js';
import { truenasOwnObjectsCase, type TrueNASPlace } from './acceptance-truenas.js';
import type { LifecycleCase } from './lifecycle.js';

export interface AcceptanceServers {
  readonly truenas?: TrueNASClient;
  readonly proxmox?: ProxmoxClient;
}

/** `tfacc-` and six random hex digits: one run's objects, told apart from any other run's. */
export function runPrefix(): string {
  return `tfacc-${randomBytes(3).toString('hex')}`;
}

async function names(found: Promise<{ kind: string; name: string }[]>): Promise<string[]> {
  return (await found).map((l) => `${l.kind} ${l.name}`);
}

/** Own objects only: every TrueNAS resource that makes an object of its own (datasets only when a pool is named). */
export function truenasSafeCases(prefix: string, place: TrueNASPlace): LifecycleCase<AcceptanceServers>[] {
  return [truenasOwnObjectsCase(prefix, place, (servers) => names(truenasLeftovers(servers.truenas!, prefix)))];
}

const proxmoxLeftoverNames = (prefix: string) => (servers: AcceptanceServers) => names(proxmoxLeftovers(servers.proxmox!, prefix));

/** Disruptive, with a spare disk named: the node disk resources on it, to be run one case after another. */
export function proxmoxDiskCases(prefix: string, node: string, disk: string): LifecycleCase<AcceptanceServers>[] {
  return proxmoxSpareDiskCases(prefix, node, disk, proxmoxLeftoverNames(prefix));
}

/** Own objects only: a group, a role and a pool, renamed once (which replaces them). */
export function proxmoxSafeCases(prefix: string, node?: string): LifecycleCase<AcceptanceServers>[] {
  const leftovers = proxmoxLeftoverNames(prefix);
  const config = (suffix: string, comment: string, privileges: string) => `resource "proxmox_group" "acc" {
  group_id = "${prefix}-group${suffix}"
  comment  = "${comment}"
}
resource "proxmox_role" "acc" {
  role_id    = "${prefix}-role"
  privileges = [${privileges}]
}
resource "proxmox_pool" "acc" {
  pool_id = "${prefix}-pool"
  comment = "${comment}"
}
resource "proxmox_firewall_alias" "acc" {
  name    = "${prefix}-alias"
  cidr    = "192.0.2.0/24"
  comment = "${comment}"
}
resource "proxmox_firewall_ipset" "acc" {
  name    = "${prefix}-ipset"
  comment = "${comment}"
  entry   = [{ cidr = proxmox_firewall_alias.acc.name }, { cidr = "198.51.100.0/24", nomatch = true }]
}
resource "proxmox_firewall_security_group" "acc" {
  name    = "${prefix}-sg"
  comment = "${comment}"
  rule    = [{ type = "in", action = "ACCEPT", macro = "SSH", source = "+\${proxmox_firewall_ipset.acc.name}" }]
}`;
  return [
    {
      name: 'proxmox_group, proxmox_role, proxmox_pool and datacenter firewall objects',
      steps: [
        {
          config: config('', 'acceptance', '"VM.Audit"'),
          expect: { 'proxmox_group.acc': 'create', 'proxmox_role.acc': 'create', 'proxmox_pool.acc': 'create' },
        },
        {
          config: config('', 'acceptance, updated', '"VM.Audit", "VM.PowerMgmt"'),
          expect: {
            'proxmox_group.acc': 'update',
            'proxmox_role.acc': 'update',
            'proxmox_pool.acc': 'update',
            'proxmox_firewall_alias.acc': 'update',
            'proxmox_firewall_security_group.acc': 'update',
          },
        },
        {
          config: config('-renamed', 'acceptance, updated', '"VM.Audit", "VM.PowerMgmt"'),
          expect: { 'proxmox_group.acc': 'replace' },
        },
      ],
      imports: [
        { address: 'proxmox_group.acc' },
        { address: 'proxmox_role.acc' },
        { address: 'proxmox_pool.acc' },
        { address: 'proxmox_firewall_alias.acc' },
        { address: 'proxmox_firewall_ipset.acc' },
        { address: 'proxmox_firewall_security_group.acc' },
      ],
      leftovers,
    },
    proxmoxAccessCase(prefix, leftovers),
    ...(node ? [proxmoxNodeCase(prefix, node, leftovers)] : []),
  ];
}

/** Where guest cases put their guests: the node, the storage of their disks, a container template. */
export interface ProxmoxGuestPlace {
  readonly node: string;
  readonly storage: string;
  /** A container template volume (`local:vztmpl/…`); without it the run has no container case. */
  readonly ctTemplate?: string;
}

/**
 * Own guests only, stopped (no guest OS runs): a VM with a small disk and a container, each
 * created, updated in place, imported by NODE/VMID, destroyed; named `<prefix>-vm`/`-ct`.
 */
export function proxmoxGuestCases(prefix: string, place: ProxmoxGuestPlace): LifecycleCase<AcceptanceServers>[] {
  const leftovers = proxmoxLeftoverNames(prefix);
  const byNodeVmid = (values: Record<string, unknown>) => `${String(values.node)}/${String(values.vmid)}`;
  const vm = (cores: number, description: string) => `resource "proxmox_vm" "acc" {
  node        = "${place.node}"
  name        = "${prefix}-vm"
  description = "${description}"
  cores       = ${cores}
  memory      = 512
  started     = false
  disk {
    interface = "scsi0"
    storage   = "${place.storage}"
    size      = "1G"
  }
  network {}
}`;
  const cases: LifecycleCase<AcceptanceServers>[] = [
    {
      name: 'proxmox_vm',
      steps: [
        {
          config: `${vm(1, 'acceptance')}\n${proxmoxVmExtras(prefix, place.node, 0)}`,
          expect: { 'proxmox_vm.acc': 'create', 'proxmox_ha_rule.acc': 'create' },
        },
        {
          config: `${vm(2, 'acceptance, updated')}\n${proxmoxVmExtras(prefix, place.node, 1)}`,
          expect: { 'proxmox_vm.acc': 'update', 'proxmox_firewall_rules.acc': 'update', 'proxmox_ha_resource.acc': 'update' },
        },
      ],
      // The VM's pool is proxmox_pool_membership's here: an import reads it, the configuration leaves it unset.
      imports: [{ address: 'proxmox_vm.acc', id: byNodeVmid, unreadable: ['pool'] }, ...VM_EXTRA_IMPORTS],
      leftovers,
    },
  ];
  if (place.ctTemplate) {
    const ct = (memory: number) => `resource "proxmox_lxc" "acc" {
  node     = "${place.node}"
  hostname = "${prefix}-ct"
  template = "${place.ctTemplate}"
  memory   = ${memory}
  started  = false
  rootfs {
    storage = "${place.storage}"
    size    = "1G"
  }
}`;
    cases.push({
      name: 'proxmox_lxc',
      steps: [
        { config: `${ct(256)}\n${proxmoxLxcExtras(prefix, place.node)}`, expect: { 'proxmox_lxc.acc': 'create', 'proxmox_lxc_snapshot.acc': 'create' } },
        { config: `${ct(512)}\n${proxmoxLxcExtras(prefix, place.node)}`, expect: { 'proxmox_lxc.acc': 'update' } },
      ],
      // Proxmox does not keep the template a container was made from.
      imports: [{ address: 'proxmox_lxc.acc', id: byNodeVmid, unreadable: ['template'] }, { address: 'proxmox_lxc_snapshot.acc' }],
      leftovers,
    });
  }
  return cases;
}

/**
 * Disruptive: the iSCSI service (a singleton the run does not own) is switched on and off; the
 * caller records its state first and restores it afterwards (`restoreService`).
 */
export function truenasDisruptiveCases(): LifecycleCase<AcceptanceServers>[] {
  const config = (enable: boolean, running: boolean) => `resource "truenas_service" "acc" {
  service = "iscsitarget"
  enable  = ${enable}
  running = ${running}
}`;
  return [
    {
      name: 'truenas_service (disruptive)',
      steps: [{ config: config(true, true) }, { config: config(false, true), expect: { 'truenas_service.acc': 'update' } }],
      imports: [{ address: 'truenas_service.acc' }],
      leftovers: () => [],
    },
  ];
}

/** The service's boot and run state now, and a function that brings it back. */
export async function recordService(client: TrueNASClient, name: string): Promise<() => Promise<void>> {
  const before = await client.services.find(name);
  if (!before) throw new Error(`the server has no service "${name}"`);
  return async () => {
    const now = await client.services.find(name);
    if (now && now.enable !== before.enable) await client.services.update(name, { enable: before.enable });
    if (now && (now.state === 'RUNNING') !== (before.state === 'RUNNING')) await client.services.control(before.state === 'RUNNING' ? 'START' : 'STOP', name);
  };
}

/**
 * Resource types no acceptance case covers, each with why: the self-check in
 * test/framework/registries.test.ts fails for a type in neither a case nor this list.
 */
export const ACCEPTANCE_EXCLUSIONS: Readonly<Record<string, string>> = {
  truenas_scrub_task: 'one per pool: a real pool already has its own, so the run cannot make a second',
  truenas_cloud_backup: 'creating one initialises a restic repository in its bucket: needs a real S3 bucket to write to',
  truenas_nvmet_port: "a port has no name or comment to carry the run's prefix, and opens a listener on the server",
  truenas_nvmet_port_subsys: 'needs an NVMe-oF port (see truenas_nvmet_port)',
  truenas_ups_config: 'an unconfigured UPS cannot be put back: ups.update refuses the empty driver and port it started with',
  truenas_mail_config: 'an unconfigured mail setup cannot be put back: mail.update refuses the empty sender address it started with',
  truenas_network_interface:
    'a bridge, bond or VLAN needs NICs the run does not own, and a wrong address cuts the API off for the check-in timeout: not for a server others depend on',
  proxmox_replication: 'needs a second cluster node to replicate to',
  proxmox_ha_group: 'HA groups exist only before Proxmox VE 9 (HA rules replace them)',
  proxmox_sdn_zone: "SDN ids have at most 8 characters (no room for the run's prefix) and applying SDN applies every pending change of the cluster",
  proxmox_sdn_vnet: 'see proxmox_sdn_zone',
  proxmox_sdn_subnet: 'see proxmox_sdn_zone',
  proxmox_sdn_applier: "applies every pending SDN change of the cluster, not only the run's",
  proxmox_sdn_controller: "an EVPN/BGP/ISIS controller peers with the network's routers",
  proxmox_sdn_ipam: 'needs an external IPAM server (NetBox or phpIPAM)',
  proxmox_network_bridge: "changes the node's network configuration (interface names cannot carry the prefix); a mistake cuts the node off",
  proxmox_network_bond: 'see proxmox_network_bridge; also needs spare NICs',
  proxmox_network_vlan: 'see proxmox_network_bridge',
  proxmox_acme_account: 'registers an account with an ACME CA: needs a public ACME CA',
  proxmox_acme_certificate: 'orders a certificate for a public domain from a public ACME CA',
  proxmox_download_file: 'downloads from a URL outside the servers under test',
};

/** Every resource type an acceptance case configures, with every optional place given and both tiers. */
export function acceptanceCoveredTypes(): Set<string> {
  const prefix = 'tfacc-000000';
  const cases = [
    ...truenasSafeCases(prefix, { pool: 'tank', nvmet: true, imported: { certificate: '', privateKey: '' } }),
    ...proxmoxSafeCases(prefix, 'pve'),
    ...proxmoxGuestCases(prefix, { node: 'pve', storage: 'local-lvm', ctTemplate: 'local:vztmpl/template.tar.zst' }),
    ...truenasDisruptiveCases(),
    ...proxmoxDiskCases(prefix, 'pve', '/dev/sdb'),
  ];
  const configured = cases.flatMap((c) => c.steps.flatMap((step) => [...step.config.matchAll(/^resource "(\w+)"/gm)].map((match) => match[1]!)));
  return new Set([...configured, ...DISRUPTIVE_TYPES]);
}
