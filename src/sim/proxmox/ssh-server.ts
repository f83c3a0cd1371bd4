// The simulated node's sshd, SFTP only: what proxmox_file writes snippets through. A file
// written under a file storage's `snippets` directory becomes a `snippets/<name>` volume of
// that storage (pve-storage Plugin.pm lists them from `<path>/snippets`), so the API lists it.
// A container's config file (/etc/pve/nodes/NODE/lxc/VMID.conf, /etc/pve/lxc/VMID.conf) reads
// from and writes to the simulator's state (lxc-config-file.ts): what proxmox_lxc's idmap edits.
// Public-key authentication only, one authorized key; listens on 127.0.0.1.
import type { AddressInfo } from 'node:net';
import { posix } from 'node:path';
import type { SimState, SimStorage } from './state.js';
import { addVolume } from './state.js';
import { storageContent } from './volumes.js';
import { loadSsh2 } from '../../providers/proxmox/ssh/load-ssh2.js';
import { generateOpenSshKeyPair } from '../truenas/ssh-keys.js';
import { allowedPveMode, applyContainerConfig, containerAtPath, renderContainerConfig } from './lxc-config-file.js';

export interface SimSshServer {
  readonly port: number;
  /** The host key as a known_hosts/authorized_keys line body: "ssh-ed25519 AAAA...". */
  readonly hostPublicKey: string;
  stop(): Promise<void>;
}

export interface SimSshOptions {
  /** The authorized public key ("ssh-ed25519 AAAA..."). */
  readonly authorizedKey: string;
  readonly username?: string;
  /** The node this sshd runs on, whose containers /etc/pve/lxc holds (default: the simulator's first node). */
  readonly node?: string;
}

/** The storage and volume name a node path stands for, when it is a snippet of a storage that holds snippets. */
function snippetVolume(state: SimState, path: string): { storage: SimStorage; name: string } | undefined {
  const normal = posix.normalize(path);
  for (const storage of state.storages.values()) {
    const base = storage.options.path;
    if (base === undefined || !storageContent(storage).has('snippets')) continue;
    const dir = posix.join(base, 'snippets');
    if (posix.dirname(normal) === dir) return { storage, name: `snippets/${posix.basename(normal)}` };
  }
  return undefined;
}

