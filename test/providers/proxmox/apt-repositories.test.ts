// In-process cases for the APT repository resources: the import id, the file path rule, how a
// standard repository's entry is recognised, and the simulator's repositories API (digests,
// real errors, adding by handle, privileges) that the resources rely on.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { debianSuiteOf, isStandardEntry, STANDARD_HANDLES, standardRepository } from '../../../src/clients/proxmox/apt-standard-repos.js';
import type { AptRepositories } from '../../../src/clients/proxmox/index.js';
import { APT_FILE_PATH, aptRepositoryId, parseAptRepositoryId } from '../../../src/providers/proxmox/resources/apt-repository.js';
import { assertOffered, standardEntries } from '../../../src/providers/proxmox/resources/apt-standard-repository.js';
import { renderAptFile, seedAptFiles } from '../../../src/sim/proxmox/apt-state.js';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';
import { pveCall } from '../../sim/proxmox/pve-raw.js';

describe('proxmox_apt_repository import id', () => {
  const cases: Array<{ id: string; expected: { node: string; file_path: string; index: number } | 'error' }> = [
    { id: 'pve/etc/apt/sources.list.d/ceph.sources/1', expected: { node: 'pve', file_path: '/etc/apt/sources.list.d/ceph.sources', index: 1 } },
    { id: 'pve//etc/apt/sources.list/0', expected: { node: 'pve', file_path: '/etc/apt/sources.list', index: 0 } },
    { id: 'node-2/etc/apt/sources.list.d/proxmox.sources/12', expected: { node: 'node-2', file_path: '/etc/apt/sources.list.d/proxmox.sources', index: 12 } },
    { id: 'pve/etc/apt/sources.list', expected: 'error' },
    { id: 'pve/etc/apt/sources.list/x', expected: 'error' },
    { id: '/etc/apt/sources.list/0', expected: 'error' },
  ];
  for (const c of cases) {
    it(c.id, () => {
      if (c.expected === 'error') assert.throws(() => parseAptRepositoryId(c.id), /Expected NODE\/PATH\/INDEX/);
      else assert.deepEqual(parseAptRepositoryId(c.id), c.expected);
    });
  }
  it('round-trips the id the resource stores', () => {
    const id = aptRepositoryId('pve', '/etc/apt/sources.list.d/pve-enterprise.sources', 0);
    assert.equal(id, 'pve/etc/apt/sources.list.d/pve-enterprise.sources/0');
    assert.deepEqual(parseAptRepositoryId(id), { node: 'pve', file_path: '/etc/apt/sources.list.d/pve-enterprise.sources', index: 0 });
  });
});

describe('proxmox_apt_repository file_path', () => {
  const cases: Array<[string, boolean]> = [
    ['/etc/apt/sources.list', true],
    ['/etc/apt/sources.list.d/ceph.sources', true],
    ['/etc/apt/sources.list.d/extra.list', true],
    ['/etc/apt/sources.list.d/ceph.sources.BAK', false],
    ['/etc/apt/sources.list.d/sub/x.list', false],
    ['etc/apt/sources.list', false],
    ['/etc/apt/trusted.gpg', false],
  ];
  for (const [path, valid] of cases) it(`${path} is ${valid ? 'accepted' : 'refused'}`, () => assert.equal(APT_FILE_PATH.test(path), valid));
});

