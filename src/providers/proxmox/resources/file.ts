// `proxmox_file`: a local file or inline text put on a storage. ISO images, container
// templates and disk images go through the API (`upload`, multipart); snippets (cloud-init
// user data, hook scripts), which the API cannot upload, are written over SFTP into the
// storage's `snippets` directory with the provider's `ssh` settings. A change of the content
// replaces the file; destroy deletes it through the API.
import { createHash } from 'node:crypto';
import { openAsBlob, readFileSync, statSync } from 'node:fs';
import { basename, posix } from 'node:path';
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { type OperationContext } from '../../../framework/resource.js';
import { rules } from '../../../framework/rules.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import type { StorageVolume, UploadContent } from '../../../clients/proxmox/index.js';
import type { ProxmoxProviderData } from '../index.js';
import { FILE_CONTENT_TYPES, fileNameProblem, fileVolumeId, parseFileImportId, type FileContent } from '../shared/storage-files.js';
import { findFile, lookUpFile, removeFile } from '../shared/storage-file-crud.js';
import { fileTaskOf, keptWhileWritten, settleFileTasks, writeFileByTask } from '../shared/file-tasks.js';
import { taskOptions } from '../shared/tasks.js';
import { readAfterWrite } from '../shared/not-found.js';
import { fileLocationAttributes, replaceOnNewSource } from './file-location.js';
import { proxmoxResource } from '../provider-data.js';

const replace = planModifiers.requiresReplace();
const replaceOnNewUpload = replaceOnNewSource('uploads');

const fileSchema = schema({
  description:
    "A file put on a storage: an ISO image, a container template or a disk image (uploaded through the API), or a snippet such as cloud-init user data (written over SSH: configure the provider's `ssh` block). Changing the content uploads it again; destroying it deletes the file (which needs Datastore.Allocate on the storage). The file appears when the node's copy task ends: when the upload's answer is lost or the task outlives the create's timeout, the provider finds the task in the node's task list, waits for it and keeps the file it made in state, tainted (the next apply replaces it; a refresh keeps it while the task still runs); a failed task leaves nothing. Proxmox lists snippets only to a caller with Datastore.Allocate on the storage: under credentials without it (which cannot write a snippet either, since its directory is read from the storage's configuration, also Datastore.Allocate) a refresh keeps a snippet in state with a warning, as it cannot check it, rather than planning it anew.",
  attributes: {
    ...fileLocationAttributes('receives'),
    content: attr.string({
      required: true,
      description: '"iso", "vztmpl", "import" (through the API) or "snippets" (over SSH).',
      validators: [validators.oneOf(...FILE_CONTENT_TYPES)],
      planModifiers: [replace],
    }),
    file_name: attr.string({
      optional: true,
      computed: true,
      description: 'Name on the storage; by default the base name of `source_file`. Required with `source_content`.',
      planModifiers: [planModifiers.useStateForUnknown(), replace],
    }),
    source_file: attr.string({
      optional: true,
      description:
        'Path of a local file (on the machine running Terraform) to upload. A new file needs this or `source_content`; an imported file may have neither (its content cannot be read back): Terraform then keeps it as it is, as it does when both are removed.',
      planModifiers: [replaceOnNewUpload],
    }),
    source_content: attr.string({
      optional: true,
      description: "The file's content as text, such as cloud-init user data.",
      planModifiers: [replaceOnNewUpload],
    }),
    content_sha256: attr.string({
      computed: true,
      description: 'SHA-256 of the content uploaded; a different local file or text plans a replacement.',
      planModifiers: [planModifiers.useStateForUnknown()],
    }),
  },
  rules: [rules.conflictsWith('source_file', 'source_content'), rules.oneOfToCreate('source_file', 'source_content')],
});

type FileModel = ModelOf<typeof fileSchema>;
type FilePlan = PlanModelOf<typeof fileSchema>;

