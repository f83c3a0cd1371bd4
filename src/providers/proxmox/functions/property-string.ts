// provider::proxmox::parse_property_string("virtio=BC:24:11:00:00:01,bridge=vmbr0", "model") and
// provider::proxmox::build_property_string({...}, "model"): Proxmox's `key=value,…` option
// strings (PVE/JSONSchema.pm parse_property_string), where one key, the format's default key,
// may be written as a bare value first (`local-lvm:32,ssd=1` is `file=local-lvm:32`).
import { FunctionArgumentError, type FunctionDefinition } from '../../../framework/function.js';
import { ty } from '../../../framework/type-spec.js';
import { buildPropertyString, parsePropertyString } from '../../../clients/proxmox/property-string.js';

export function parseOptions(text: string, defaultKey: string | null): Record<string, string> {
  const { bare, props } = parsePropertyString(text);
  if (bare === undefined) return { ...props };
  if (defaultKey === null || defaultKey === '') {
    throw new FunctionArgumentError(1, `"${text}" has a value without a key ("${bare}"): name the format's default key, such as "file" for disks`);
  }
  if (defaultKey in props) throw new FunctionArgumentError(0, `"${text}" gives ${defaultKey} twice: as "${bare}" and as ${defaultKey}=${props[defaultKey]}`);
  return { [defaultKey]: bare, ...props };
}

export function buildOptions(options: Readonly<Record<string, string>>, defaultKey: string | null): string {
  for (const [key, value] of Object.entries(options)) {
    if (!/^[a-z][a-z0-9_-]*$/i.test(key)) throw new FunctionArgumentError(0, `key "${key}" must be a word of letters, digits, "_" and "-"`);
    if (value.includes(',')) throw new FunctionArgumentError(0, `the value of "${key}" must not contain a comma, got "${value}"`);
  }
  if (defaultKey === null || defaultKey === '' || !(defaultKey in options)) return buildPropertyString(options);
  const { [defaultKey]: bare, ...rest } = options;
  return buildPropertyString(rest, bare);
}

export const parsePropertyStringFunction: FunctionDefinition = {
  name: 'parse_property_string',
  summary: 'Parses a Proxmox VE property string such as "virtio=BC:24:11:00:00:01,bridge=vmbr0" into a map.',
  description:
    'Returns a map of each `key=value` of the string. A value written without a key (the first part of "local-lvm:32,ssd=1") belongs to the format\'s default key: name it with `default_key`, such as "file" for disks. Pass null when the format has none; a value without a key is then an error.',
  parameters: [
    { name: 'text', type: ty.string, description: 'The property string, such as "local-lvm:vm-100-disk-0,size=32G".' },
    { name: 'default_key', type: ty.string, description: 'The key of a value written without one, such as "file"; or null.', allowNull: true },
  ],
  returns: ty.map(ty.string),
  example: 'provider::proxmox::parse_property_string("local-lvm:vm-100-disk-0,size=32G", "file") # { file = "local-lvm:vm-100-disk-0", size = "32G" }',
  run: ([text, defaultKey]) => parseOptions(String(text), defaultKey === null || defaultKey === undefined ? null : String(defaultKey)),
};

export const buildPropertyStringFunction: FunctionDefinition = {
  name: 'build_property_string',
  summary: 'Builds a Proxmox VE property string such as "bridge=vmbr0,firewall=1" from a map.',
  description:
    'Joins the map into `key=value` parts separated by commas (in key order, as Terraform orders maps). The value of `default_key`, when given and present, comes first without its key, as Proxmox VE writes it ("local-lvm:32,ssd=1"). parse_property_string with the same default key gives the map back.',
  parameters: [
    { name: 'options', type: ty.map(ty.string), description: 'The options, such as { bridge = "vmbr0", firewall = "1" }.' },
    { name: 'default_key', type: ty.string, description: 'The key written without its name, such as "file"; or null.', allowNull: true },
  ],
  returns: ty.string,
  example: 'provider::proxmox::build_property_string({ file = "local-lvm:32", ssd = "1" }, "file") # "local-lvm:32,ssd=1"',
  run: ([options, defaultKey]) => buildOptions(options as Record<string, string>, defaultKey === null || defaultKey === undefined ? null : String(defaultKey)),
};
