// The standard repositories Proxmox VE 9.1 offers by handle (proxmox-apt
// `APTRepositoryHandle`, product "pve" on Debian trixie): where each lives and which
// stanza is it. A node reports only each handle's status; the provider finds the entry by the
// same URI-and-component match proxmox-apt uses (`is_referenced_repository`).

export interface StandardRepository {
  handle: string;
  /** The full name the API lists in `standard-repos`. */
  name: string;
  uri: string;
  component: string;
  /** The file add_repository appends to when no entry matches yet. */
  path: string;
}

const ENTERPRISE = 'https://enterprise.proxmox.com/debian';
const DOWNLOAD = 'http://download.proxmox.com/debian';
const SOURCES_DIR = '/etc/apt/sources.list.d';

function ceph(release: string, title: string): StandardRepository[] {
  const path = `${SOURCES_DIR}/ceph.sources`;
  return [
    { handle: `ceph-${release}-enterprise`, name: `Ceph ${title} Enterprise`, uri: `${ENTERPRISE}/ceph-${release}`, component: 'enterprise', path },
    {
      handle: `ceph-${release}-no-subscription`,
      name: `Ceph ${title} No-Subscription`,
      uri: `${DOWNLOAD}/ceph-${release}`,
      component: 'no-subscription',
      path,
    },
    { handle: `ceph-${release}-test`, name: `Ceph ${title} Test`, uri: `${DOWNLOAD}/ceph-${release}`, component: 'test', path },
  ];
}

export const STANDARD_REPOSITORIES: readonly StandardRepository[] = [
  { handle: 'enterprise', name: 'Enterprise', uri: `${ENTERPRISE}/pve`, component: 'pve-enterprise', path: `${SOURCES_DIR}/proxmox.sources` },
  { handle: 'no-subscription', name: 'No-Subscription', uri: `${DOWNLOAD}/pve`, component: 'pve-no-subscription', path: `${SOURCES_DIR}/proxmox.sources` },
  { handle: 'test', name: 'Test', uri: `${DOWNLOAD}/pve`, component: 'pve-test', path: `${SOURCES_DIR}/proxmox.sources` },
  ...ceph('squid', 'Squid'),
  ...ceph('tentacle', 'Tentacle'),
];

export const STANDARD_HANDLES: readonly string[] = STANDARD_REPOSITORIES.map((repo) => repo.handle);

export function standardRepository(handle: string): StandardRepository | undefined {
  return STANDARD_REPOSITORIES.find((repo) => repo.handle === handle);
}

/** Whether a parsed entry is the handle's repository: same URI (trailing slash aside) and the component. */
export function isStandardEntry(standard: StandardRepository, entry: { uris: readonly string[]; components: readonly string[] }): boolean {
  const uri = standard.uri.replace(/\/+$/, '');
  return entry.uris.some((u) => u.replace(/\/+$/, '') === uri) && entry.components.includes(standard.component);
}
