// Files a node puts on a storage: `download-url` (the node fetches a URL), `upload` (a file
// sent through the API, multipart) and the URL look-up the GUI does first.
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import { apiPath } from '../http.js';
import { upidData } from '../schemas.js';
import type { TaskOptions, TaskStatus } from '../tasks.js';
import type { EndpointContext } from './context.js';
import { loadUndici } from '../undici.js';

/** What download-url and upload can write (pve-storage API2/Storage/Status.pm). */
export type UploadContent = 'iso' | 'vztmpl' | 'import';
export type ChecksumAlgorithm = 'md5' | 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';

export interface FileChecksum {
  readonly value: string;
  readonly algorithm: ChecksumAlgorithm;
}

export interface DownloadUrlParams {
  readonly url: string;
  readonly content: UploadContent;
  /** Normalized by the server: anything but [a-zA-Z0-9_.-] becomes `_`. */
  readonly filename: string;
  readonly checksum?: FileChecksum;
  /** Decompress after download (ISO images only): gz, lzo, zst, bz2. */
  readonly compression?: string;
  readonly verifyCertificates?: boolean;
}

export interface UploadParams {
  readonly content: UploadContent;
  readonly filename: string;
  /** The bytes; a Blob from `fs.openAsBlob` streams from disk. */
  readonly data: Blob;
  readonly checksum?: FileChecksum;
}

const urlMetadata = lazySchema(() =>
  z.object({
    filename: z.string().optional(),
    mimetype: z.string().optional(),
    size: z.number().int().optional(),
  }),
);
export type UrlMetadata = z.infer<typeof urlMetadata>;

/** An upload's body may take long; the caller's signal (the resource's timeout) bounds it. */
const UPLOAD_REQUEST_MS = 24 * 3600_000;

export class StorageFilesApi {
  constructor(private readonly ctx: EndpointContext) {}

  /** The node downloads the URL into the storage; resolves when the task has finished. */
  async downloadUrl(node: string, storage: string, params: DownloadUrlParams, task?: TaskOptions): Promise<TaskStatus> {
    const upid = await this.ctx.http.call(
      'POST',
      apiPath`/nodes/${node}/storage/${storage}/download-url`,
      {
        url: params.url,
        content: params.content,
        filename: params.filename,
        checksum: params.checksum?.value,
        'checksum-algorithm': params.checksum?.algorithm,
        compression: params.compression,
        'verify-certificates': params.verifyCertificates,
      },
      upidData,
    );
    return this.ctx.tasks.wait(upid, task);
  }

  /** Uploads a file into the storage; resolves when the server's copy task has finished. */
  async upload(node: string, storage: string, params: UploadParams, task?: TaskOptions): Promise<TaskStatus> {
    // pveproxy reads the parameters first and spools the file part last.
    const form = new (await loadUndici()).FormData();
    form.append('content', params.content);
    if (params.checksum !== undefined) {
      form.append('checksum', params.checksum.value);
      form.append('checksum-algorithm', params.checksum.algorithm);
    }
    form.append('filename', params.data, params.filename);
    const upid = await this.ctx.http.call('POST', apiPath`/nodes/${node}/storage/${storage}/upload`, {}, upidData, {
      multipart: form,
      timeoutMs: UPLOAD_REQUEST_MS,
      ...(task?.signal ? { signal: task.signal } : {}),
    });
    return this.ctx.tasks.wait(upid, task);
  }

  /** The node's HEAD request for a URL: size and file name as the server would download them. */
  queryUrlMetadata(node: string, url: string, verifyCertificates?: boolean): Promise<UrlMetadata> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/query-url-metadata`, { url, 'verify-certificates': verifyCertificates }, urlMetadata);
  }
}
