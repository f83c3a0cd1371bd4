// `proxmox_download_file`: the node downloads an ISO image, a container template or a disk
// image (cloud image) from a URL into a storage (`download-url`), and the task is awaited.
// The server never overwrites an existing file (pve-common PVE/Tools.pm
// download_file_from_url), so adopting one is explicit: `overwrite_unmanaged` removes it first.
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { rules } from '../../../framework/rules.js';
import type { ModelOf } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import { UNKNOWN } from '../../../values/types.js';
import type { ChecksumAlgorithm, DownloadUrlParams, StorageVolume, UploadContent } from '../../../clients/proxmox/index.js';
import type { ProxmoxProviderData } from '../index.js';
import { fileNameProblem, fileVolumeId, parseFileImportId, urlFileName } from '../shared/storage-files.js';
import { findFile, removeFile } from '../shared/storage-file-crud.js';
import { fileTaskOf, keptWhileWritten, settleFileTasks, writeFileByTask } from '../shared/file-tasks.js';
import { taskOptions } from '../shared/tasks.js';
import { fileLocationAttributes, replaceOnNewSource } from './file-location.js';
import { proxmoxResource } from '../provider-data.js';

const replace = planModifiers.requiresReplace();
const replaceOnNewDownload = replaceOnNewSource('downloads');
const DOWNLOAD_CONTENT = ['iso', 'vztmpl', 'import'] as const;
const CHECKSUM_ALGORITHMS = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'] as const;

const downloadSchema = schema({
  description:
    'A file the node downloads from a URL into a storage: an ISO image, a container template, or a disk image (such as a cloud image) for `import_from` of a proxmox_vm disk. Changing the URL or checksum downloads it again (removing them keeps the file); destroying it deletes the file. The file appears when the download task ends: when the answer to the request is lost or the task outlives the timeout of the create, the provider finds the task in the task list of the node, waits for it and keeps the file it made in state, tainted (the next apply replaces it, waiting for a task still running; a refresh keeps it meanwhile); a failed download leaves nothing.',
  attributes: {
    ...fileLocationAttributes('downloads'),
    content: attr.string({
      required: true,
      description: '"iso" (ISO images), "vztmpl" (container templates) or "import" (disk images and OVAs to import).',
      validators: [validators.oneOf(...DOWNLOAD_CONTENT)],
      planModifiers: [replace],
    }),
    url: attr.string({
      optional: true,
      description:
        "http(s) URL the node downloads, required to create the file. The node itself fetches it, through the datacenter's http_proxy if one is set. Proxmox VE does not record where a file came from, so an imported file may leave it unset: Terraform then keeps the file as it is (setting a URL later adopts it without a download), as it does when the URL is removed.",
      validators: [validators.url(['https', 'http'])],
      planModifiers: [replaceOnNewDownload],
    }),
    file_name: attr.string({
      optional: true,
      computed: true,
      description:
        'Name of the file on the storage; by default the last part of the URL. Its extension must fit the content type (.iso/.img; .tar[.gz|.xz|.zst|.bz2]; .qcow2/.raw/.vmdk/.ova).',
      planModifiers: [planModifiers.useStateForUnknown(), replace],
    }),
    checksum: attr.string({
      optional: true,
      description: 'Expected checksum (hex) of the downloaded file; the download fails when it differs.',
      validators: [validators.textMatching(/^[0-9a-fA-F]+$/, 'a hex digest')],
      planModifiers: [replaceOnNewDownload],
    }),
    checksum_algorithm: attr.string({
      optional: true,
      description: 'Algorithm of `checksum`: md5, sha1, sha224, sha256, sha384 or sha512.',
      validators: [validators.oneOf(...CHECKSUM_ALGORITHMS)],
      planModifiers: [replaceOnNewDownload],
    }),
    decompression_algorithm: attr.string({
      optional: true,
      description: 'Decompress the download with gz, lzo, zst or bz2 (ISO images only, as Proxmox allows).',
      validators: [validators.oneOf('gz', 'lzo', 'zst', 'bz2')],
      planModifiers: [replaceOnNewDownload],
    }),
    verify_certificates: attr.bool({ default: true, description: "Verify the URL's TLS certificate (default true)." }),
    overwrite: attr.bool({
      default: true,
      description:
        'When the size the URL reports (a HEAD request by the node) differs from the file on the storage, plan to download it again (default true). Not checked with `decompression_algorithm`, whose result differs in size from the URL.',
    }),
  },
  rules: [rules.oneOfToCreate('url'), rules.requiredWith('checksum', 'checksum_algorithm'), rules.requiredWith('checksum_algorithm', 'checksum')],
});

