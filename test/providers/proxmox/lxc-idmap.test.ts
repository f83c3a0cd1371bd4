// proxmox_lxc's idmap as table cases (no terraform): the plan-time checks of the maps, the
// `lxc.idmap` entries read from the API's `lxc` array, the config file's lines replaced over
// SSH, refusals without an `ssh` block, and the simulated config file read and written back.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathToString, type Diagnostic } from '../../../src/framework/diagnostics.js';
import type { PlanContext } from '../../../src/framework/resource.js';
import { validateContext } from '../../../src/framework/validate.js';
import { lxcResource } from '../../../src/providers/proxmox/resources/lxc.js';
import { idmapFromRaw, idmapProblems, planIdmap, withIdmap, type IdmapEntry } from '../../../src/providers/proxmox/resources/lxc-idmap.js';
import type { ProxmoxProviderData } from '../../../src/providers/proxmox/provider-data.js';
import { applyContainerConfig, containerAtPath, parseContainerConfig, renderContainerConfig } from '../../../src/sim/proxmox/lxc-config-file.js';
import { seedState, type SimGuest } from '../../../src/sim/proxmox/state.js';
import { UNKNOWN, type Value } from '../../../src/values/types.js';

const map = (type: string, container_id: number, host_id: number, size: number): IdmapEntry => ({ type, container_id, host_id, size });
/** Host uid/gid 1000 passed through, the rest as Proxmox's default map. */
const PASSTHROUGH = [
  map('u', 0, 100000, 1000),
  map('g', 0, 100000, 1000),
  map('u', 1000, 1000, 1),
  map('g', 1000, 1000, 1),
  map('u', 1001, 101001, 64535),
  map('g', 1001, 101001, 64535),
];

describe('proxmox_lxc idmap: what LXC and the kernel refuse, refused at plan time', () => {
  const cases: Array<{ name: string; entries: IdmapEntry[]; problems: string[] }> = [
    { name: 'none given', entries: [], problems: [] },
    { name: "Proxmox's default maps", entries: [map('u', 0, 100000, 65536), map('g', 0, 100000, 65536)], problems: [] },
    { name: 'a passthrough of host id 1000', entries: PASSTHROUGH, problems: [] },
    {
      name: 'no gid map of container root',
      entries: [map('u', 0, 100000, 65536), map('g', 1, 100001, 100)],
      problems: ['no "g" map of container gid 0: LXC needs the container\'s root mapped (add type = "g", container_id = 0)'],
    },
    {
      name: 'overlapping container ranges of one type',
      entries: [map('u', 0, 100000, 1001), map('u', 1000, 1000, 1), map('g', 0, 100000, 65536)],
      problems: ['[1] container uid 1000 of "u 1000 1000 1" is also mapped by "u 0 100000 1001"'],
    },
    {
      name: 'overlapping host ranges of one type',
      entries: [map('u', 0, 100000, 10), map('u', 10, 100005, 10), map('g', 0, 100000, 65536)],
      problems: ['[1] host uid 100005 of "u 10 100005 10" is also mapped by "u 0 100000 10"'],
    },
    { name: 'the same ranges as uid and gid do not overlap', entries: [map('u', 0, 100000, 65536), map('g', 0, 100000, 65536)], problems: [] },
    {
      name: 'a range past the 32-bit id space',
      entries: [map('u', 0, 4294967290, 10), map('g', 0, 100000, 65536)],
      problems: ['[0] host_id 4294967290 + size 10 passes the last id 4294967294'],
    },
  ];
  for (const c of cases) {
    it(c.name, () =>
      assert.deepEqual(
        idmapProblems(c.entries).map((p) => `${p.index === undefined ? '' : `[${p.index}] `}${p.message}`),
        c.problems,
      ),
    );
  }

  const errors = (config: Record<string, Value>): string[] => {
    const diagnostics: Diagnostic[] = [];
    lxcResource.validateConfig?.(validateContext({ node: 'pve', template: 'local:vztmpl/d.tar.zst', clone: null, ...config }, diagnostics));
    return diagnostics.map((d) => `${pathToString(d.path ?? [])}: ${d.summary}: ${d.detail}`);
  };
  const values = (entries: IdmapEntry[]): Value => entries.map((e) => ({ ...e }));
  it('names idmap and the entry in the error', () =>
    assert.deepEqual(errors({ unprivileged: true, idmap: values([map('u', 0, 100000, 65536)]) }), [
      'idmap: Invalid idmap: no "g" map of container gid 0: LXC needs the container\'s root mapped (add type = "g", container_id = 0)',
    ]));
  it('refuses maps on a privileged container', () =>
    assert.deepEqual(
      errors({ unprivileged: false, idmap: values(PASSTHROUGH) }).map((e) => e.split(':')[1]?.trim()),
      ['idmap needs an unprivileged container'],
    ));
  it('judges nothing while a value is unknown', () => assert.deepEqual(errors({ idmap: [{ type: 'u', container_id: UNKNOWN, host_id: 1, size: 1 }] }), []));
});

