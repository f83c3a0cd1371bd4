// The per-node entries of hardware mappings: each attribute, the property-string key the API
// uses for it, and the server's rules (pve-guest-common src/PVE/Mapping/{PCI,USB,Dir}.pm
// `$map_fmt`), checked at plan time so a bad entry names its attribute.
import { attr } from '../../../framework/attributes.js';
import type { AttributeSpec } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import type { MappingKind } from '../../../clients/proxmox/index.js';

/** One entry as the model holds it (only the kind's attributes are present). */
export type MappingEntry = Record<string, unknown>;

export interface EntryField {
  readonly attribute: string;
  /** The key in the API's property string. */
  readonly key: string;
  readonly schema: AttributeSpec;
  readonly parse: (text: string | undefined) => string | number | null;
}

const PCI_ADDRESS = '[a-f0-9]{4,}:[a-f0-9]{2}:[a-f0-9]{2}(?:\\.[a-f0-9])?';
const VENDOR_DEVICE = /^[0-9A-Fa-f]{4}:[0-9A-Fa-f]{4}$/;
const NODE = /^[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
/** A property string value cannot hold a comma; Dir.pm also refuses ";", "=", "(" and ")" in paths. */
const NO_COMMA = /^[^,]*$/;

const text = (value: string | undefined): string | null => value ?? null;
const integer = (value: string | undefined): number | null => (value === undefined ? null : Number(value));

const node: EntryField = {
  attribute: 'node',
  key: 'node',
  schema: attr.string({ required: true, description: 'Node name.', validators: [validators.textMatching(NODE, 'a node name')] }),
  parse: (value) => value ?? '',
};

const entryDescription: EntryField = {
  attribute: 'description',
  key: 'description',
  schema: attr.string({
    optional: true,
    description: 'Description of the device on this node (no commas: the entry is a property string).',
    validators: [validators.textMatching(NO_COMMA, 'text without commas'), validators.lengthBetween(1, 4096)],
  }),
  parse: text,
};

function vendorDevice(attribute: string, key: string, description: string, optional: boolean): EntryField {
  const options = { description, validators: [validators.textMatching(VENDOR_DEVICE, 'a vendor:device id such as "10de:1b80"')] };
  return { attribute, key, schema: optional ? attr.string({ optional: true, ...options }) : attr.string({ required: true, ...options }), parse: text };
}

const FIELDS: Record<MappingKind, readonly EntryField[]> = {
  pci: [
    node,
    {
      attribute: 'path',
      key: 'path',
      schema: attr.string({
        required: true,
        description: 'PCI address such as "0000:01:00.0" (without the function: the whole device); several separated by ";", the first free one is used.',
        validators: [
          validators.textMatching(new RegExp(`^(?:${PCI_ADDRESS};)*${PCI_ADDRESS}$`), 'PCI addresses such as "0000:01:00.0" in lower case, separated by ";"'),
        ],
      }),
      parse: (value) => value ?? '',
    },
    vendorDevice('id', 'id', 'Vendor and device id the node must find there, such as "10de:1b80" (detects swapped hardware).', false),
    vendorDevice('subsystem_id', 'subsystem-id', 'Subsystem vendor and device id, such as "1462:3362".', true),
    {
      attribute: 'iommu_group',
      key: 'iommugroup',
      schema: attr.number({ optional: true, description: 'IOMMU group the device must be in.', validators: [validators.integer(), validators.atLeast(0)] }),
      parse: integer,
    },
    entryDescription,
  ],
  usb: [
    node,
    vendorDevice('id', 'id', 'Vendor and device id, such as "10c4:ea60"; with `path`, only used to detect swapped hardware.', false),
    {
      attribute: 'path',
      key: 'path',
      schema: attr.string({
        optional: true,
        description: 'USB port path such as "1-2.3" (bus-port[.port...]): whatever is plugged in there.',
        validators: [validators.textMatching(/^\d+-\d+(\.\d+)*$/, 'a USB port path such as "1-2.3"')],
      }),
      parse: text,
    },
    entryDescription,
  ],
  dir: [
    node,
    {
      attribute: 'path',
      key: 'path',
      schema: attr.string({
        required: true,
        description: 'Absolute path of the directory on the node; ";", ",", "=", "(" and ")" are not allowed.',
        validators: [validators.textMatching(/^\/[^;,=()]+$/, 'an absolute path without ";", ",", "=", "(" or ")"')],
      }),
      parse: (value) => value ?? '',
    },
  ],
};

export function mappingEntryFields(kind: MappingKind): readonly EntryField[] {
  return FIELDS[kind];
}
