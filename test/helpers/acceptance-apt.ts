// The node's APT sources in the disruptive tier (TRUEMOX_ACC_DISRUPTIVE=1 with a node named):
// proxmox_apt_standard_repository on a standard repository the node already has an entry for,
// and proxmox_apt_repository on another entry, whose enabled flag is flipped and flipped back.
// Only entries that exist are touched: the API cannot remove an entry, so adding a standard
// repository the node lacks could never be put back. Afterwards every entry gets its recorded
// flag again, and the sources' digest (proxmox-apt's SHA-256 over every file's bytes) must be
// the recorded one: the run fails when the files are not byte for byte as they were.
import type { AptRepositories, ProxmoxClient } from '../../src/clients/proxmox/index.js';
import { isStandardEntry, STANDARD_REPOSITORIES, type ParsedEntry } from '../../src/clients/proxmox/apt-standard-repos.js';
import type { Restore } from './acceptance-disruptive.js';
import type { LifecycleCase } from './lifecycle.js';
import type { AcceptanceServers } from './lifecycle-acceptance.js';

interface Entry {
  readonly path: string;
  readonly index: number;
  readonly enabled: boolean;
}

function entries(listing: AptRepositories): (Entry & ParsedEntry)[] {
  return listing.files.flatMap((file) =>
    file.repositories.map((repo, index) => ({
      path: file.path,
      index,
      enabled: repo.Enabled,
      types: repo.Types,
      uris: repo.URIs,
      suites: repo.Suites,
      components: repo.Components,
    })),
  );
}

/** The APT case on `node` (undefined when the node has no entry to use), and its restores. */
export async function proxmoxAptDisruptive(client: ProxmoxClient, node: string): Promise<{ case?: LifecycleCase<AcceptanceServers>; restores: Restore[] }> {
  const before = await client.apt.repositories(node);
  const all = entries(before);
  // A repository the node already uses (an enabled entry): adding one that is not enabled would,
  // on 9.1, append a new entry for Proxmox VE's own handles that no API call can remove.
  const enabled = new Set(before['standard-repos'].filter((repo) => repo.status === true).map((repo) => repo.handle));
  const standard = STANDARD_REPOSITORIES.filter((repo) => enabled.has(repo.handle)).flatMap((repo) => {
    const entry = all.find((e) => e.enabled && isStandardEntry(repo, e, undefined));
    return entry ? [{ handle: repo.handle, entry }] : [];
  })[0];
  const other = all.find((e) => e !== standard?.entry);
  const touched = [standard?.entry, other].filter((e): e is NonNullable<typeof e> => e !== undefined);
  if (touched.length === 0) return { restores: [] };
  const restores: Restore[] = [
    // Runs last (restores run in reverse): after the flags are back, the files must be too.
    async () => {
      const { digest } = await client.apt.repositories(node);
      if (digest !== before.digest) {
        throw new Error(
          `the APT sources of node "${node}" differ from before the run (digest ${digest}, was ${before.digest}): proxmox-apt rewrote a file in its own layout; compare /etc/apt/sources.list.d with a backup`,
        );
      }
    },
    ...touched.map((entry) => async () => {
      // Written only when it differs: every write re-renders the whole file.
      const now = entries(await client.apt.repositories(node)).find((e) => e.path === entry.path && e.index === entry.index);
      if (now && now.enabled !== entry.enabled) await client.apt.setEnabled(node, entry.path, entry.index, entry.enabled);
    }),
  ];
  const config = (v: 0 | 1) =>
    [
      ...(standard ? [`resource "proxmox_apt_standard_repository" "acc" {\n  node   = "${node}"\n  handle = "${standard.handle}"\n}`] : []),
      // Flipped at the first step, back as found at the second (destroying leaves it so).
      ...(other
        ? [
            `resource "proxmox_apt_repository" "acc" {\n  node      = "${node}"\n  file_path = "${other.path}"\n  index     = ${other.index}\n  enabled   = ${v ? other.enabled : !other.enabled}\n}`,
          ]
        : []),
    ].join('\n');
  return {
    restores,
    case: {
      name: `Proxmox APT sources of node ${node} (disruptive)`,
      steps: [{ config: config(0) }, { config: config(1), ...(other ? { expect: { 'proxmox_apt_repository.acc': 'update' } } : {}) }],
      imports: [...(standard ? [{ address: 'proxmox_apt_standard_repository.acc' }] : []), ...(other ? [{ address: 'proxmox_apt_repository.acc' }] : [])],
      leftovers: () => [],
    },
  };
}
