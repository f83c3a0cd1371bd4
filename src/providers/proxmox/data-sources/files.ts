// data "proxmox_files": the files a node holds on all its storages (ISO images, container
// templates, disk images to import, snippets), such as "which cloud images are here already";
// proxmox_storage_content lists every volume of one storage. The storages come from
// `GET /nodes/{node}/storage?content=…`, which lists only those enabled on the node (pve-storage
// src/PVE/Storage.pm `storage_info`; with `enabled=1` alone a storage restricted to other nodes
// stays listed, and listing its content fails "storage 'X' is not available on node 'Y'"); one
// the node cannot reach (`active` 0) is left out, since listing it would fail as well.
import { attr } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { FILE_CONTENT_TYPES } from '../shared/storage-files.js';
import { rowListDataSource } from './row-list.js';
import { UNKNOWN_NODE } from '../shared/lookup-errors.js';
import { byName } from '../../common/by-name.js';

export const filesDataSource = rowListDataSource({
  name: 'proxmox_files',
  description:
    'The files on the storages a node can use: ISO images, container templates, disk images to import and snippets (what proxmox_download_file and proxmox_file put there), ordered by volume id. Storages disabled, not on the node or not reachable from it are left out, and so are the files the caller may not use (snippets need Datastore.Allocate on their storage, the others Datastore.Audit or Datastore.AllocateSpace).',
  arguments: {
    node: attr.string({ required: true, description: 'Node name.' }),
    content_types: attr.list(ty.string, {
      optional: true,
      description: 'Only these content types: "iso", "vztmpl", "import", "snippets" (default all four).',
      validators: [validators.each(validators.oneOf(...FILE_CONTENT_TYPES))],
    }),
    storage: attr.string({ optional: true, description: 'Only this storage (none when it is not usable on the node).' }),
  },
  rows: {
    attribute: 'files',
    description: 'The files.',
    row: {
      volid: attr.string({ computed: true, description: 'Volume id, such as "local:iso/debian-13.iso".' }),
      storage: attr.string({ computed: true, description: 'The storage.' }),
      content: attr.string({ computed: true, description: 'Content type.' }),
      file_name: attr.string({ computed: true, description: 'File name, such as "debian-13.iso".' }),
      size: attr.number({ computed: true, description: 'Size in bytes.' }),
      format: attr.string({ computed: true, description: 'Format, such as "iso", "tzst" or "qcow2".' }),
    },
  },
  lookupRules: [UNKNOWN_NODE],
  async list({ storage: storages }, config) {
    const wanted = config.content_types ?? [...FILE_CONTENT_TYPES];
    const usable = (await storages.nodeStorages(config.node, { content: wanted.join(',') })).filter(
      (s) => (config.storage === null || s.storage === config.storage) && s.active !== false,
    );
    const listed = await Promise.all(
      usable.flatMap((s) =>
        wanted
          .filter((c) => s.content.split(',').includes(c))
          .map(async (content) => (await storages.content(config.node, s.storage, { content })).map((v) => ({ ...v, storage: s.storage, content }))),
      ),
    );
    return listed
      .flat()
      .sort(byName((v) => v.volid, { numeric: true }))
      .map((v) => ({
        volid: v.volid,
        storage: v.storage,
        content: v.content,
        file_name: v.volid.slice(v.volid.lastIndexOf('/') + 1),
        size: v.size,
        format: v.format,
      }));
  },
});
