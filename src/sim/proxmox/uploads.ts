// Uploaded files between pveproxy and the upload handler: the proxy spools a multipart file
// part to /var/tmp/pveupload-<hex> and hands the handler that name as `tmpfilename`
// (pve-http-server PVE/APIServer/AnyEvent.pm); the handler copies it into the storage.
import { randomBytes } from 'node:crypto';

export class UploadSpool {
  private readonly files = new Map<string, Buffer>();

  /** Spools the bytes; returns the temporary file name. */
  put(data: Buffer): string {
    const name = `/var/tmp/pveupload-${randomBytes(16).toString('hex')}`;
    this.files.set(name, data);
    return name;
  }

  /** The spooled bytes, removed from the spool (the handler unlinks the temporary file). */
  take(name: string): Buffer | undefined {
    const data = this.files.get(name);
    this.files.delete(name);
    return data;
  }
}
