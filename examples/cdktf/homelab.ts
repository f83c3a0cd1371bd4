// The home lab of examples/homelab, as a CDKTF stack with the typed constructs of
// `truemox/cdktf`: a TrueNAS zvol exported over iSCSI, mounted by Proxmox VE as storage,
// its LUN attached as a VM's second disk. Connection settings come from the environment (TRUENAS_*,
// PROXMOX_VE_*), as in the HCL example, so the providers' blocks stay empty.
import { LocalBackend, TerraformOutput, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { proxmox, truenas } from 'truemox/cdktf';

export interface HomelabOptions {
  /** TrueNAS pool that holds the zvol. */
  readonly pool: string;
  /** Size of the zvol exported over iSCSI, in bytes. */
  readonly lunBytes: number;
  /** Address the TrueNAS iSCSI portal listens on. */
  readonly portalListen: string;
  /** Address Proxmox VE reaches the portal at (host or host:port). */
  readonly portalAddress: string;
  /** TrueNAS's iSCSI base name; the target IQN is BASENAME:TARGET. */
  readonly iscsiBasename: string;
  /** Proxmox VE node that runs the VM, the storage of its boot disk, and its bridge. */
  readonly node: string;
  readonly bootStorage: string;
  readonly bridge: string;
}

export const HOMELAB_DEFAULTS: HomelabOptions = {
  pool: 'tank',
  lunBytes: 32 * 1024 ** 3,
  portalListen: '0.0.0.0',
  portalAddress: '127.0.0.1:3260',
  iscsiBasename: 'iqn.2005-10.org.freenas.ctl',
  node: 'pve',
  bootStorage: 'local-lvm',
  bridge: 'vmbr0',
};

export class HomelabStack extends TerraformStack {
  constructor(scope: Construct, id: string, options: Partial<HomelabOptions> = {}) {
    super(scope, id);
    const o = { ...HOMELAB_DEFAULTS, ...options };
    // State next to the synthesized JSON, not under an absolute path of the build machine.
    new LocalBackend(this, { path: 'terraform.tfstate' });
    new truenas.provider.TruenasProvider(this, 'truenas', {});
    new proxmox.provider.ProxmoxProvider(this, 'proxmox', {});

    // TrueNAS: a zvol exported as an iSCSI LUN.
    const zvol = new truenas.zvol.Zvol(this, 'vm_disks', { name: `${o.pool}/proxmox-lun0`, volsize: o.lunBytes, sparse: true });
    const portal = new truenas.iscsiPortal.IscsiPortal(this, 'lan', { listen: [o.portalListen], comment: 'Proxmox VE storage' });
    const target = new truenas.iscsiTarget.IscsiTarget(this, 'proxmox_target', { name: 'proxmox', group: [{ portal: portal.id }] });
    const extent = new truenas.iscsiExtent.IscsiExtent(this, 'lun0', { name: 'proxmox-lun0', type: 'DISK', zvol: zvol.name });
    const mapping = new truenas.iscsiTargetextent.IscsiTargetextent(this, 'lun0_mapping', { target: target.id, extent: extent.id, lunId: 0 });

    // Proxmox VE: the target as storage (once the LUN is mapped), and a VM with the LUN as a disk.
    const storage = new proxmox.storage.Storage(this, 'truenas_storage', {
      storage: 'truenas-iscsi',
      type: 'iscsi',
      portal: o.portalAddress,
      target: `${o.iscsiBasename}:${target.name}`,
      content: ['images'],
      dependsOn: [mapping],
    });
    // Proxmox VE cannot allocate disks on plain iSCSI storage; it lists the target's LUNs as
    // existing volumes ("truenas-iscsi:0.0.0.scsi-..."). The target exports one: LUN 0.
    const luns = new proxmox.dataProxmoxStorageContent.DataProxmoxStorageContent(this, 'truenas_luns', {
      nodeAttribute: o.node,
      storage: storage.storage,
      content: 'images',
    });
    const lun0 = luns.volumes.get(0).volid;
    const vm = new proxmox.vm.Vm(this, 'app', {
      nodeAttribute: o.node, // `node` is taken by the construct tree
      name: 'app',
      cores: 2,
      memory: 2048,
      tags: ['homelab', 'terraform'],
      started: true,
      disk: [
        { interface: 'scsi0', storage: o.bootStorage, size: '8G' },
        { interface: 'scsi1', volume: lun0 },
      ],
      network: [{ bridge: o.bridge }],
    });

    new TerraformOutput(this, 'zvol_path', { description: 'Block device of the zvol on TrueNAS.', value: zvol.devicePath });
    new TerraformOutput(this, 'iscsi_target_iqn', { description: 'IQN of the iSCSI target Proxmox VE logs in to.', value: storage.target });
    new TerraformOutput(this, 'vm_id', { description: 'VM id of the Proxmox VE virtual machine.', value: vm.vmid });
    new TerraformOutput(this, 'lun_volume', { description: "The Proxmox VE volume of the zvol's LUN, attached to the VM as scsi1.", value: lun0 });
  }
}
