// data "truenas_filesystem_acl": the ACL of a path as filesystem.getacl reads it (NFSv4,
// POSIX.1e, or none where the dataset's acltype is off); data "truenas_acl_templates": every
// ACL template, the built-in ones included.
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { isNotFound } from '../../../clients/truenas/errors.js'; // not the index: the client loads lazily
import { computedCopies } from '../../../framework/computed-copies.js';
import { ty } from '../../../framework/type-spec.js';
import { truenasDataSource } from '../provider-data.js';
import { nfs4EntryAttributes, posixEntryAttributes } from '../shared/acl-entries.js';
import { entryListsFromApi } from '../shared/acl-entry-lists.js';
import { listDataSource } from './lists.js';

const keys = <A extends Record<string, unknown>>(attributes: A) => Object.keys(attributes) as (keyof A & string)[];

export const filesystemAclDataSource = truenasDataSource({
  name: 'truenas_filesystem_acl',
  schema: schema({
    description: 'The ACL of a path under /mnt, its owner and its ACL type, as filesystem.getacl reads it (names resolved).',
    attributes: {
      path: attr.string({ required: true, description: 'Absolute path, such as /mnt/tank/share.' }),
      acltype: attr.string({ computed: true, description: 'NFS4, POSIX1E, or DISABLED when the dataset has ACLs turned off.' }),
      trivial: attr.bool({ computed: true, description: 'Whether the ACL says no more than the mode does.' }),
      uid: attr.number({ computed: true, description: 'Owning uid.' }),
      gid: attr.number({ computed: true, description: 'Owning gid.' }),
      user: attr.string({ computed: true, description: 'Owning user name (null when the uid has no local user).' }),
      group: attr.string({ computed: true, description: 'Owning group name (null when the gid has no local group).' }),
      nfs4_entries: attr.nested('list', computedCopies(nfs4EntryAttributes, keys(nfs4EntryAttributes)), {
        computed: true,
        description:
          'The NFSv4 entries (acltype NFS4), in the order the server keeps them; permissions and flags that match a basic set read as `perms` / `flags`.',
      }),
      posix_entries: attr.nested('list', computedCopies(posixEntryAttributes, keys(posixEntryAttributes)), {
        computed: true,
        description: 'The POSIX.1e entries (acltype POSIX1E): access entries, then default ones.',
      }),
    },
  }),
  example: `data "truenas_filesystem_acl" "share" {
  path = "/mnt/tank/share"
}`,
  async read(ctx, config) {
    const acl = await ctx.provider.client.filesystem.getAcl(config.path).catch((error: unknown) => {
      // "Path not found." (ENOENT), plugins/filesystem_/acl.py getacl :482-483 @TS-25.10.6.
      if (isNotFound(error)) throw new AttributeError('path', 'Path not found', `The server has no file or directory "${config.path}".`);
      throw error;
    });
    return {
      path: config.path,
      acltype: acl.acltype,
      trivial: acl.trivial,
      uid: acl.uid,
      gid: acl.gid,
      user: acl.user,
      group: acl.group,
      ...entryListsFromApi(acl, false),
    };
  },
});

export const aclTemplatesDataSource = listDataSource('truenas_acl_templates', {
  what: 'ACL template (the built-in ones included)',
  plural: 'ACL templates',
  item: { id: ty.number, name: ty.string, acltype: ty.string, builtin: ty.bool, comment: ty.string },
  fetch: async (client) => client.aclTemplates.query(),
  example: ['nfs4', '^NFS4_'],
});