export async function startSimSshServer(state: SimState, options: SimSshOptions): Promise<SimSshServer> {
  const { Server, utils } = await loadSsh2();
  // Not ssh2's generateKeyPairSync: about 1 in 250 of its Ed25519 public keys fails its own parser.
  const hostKeys = generateOpenSshKeyPair('pve-sim-host');
  const allowed = utils.parseKey(options.authorizedKey);
  if (allowed instanceof Error) throw allowed;
  const allowedKey = Array.isArray(allowed) ? allowed[0] : allowed;
  if (allowedKey === undefined) throw new Error('no authorized key');
  const username = options.username ?? 'root';
  const localNode = options.node ?? state.nodes[0] ?? 'pve';
  const { OPEN_MODE, STATUS_CODE } = utils.sftp;

  const server = new Server({ hostKeys: [hostKeys.privateKey] }, (client) => {
    client.on('authentication', (ctx) => {
      if (ctx.method !== 'publickey' || ctx.username !== username || !ctx.key.data.equals(allowedKey.getPublicSSH())) return ctx.reject(['publickey']);
      if (ctx.signature === undefined) return ctx.accept();
      return allowedKey.verify(ctx.blob ?? Buffer.alloc(0), ctx.signature, ctx.hashAlgo) === true ? ctx.accept() : ctx.reject(['publickey']);
    });
    client.on('error', () => undefined);
    client.on('ready', () => {
      client.on('session', (accept) => {
        const session = accept();
        session.on('sftp', (acceptSftp) => {
          const sftp = acceptSftp();
          const open = new Map<number, { path: string; data: Buffer; reading: boolean }>();
          let nextHandle = 0;
          const handleOf = (id: number): Buffer => {
            const handle = Buffer.alloc(4);
            handle.writeUInt32BE(id);
            return handle;
          };
          const fileOf = (handle: Buffer) => open.get(handle.readUInt32BE(0));
          sftp.on('OPEN', (reqid, filename, flags) => {
            const id = nextHandle++;
            if (flags & OPEN_MODE.WRITE) {
              // pmxcfs holds config files of existing guests only here: no guest is made from a file.
              if (/^\/etc\/pve\//.test(posix.normalize(filename)) && !containerAtPath(state, localNode, filename))
                return sftp.status(reqid, STATUS_CODE.PERMISSION_DENIED);
              open.set(id, { path: filename, data: Buffer.alloc(0), reading: false });
              return sftp.handle(reqid, handleOf(id));
            }
            const guest = containerAtPath(state, localNode, filename);
            if (!guest) return sftp.status(reqid, STATUS_CODE.NO_SUCH_FILE);
            open.set(id, { path: filename, data: Buffer.from(renderContainerConfig(guest), 'utf8'), reading: true });
            return sftp.handle(reqid, handleOf(id));
          });
          sftp.on('READ', (reqid, handle, offset, length) => {
            const file = fileOf(handle);
            if (!file?.reading) return sftp.status(reqid, STATUS_CODE.FAILURE);
            if (offset >= file.data.length) return sftp.status(reqid, STATUS_CODE.EOF);
            return sftp.data(reqid, file.data.subarray(offset, Math.min(file.data.length, offset + length)));
          });
          sftp.on('FSTAT', (reqid, handle) => {
            const file = fileOf(handle);
            if (!file) return sftp.status(reqid, STATUS_CODE.FAILURE);
            return sftp.attrs(reqid, { mode: 0o100640, uid: 0, gid: 33, size: file.data.length, atime: 0, mtime: 0 });
          });
          sftp.on('WRITE', (reqid, handle, offset, data) => {
            const file = fileOf(handle);
            if (!file || file.reading) return sftp.status(reqid, STATUS_CODE.FAILURE);
            const end = offset + data.length;
            if (end > file.data.length) file.data = Buffer.concat([file.data, Buffer.alloc(end - file.data.length)]);
            data.copy(file.data, offset);
            return sftp.status(reqid, STATUS_CODE.OK);
          });
          sftp.on('FSETSTAT', (reqid, handle, attrs) => {
            const file = fileOf(handle);
            if (file && attrs.mode !== undefined && !allowedPveMode(file.path, attrs.mode)) return sftp.status(reqid, STATUS_CODE.PERMISSION_DENIED);
            return sftp.status(reqid, STATUS_CODE.OK);
          });
          sftp.on('CLOSE', (reqid, handle) => {
            const file = fileOf(handle);
            open.delete(handle.readUInt32BE(0));
            if (!file) return sftp.status(reqid, STATUS_CODE.FAILURE);
            if (file.reading) return sftp.status(reqid, STATUS_CODE.OK);
            const guest = containerAtPath(state, localNode, file.path);
            if (guest) return sftp.status(reqid, applyContainerConfig(guest, file.data.toString('utf8')) === undefined ? STATUS_CODE.OK : STATUS_CODE.FAILURE);
            const target = snippetVolume(state, file.path);
            const bytes = file.data;
            // Anywhere else the file lands outside every storage's listed content: nothing to record.
            if (target)
              addVolume(state, { storage: target.storage.storage, name: target.name, size: bytes.length, format: 'snippet', content: 'snippets', bytes });
            return sftp.status(reqid, STATUS_CODE.OK);
          });
          // The snippets directory exists (or is created); OpenSSH answers a generic failure when it does.
          sftp.on('MKDIR', (reqid) => sftp.status(reqid, STATUS_CODE.FAILURE));
        });
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const hostPublicKey = hostKeys.publicKey.trim().split(/\s+/).slice(0, 2).join(' ');
  return {
    port,
    hostPublicKey,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  };
}