describe('proxmox_lxc idmap over SSH', () => {
  const planErrors = (ssh: boolean, creating: boolean, config: IdmapEntry[], prior: IdmapEntry[]): string[] => {
    const found: string[] = [];
    const view = (entries: IdmapEntry[]) => ({ get: (name: string) => (name === 'idmap' ? entries.map((e) => ({ ...e })) : null) });
    const provider = { ssh: ssh ? { username: 'root' } : undefined } as unknown as ProxmoxProviderData;
    planIdmap({
      provider,
      creating,
      config: view(config),
      prior: view(prior),
      error: (path: string, summary: string) => found.push(`${path}: ${summary}`),
    } as unknown as PlanContext<ProxmoxProviderData>);
    return found;
  };
  it('a change without the ssh block is refused at plan time, naming idmap', () => {
    assert.deepEqual(planErrors(false, true, PASSTHROUGH, []), ['idmap: No SSH access configured']);
    assert.deepEqual(planErrors(false, false, PASSTHROUGH.slice(0, 2), PASSTHROUGH), ['idmap: No SSH access configured']);
  });
  it('no change, or an ssh block, plans fine', () => {
    assert.deepEqual(planErrors(false, true, [], []), []);
    assert.deepEqual(planErrors(false, false, PASSTHROUGH, PASSTHROUGH), []);
    assert.deepEqual(planErrors(true, true, PASSTHROUGH, []), []);
  });

  it("reads lxc.idmap entries from the API's lxc array, in order, and nothing else", () =>
    assert.deepEqual(
      idmapFromRaw([
        ['lxc.apparmor.profile', 'unconfined'],
        ['lxc.idmap', 'u 0 100000 1000'],
        ['lxc.idmap', 'g  0 100000 1000 '],
      ]),
      [map('u', 0, 100000, 1000), map('g', 0, 100000, 1000)],
    ));

  it('replaces the idmap lines of the current section only, keeping every other line', () => {
    const file = [
      '#web%3A server',
      'arch: amd64',
      'lxc.idmap = u 0 100000 65536',
      'hostname: web',
      'lxc.apparmor.profile: unconfined',
      'lxc.idmap: g 0 100000 65536',
      '',
      '[pve:pending]',
      'memory: 1024',
      '',
      '[before]',
      'lxc.idmap: u 0 100000 65536',
      'snaptime: 1700000000',
      '',
    ].join('\n');
    assert.equal(
      withIdmap(file, PASSTHROUGH.slice(0, 2)),
      [
        '#web%3A server',
        'arch: amd64',
        'hostname: web',
        'lxc.apparmor.profile: unconfined',
        'lxc.idmap: u 0 100000 1000',
        'lxc.idmap: g 0 100000 1000',
        '',
        '[pve:pending]',
        'memory: 1024',
        '',
        '[before]',
        'lxc.idmap: u 0 100000 65536',
        'snaptime: 1700000000',
        '',
      ].join('\n'),
    );
    assert.equal(withIdmap('arch: amd64\nlxc.idmap: u 0 1 1\n', []), 'arch: amd64\n');
  });
});

describe("the simulator's container config file", () => {
  const guest = (): SimGuest => ({
    kind: 'lxc',
    vmid: 200,
    node: 'pve',
    config: { arch: 'amd64', hostname: 'web', description: 'line one\nkey: value' },
    pending: { memory: '1024' },
    pendingDelete: new Set(['swap']),
    status: 'stopped',
    snapshots: new Map(),
  });
  it('renders as write_pct_config and parses back the same', () => {
    const ct = guest();
    ct.lxc = [['lxc.idmap', 'u 0 100000 65536']];
    const text = renderContainerConfig(ct);
    assert.equal(text, '#line one\n#key%3A value\narch: amd64\nhostname: web\nlxc.idmap: u 0 100000 65536\n\n[pve:pending]\ndelete: swap\nmemory: 1024\n');
    const copy = guest();
    assert.equal(applyContainerConfig(copy, text), undefined);
    assert.deepEqual([copy.config, copy.lxc, copy.pending, [...copy.pendingDelete]], [ct.config, ct.lxc, ct.pending, ['swap']]);
  });
  it('refuses what parse_pct_config refuses', () => {
    assert.deepEqual(parseContainerConfig(200, 'lxc.rootfs.path: /x\n'), { error: 'vm 200 - lxc.rootfs.path: lxc.rootfs.path is auto generated from rootfs' });
    assert.deepEqual(parseContainerConfig(200, 'not a line\n'), { error: 'vm 200 - unable to parse config: not a line' });
  });
  it('finds a container by its node directory, or /etc/pve/lxc on the local node', () => {
    const state = seedState('pve');
    state.guests.set(200, guest());
    assert.equal(containerAtPath(state, 'pve', '/etc/pve/nodes/pve/lxc/200.conf')?.vmid, 200);
    assert.equal(containerAtPath(state, 'pve', '/etc/pve/lxc/200.conf')?.vmid, 200);
    assert.equal(containerAtPath(state, 'pve2', '/etc/pve/lxc/200.conf'), undefined);
    assert.equal(containerAtPath(state, 'pve', '/etc/pve/nodes/pve2/lxc/200.conf'), undefined);
  });
});