describe('standard repository entries', () => {
  const noSub = standardRepository('no-subscription');
  const cephSquid = standardRepository('ceph-squid-no-subscription');
  assert.ok(noSub && cephSquid);
  const entry = (uri: string, component: string, more: { types?: string[]; suites?: string[] } = {}) => ({
    types: more.types ?? ['deb'],
    uris: [uri],
    suites: more.suites ?? ['trixie'],
    components: [component],
  });
  const cases: Array<{ name: string; entry: ReturnType<typeof entry>; standard: typeof noSub; matches: boolean }> = [
    { name: 'same URI, suite and component', entry: entry('http://download.proxmox.com/debian/pve', 'pve-no-subscription'), standard: noSub, matches: true },
    { name: 'a trailing slash', entry: entry('http://download.proxmox.com/debian/pve/', 'pve-no-subscription'), standard: noSub, matches: true },
    { name: 'the bare /debian URI', entry: entry('http://download.proxmox.com/debian', 'pve-no-subscription'), standard: noSub, matches: true },
    { name: 'another component', entry: entry('http://download.proxmox.com/debian/pve', 'pve-test'), standard: noSub, matches: false },
    { name: 'the enterprise host', entry: entry('https://enterprise.proxmox.com/debian/pve', 'pve-no-subscription'), standard: noSub, matches: false },
    {
      name: 'another suite',
      entry: entry('http://download.proxmox.com/debian/pve', 'pve-no-subscription', { suites: ['bookworm'] }),
      standard: noSub,
      matches: false,
    },
    {
      name: 'deb-src only',
      entry: entry('http://download.proxmox.com/debian/pve', 'pve-no-subscription', { types: ['deb-src'] }),
      standard: noSub,
      matches: false,
    },
    { name: 'ceph squid', entry: entry('http://download.proxmox.com/debian/ceph-squid', 'no-subscription'), standard: cephSquid, matches: true },
    { name: 'ceph reef is not squid', entry: entry('http://download.proxmox.com/debian/ceph-reef', 'no-subscription'), standard: cephSquid, matches: false },
  ];
  for (const c of cases) it(c.name, () => assert.equal(isStandardEntry(c.standard, c.entry, 'trixie'), c.matches));

  it('offers only the handles PVE 9.1 knows (no Ceph Tentacle)', () =>
    assert.deepEqual(STANDARD_HANDLES, ['enterprise', 'no-subscription', 'test', 'ceph-squid-enterprise', 'ceph-squid-no-subscription', 'ceph-squid-test']));

  it('puts the enterprise handle in pve-enterprise.sources', () =>
    assert.equal(standardRepository('enterprise')?.path, '/etc/apt/sources.list.d/pve-enterprise.sources'));

  it('lists every referencing entry of the suite with its file, position and status', () => {
    const repo = (uri: string, component: string, enabled: boolean, suite = 'trixie') => ({
      Types: ['deb'],
      URIs: [uri],
      Suites: [suite],
      Components: [component],
      Enabled: enabled,
    });
    const listing: AptRepositories = {
      digest: 'x',
      errors: [],
      'standard-repos': [],
      files: [
        { path: '/etc/apt/sources.list.d/debian.sources', repositories: [repo('http://deb.debian.org/debian', 'main', true)] },
        {
          path: '/etc/apt/sources.list.d/proxmox.sources',
          repositories: [
            repo('http://download.proxmox.com/debian/pve', 'pve-no-subscription', false, 'bookworm'),
            repo('http://download.proxmox.com/debian/pve', 'pve-test', true),
            repo('http://download.proxmox.com/debian', 'pve-no-subscription', true),
          ],
        },
      ],
    };
    assert.deepEqual(standardEntries(listing, noSub, 'trixie'), [{ path: '/etc/apt/sources.list.d/proxmox.sources', index: 2, enabled: true }]);
    assert.equal(standardEntries(listing, noSub, undefined).length, 2);
    assert.deepEqual(standardEntries(listing, cephSquid, 'trixie'), []);
  });

  it('refuses at apply a handle the node does not list, naming the attribute', () => {
    const listing: AptRepositories = { digest: 'x', errors: [], files: [], 'standard-repos': [{ handle: 'enterprise' }, { handle: 'test' }] };
    assert.doesNotThrow(() => assertOffered(listing, 'pve', 'test'));
    assert.throws(
      () => assertOffered(listing, 'pve', 'ceph-squid-test'),
      (error: Error) =>
        error.message.includes('The node "pve" has no standard repository "ceph-squid-test" (its Proxmox VE version offers "enterprise", "test").'),
    );
  });

  it('knows the Debian suite of each Proxmox VE major version', () => {
    assert.equal(debianSuiteOf('9.1.3'), 'trixie');
    assert.equal(debianSuiteOf('8.4.1'), 'bookworm');
    assert.equal(debianSuiteOf('10.0'), undefined);
  });
});

