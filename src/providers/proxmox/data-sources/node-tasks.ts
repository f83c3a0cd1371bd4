// data "proxmox_node_tasks": a node's task history (`/nodes/{node}/tasks`, pve-manager
// PVE/API2/Tasks.pm `node_tasks`): the caller's own tasks, or all with Sys.Audit on the node.
// `errors` keeps every task whose status is not "OK" (pve-common src/PVE/UPID.pm
// `normalize_status_type`), and running tasks read "RUNNING".
import { attr } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { rowListDataSource } from './row-list.js';
import { UNKNOWN_NODE } from '../shared/lookup-errors.js';
import { sameFields, sameFieldsOrNull, withoutNulls } from '../../common/same-fields.js';
import { vmidValidators } from '../shared/guest-id.js';

export const nodeTasksDataSource = rowListDataSource({
  name: 'proxmox_node_tasks',
  description: "A node's tasks, newest first: the caller's own, or every task with Sys.Audit on the node.",
  arguments: {
    node: attr.string({ required: true, description: 'Node name.' }),
    type: attr.string({ optional: true, description: 'Only tasks of this type, such as "qmstart" or "vzdump".' }),
    vmid: attr.number({ optional: true, description: 'Only tasks of this guest.', validators: vmidValidators }),
    user: attr.string({ optional: true, description: 'Only tasks of users whose id contains this text (any case).' }),
    source: attr.string({
      optional: true,
      description: '"archive" (finished tasks, the server default), "active" (running) or "all".',
      validators: [validators.oneOf('archive', 'active', 'all')],
    }),
    errors_only: attr.bool({
      optional: true,
      description: 'Only tasks that did not end "OK": failed ones, those with warnings, and (with `source` "active" or "all") running ones.',
    }),
    since: attr.number({ optional: true, description: 'Only tasks started at or after this Unix time.', validators: [validators.integer()] }),
    limit: attr.number({
      optional: true,
      description: 'At most this many (server default 50).',
      validators: [validators.between(0, 100000), validators.integer()],
    }),
  },
  rows: {
    attribute: 'tasks',
    description: 'The tasks, newest first.',
    row: {
      upid: attr.string({ computed: true, description: 'Task id (UPID).' }),
      type: attr.string({ computed: true, description: 'Task type.' }),
      id: attr.string({ computed: true, description: 'What the task works on (a VMID, a storage, …).' }),
      user: attr.string({ computed: true, description: 'Who started it.' }),
      start_time: attr.number({ computed: true, description: 'Unix time it started.' }),
      end_time: attr.number({ computed: true, description: 'Unix time it ended; null while running.' }),
      status: attr.string({ computed: true, description: 'Exit status ("OK", "WARNINGS: n" or the error), "RUNNING" while running.' }),
    },
  },
  lookupRules: [UNKNOWN_NODE],
  async list(client, config) {
    const found = await client.status.tasks(
      config.node,
      withoutNulls({
        typefilter: config.type,
        vmid: config.vmid,
        userfilter: config.user,
        source: config.source as 'archive' | 'active' | 'all' | null,
        errors: config.errors_only,
        since: config.since,
        limit: config.limit,
      }),
    );
    return found
      .map((t) => ({
        ...sameFields(t, ['upid', 'type']),
        ...sameFieldsOrNull(t, ['id', 'user', 'status']),
        start_time: t.starttime ?? null,
        end_time: t.endtime ?? null,
      }))
      .sort((a, b) => (b.start_time ?? 0) - (a.start_time ?? 0));
  },
});
