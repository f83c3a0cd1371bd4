// filesystem.stat and filesystem.setperm on paths under /mnt (ACLs: filesystem-acl.ts): dataset mountpoints and the
// directories user.create made (truenas/middleware src/middlewared/middlewared/plugins/
// filesystem.py stat, filesystem_/acl.py setperm and _common_perm_path_validate @TS-25.10.6).
import { Errno } from '../../../clients/truenas/errno.js';
import { dict, type MethodTable } from '../registry.js';
import { SimCallError, Verrors } from '../sim-errors.js';
import type { SimState } from '../state.js';
import { pathExists } from './accounts.js';
import { storedAcl } from './filesystem-acl.js';

/** Owner and mode of a path: set ones, else root:root 755 as a fresh dataset has. */
function permsOf(state: SimState, path: string) {
  return state.pathPerms.get(path) ?? { uid: 0, gid: 0, mode: 0o755 };
}

function stat(state: SimState, rawPath: unknown): Record<string, unknown> {
  const path = String(rawPath).replace(/\/+$/, '');
  if (!path.startsWith('/')) throw new SimCallError(Errno.EINVAL, `${String(rawPath)}: path must be absolute`);
  if (!pathExists(state, path)) throw new SimCallError(Errno.ENOENT, `Path ${String(rawPath)} not found`);
  const perms = permsOf(state, path);
  const now = Date.now() / 1000;
  const isMount = state.datasets.has(path.slice('/mnt/'.length));
  return {
    realpath: path,
    type: 'DIRECTORY',
    size: 2,
    allocation_size: 512,
    mode: 0o040000 | perms.mode,
    mount_id: 100,
    uid: perms.uid,
    gid: perms.gid,
    atime: now,
    mtime: now,
    ctime: now,
    btime: now,
    dev: 50,
    inode: 34,
    nlink: 2,
    is_mountpoint: isMount,
    is_ctldir: false,
    attributes: isMount ? ['MOUNT_ROOT'] : [],
    user: state.users.list().find((u) => u.uid === perms.uid)?.username ?? null,
    group: state.groups.list().find((g) => g.gid === perms.gid)?.name ?? null,
    acl: storedAcl(state, path) !== undefined,
  };
}

export const filesystemMethods: MethodTable = {
  'filesystem.stat': { params: ['path'], handler: ([path], { state }) => stat(state, path) },
  'filesystem.setperm': {
    params: ['data'],
    handler: ([data], { state, progress }) => {
      const input = dict(data, 'data');
      const path = String(input['path']).replace(/\/+$/, '');
      const verrors = new Verrors();
      const current = permsOf(state, path);
      let uid = typeof input['uid'] === 'number' && input['uid'] !== -1 ? input['uid'] : current.uid;
      let gid = typeof input['gid'] === 'number' && input['gid'] !== -1 ? input['gid'] : current.gid;
      if (typeof input['user'] === 'string') {
        const user = state.users.list().find((u) => u.username === input['user']);
        if (user) uid = user.uid;
        else verrors.add('filesystem.setperm.user', `${input['user']}: user does not exist`);
      }
      if (typeof input['group'] === 'string') {
        const group = state.groups.list().find((g) => g.name === input['group']);
        if (group) gid = group.gid;
        else verrors.add('filesystem.setperm.group', `${input['group']}: group does not exist`);
      }
      if (!pathExists(state, path)) throw new SimCallError(Errno.ENOENT, `Path ${path} not found`);
      if (!path.startsWith('/mnt/'))
        verrors.add('filesystem.setperm.path', `Changes to permissions on paths that are not beneath the directory /mnt are not permitted: ${path}`);
      else if (path.split('/').length === 3) verrors.add('filesystem.setperm.path', `The specified path is a ZFS pool mountpoint "(${path})" `);
      // A non-trivial ACL stays unless stripped (setperm in plugins/filesystem_/acl.py).
      const options = dict(input['options'], 'options');
      if (storedAcl(state, path) !== undefined && options['stripacl'] !== true)
        verrors.add('filesystem.setperm.mode', `Non-trivial ACL present on [${path}]. Option "stripacl" required to change permission.`);
      const mode = typeof input['mode'] === 'string' ? parseInt(input['mode'], 8) : null;
      if (mode !== null && (Number.isNaN(mode) || mode === 0)) verrors.add('filesystem.setperm.mode', 'Empty permissions are not permitted.');
      verrors.check();
      progress(100, 'Finished setting permissions.');
      state.pathAcls.delete(path);
      state.pathPerms.set(path, { uid, gid, mode: mode ?? current.mode });
      return null;
    },
  },
};