describe('simulated deb822 sources', () => {
  it('renders stanzas separated by a blank line, a disabled one with "Enabled: false"', () => {
    const [debian] = seedAptFiles();
    assert.ok(debian);
    const second = debian.repositories[1];
    assert.ok(second);
    second.enabled = false;
    assert.equal(
      renderAptFile(debian),
      [
        'Types: deb',
        'URIs: http://deb.debian.org/debian/',
        'Suites: trixie trixie-updates',
        'Components: main contrib non-free-firmware',
        'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg',
        '',
        'Types: deb',
        'URIs: http://security.debian.org/debian-security/',
        'Suites: trixie-security',
        'Components: main contrib non-free-firmware',
        'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg',
        'Enabled: false',
        '',
      ].join('\n'),
    );
  });
});

describe('simulated /nodes/{node}/apt/repositories', () => {
  const ROOT = 'root@pam!tf=root-secret';
  const AUDITOR = 'audit@pve!t=audit-secret';
  let sim: ProxmoxSimulator;
  before(async () => {
    sim = await startProxmoxSimulator({ tokens: [ROOT, { token: AUDITOR, privsep: false }], taskDelayMs: 1, authFailureDelayMs: 0 });
    sim.grant('/nodes/pve', 'audit@pve', 'PVEAuditor');
  });
  after(() => sim.stop());

  interface Listing {
    digest: string;
    files: Array<{ path: string; repositories: Array<{ Components: string[]; Enabled: boolean }> }>;
    'standard-repos': Array<{ handle: string; status?: number }>;
  }
  async function listing(): Promise<Listing> {
    const answer = await pveCall(sim, ROOT, 'GET', '/nodes/pve/apt/repositories');
    assert.equal(answer.status, 200, answer.message);
    return answer.data as Listing;
  }
  const status = (l: Listing, handle: string) => l['standard-repos'].find((r) => r.handle === handle)?.status;

  it('lists a fresh PVE 9 node: Debian, the enterprise and the Ceph Squid enterprise sources', async () => {
    const l = await listing();
    assert.deepEqual(
      l.files.map((f) => f.path),
      ['/etc/apt/sources.list.d/debian.sources', '/etc/apt/sources.list.d/pve-enterprise.sources', '/etc/apt/sources.list.d/ceph.sources'],
    );
    assert.equal(status(l, 'enterprise'), 1);
    assert.equal(status(l, 'ceph-squid-enterprise'), 1);
    assert.equal(status(l, 'no-subscription'), undefined);
    assert.match(l.digest, /^[0-9a-f]{64}$/);
  });

  it('refuses a stale digest, an unknown path, index or handle with the real texts', async () => {
    const stale = await pveCall(sim, ROOT, 'POST', '/nodes/pve/apt/repositories', {
      path: '/etc/apt/sources.list.d/ceph.sources',
      index: 0,
      enabled: 0,
      digest: '0'.repeat(64),
    });
    assert.equal(stale.status, 500);
    assert.equal(stale.message, 'detected modified configuration - file changed by other user? Try again.');
    const path = await pveCall(sim, ROOT, 'POST', '/nodes/pve/apt/repositories', { path: '/etc/apt/sources.list', index: 0, enabled: 0 });
    assert.equal(path.message, 'invalid path - /etc/apt/sources.list');
    const index = await pveCall(sim, ROOT, 'POST', '/nodes/pve/apt/repositories', { path: '/etc/apt/sources.list.d/ceph.sources', index: 3, enabled: 0 });
    assert.equal(index.message, 'invalid index - 3');
    const handle = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/apt/repositories', { handle: 'ceph-tentacle-no-subscription' });
    assert.match(handle.message, /^unknown variant `ceph-tentacle-no-subscription`, expected one of `enterprise`/);
  });

  it('adds a standard repository to its file; an existing disabled entry is enabled for Ceph, appended again for PVE (9.1)', async () => {
    const before = await listing();
    const added = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/apt/repositories', { handle: 'ceph-squid-no-subscription', digest: before.digest });
    assert.equal(added.status, 200, added.message);
    const after = await listing();
    assert.notEqual(after.digest, before.digest);
    assert.deepEqual(
      after.files.find((f) => f.path === '/etc/apt/sources.list.d/ceph.sources')?.repositories.map((r) => r.Components),
      [['enterprise'], ['no-subscription']],
    );
    const created = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/apt/repositories', { handle: 'no-subscription' });
    assert.equal(created.status, 200, created.message);
    assert.equal(status(await listing(), 'no-subscription'), 1);
    const disabled = await pveCall(sim, ROOT, 'POST', '/nodes/pve/apt/repositories', { path: '/etc/apt/sources.list.d/proxmox.sources', index: 0, enabled: 0 });
    assert.equal(disabled.status, 200, disabled.message);
    assert.equal(status(await listing(), 'no-subscription'), 0);
    await pveCall(sim, ROOT, 'PUT', '/nodes/pve/apt/repositories', { handle: 'no-subscription' });
    const again = await listing();
    assert.equal(status(again, 'no-subscription'), 1);
    // add_repository_handle looks for PVE entries with the product "pbs" (api.rs @455b6499).
    assert.deepEqual(
      again.files.find((f) => f.path === '/etc/apt/sources.list.d/proxmox.sources')?.repositories.map((r) => r.Enabled),
      [false, true],
    );
    const cephOff = await pveCall(sim, ROOT, 'POST', '/nodes/pve/apt/repositories', { path: '/etc/apt/sources.list.d/ceph.sources', index: 1, enabled: 0 });
    assert.equal(cephOff.status, 200, cephOff.message);
    await pveCall(sim, ROOT, 'PUT', '/nodes/pve/apt/repositories', { handle: 'ceph-squid-no-subscription' });
    assert.deepEqual(
      (await listing()).files.find((f) => f.path === '/etc/apt/sources.list.d/ceph.sources')?.repositories.map((r) => r.Enabled),
      [true, true],
    );
  });

  it('appends the enterprise handle to pve-enterprise.sources and lists only the 9.1 handles', async () => {
    const off = await pveCall(sim, ROOT, 'POST', '/nodes/pve/apt/repositories', {
      path: '/etc/apt/sources.list.d/pve-enterprise.sources',
      index: 0,
      enabled: 0,
    });
    assert.equal(off.status, 200, off.message);
    await pveCall(sim, ROOT, 'PUT', '/nodes/pve/apt/repositories', { handle: 'enterprise' });
    const l = await listing();
    assert.deepEqual(
      l.files.find((f) => f.path === '/etc/apt/sources.list.d/pve-enterprise.sources')?.repositories.map((r) => r.Enabled),
      [false, true],
    );
    assert.equal(
      l.files.some((f) => f.path === '/etc/apt/sources.list.d/proxmox.sources' && f.repositories.some((r) => r.Components.includes('pve-enterprise'))),
      false,
    );
    assert.deepEqual(
      l['standard-repos'].map((r) => r.handle),
      ['enterprise', 'no-subscription', 'test', 'ceph-squid-enterprise', 'ceph-squid-no-subscription', 'ceph-squid-test'],
    );
  });

  it("counts only deb entries of the node's suite, and any enabled one", async () => {
    const apt = sim.state.settings.get('pve')?.apt;
    assert.ok(apt);
    const file = { path: '/etc/apt/sources.list.d/old.sources', fileType: 'sources' as const, repositories: [] as (typeof apt)[number]['repositories'] };
    const stanza = (suite: string, enabled: boolean) => ({
      types: ['deb'],
      uris: ['http://download.proxmox.com/debian'],
      suites: [suite],
      components: ['pve-test'],
      options: [],
      comment: '',
      enabled,
    });
    file.repositories.push(stanza('bookworm', true));
    apt.push(file);
    assert.equal(status(await listing(), 'test'), undefined, 'a bookworm entry is not the repository');
    file.repositories.push(stanza('trixie', false), stanza('trixie', true), stanza('trixie', false));
    assert.equal(status(await listing(), 'test'), 1, 'the bare /debian URI counts, an enabled entry wins');
    apt.pop();
  });

  it('lets Sys.Audit read and needs Sys.Modify on /nodes/{node} to change', async () => {
    const read = await pveCall(sim, AUDITOR, 'GET', '/nodes/pve/apt/repositories');
    assert.equal(read.status, 200, read.message);
    const change = await pveCall(sim, AUDITOR, 'PUT', '/nodes/pve/apt/repositories', { handle: 'test' });
    assert.equal(change.status, 403);
    assert.equal(change.message, 'Permission check failed (/nodes/pve, Sys.Modify)');
  });
});
