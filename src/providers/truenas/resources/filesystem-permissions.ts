// truenas_filesystem_permissions: owner, group and mode of a path under /mnt (filesystem.setperm).
// Destroying it leaves the permissions as they are: there is nothing to take back.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import { truenasResource } from '../provider-data.js';
import { mountPathAttributes, mountPathImport, mountPathOperations } from '../shared/mount-path.js';

// "000" is refused by the server: "Empty permissions are not permitted." (middleware plugins/filesystem_/acl.py:281-285 @TS-25.10.6).
const MODE = validators.custom('an octal mode other than 000', (v) =>
  typeof v !== 'string'
    ? undefined
    : !/^[0-7]{3}$/.test(v)
      ? `must be three octal digits such as "750", got "${v}"`
      : v === '000'
        ? 'must grant something: the server refuses empty permissions ("000"); use "700" or the like'
        : undefined,
);

const permissionsSchema = schema({
  description:
    'The owner, group and mode of a directory under /mnt (usually a dataset mountpoint), set with filesystem.setperm; an extended ACL on it is stripped. Destroying the resource leaves the permissions as they are.',
  attributes: {
    ...mountPathAttributes('/mnt/tank/media'),
    user: attr.string({ required: true, description: 'Owning user name.' }),
    group: attr.string({ required: true, description: 'Owning group name.' }),
    mode: attr.string({ required: true, description: 'Permission bits as three octal digits, e.g. "750".', validators: [MODE] }),
    recursive: attr.bool({
      default: false,
      description: 'Apply to everything below the path too (not crossing into child datasets). Read back from the path itself only.',
    }),
  },
});

type PermissionsModel = ModelOf<typeof permissionsSchema>;
type PermissionsPlan = PlanModelOf<typeof permissionsSchema>;

const operations = mountPathOperations<PermissionsModel, PermissionsPlan>({
  async set(client, plan) {
    await client.filesystem.setPermissions({
      path: plan.path,
      user: plan.user,
      group: plan.group,
      mode: plan.mode,
      options: { recursive: plan.recursive, stripacl: true },
    });
  },
  async read(client, path, known) {
    const stat = await client.filesystem.stat(path);
    return {
      id: path,
      path,
      user: stat.user ?? String(stat.uid),
      group: stat.group ?? String(stat.gid),
      mode: (stat.mode & 0o777).toString(8).padStart(3, '0'),
      recursive: known.recursive ?? false,
    };
  },
  lostWhile: 'its permissions were set',
});

export const filesystemPermissionsResource = truenasResource({
  name: 'truenas_filesystem_permissions',
  schema: permissionsSchema,
  ...mountPathImport('/mnt/tank/media'),
  create: operations.create,
  read: operations.read,
  update: operations.update,
  async delete() {
    // The permissions stay as they are; there is no earlier state to restore.
  },
});
