// The standard repositories Proxmox VE 9.1 offers by handle (proxmox-apt 0.99.6/0.99.7,
// proxmox/proxmox-rs 455b6499 and 1ed1c424: `APTRepositoryHandle` in
// proxmox-apt-api-types/src/lib.rs, `info` and `path` in proxmox-apt/src/repositories/standard.rs,
// product "pve" on Debian trixie): where each lives and which stanzas are it. Ceph Tentacle came
// only with proxmox-apt 1.0 (1723b2eb, 2026), so a 9.1 node refuses its handles; a node lists the
// handles it knows in `standard-repos`.

export interface StandardRepository {
  handle: string;
  /** The full name the API lists in `standard-repos`. */
  name: string;
  /** The URIs an entry may use, the one add_repository writes first (no trailing slash). */
  uris: readonly string[];
  component: string;
  /** The file add_repository appends to when no entry matches yet (trixie's deb822 files). */
  path: string;
}

const ENTERPRISE = 'https://enterprise.proxmox.com/debian';
const DOWNLOAD = 'http://download.proxmox.com/debian';
const SOURCES_DIR = '/etc/apt/sources.list.d';

/** Proxmox VE's own handles: `…/debian/pve` is written, the older bare `…/debian` still counts. */
function pve(handle: string, name: string, host: string, component: string, file: string): StandardRepository {
  return { handle, name, uris: [`${host}/pve`, host], component, path: `${SOURCES_DIR}/${file}` };
}

function ceph(release: string, title: string): StandardRepository[] {
  const path = `${SOURCES_DIR}/ceph.sources`;
  return [
    { handle: `ceph-${release}-enterprise`, name: `Ceph ${title} Enterprise`, uris: [`${ENTERPRISE}/ceph-${release}`], component: 'enterprise', path },
    {
      handle: `ceph-${release}-no-subscription`,
      name: `Ceph ${title} No-Subscription`,
      uris: [`${DOWNLOAD}/ceph-${release}`],
      component: 'no-subscription',
      path,
    },
    { handle: `ceph-${release}-test`, name: `Ceph ${title} Test`, uris: [`${DOWNLOAD}/ceph-${release}`], component: 'test', path },
  ];
}

export const STANDARD_REPOSITORIES: readonly StandardRepository[] = [
  pve('enterprise', 'Enterprise', ENTERPRISE, 'pve-enterprise', 'pve-enterprise.sources'),
  pve('no-subscription', 'No-Subscription', DOWNLOAD, 'pve-no-subscription', 'proxmox.sources'),
  pve('test', 'Test', DOWNLOAD, 'pve-test', 'proxmox.sources'),
  ...ceph('squid', 'Squid'),
];

export const STANDARD_HANDLES: readonly string[] = STANDARD_REPOSITORIES.map((repo) => repo.handle);

export function standardRepository(handle: string): StandardRepository | undefined {
  return STANDARD_REPOSITORIES.find((repo) => repo.handle === handle);
}

/** The Debian release each Proxmox VE major version is built on: the suite its entries name. */
const DEBIAN_SUITES: Readonly<Record<string, string>> = { '7': 'bullseye', '8': 'bookworm', '9': 'trixie' };

/** The node's Debian suite from its Proxmox VE version ("9.1.3"), undefined for a version this table lacks. */
export function debianSuiteOf(pveVersion: string): string | undefined {
  return DEBIAN_SUITES[pveVersion.split('.')[0] ?? ''];
}

export interface ParsedEntry {
  types: readonly string[];
  uris: readonly string[];
  suites: readonly string[];
  components: readonly string[];
}

/**
 * Whether a parsed entry is the handle's repository, as proxmox-apt's `is_referenced_repository`
 * decides (proxmox-apt/src/repositories/repository.rs @455b6499): type `deb`, one of the handle's
 * URIs (trailing slashes aside), the node's suite and the component. Without a known suite, any
 * suite counts.
 */
export function isStandardEntry(standard: StandardRepository, entry: ParsedEntry, suite: string | undefined): boolean {
  return (
    entry.types.includes('deb') &&
    entry.uris.some((uri) => standard.uris.includes(uri.replace(/\/+$/, ''))) &&
    (suite === undefined || entry.suites.includes(suite)) &&
    entry.components.includes(standard.component)
  );
}
