// data "proxmox_hardware_mappings": the PCI, USB or directory mappings the caller may see
// (`Mapping.Audit`, `.Use` or `.Modify` on each), optionally checked on one node.
import { attr } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import type { HardwareMapping, MappingKind } from '../../../clients/proxmox/index.js';
import { parsePropertyString } from '../../../clients/proxmox/property-string.js'; // not the index: the client loads lazily
import { rowListDataSource } from './row-list.js';
import type { LookupRule } from '../shared/lookup-errors.js';
import { byName } from '../../common/by-name.js';

/**
 * The mapping lists check only the node answering the request (pve-manager
 * PVE/API2/Cluster/Mapping/{PCI,Dir}.pm `index`: "wrong node to check - X != Y"; USB.pm:
 * "Wrong node to check"); the API has no way to send them to another node.
 */
const OTHER_NODE: LookupRule = {
  attribute: 'check_node',
  summary: 'Not the node the provider talks to',
  message: /^wrong node to check/i,
  advice:
    "Only the node of the provider's endpoint can check its hardware: name that node, or configure a provider (alias) whose endpoint is the node to check.",
};

function entryModel(text: string) {
  const { props } = parsePropertyString(text);
  return {
    node: props.node ?? '',
    path: props.path ?? null,
    id: props.id ?? null,
    subsystem_id: props['subsystem-id'] ?? null,
    iommu_group: props.iommugroup === undefined ? null : Number(props.iommugroup),
    description: props.description ?? null,
  };
}

function mappingModel(mapping: HardwareMapping) {
  return {
    name: mapping.id ?? '',
    description: mapping.description ?? null,
    map: mapping.map.map(entryModel),
    checks: (mapping.checks ?? mapping.errors ?? []).map((check) => ({ severity: check.severity, message: check.message })),
  };
}

export const hardwareMappingsDataSource = rowListDataSource({
  name: 'proxmox_hardware_mappings',
  description: 'The PCI, USB or directory mappings of the cluster that the caller may see, with their per-node entries.',
  arguments: {
    kind: attr.string({ required: true, description: '"pci", "usb" or "dir".', validators: [validators.oneOf('pci', 'usb', 'dir')] }),
    check_node: attr.string({
      optional: true,
      description:
        "Node whose entries the server checks against its hardware; the findings are in `checks`. Only the node the provider's endpoint is on can be checked (the server refuses any other).",
    }),
  },
  rows: {
    attribute: 'mappings',
    description: 'The mappings, ordered by name.',
    row: {
      name: attr.string({ computed: true, description: 'Mapping name.' }),
      description: attr.string({ computed: true, description: 'Description.' }),
      map: attr.nested(
        'list',
        {
          node: attr.string({ computed: true, description: 'Node.' }),
          path: attr.string({ computed: true, description: 'PCI address, USB port path or directory.' }),
          id: attr.string({ computed: true, description: 'Vendor:device id (PCI, USB).' }),
          subsystem_id: attr.string({ computed: true, description: 'Subsystem vendor:device id (PCI).' }),
          iommu_group: attr.number({ computed: true, description: 'IOMMU group (PCI).' }),
          description: attr.string({ computed: true, description: 'Description of the entry.' }),
        },
        { computed: true, description: 'Per-node entries.' },
      ),
      checks: attr.nested(
        'list',
        {
          severity: attr.string({ computed: true, description: '"warning" or "error".' }),
          message: attr.string({ computed: true, description: 'What the check found.' }),
        },
        { computed: true, description: 'Findings on `check_node`; empty without it.' },
      ),
    },
  },
  example: 'data "proxmox_hardware_mappings" "gpus" {\n  kind       = "pci"\n  check_node = "pve" # adds what the node finds to `checks`\n}',
  lookupRules: [OTHER_NODE],
  async list(client, config) {
    const listed = await client.mappings.list(config.kind as MappingKind, config.check_node ?? undefined);
    return [...listed].sort(byName((m) => m.id ?? '')).map(mappingModel);
  },
});
