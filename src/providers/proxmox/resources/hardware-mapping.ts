// `proxmox_hardware_mapping_{pci,usb,dir}`: a cluster-wide name for a PCI device, a USB device
// or a host directory, with one entry per node saying what it is there. Guests use the name
// (`hostpci0: mapping=gpu`, `usb0: mapping=key`, `virtiofs0: dirid`) and so move between nodes;
// users with `Mapping.Use` on /mapping/<kind>/<name> may attach it without root.
// The map entries' rules are pve-guest-common src/PVE/Mapping/{PCI,USB,Dir}.pm `$map_fmt`.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import type { HardwareMapping, MappingKind } from '../../../clients/proxmox/index.js';
import { buildPropertyString, parsePropertyString } from '../../../clients/proxmox/property-string.js'; // not the index: the client loads lazily
import { namedResource } from '../shared/keyed-resource.js';
import { mappingEntryFields, type MappingEntry } from './hardware-mapping-entries.js';
import { keyAttributes } from '../shared/key-attributes.js';
import { atLeastOne } from '../shared/non-empty-list.js';

/** `pve-configid` (pve-common JSONSchema.pm `$CONFIGID_RE`): two characters at least. */
const MAPPING_NAME = /^[a-z][a-z0-9_-]+$/i;

export interface MappingModel {
  id: string | null;
  name: string;
  description: string | null;
  map: MappingEntry[];
  mdev?: boolean | null;
  live_migration_capable?: boolean | null;
}

function entryModel(kind: MappingKind, text: string): MappingEntry {
  const { props } = parsePropertyString(text);
  const fields = mappingEntryFields(kind);
  return Object.fromEntries(fields.map((field) => [field.attribute, field.parse(props[field.key])])) as MappingEntry;
}

function entryText(kind: MappingKind, entry: MappingEntry): string {
  const props: Record<string, string | number | undefined> = {};
  for (const field of mappingEntryFields(kind)) {
    const value = entry[field.attribute];
    props[field.key] = typeof value === 'string' || typeof value === 'number' ? value : undefined;
  }
  return buildPropertyString(props);
}

/** The mapping as the model holds it but for `id` and `name`. */
function fieldsOf(kind: MappingKind, mapping: HardwareMapping): Omit<MappingModel, 'id' | 'name'> {
  const fields: Omit<MappingModel, 'id' | 'name'> = {
    description: mapping.description ?? null,
    map: mapping.map.map((text) => entryModel(kind, text)),
  };
  if (kind === 'pci') {
    fields.mdev = mapping.mdev ?? false;
    fields.live_migration_capable = mapping['live-migration-capable'] ?? false;
  }
  return fields;
}

/** An example configuration of a kind: its name, extra lines and map entries. */
function exampleOf(kind: MappingKind, name: string, extra: string, entries: readonly string[]): string {
  const map = entries.map((entry) => `    { ${entry} },`).join('\n');
  return `resource "proxmox_hardware_mapping_${kind}" "${name}" {\n  name = "${name}"\n${extra}  map = [\n${map}\n  ]\n}`;
}

/** What each kind names, and its example. */
const KINDS: Record<MappingKind, { readonly what: string; readonly example: string }> = {
  pci: {
    what: 'PCI device (a GPU, NIC or HBA for passthrough)',
    example: exampleOf('pci', 'gpu', '  description = "The GPU for transcoding"\n', [
      'node = "pve", path = "0000:01:00.0", id = "10de:1b80", subsystem_id = "1462:3362", iommu_group = 12',
    ]),
  },
  usb: {
    what: 'USB device (a Zigbee stick, a licence dongle)',
    example: exampleOf('usb', 'zigbee', '', ['node = "pve", id = "10c4:ea60"', 'node = "pve2", id = "10c4:ea60", path = "1-2.3"']),
  },
  dir: { what: 'host directory (shared into VMs with virtiofs)', example: exampleOf('dir', 'media', '', ['node = "pve", path = "/tank/media"']) },
};

function mappingSchema(kind: MappingKind) {
  const pciOnly = {
    mdev: attr.bool({ default: false, description: 'The device can provide mediated devices (vGPU; default false).' }),
    live_migration_capable: attr.bool({ default: false, description: 'The device can be live-migrated (experimental in Proxmox; default false).' }),
  };
  return schema({
    description: `A cluster-wide ${KINDS[kind].what} mapping: a name guests use, and per node what it stands for. Needs \`Mapping.Modify\` on /mapping/${kind}.`,
    attributes: {
      ...keyAttributes('name', 'The mapping name.', {
        description: 'Mapping name: a letter, then letters, digits, "_" or "-".',
        validators: [validators.textMatching(MAPPING_NAME, 'a letter followed by one or more letters, digits, "_" or "-"')],
      }),
      description: attr.string({ optional: true, description: 'Description.', validators: [validators.lengthBetween(1, 4096)] }),
      map: attr.nested('list', Object.fromEntries(mappingEntryFields(kind).map((field) => [field.attribute, field.schema])), {
        required: true,
        description: 'One entry per node (PCI: one per device path a node offers), in order; at least one.',
        validators: [atLeastOne('entry')],
      }),
      ...(kind === 'pci' ? pciOnly : {}),
    },
  });
}

export function hardwareMappingResource(kind: MappingKind) {
  return namedResource({
    name: `proxmox_hardware_mapping_${kind}`,
    schema: mappingSchema(kind),
    importId: { description: 'the mapping name', example: kind === 'dir' ? 'media' : kind === 'usb' ? 'zigbee' : 'gpu' },
    example: KINDS[kind].example,
    key: 'name',
    validateConfig(ctx) {
      if (kind !== 'dir') return;
      // Dir.pm assert_valid_map_list: "Node 'x' is specified n times."
      const map = ctx.config.get('map');
      if (!Array.isArray(map)) return;
      const seen = new Set<string>();
      map.forEach((entry, index) => {
        const node = entry !== null && typeof entry === 'object' && 'node' in entry ? (entry as { node: unknown }).node : undefined;
        if (typeof node !== 'string') return;
        if (seen.has(node))
          ctx.error(
            [{ attribute: 'map' }, { index }, { attribute: 'node' }],
            'Node mapped twice',
            `Node "${node}" has more than one entry; a directory mapping takes one per node.`,
          );
        seen.add(node);
      });
    },
    find: (client, name) => client.mappings.find(kind, name),
    create: (client, plan) => client.mappings.create(kind, plan.name, optionsOf(kind, plan)),
    update: (client, plan, prior) =>
      client.mappings.update(kind, plan.name, optionsOf(kind, plan), {
        delete: plan.description === null && prior.description !== null ? ['description'] : [],
      }),
    remove: (client, name) => client.mappings.delete(kind, name),
    toModel: (mapping) => fieldsOf(kind, mapping),
  });
}

function optionsOf(kind: MappingKind, plan: MappingModel) {
  return {
    ...(plan.description !== null ? { description: plan.description } : {}),
    map: plan.map.map((entry) => entryText(kind, entry)),
    ...(kind === 'pci' ? { mdev: plan.mdev ?? false, liveMigrationCapable: plan.live_migration_capable ?? false } : {}),
  };
}

export const hardwareMappingPciResource = hardwareMappingResource('pci');
export const hardwareMappingUsbResource = hardwareMappingResource('usb');
export const hardwareMappingDirResource = hardwareMappingResource('dir');
