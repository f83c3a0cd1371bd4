// A path as Perl's File::Spec->canonpath (File::Spec::Unix) writes it, which Proxmox applies to a
// directory storage's path when it creates the storage (pve-storage src/PVE/Storage/DirPlugin.pm:263-264
// @0c56bad): repeated slashes collapsed, "." components and a trailing slash dropped, ".." right
// after the root dropped ("x/../y" stays as it is: canonpath does not resolve it).

/** `path` as File::Spec::Unix canonpath gives it back. */
export function canonicalPath(path: string): string {
  let out = path.replace(/\/{2,}/g, '/');
  out = out.replace(/(?:\/\.)+(?:\/|$)/g, '/');
  if (out !== './') out = out.replace(/^(?:\.\/)+/, '');
  out = out.replace(/^\/(?:\.\.\/)+/, '/');
  out = out.replace(/^\/\.\.$/, '/');
  return out === '/' ? out : out.replace(/\/$/, '');
}
