export * as truenas from './truenas';
export * as proxmox from './proxmox';