type DownloadModel = ModelOf<typeof downloadSchema>;

function withServerFacts(model: DownloadModel, fileName: string, volumeId: string, size: number | null): DownloadModel {
  return { ...model, id: `${model.node}/${volumeId}`, file_name: fileName, volume_id: volumeId, size };
}

export const downloadFileResource = proxmoxResource({
  name: 'proxmox_download_file',
  schema: downloadSchema,
  importId: {
    description: 'NODE/VOLUME_ID (url and checksum cannot be read back: the configured ones are adopted)',
    example: 'pve/local:import/debian-12-genericcloud-amd64.qcow2',
  },
  timeouts: { create: '60m', delete: '10m' },

  validateConfig(ctx) {
    const content = ctx.config.string('content');
    const fileName = ctx.config.string('file_name');
    const url = ctx.config.string('url');
    const name = fileName ?? (url === undefined ? undefined : urlFileName(url));
    if (content !== undefined && name !== undefined) {
      const problem = fileNameProblem(content as UploadContent, name);
      const where = fileName !== undefined ? 'file_name' : 'url';
      const subject = fileName !== undefined ? 'The file name' : `The URL's file name "${name}"`;
      if (problem !== undefined) ctx.error(where, 'Invalid file name', `${subject} ${problem}.${fileName === undefined ? ' Set file_name.' : ''}`);
    } else if (url !== undefined && ctx.config.isNull('file_name')) {
      ctx.error('url', 'No file name in the URL', 'The URL does not end in a file name: set file_name.');
    }
    const decompression = ctx.config.string('decompression_algorithm');
    if (decompression !== undefined && content !== undefined && content !== 'iso')
      ctx.error('decompression_algorithm', 'Decompression needs content "iso"', `Proxmox decompresses downloads of ISO images only, not "${content}".`);
  },

  async modifyPlan(ctx) {
    const storage = ctx.config.string('storage');
    const content = ctx.config.string('content');
    const url = ctx.config.string('url');
    if (ctx.creating) {
      const name = ctx.config.string('file_name') ?? (url === undefined ? undefined : urlFileName(url));
      if (name !== undefined && ctx.config.isNull('file_name')) ctx.setPlanned('file_name', name);
      if (storage !== undefined && content !== undefined && name !== undefined)
        ctx.setPlanned('volume_id', fileVolumeId(storage, content as UploadContent, name));
      return;
    }
    await planRedownload(ctx.provider, {
      node: ctx.prior.string('node'),
      url: ctx.prior.string('url'),
      configuredUrl: url,
      size: ctx.prior.number('size'),
      wanted: ctx.config.bool('overwrite') !== false && ctx.config.isNull('decompression_algorithm'),
      verify: ctx.config.bool('verify_certificates') !== false,
      onChanged: (remote, local) => {
        ctx.setPlanned('size', UNKNOWN);
        ctx.requireReplace('size');
        ctx.warn(
          'size',
          'The file at the URL changed',
          `The URL reports ${remote} bytes, the file on the storage has ${local}: it is downloaded again (overwrite = false keeps it).`,
        );
      },
      onUnknown: (reason) => ctx.warn('url', 'Could not compare the file with the URL', reason),
    });
  },

  async create(ctx, plan) {
    const { client } = ctx.provider;
    if (plan.url === null) throw new AttributeError('url', 'Missing URL', 'A new file needs the `url` to download it from.');
    const fileName = plan.file_name ?? urlFileName(plan.url);
    if (fileName === undefined) throw new AttributeError('file_name', 'No file name', 'The URL does not end in a file name: set file_name.');
    const content = plan.content as UploadContent;
    const volumeId = fileVolumeId(plan.storage, content, fileName);
    const target = fileTaskOf(plan.node, 'download', fileName);
    // A download of a previous apply still running (its wait ran out) ends before this one looks.
    await settleFileTasks(client, target, taskOptions(ctx));
    const find = (): Promise<StorageVolume | undefined> => findFile(client, plan.node, plan.storage, content, volumeId);
    const existing = await find();
    if (existing !== undefined) {
      if (!plan.overwrite_unmanaged)
        throw new AttributeError(
          'file_name',
          'File exists already',
          `${volumeId} exists on node ${plan.node} and is not managed by this resource. Import it (terraform import … ${plan.node}/${volumeId}), choose another file_name, or set overwrite_unmanaged = true to replace it.`,
        );
      await removeFile(client, plan.node, volumeId, taskOptions(ctx));
    }
    const params: DownloadUrlParams = {
      url: plan.url,
      content,
      filename: fileName,
      ...(plan.checksum !== null && plan.checksum_algorithm !== null
        ? { checksum: { value: plan.checksum, algorithm: plan.checksum_algorithm as ChecksumAlgorithm } }
        : {}),
      ...(plan.decompression_algorithm !== null ? { compression: plan.decompression_algorithm } : {}),
      verifyCertificates: plan.verify_certificates,
    };
    await writeFileByTask({
      client,
      target,
      task: taskOptions(ctx),
      find,
      // The existing file was removed above: one there now is this download's.
      replacesExisting: false,
      write: () => client.files.downloadUrl(plan.node, plan.storage, params, taskOptions(ctx)),
      record: (written) => ctx.savePartialState(withServerFacts(plan, fileName, volumeId, written?.size ?? null)),
    });
    const downloaded = await find();
    if (downloaded === undefined) throw new Error(`the download task finished but ${volumeId} is not on the storage`);
    return withServerFacts(plan, fileName, volumeId, downloaded.size);
  },

  async read(ctx, state) {
    const fileName = state.file_name ?? '';
    const volumeId = fileVolumeId(state.storage, state.content as UploadContent, fileName);
    const found = await findFile(ctx.provider.client, state.node, state.storage, state.content, volumeId);
    if (found === undefined) return keptWhileWritten(ctx.provider.client, fileTaskOf(state.node, 'download', fileName), state);
    return withServerFacts(state, fileName, volumeId, found.size);
  },

  // Only settings of the next download change in place (verify_certificates, overwrite flags, an imported URL).
  async update(_ctx, plan, prior) {
    return { ...plan, id: prior.id, file_name: prior.file_name, volume_id: prior.volume_id, size: prior.size };
  },

  async delete(ctx, state) {
    if (state.volume_id === null) return;
    // A download still running would put the file back after the removal.
    if (state.file_name !== null) await settleFileTasks(ctx.provider.client, fileTaskOf(state.node, 'download', state.file_name), taskOptions(ctx));
    await removeFile(ctx.provider.client, state.node, state.volume_id, taskOptions(ctx));
  },

  importState(id) {
    const parsed = parseFileImportId(id);
    if (parsed === undefined || parsed.content === 'snippets')
      throw new Error(`Import id "${id}" is not NODE/VOLUME_ID of an ISO image, container template or disk image, such as "pve/local:iso/debian.iso".`);
    return {
      node: parsed.node,
      storage: parsed.storage,
      content: parsed.content,
      file_name: parsed.name,
      verify_certificates: true,
      overwrite: true,
      overwrite_unmanaged: false,
    };
  },
});

interface RedownloadCheck {
  node: string | undefined;
  url: string | undefined;
  configuredUrl: string | undefined;
  size: number | undefined;
  wanted: boolean;
  verify: boolean;
  onChanged(remote: number, local: number): void;
  onUnknown(reason: string): void;
}

/** `overwrite`: asks the node for the URL's size (as the GUI does) and plans a new download when it differs. */
async function planRedownload(provider: ProxmoxProviderData | undefined, check: RedownloadCheck): Promise<void> {
  const { node, url, size } = check;
  if (!check.wanted || provider === undefined || node === undefined || url === undefined || size === undefined || check.configuredUrl !== url) return;
  try {
    const metadata = await provider.client.files.queryUrlMetadata(node, url, check.verify);
    if (metadata.size !== undefined && metadata.size !== size) check.onChanged(metadata.size, size);
  } catch (error) {
    check.onUnknown(`Node ${node} could not ask the URL for its size: ${error instanceof Error ? error.message : String(error)}`);
  }
}
