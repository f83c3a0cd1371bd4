// /etc/pve/mapping/{pci,usb,dir}.cfg: the cluster's hardware and directory mappings, each a
// section config of ids whose `map` holds one property string per node entry.

export const MAPPING_KINDS = ['pci', 'usb', 'dir'] as const;
export type MappingKind = (typeof MAPPING_KINDS)[number];

export interface SimMapping {
  description?: string;
  /** `node=pve,path=0000:01:00.0,id=10de:1b80` as written; order kept. */
  map: string[];
  /** PCI only. */
  mdev?: boolean;
  /** PCI only. */
  liveMigrationCapable?: boolean;
}

export interface SimMappings {
  readonly entries: Record<MappingKind, Map<string, SimMapping>>;
  /** Bumped on every write of a kind's file; feeds its digest. */
  readonly versions: Record<MappingKind, number>;
}

export function emptyMappings(): SimMappings {
  return { entries: { pci: new Map(), usb: new Map(), dir: new Map() }, versions: { pci: 1, usb: 1, dir: 1 } };
}
