// A node's APT repository files as proxmox-apt parses them (`APTRepositoryFile`,
// `APTRepository`): the deb822 `.sources` files a fresh Proxmox VE 9 install writes, with
// each file's bytes rendered the way proxmox-apt writes them, so digests change exactly when a
// file does.
import { createHash } from 'node:crypto';

export interface SimAptRepository {
  types: string[];
  uris: string[];
  suites: string[];
  components: string[];
  /** Other deb822 fields (`Signed-By`), in file order. */
  options: Array<{ key: string; values: string[] }>;
  comment: string;
  enabled: boolean;
}

export interface SimAptFile {
  path: string;
  fileType: 'list' | 'sources';
  repositories: SimAptRepository[];
}

export const PROXMOX_KEYRING = '/usr/share/keyrings/proxmox-archive-keyring.gpg';
const DEBIAN_KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';
/** Proxmox VE 9 is based on Debian 13. */
export const RELEASE_CODENAME = 'trixie';

function stanza(uri: string, suites: string[], components: string[], keyring: string): SimAptRepository {
  return { types: ['deb'], uris: [uri], suites, components, options: [{ key: 'Signed-By', values: [keyring] }], comment: '', enabled: true };
}

/** The files the Proxmox VE 9 installer writes (debian.sources, pve-enterprise.sources, ceph.sources). */
export function seedAptFiles(): SimAptFile[] {
  const dir = '/etc/apt/sources.list.d';
  const main = ['main', 'contrib', 'non-free-firmware'];
  return [
    {
      path: `${dir}/debian.sources`,
      fileType: 'sources',
      repositories: [
        stanza('http://deb.debian.org/debian/', [RELEASE_CODENAME, `${RELEASE_CODENAME}-updates`], main, DEBIAN_KEYRING),
        stanza('http://security.debian.org/debian-security/', [`${RELEASE_CODENAME}-security`], main, DEBIAN_KEYRING),
      ],
    },
    {
      path: `${dir}/pve-enterprise.sources`,
      fileType: 'sources',
      repositories: [stanza('https://enterprise.proxmox.com/debian/pve', [RELEASE_CODENAME], ['pve-enterprise'], PROXMOX_KEYRING)],
    },
    {
      path: `${dir}/ceph.sources`,
      fileType: 'sources',
      repositories: [stanza('https://enterprise.proxmox.com/debian/ceph-squid', [RELEASE_CODENAME], ['enterprise'], PROXMOX_KEYRING)],
    },
  ];
}

function deb822(repo: SimAptRepository): string {
  const lines = repo.comment === '' ? [] : repo.comment.split('\n').map((line) => `#${line}`);
  lines.push(`Types: ${repo.types.join(' ')}`, `URIs: ${repo.uris.join(' ')}`, `Suites: ${repo.suites.join(' ')}`);
  if (repo.components.length > 0) lines.push(`Components: ${repo.components.join(' ')}`);
  for (const option of repo.options) lines.push(`${option.key}: ${option.values.join(' ')}`);
  if (!repo.enabled) lines.push('Enabled: false');
  return lines.join('\n') + '\n';
}

function oneLine(repo: SimAptRepository): string {
  const options = repo.options.map((o) => `${o.key.toLowerCase()}=${o.values.join(',')}`);
  const prefix = repo.enabled ? '' : '# ';
  return repo.types
    .map(
      (type) =>
        `${prefix}${type}${options.length > 0 ? ` [${options.join(' ')}]` : ''} ${repo.uris[0] ?? ''} ${[...repo.suites, ...repo.components].join(' ')}\n`,
    )
    .join('');
}

/** The file's bytes as proxmox-apt writes them: stanzas separated by a blank line. */
export function renderAptFile(file: SimAptFile): string {
  return file.repositories.map(file.fileType === 'sources' ? deb822 : oneLine).join(file.fileType === 'sources' ? '\n' : '');
}

/** SHA-256 of the file's bytes (`APTRepositoryFile.digest`). */
export function aptFileDigest(file: SimAptFile): Buffer {
  return createHash('sha256').update(renderAptFile(file)).digest();
}

/** proxmox-apt `common_digest`: SHA-256 over the files' digests in path order, hex. */
export function aptCommonDigest(files: readonly SimAptFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) hash.update(aptFileDigest(file));
  return hash.digest('hex');
}
