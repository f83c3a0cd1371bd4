// `proxmox_vm`'s NUMA topology: one `numa_node` block per guest NUMA node, written as `numaN`
// ("cpus=0-3,hostnodes=0,memory=2048,policy=bind"; qemu-server PVE/QemuServer/Memory.pm
// `$numa_fmt`). Proxmox uses them only with `numa = true`, and their memory must add up to the
// VM's memory (checked at start: "total memory for NUMA nodes must be equal to vm static memory").
import { attr, block } from '../../../framework/attributes.js';
import { attributePath } from '../../../framework/diagnostics.js';
import type { ValidateContext } from '../../../framework/resource.js';
import type { BlockModel } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import { getAttr } from '../../../framework/values-util.js';
import { field, fieldMapper } from './vm-property-fields.js';

const ID_RANGES = /^\d+(-\d+)?(;\d+(-\d+)?)*$/;

export const numaNodeBlock = block.list(
  {
    description: 'A guest NUMA node (numa0, numa1, ... in order); needs numa = true. Their memory must add up to the VM memory.',
    attributes: {
      cpus: attr.string({
        required: true,
        description: 'Guest CPUs of this node, such as "0-3" or "0-1;4-5".',
        validators: [validators.textMatching(ID_RANGES, 'CPU ids or ranges such as "0-3" or "0-1;4-5"')],
      }),
      memory: attr.number({ optional: true, description: 'Memory of this node in MiB.', validators: [validators.atLeast(1), validators.integer()] }),
      host_nodes: attr.string({
        optional: true,
        description: 'Host NUMA nodes to use, such as "0" or "0-1".',
        validators: [validators.textMatching(ID_RANGES, 'host node ids or ranges such as "0" or "0-1"')],
      }),
      policy: attr.string({
        optional: true,
        description: 'Host memory policy: "preferred", "bind" or "interleave" (needs host_nodes).',
        validators: [validators.oneOf('preferred', 'bind', 'interleave')],
      }),
    },
  },
  { maxItems: 8 },
);

export type NumaNodeModel = BlockModel<typeof numaNodeBlock>[number];

export const numaNodeFields = fieldMapper<NumaNodeModel>([
  field('cpus', 'cpus'),
  field('memory', 'memory', 'number'),
  field('host_nodes', 'hostnodes'),
  field('policy', 'policy'),
]);

/** Plan-time checks Proxmox would make only when the VM starts. */
export function validateNumaNodes(ctx: ValidateContext): void {
  const nodes = ctx.config.get('numa_node');
  if (!Array.isArray(nodes) || nodes.length === 0) return;
  const numa = ctx.config.get('numa');
  if (numa === false || numa === null)
    ctx.error('numa', 'NUMA nodes need numa', 'numa_node blocks are used only with numa = true; set it, or remove the blocks.');
  nodes.forEach((node, index) => {
    if (getAttr(node, 'policy') !== null && getAttr(node, 'host_nodes') === null)
      ctx.error(attributePath('numa_node', index, 'policy'), 'Policy without host nodes', 'A memory policy applies to host_nodes; set host_nodes too.');
  });
  const memory = ctx.config.get('memory');
  const sizes = nodes.map((node) => getAttr(node, 'memory'));
  if (typeof memory === 'number' && sizes.every((size) => typeof size === 'number')) {
    const total = (sizes as number[]).reduce((a, b) => a + b, 0);
    if (total !== memory)
      ctx.error(
        'numa_node',
        'NUMA memory does not add up',
        `The numa_node memory sizes add up to ${total} MiB, but memory is ${memory} MiB; Proxmox refuses to start such a VM.`,
      );
  }
}
