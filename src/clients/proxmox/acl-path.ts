// ACL paths as the server takes them (pve-access-control src/PVE/AccessControl.pm
// `normalize_path` and `check_path`, applied by API2/ACL.pm `update_acl`): the path is
// normalised first and the grant stored under the normalised form, which is then checked
// against the list of paths permissions can be set on (not when removing a grant).

/** `normalize_path`: "//" collapsed, a trailing "/" dropped, a leading "/" added; undefined when invalid. */
export function normalizeAclPath(path: string): string | undefined {
  if (path === '' || path === '0') return undefined; // Perl's `return undef if !$path`
  let normal = path.replace(/\/+/g, '/').replace(/\/$/, '');
  if (normal === '') normal = '/';
  if (!normal.startsWith('/')) normal = `/${normal}`;
  return /^[A-Za-z0-9._\-/]+$/.test(normal) ? normal : undefined;
}

const NAME = '[A-Za-z0-9._\\-]+';
const ALNUM = '[A-Za-z0-9]+';
/** `check_path`'s alternatives (PVE 9.1), each `(?:/x)?` an optional deeper level. */
const CHECKED_PATHS = [
  '/',
  `/access(?:/groups(?:/${NAME})?|/realm(?:/${NAME})?)?`,
  `/nodes(?:/${NAME})?`,
  `/pool(?:/${NAME}(?:/${NAME}){0,2})?`,
  '/sdn(?:/controllers(?:/[A-Za-z0-9_\\-]+)?)?',
  `/sdn/(?:dns|fabrics|ipams|prefix-lists|route-maps)(?:/${ALNUM})?`,
  `/sdn/zones(?:/${NAME}(?:/${NAME}(?:/[1-9][0-9]{0,3})?)?)?`,
  `/storage(?:/${NAME})?`,
  '/vms(?:/[1-9][0-9]{2,})?',
  `/mapping(?:/${NAME}(?:/${NAME})?)?`,
];
const CHECKED_PATH = new RegExp(`^(?:${CHECKED_PATHS.join('|')})$`);

/** `check_path`: whether permissions can be set on this (normalised) path. */
export function isCheckedAclPath(path: string): boolean {
  return CHECKED_PATH.test(path);
}