/** The bytes to upload, as a Blob streamed from disk or the inline text. */
async function sourceOf(plan: FilePlan): Promise<{ blob: Blob; sha256: string }> {
  if (plan.source_content !== null) return { blob: new Blob([plan.source_content]), sha256: sha256Text(plan.source_content) };
  const path = plan.source_file;
  if (path === null) throw new AttributeError('source_file', 'Missing source', 'A new file needs `source_file` or `source_content`.');
  try {
    return { blob: await openAsBlob(path), sha256: sha256File(path) };
  } catch (error) {
    throw new AttributeError('source_file', 'Cannot read the file', `${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function sha256Text(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function nameOf(config: { source_file: string | null; file_name: string | null }): string | undefined {
  return config.file_name ?? (config.source_file === null ? undefined : basename(config.source_file));
}

/** Writes a snippet over SFTP into the storage's snippets directory. */
async function writeSnippet(ctx: OperationContext<ProxmoxProviderData>, plan: FilePlan, name: string, blob: Blob): Promise<void> {
  const { ssh, client } = ctx.provider;
  if (ssh === undefined)
    throw new AttributeError(
      'content',
      'No SSH access configured',
      "The Proxmox API cannot upload snippets: configure the provider's `ssh` block (private_key or agent) so they are written over SSH.",
    );
  const storage = await client.storage.get(plan.storage);
  if (storage.path === undefined) throw new AttributeError('storage', 'Not a file-based storage', `Storage ${plan.storage} has no directory to hold snippets.`);
  const { writeNodeFile } = await import('../ssh/sftp-upload.js');
  await writeNodeFile(ssh, { node: plan.node, path: posix.join(String(storage.path), 'snippets', name) }, Buffer.from(await blob.arrayBuffer()), ctx.signal);
}

export const fileResource = proxmoxResource({
  name: 'proxmox_file',
  timeouts: { create: '60m', delete: '10m' },
  schema: fileSchema,
  importId: { description: 'NODE/VOLUME_ID (the source cannot be read back: the configured one is adopted)', example: 'pve/local:snippets/web-user.yaml' },

  validateConfig(ctx) {
    const content = ctx.config.string('content');
    const fileName = ctx.config.string('file_name');
    const source = ctx.config.string('source_file');
    if (ctx.config.isNull('file_name') && ctx.config.isNull('source_file') && !ctx.config.isNull('source_content'))
      ctx.error('file_name', 'Missing file name', 'Inline `source_content` needs a `file_name`.');
    const name = fileName ?? (source === undefined ? undefined : basename(source));
    const problem = content === undefined || name === undefined ? undefined : fileNameProblem(content as FileContent, name);
    if (problem !== undefined) ctx.error(fileName !== undefined ? 'file_name' : 'source_file', 'Invalid file name', `The file name "${name}" ${problem}.`);
  },

  modifyPlan(ctx) {
    const storage = ctx.config.string('storage');
    const content = ctx.config.string('content');
    const source = ctx.config.string('source_file');
    const text = ctx.config.string('source_content');
    const name = ctx.config.string('file_name') ?? (source === undefined ? undefined : basename(source));
    if (ctx.creating && name !== undefined) {
      if (ctx.config.isNull('file_name')) ctx.setPlanned('file_name', name);
      if (storage !== undefined && content !== undefined) ctx.setPlanned('volume_id', fileVolumeId(storage, content as FileContent, name));
    }
    // The content's hash at plan time: another file or text is a replacement.
    let digest: string | undefined;
    if (text !== undefined) digest = sha256Text(text);
    else if (source !== undefined) {
      try {
        if (statSync(source).isFile()) digest = sha256File(source);
      } catch {
        ctx.error('source_file', 'Cannot read the file', `${source} does not exist or cannot be read.`);
        return;
      }
    }
    if (digest === undefined) return;
    const prior = ctx.prior.string('content_sha256');
    ctx.setPlanned('content_sha256', digest);
    if (!ctx.creating && prior !== undefined && prior !== digest) ctx.requireReplace('content_sha256');
  },

  async create(ctx, plan) {
    const { client } = ctx.provider;
    const name = nameOf(plan);
    if (name === undefined) throw new AttributeError('file_name', 'Missing file name', 'Set file_name.');
    const content = plan.content as FileContent;
    const volumeId = fileVolumeId(plan.storage, content, name);
    const target = content === 'snippets' ? undefined : fileTaskOf(plan.node, 'imgcopy', name);
    // An upload of a previous apply still running (its wait ran out) ends before this one looks.
    if (target !== undefined) await settleFileTasks(client, target, taskOptions(ctx));
    const find = (): Promise<StorageVolume | undefined> => findFile(client, plan.node, plan.storage, content, volumeId);
    if ((await find()) !== undefined) {
      if (!plan.overwrite_unmanaged)
        throw new AttributeError(
          'file_name',
          'File exists already',
          `${volumeId} exists on node ${plan.node} and is not managed by this resource. Import it (${plan.node}/${volumeId}), choose another file_name, or set overwrite_unmanaged = true.`,
        );
      // The upload overwrites in place; the SFTP write replaces the file.
    }
    const { blob, sha256 } = await sourceOf(plan);
    const stateOf = (size: number | null): FileModel => ({
      ...plan,
      id: `${plan.node}/${volumeId}`,
      file_name: name,
      volume_id: volumeId,
      content_sha256: sha256,
      size,
    });
    if (target === undefined) await writeSnippet(ctx, plan, name, blob);
    else
      await writeFileByTask({
        client,
        target,
        task: taskOptions(ctx),
        find,
        replacesExisting: plan.overwrite_unmanaged,
        write: () =>
          client.files.upload(
            plan.node,
            plan.storage,
            { content: content as UploadContent, filename: name, data: blob, checksum: { value: sha256, algorithm: 'sha256' } },
            taskOptions(ctx),
          ),
        record: (written) => ctx.savePartialState(stateOf(written?.size ?? null)),
      });
    // A caller that cannot list snippets (no Datastore.Allocate) cannot write one either: writeSnippet
    // reads the storage's path from GET /storage/{storage}, which needs that privilege (pve-storage
    // src/PVE/API2/Storage/Config.pm `read`), and fails before writing.
    const written = await readAfterWrite(volumeId, find(), 'the storage');
    return stateOf(written.size);
  },

  async read(ctx, state) {
    const name = state.file_name ?? '';
    const volumeId = fileVolumeId(state.storage, state.content as FileContent, name);
    const found = await lookUpFile(ctx.provider.client, state.node, state.storage, state.content, volumeId);
    if (found === undefined) return state.content === 'snippets' ? null : keptWhileWritten(ctx.provider.client, fileTaskOf(state.node, 'imgcopy', name), state);
    const read = { ...state, id: `${state.node}/${volumeId}`, volume_id: volumeId };
    if (!('unlisted' in found)) return { ...read, size: found.volume.size };
    // Not listed is not gone: keep the state as it was.
    ctx.warn(`${volumeId} not verified`, found.unlisted);
    return read;
  },

  // Only overwrite_unmanaged, or a source adopted after an import, changes in place.
  async update(_ctx, plan, prior): Promise<FileModel> {
    return {
      ...plan,
      id: prior.id,
      file_name: prior.file_name,
      volume_id: prior.volume_id,
      size: prior.size,
      content_sha256: plan.content_sha256 ?? prior.content_sha256,
    };
  },

  async delete(ctx, state) {
    if (state.volume_id === null) return;
    // An upload still running would put the file back after the removal.
    if (state.content !== 'snippets' && state.file_name !== null)
      await settleFileTasks(ctx.provider.client, fileTaskOf(state.node, 'imgcopy', state.file_name), taskOptions(ctx));
    await removeFile(ctx.provider.client, state.node, state.volume_id, taskOptions(ctx));
  },

  importState(id) {
    const parsed = parseFileImportId(id);
    if (parsed === undefined) throw new Error(`Import id "${id}" is not NODE/VOLUME_ID of a file, such as "pve/local:snippets/user.yaml".`);
    return { node: parsed.node, storage: parsed.storage, content: parsed.content, file_name: parsed.name, overwrite_unmanaged: false };
  },
});
