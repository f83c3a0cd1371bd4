// provider::truenas::iqn("iqn.2005-10.org.freenas.ctl", "proxmox"): the name initiators log in
// to. TrueNAS names a target `<global basename>:<target name>` (middlewared etc_files/scst
// templates: `${base_name}:${target['name']}`).
import { FunctionArgumentError, type FunctionDefinition } from '../../../framework/function.js';
import { ty } from '../../../framework/type-spec.js';

/** RFC 3720 section 3.2.6.3: an iSCSI name is `iqn.`, `eui.` or `naa.` followed by its form. */
const ISCSI_NAME = /^(iqn\.\d{4}-\d{2}\.[^\s:]+(:[^\s]*)?|eui\.[0-9a-f]{16}|naa\.[0-9a-f]{16,32})$/i;
/** TrueNAS target names: lowercase letters, digits, `.`, `-` and `:` (plugins/iscsi_/targets.py). */
const TARGET_NAME = /^[a-z0-9.:-]+$/;

export function targetIqn(basename: string, target: string): string {
  if (!ISCSI_NAME.test(basename)) throw new FunctionArgumentError(0, `must be an iSCSI base name such as "iqn.2005-10.org.freenas.ctl", got "${basename}"`);
  if (!TARGET_NAME.test(target)) throw new FunctionArgumentError(1, `must be a target name of lowercase letters, digits, ".", "-" and ":", got "${target}"`);
  return `${basename}:${target}`;
}

export const iqnFunction: FunctionDefinition = {
  name: 'iqn',
  summary: 'Builds the IQN of an iSCSI target from the base name and the target name.',
  description:
    'Returns the name initiators (such as a Proxmox VE iscsi storage) log in to: the global iSCSI base name (the `basename` of TrueNAS\'s iSCSI settings, "iqn.2005-10.org.freenas.ctl" by default), a colon, and the target\'s name, as TrueNAS names targets.',
  parameters: [
    { name: 'basename', type: ty.string, description: 'The global iSCSI base name, such as "iqn.2005-10.org.freenas.ctl".' },
    { name: 'target_name', type: ty.string, description: 'The target\'s `name`, such as "proxmox".' },
  ],
  returns: ty.string,
  example: 'provider::truenas::iqn("iqn.2005-10.org.freenas.ctl", truenas_iscsi_target.proxmox.name) # "iqn.2005-10.org.freenas.ctl:proxmox"',
  run: ([basename, target]) => targetIqn(String(basename), String(target)),
};
