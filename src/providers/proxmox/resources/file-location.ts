// The attributes proxmox_download_file and proxmox_file share: where the file is (node,
// storage), what the server made of it (volume id, size), and whether an existing file of the
// same name may be replaced.
import { attr } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { idAttribute } from '../shared/key-attributes.js';

const replace = planModifiers.requiresReplace();
const keep = planModifiers.useStateForUnknown();

/** `verb`: how the file gets there ("downloads", "receives"). */
export function fileLocationAttributes(verb: string) {
  return {
    id: idAttribute('NODE/VOLUME_ID.'),
    node: attr.string({ required: true, description: `Node whose storage ${verb} the file.`, planModifiers: [replace] }),
    storage: attr.string({
      required: true,
      description: 'File-based storage (dir, NFS, CIFS, ...) configured for the content type.',
      planModifiers: [replace],
    }),
    overwrite_unmanaged: attr.bool({
      default: false,
      description: 'When a file of that name already exists on the storage, replace it (default false: refuse, since it may belong to something else).',
    }),
    volume_id: attr.string({
      computed: true,
      description:
        'Volume id of the file, such as "local:import/noble.qcow2" (for `import_from`), "local:iso/tools.iso" or "local:snippets/user.yaml" (for `user_data`).',
      planModifiers: [keep],
    }),
    // Kept in plans: an in-place update never rewrites the file (a new source or a changed file at
    // the URL replaces it), so adopting the source of an imported file shows no unknown size.
    size: attr.number({ computed: true, description: 'Size of the file on the storage, in bytes.', planModifiers: [keep] }),
  };
}

/**
 * For the source of a file (`url`, `checksum`; `source_file`, `source_content`): a new value
 * fetches the file again (`what`: "downloads", "uploads"); none keeps it as it is. Removing the
 * source cannot replace the file, for there is nothing to make the new one from (the create
 * would fail after the destroy, losing the file), and Proxmox VE records no source to clear.
 * After an import (no source in state) the configured one is adopted without fetching it.
 */
export function replaceOnNewSource(what: string) {
  return planModifiers.requiresReplaceIf(
    `changing it ${what} the file again; removing it keeps the file`,
    ({ state, config }) => state !== null && config !== null,
  );
}
