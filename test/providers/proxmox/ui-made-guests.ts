// Guests as the Proxmox web UI's create wizards make them, for the import tests (in-process and
// e2e): the parameters the wizard sends, so an import meets what users' UI-made guests hold.

export const UI_ISO = 'local:iso/debian-12.7.0-amd64-netinst.iso';
export const UI_CT_TEMPLATE = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';

/** qemu/CreateWizard.js with the l26 defaults (OSDefaults.js): a CD-ROM, one SCSI disk, one NIC. */
export function uiWizardVm(vmid: number): Record<string, string | number> {
  return {
    vmid,
    name: 'web',
    ostype: 'l26',
    ide2: `${UI_ISO},media=cdrom`,
    scsihw: 'virtio-scsi-single',
    scsi0: 'local-lvm:32,iothread=on',
    sockets: 1,
    cores: 2,
    numa: 0,
    cpu: 'x86-64-v2-AES',
    memory: 2048,
    net0: 'virtio,bridge=vmbr0,firewall=1',
  };
}

/** lxc/CreateWizard.js: unprivileged and nesting ticked, a root password, 8 GiB rootfs, eth0 with the firewall ticked, DHCP. */
export function uiWizardContainer(vmid: number): Record<string, string | number> {
  return {
    vmid,
    hostname: 'ct',
    unprivileged: 1,
    features: 'nesting=1',
    password: 'secret123',
    ostemplate: UI_CT_TEMPLATE,
    rootfs: 'local-lvm:8',
    cores: 1,
    memory: 512,
    swap: 512,
    net0: 'name=eth0,bridge=vmbr0,firewall=1,ip=dhcp,ip6=dhcp',
    start: 1,
  };
}
