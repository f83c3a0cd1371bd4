// Files put on a storage by the node itself: `download-url` (the node fetches a URL),
// `upload` (a file sent through the API) and `query-url-metadata` (a HEAD request), after
// pve-storage src/PVE/API2/Storage/Status.pm, pve-common src/PVE/Tools.pm
// (download_file_from_url) and pve-manager PVE/API2/Nodes.pm (query_url_metadata).
import { posix } from 'node:path';
import { listParam, requireNode, type RequestContext, type Routes } from '../engine.js';
import { die, paramError } from '../pve-error.js';
import { fileHash, simulatedRemoteFile, unresolvableHost } from '../remote-files.js';
import { addVolume, volid, type SimStorage, type SimVolume } from '../state.js';
import { isFileStorage, requireStorage, storageContent } from '../volumes.js';

const ISO_EXT = /\.(?:iso|img)$/i;
const VZTMPL_EXT = /\.(?:(tar)|tar\.(gz|xz|zst|bz2))$/i;
const IMPORT_EXT = /[a-zA-Z0-9\-.+=_]+\.(ova|qcow2|raw|vmdk)$/;
/** `decompressor_info('iso', ...)`: what download-url can decompress. */
const ISO_DECOMPRESSORS = new Set(['gz', 'lzo', 'zst', 'bz2']);

/** `normalize_content_filename`: the base name, anything but [a-zA-Z0-9_.-] made `_`. */
export function normalizeContentFilename(filename: string): string {
  return filename
    .replace(/\n$/, '')
    .replace(/^.*[/\\]/, '')
    .replace(/[^a-zA-Z0-9_.-]/g, '_');
}

/** `storage_check_enabled`: the storage exists, is enabled and is available on the node. */
function enabledStorage(ctx: RequestContext, node: string): SimStorage {
  const storage = requireStorage(ctx.engine.state, ctx.params.storage ?? '');
  const nodes = storage.options.nodes;
  if (nodes !== undefined && !listParam(nodes).includes(node)) throw die(`storage '${storage.storage}' is not available on node '${node}'`);
  if (storage.options.disable === '1') throw die(`storage '${storage.storage}' is disabled`);
  return storage;
}

/** The volume a file of `content` named `filename` becomes (volume name and format), or the parameter error. */
function targetVolume(content: string, filename: string, message: string): { name: string; format: string } {
  if (content === 'iso') {
    if (!ISO_EXT.test(filename)) throw paramError({ filename: 'wrong file extension' });
    return { name: `iso/${filename}`, format: 'iso' };
  }
  if (content === 'vztmpl') {
    const match = VZTMPL_EXT.exec(filename);
    if (!match) throw paramError({ filename: 'wrong file extension' });
    return { name: `vztmpl/${filename}`, format: match[1] ?? `t${match[2] ?? ''}` };
  }
  const match = IMPORT_EXT.exec(filename);
  if (content !== 'import') throw paramError({ content: message });
  if (!match) throw paramError({ filename: 'invalid filename or wrong extension' });
  return { name: `import/${filename}`, format: match[1] ?? 'raw' };
}

/** The sub-directories of a file storage's path per content (pve-storage Plugin.pm `$vtype_subdirs`). */
const SUBDIRS: Readonly<Record<string, string>> = { iso: 'template/iso', vztmpl: 'template/cache', import: 'import', snippets: 'snippets' };

/** Where a volume `iso/x.iso`, `snippets/x.yaml`, ... lies on the node's file system. */
export function storagePath(storage: SimStorage, name: string): string {
  const slash = name.indexOf('/');
  const dir = SUBDIRS[name.slice(0, slash)] ?? name.slice(0, slash);
  return posix.join(storage.options.path ?? `/mnt/pve/${storage.storage}`, dir, name.slice(slash + 1));
}

function checksumOf(ctx: RequestContext): { algorithm: string; expected: string } | undefined {
  const { checksum } = ctx.params;
  const algorithm = ctx.params['checksum-algorithm'];
  return checksum === undefined || algorithm === undefined ? undefined : { algorithm, expected: checksum };
}

function putFile(ctx: RequestContext, storage: SimStorage, target: { name: string; format: string }, content: string, bytes: Buffer): SimVolume {
  return addVolume(ctx.engine.state, { storage: storage.storage, name: target.name, size: bytes.length, format: target.format, content, bytes });
}

function downloadUrl(ctx: RequestContext): string {
  const node = requireNode(ctx);
  const storage = enabledStorage(ctx, node);
  if (!isFileStorage(storage)) throw die(`can't upload to storage type '${storage.type}', not a file based storage!`);
  const content = ctx.params.content ?? '';
  const url = ctx.params.url ?? '';
  if (!storageContent(storage).has(content)) throw die(`storage '${storage.storage}' is not configured for content-type '${content}'`);
  const filename = normalizeContentFilename(ctx.params.filename ?? '');
  const target = targetVolume(content, filename, `upload content-type '${content}' is not allowed`);
  const checksum = checksumOf(ctx);
  const compression = ctx.params.compression;
  const dest = storagePath(storage, target.name);
  const id = volid({ storage: storage.storage, name: target.name });
  return ctx.engine.tasks.start(node, 'download', filename, ctx.who, (log) => {
    if (compression !== undefined) {
      if (content !== 'iso') throw new Error(`decompression not supported for ${content}`);
      if (!ISO_DECOMPRESSORS.has(compression)) throw new Error('no decompression method found');
    }
    log(`downloading ${url} to ${dest}`);
    const existing = ctx.engine.state.volumes.get(id);
    if (existing !== undefined) {
      // download_file_from_url never overwrites: the API does not pass allow_overwrite.
      if (checksum === undefined) throw new Error(`refusing to override existing file '${dest}'`);
      const got = fileHash(checksum.algorithm, existing.bytes ?? Buffer.alloc(existing.size));
      if (got.toLowerCase() === checksum.expected.toLowerCase())
        return log('calculating checksum of existing file...OK, got correct file already, no need to download');
      throw new Error(`checksum mismatch: got '${got}' != expect '${checksum.expected}', aborting`);
    }
    const tmp = `${dest}.tmp_dwnl.${process.pid}`;
    const command = `wget --progress=dot:giga${ctx.params['verify-certificates'] === '0' ? ' --no-check-certificate' : ''} -O ${tmp} ${url}`;
    const host = unresolvableHost(url);
    if (host !== undefined) {
      log(`wget: unable to resolve host address '${host}'`);
      throw new Error(`download failed: command '${command}' failed: exit code 4`);
    }
    const bytes = simulatedRemoteFile(url);
    log(`Length: ${bytes.length} [application/octet-stream]`);
    if (checksum !== undefined) {
      const got = fileHash(checksum.algorithm, bytes);
      if (got.toLowerCase() !== checksum.expected.toLowerCase()) throw new Error(`checksum mismatch: got '${got}' != expect '${checksum.expected}'`);
      log('calculating checksum...OK, checksum verified');
    }
    log(`download of '${url}' to '${dest}' finished`);
    putFile(ctx, storage, target, content, bytes);
  });
}

function upload(ctx: RequestContext): string {
  const node = requireNode(ctx);
  const storage = enabledStorage(ctx, node);
  if (!isFileStorage(storage)) throw die(`can't upload to storage type '${storage.type}'`);
  const content = ctx.params.content ?? '';
  const tmpfilename = ctx.params.tmpfilename;
  if (tmpfilename === undefined) throw die('missing temporary file name');
  const bytes = ctx.engine.uploads.take(tmpfilename);
  if (bytes === undefined) throw die(`temporary file '${tmpfilename}' does not exist`);
  const filename = normalizeContentFilename(ctx.params.filename ?? '');
  const target = targetVolume(content, filename, `upload content type '${content}' not allowed`);
  if (!storageContent(storage).has(content)) throw die(`storage '${storage.storage}' does not support '${content}' content`);
  const checksum = checksumOf(ctx);
  const dest = storagePath(storage, target.name);
  // "we simply overwrite the destination file if it already exists"
  return ctx.engine.tasks.start(node, 'imgcopy', '', ctx.who, (log) => {
    log(`starting file import from: ${tmpfilename}`);
    if (checksum !== undefined) {
      const got = fileHash(checksum.algorithm, bytes);
      if (got.toLowerCase() !== checksum.expected.toLowerCase()) throw new Error(`checksum mismatch: got '${got}' != expect '${checksum.expected}'`);
      log('calculating checksum...OK, checksum verified');
    }
    log(`target node: ${node}`);
    log(`target file: ${dest}`);
    log(`file size is: ${bytes.length}`);
    putFile(ctx, storage, target, content, bytes);
    log('finished file import successfully');
  });
}

/** A HEAD request for the URL: its size and file name, or LWP's status line when unreachable. */
function queryUrlMetadata(ctx: RequestContext): Record<string, string | number> {
  requireNode(ctx);
  const url = ctx.params.url ?? '';
  const host = unresolvableHost(url);
  if (host !== undefined) {
    const port = url.startsWith('https:') ? 443 : 80;
    throw die(`invalid server response: '500 Can't connect to ${host}:${port} (Name or service not known)'`);
  }
  const filename = posix.basename(new URL(url).pathname);
  return { size: simulatedRemoteFile(url).length, mimetype: 'application/octet-stream', ...(filename !== '' ? { filename } : {}) };
}

export const storageFileRoutes: Routes = {
  'POST /nodes/{node}/storage/{storage}/download-url': downloadUrl,
  'POST /nodes/{node}/storage/{storage}/upload': upload,
  'GET /nodes/{node}/query-url-metadata': queryUrlMetadata,
};
