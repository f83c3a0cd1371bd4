// The audit's findings (../shared/notes/truenas-audit.md §0, §2), each shown on the wire against
// the release it concerns. Every test here failed on the simulator before it followed the
// middleware's source (docs/simulators.md lists the source of each behaviour).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTrueNASSimulator, type TrueNASSimulator, type TrueNASSimulatorOptions } from '../../../src/sim/truenas/index.js';
import { RawSocket } from './raw.js';

const key = `1-${'f'.repeat(64)}`;
const GiB = 1024 ** 3;

interface Session {
  sim: TrueNASSimulator;
  /** The call's result; fails the test on an error. */
  call(method: string, params?: unknown[]): Promise<unknown>;
  /** The call's error triples ([attribute, message, errno]); fails the test when it succeeds. */
  refused(method: string, params?: unknown[]): Promise<[string | null, string, number][]>;
  close(): Promise<void>;
}

async function session(version: string, options: TrueNASSimulatorOptions = {}): Promise<Session> {
  const sim = await startTrueNASSimulator({ apiKeys: [key], badLoginDelayMs: 0, loginRateLimit: false, version, ...options });
  const raw = await RawSocket.open(`${sim.url.replace('http', 'ws')}/api/current`);
  const login = await raw.rpc('auth.login_with_api_key', [key]);
  assert.equal(login['result'], true);
  return {
    sim,
    call: async (method, params = []) => {
      const answer = await raw.rpc(method, params);
      assert.equal(answer['error'], undefined, `${method}: ${JSON.stringify(answer['error'])}`);
      return answer['result'];
    },
    refused: async (method, params = []) => {
      const answer = await raw.rpc(method, params);
      const error = answer['error'] as { code: number; data: { extra: [string | null, string, number][] } } | undefined;
      assert.ok(error, `${method} was accepted`);
      assert.equal(error.code, -32602, JSON.stringify(error));
      return error.data.extra;
    },
    close: async () => {
      raw.close();
      await sim.stop();
    },
  };
}

async function withSession(version: string, body: (s: Session) => Promise<void>, options: TrueNASSimulatorOptions = {}): Promise<void> {
  const s = await session(version, options);
  try {
    await body(s);
  } finally {
    await s.close();
  }
}

type Row = Record<string, unknown>;
const names = (rows: unknown) => (rows as Row[]).map((row) => row['name']).sort();

describe('TrueNAS fidelity (audit findings)', () => {
  it("#1 pool.dataset.query without filters and retrieve_children:false returns only the pools' roots", async () => {
    for (const version of ['25.04.2', '25.10.0']) {
      await withSession(version, async (s) => {
        await s.call('pool.dataset.create', [{ name: 'tank/a' }]);
        await s.call('pool.dataset.create', [{ name: 'tank/a/b' }]);
        const extra = { extra: { flat: true, retrieve_children: false } };
        assert.deepEqual(names(await s.call('pool.dataset.query', [[], extra])), ['tank'], version);
        assert.deepEqual(names(await s.call('pool.dataset.query', [[['id', '=', 'tank/a/b']], extra])), ['tank/a/b'], version);
        assert.deepEqual(names(await s.call('pool.dataset.query', [[], { extra: { flat: true } }])), ['tank', 'tank/a', 'tank/a/b'], version);
      });
    }
  });

  it('#2 25.10: SMB shares take purpose/readonly/options; legacy keys refused without purpose, translated or dropped with it', async () => {
    await withSession('25.10.0', async (s) => {
      await s.call('pool.dataset.create', [{ name: 'tank/media' }]);
      const extra = await s.refused('sharing.smb.create', [{ name: 'media', path: '/mnt/tank/media', ro: true, guestok: true }]);
      assert.deepEqual(
        extra.map(([attribute, message]) => `${attribute}: ${message}`),
        ['data.ro: Extra inputs are not permitted', 'data.guestok: Extra inputs are not permitted'],
      );
      const noPurpose = await s.refused('sharing.smb.create', [{ name: 'media', path: '/mnt/tank/media', options: {} }]);
      assert.deepEqual(noPurpose[0]!.slice(0, 2), ['data', 'Value error, You must set `purpose` if you set `options`.']);
      const share = (await s.call('sharing.smb.create', [
        { name: 'media', path: '/mnt/tank/media', purpose: 'DEFAULT_SHARE', ro: true, abe: true, guestok: true },
      ])) as Row;
      assert.equal(share['readonly'], true, 'ro renamed to readonly');
      assert.equal(share['access_based_share_enumeration'], true, 'abe renamed');
      assert.equal('ro' in share || 'guestok' in share, false, 'no legacy keys in the 25.10 row');
      assert.deepEqual(
        share['options'],
        { aapl_name_mangling: false, hostsallow: [], hostsdeny: [] },
        "guestok dropped; the purpose's defaults, without purpose",
      );
    });
  });

  it('#3 25.04: the DEFAULT_SHARE preset overwrites ro/browsable/timemachine... unless purpose is NO_PRESET', async () => {
    await withSession('25.04.2', async (s) => {
      await s.call('pool.dataset.create', [{ name: 'tank/media' }]);
      const wanted = { ro: true, browsable: false, timemachine: true, recyclebin: true, abe: true, hostsallow: ['10.0.0.1'], guestok: true };
      const preset = (await s.call('sharing.smb.create', [{ name: 'a', path: '/mnt/tank/media', ...wanted }])) as Row;
      assert.deepEqual(
        [preset['ro'], preset['browsable'], preset['timemachine'], preset['recyclebin'], preset['abe'], preset['hostsallow'], preset['guestok']],
        [false, true, false, false, false, [], true],
      );
      const kept = (await s.call('sharing.smb.create', [{ name: 'b', path: '/mnt/tank/media', purpose: 'NO_PRESET', ...wanted }])) as Row;
      assert.deepEqual([kept['ro'], kept['browsable'], kept['timemachine'], kept['hostsallow']], [true, false, true, ['10.0.0.1']]);
    });
  });

  it('#4 dataset comments: top level up to 25.04, user_properties.comments from 25.10', async () => {
    await withSession('25.10.0', async (s) => {
      const row = (await s.call('pool.dataset.create', [{ name: 'tank/c', comments: 'hello' }])) as Row;
      assert.equal('comments' in row, false);
      assert.equal((row['user_properties'] as Record<string, Row>)['comments']!['value'], 'hello');
    });
    await withSession('25.04.2', async (s) => {
      const row = (await s.call('pool.dataset.create', [{ name: 'tank/c', comments: 'hello' }])) as Row;
      assert.equal((row['comments'] as Row)['value'], 'hello');
    });
  });

  it('#5 NFS networks are stored as canonical CIDR; all-networks entries are refused', async () => {
    await withSession('25.10.0', async (s) => {
      await s.call('pool.dataset.create', [{ name: 'tank/n' }]);
      const share = (await s.call('sharing.nfs.create', [{ path: '/mnt/tank/n', networks: ['10.0.0.5', '192.168.1.7/24', 'fd00::1/64'] }])) as Row;
      assert.deepEqual(share['networks'], ['10.0.0.5/32', '192.168.1.0/24', 'fd00::/64']);
      const all = await s.refused('sharing.nfs.create', [{ path: '/mnt/tank/n', networks: ['0.0.0.0/0'] }]);
      assert.equal(all[0]![0], 'sharingnfs_create.networks');
      assert.match(all[0]![1], /^Do not use 0\.0\.0\.0\/0 to represent all-networks/);
      const bad = await s.refused('sharing.nfs.update', [share['id'], { networks: ['nope'] }]);
      assert.deepEqual(bad[0]!.slice(0, 2), ['sharingnfs_update.networks', 'The following do not appear to be valid IPv4 or IPv6 networks: nope']);
      // Two shares of one path to everyone are not a conflict.
      await s.call('sharing.nfs.create', [{ path: '/mnt/tank/n' }]);
      await s.call('sharing.nfs.create', [{ path: '/mnt/tank/n' }]);
    });
  });

  it('#7 zero quotas read back as parsed null; quotas below 1 GiB are refused', async () => {
    await withSession('25.10.0', async (s) => {
      const row = (await s.call('pool.dataset.create', [{ name: 'tank/q', quota: 0, refquota: 2 * GiB }])) as Row;
      assert.deepEqual([(row['quota'] as Row)['parsed'], (row['quota'] as Row)['value'], (row['refquota'] as Row)['parsed']], [null, null, 2 * GiB]);
      const small = await s.refused('pool.dataset.create', [{ name: 'tank/q2', quota: 1000 }]);
      assert.ok(
        small.some(
          ([attribute, message]) =>
            attribute === 'data.PoolDatasetCreateFilesystem.quota.constrained-int' && message === 'Input should be greater than or equal to 1073741824',
        ),
        JSON.stringify(small),
      );
    });
  });

  it("#8 compression and recordsize accept only the server's literals", async () => {
    await withSession('25.10.0', async (s) => {
      const gzip = await s.refused('pool.dataset.create', [{ name: 'tank/z', compression: 'GZIP-3' }]);
      assert.ok(gzip.some(([attribute]) => attribute === 'data.PoolDatasetCreateFilesystem.compression'));
      const record = await s.refused('pool.dataset.create', [{ name: 'tank/z', recordsize: '100K' }]);
      assert.deepEqual(record[0]!.slice(0, 2), ['pool_dataset_create.recordsize', "'100K' is an invalid recordsize."]);
      await s.call('pool.dataset.create', [{ name: 'tank/z', compression: 'ZSTD-FAST-1000', recordsize: '1M' }]);
    });
  });

  it("#9 a zvol's readonly and its extent's ro rewrite each other", async () => {
    await withSession('25.10.0', async (s) => {
      await s.call('pool.dataset.create', [{ name: 'tank/v', type: 'VOLUME', volsize: GiB }]);
      const extent = (await s.call('iscsi.extent.create', [{ name: 'v', type: 'DISK', disk: 'zvol/tank/v', ro: true }])) as Row;
      assert.equal(((await s.call('pool.dataset.get_instance', ['tank/v'])) as Record<string, Row>)['readonly']!['value'], 'ON');
      await s.call('pool.dataset.update', ['tank/v', { readonly: 'OFF' }]);
      assert.equal(((await s.call('iscsi.extent.get_instance', [extent['id']])) as Row)['ro'], false);
    });
  });

  it("#9b a zvol's readonly INHERIT makes its extent read-write, which sets readonly on the zvol again", async () => {
    await withSession('25.10.0', async (s) => {
      await s.call('pool.dataset.create', [{ name: 'tank/v', type: 'VOLUME', volsize: GiB }]);
      const extent = (await s.call('iscsi.extent.create', [{ name: 'v', type: 'DISK', disk: 'zvol/tank/v', ro: true }])) as Row;
      await s.call('pool.dataset.update', ['tank/v', { readonly: 'INHERIT' }]);
      assert.equal(((await s.call('iscsi.extent.get_instance', [extent['id']])) as Row)['ro'], false);
      const readonly = ((await s.call('pool.dataset.get_instance', ['tank/v'])) as Record<string, Row>)['readonly']!;
      assert.deepEqual([readonly['value'], readonly['source']], ['OFF', 'LOCAL']);
    });
  });

  it('#9c an update\'s comments "INHERIT" is stored as that text (comments are not inheritable on update)', async () => {
    await withSession('25.04.2', async (s) => {
      await s.call('pool.dataset.create', [{ name: 'tank/d', comments: 'films' }]);
      await s.call('pool.dataset.update', ['tank/d', { comments: 'INHERIT' }]);
      const comments = ((await s.call('pool.dataset.get_instance', ['tank/d'])) as Record<string, Row>)['comments']!;
      assert.deepEqual([comments['value'], comments['source']], ['INHERIT', 'LOCAL']);
    });
  });

  it('#10 25.10+: a second extent on one zvol and a portal IP no interface has are refused', async () => {
    await withSession('25.10.0', async (s) => {
      await s.call('pool.dataset.create', [{ name: 'tank/v', type: 'VOLUME', volsize: GiB }]);
      await s.call('iscsi.extent.create', [{ name: 'first', disk: 'zvol/tank/v' }]);
      const second = await s.refused('iscsi.extent.create', [{ name: 'second', disk: 'zvol/tank/v' }]);
      assert.deepEqual(second[0]!.slice(0, 2), ['iscsi_extent_create.disk', 'Disk currently in use by extent first']);
      const portal = await s.refused('iscsi.portal.create', [{ listen: [{ ip: '10.1.2.3' }] }]);
      assert.deepEqual(portal[0]!.slice(0, 2), ['iscsiportal_create.listen', 'IP 10.1.2.3 not configured on this system.']);
      await s.call('iscsi.portal.create', [{ listen: [{ ip: '0.0.0.0' }] }]);
      await s.call('iscsi.portal.create', [{ listen: [{ ip: '127.0.0.1' }] }]);
    });
    await withSession(
      '25.10.0',
      async (s) => {
        await s.call('iscsi.portal.create', [{ listen: [{ ip: '10.1.2.3' }] }]);
      },
      { interfaceAddresses: ['10.1.2.3'] },
    );
    await withSession('25.04.2', async (s) => {
      await s.call('pool.dataset.create', [{ name: 'tank/v', type: 'VOLUME', volsize: GiB }]);
      await s.call('iscsi.extent.create', [{ name: 'first', disk: 'zvol/tank/v' }]);
      await s.call('iscsi.extent.create', [{ name: 'second', disk: 'zvol/tank/v' }]);
    });
  });

  it("recursive snapshot delete removes the children's snapshots of the same name", async () => {
    await withSession('25.10.0', async (s) => {
      await s.call('pool.dataset.create', [{ name: 'tank/p' }]);
      await s.call('pool.dataset.create', [{ name: 'tank/p/c' }]);
      await s.call('pool.snapshot.create', [{ dataset: 'tank/p', name: 's1', recursive: true }]);
      await s.call('pool.snapshot.delete', ['tank/p@s1', { recursive: true }]);
      assert.deepEqual(s.sim.state.inventory()['snapshots'], []);
    });
  });

  it('services per release: smartd until 25.04, nvmet from 25.10; service.start gone on 26.0', async () => {
    await withSession('25.04.2', async (s) => {
      const services = ((await s.call('service.query', [[], { select: ['service'] }])) as Row[]).map((row) => row['service']);
      assert.ok(services.includes('smartd') && !services.includes('nvmet'));
    });
    await withSession('26.0.0', async (s) => {
      const services = ((await s.call('service.query', [[], { select: ['service'] }])) as Row[]).map((row) => row['service']);
      assert.ok(!services.includes('smartd') && services.includes('nvmet'));
      const raw = await RawSocket.open(`${s.sim.url.replace('http', 'ws')}/api/current`);
      assert.equal(((await raw.rpc('service.start', ['nfs']))['error'] as { code: number }).code, -32601);
      raw.close();
    });
  });

  it('update errors name the update schema', async () => {
    await withSession('25.10.0', async (s) => {
      await s.call('iscsi.target.create', [{ name: 'one' }]);
      const two = (await s.call('iscsi.target.create', [{ name: 'two' }])) as Row;
      const clash = await s.refused('iscsi.target.update', [two['id'], { name: 'one' }]);
      assert.equal(clash[0]![0], 'iscsi_target_update.name');
    });
  });
});

describe('TrueNAS fidelity (storage and sharing audit, T3)', () => {
  it('#13 25.10+: an iSCSI extent on a zvol or file an NVMe-oF namespace exports is refused, and the reverse', async () => {
    for (const version of ['25.10.0', '26.0.0']) {
      await withSession(version, async (s) => {
        await s.call('pool.dataset.create', [{ name: 'tank/v', type: 'VOLUME', volsize: GiB }]);
        await s.call('pool.dataset.create', [{ name: 'tank/w', type: 'VOLUME', volsize: GiB }]);
        await s.call('pool.dataset.create', [{ name: 'tank/files' }]);
        const subsys = (await s.call('nvmet.subsys.create', [{ name: 'sub' }])) as Row;
        await s.call('nvmet.namespace.create', [{ subsys_id: subsys['id'], device_type: 'ZVOL', device_path: 'zvol/tank/v' }]);
        await s.call('nvmet.namespace.create', [{ subsys_id: subsys['id'], device_type: 'FILE', device_path: '/mnt/tank/files/ns.img', filesize: GiB }]);
        const disk = await s.refused('iscsi.extent.create', [{ name: 'v', type: 'DISK', disk: 'zvol/tank/v' }]);
        assert.deepEqual(
          disk.map((e) => e.slice(0, 2)),
          [['iscsi_extent_create.disk', 'Disk currently in use by NVMe-oF subsystem sub NSID 1']],
          version,
        );
        const file = await s.refused('iscsi.extent.create', [{ name: 'f', type: 'FILE', path: '/mnt/tank/files/ns.img', filesize: GiB }]);
        assert.deepEqual(file[0]!.slice(0, 2), ['iscsi_extent_create.path', 'File currently in use by NVMe-oF subsystem sub NSID 2'], version);
        // Moving an existing extent onto the namespace's zvol is refused the same way, under the update schema.
        const extent = (await s.call('iscsi.extent.create', [{ name: 'w', type: 'DISK', disk: 'zvol/tank/w' }])) as Row;
        const moved = await s.refused('iscsi.extent.update', [extent['id'], { disk: 'zvol/tank/v' }]);
        assert.deepEqual(moved[0]!.slice(0, 2), ['iscsi_extent_update.disk', 'Disk currently in use by NVMe-oF subsystem sub NSID 1'], version);
        const ns = await s.refused('nvmet.namespace.create', [{ subsys_id: subsys['id'], device_type: 'ZVOL', device_path: 'zvol/tank/w' }]);
        assert.deepEqual(ns[0]!.slice(0, 2), ['nvmet_namespace_create.device_path', 'This device_path already used by iSCSI extent: w'], version);
        assert.deepEqual(s.sim.state.inventory()['extents'], [extent['id']], `${version}: nothing created by the refused calls`);
      });
    }
  });

  it("#15 a FILE extent's or namespace's file stays on delete, unless remove is asked for; a zvol never goes", async () => {
    await withSession('25.10.0', async (s) => {
      const files = () => [...s.sim.state.files.keys()].sort();
      await s.call('pool.dataset.create', [{ name: 'tank/files' }]);
      await s.call('pool.dataset.create', [{ name: 'tank/v', type: 'VOLUME', volsize: GiB }]);
      const first = (await s.call('iscsi.extent.create', [{ name: 'a', type: 'FILE', path: '/mnt/tank/files/a.img', filesize: GiB }])) as Row;
      assert.deepEqual(files(), ['/mnt/tank/files/a.img']);
      await s.call('iscsi.extent.delete', [first['id']]);
      assert.deepEqual(files(), ['/mnt/tank/files/a.img'], 'left behind');
      // filesize 0 ("auto") takes the file as it is: it must exist.
      const again = (await s.call('iscsi.extent.create', [{ name: 'b', type: 'FILE', path: '/mnt/tank/files/a.img', filesize: 0 }])) as Row;
      const missing = await s.refused('iscsi.extent.create', [{ name: 'c', type: 'FILE', path: '/mnt/tank/files/none.img', filesize: 0 }]);
      assert.deepEqual(missing[0]!.slice(0, 2), ['iscsi_extent_create.path', 'The file must exist if the extent size is set to auto (0)']);
      await s.call('iscsi.extent.delete', [again['id'], true]);
      assert.deepEqual(files(), []);
      const disk = (await s.call('iscsi.extent.create', [{ name: 'd', type: 'DISK', disk: 'zvol/tank/v' }])) as Row;
      await s.call('iscsi.extent.delete', [disk['id'], true]);
      assert.deepEqual(s.sim.state.inventory()['zvols'], ['tank/v'], 'remove leaves a zvol');

      const subsys = (await s.call('nvmet.subsys.create', [{ name: 'sub' }])) as Row;
      const path = '/mnt/tank/files/ns.img';
      const ns = (await s.call('nvmet.namespace.create', [{ subsys_id: subsys['id'], device_type: 'FILE', device_path: path, filesize: GiB }])) as Row;
      await s.call('nvmet.namespace.delete', [ns['id']]);
      assert.deepEqual(files(), [path], 'left behind');
      // An existing file needs no filesize.
      const reused = (await s.call('nvmet.namespace.create', [{ subsys_id: subsys['id'], device_type: 'FILE', device_path: path }])) as Row;
      await s.call('nvmet.namespace.delete', [reused['id'], { remove: true }]);
      assert.deepEqual(files(), []);
      const noSize = await s.refused('nvmet.namespace.create', [{ subsys_id: subsys['id'], device_type: 'FILE', device_path: path }]);
      assert.deepEqual(noSize[0]!.slice(0, 2), ['nvmet_namespace_create.filesize', 'Must supply filesize if device_path FILE does not exist.']);
    });
  });

  it('#17 a dRAID pool: zvols default to volblocksize 128K and take none below 32K, filesystems default to recordsize 1M', async () => {
    for (const version of ['25.04.2', '25.10.0', '26.0.0']) {
      const pools = [
        { name: 'tank', size: 100 * GiB },
        { name: 'wide', size: 100 * GiB, layout: 'DRAID2' as const },
      ];
      await withSession(
        version,
        async (s) => {
          const topology = (await s.call('pool.query', [[['name', '=', 'wide']]])) as { topology: { data: Row[] } }[];
          assert.deepEqual(
            topology[0]!.topology.data.map((vdev) => vdev['type']),
            ['DRAID'],
          );
          const zvol = async (name: string, extra: Row = {}) =>
            ((await s.call('pool.dataset.create', [{ name, type: 'VOLUME', volsize: GiB, ...extra }])) as Record<string, Row>)['volblocksize']!['parsed'];
          assert.equal(await zvol('tank/v'), 16 * 1024, `${version}: stripe`);
          assert.equal(await zvol('wide/v'), 128 * 1024, `${version}: dRAID`);
          assert.equal(await zvol('wide/w', { volblocksize: '32K' }), 32 * 1024, version);
          const small = await s.refused('pool.dataset.create', [{ name: 'wide/x', type: 'VOLUME', volsize: GiB, volblocksize: '16K' }]);
          assert.deepEqual(small[0]!.slice(0, 2), [
            'pool_dataset_create.volblocksize',
            'Volume block size must be greater than or equal to 32K for dRAID pools',
          ]);
          const dataset = (await s.call('pool.dataset.create', [{ name: 'wide/fs' }])) as Record<string, Row>;
          assert.equal(dataset['recordsize']!['parsed'], 1024 * 1024, version);
          const record = await s.refused('pool.dataset.create', [{ name: 'wide/fs2', recordsize: '64K' }]);
          assert.deepEqual(record[0]!.slice(0, 2), ['pool_dataset_create.recordsize', "'64K' is an invalid recordsize."]);
        },
        { pools },
      );
    }
  });

  it('#10 nvmet.global kernel = false: 25.10 refuses it always, 26.0 outside Enterprise', async () => {
    for (const [version, message] of [
      ['25.10.0', 'Cannot disable kernel mode.'],
      ['26.0.0', 'SPDK is limited to enterprise licensed systems only.'],
    ] as const) {
      await withSession(version, async (s) => {
        const refused = await s.refused('nvmet.global.update', [{ kernel: false }]);
        assert.deepEqual(refused[0]!.slice(0, 2), ['nvmet_global_update.kernel', message], version);
        assert.equal(((await s.call('nvmet.global.update', [{ kernel: true, xport_referral: false }])) as Row)['kernel'], true);
        assert.equal(await s.call('system.product_type'), 'COMMUNITY_EDITION');
      });
    }
  });
});

describe('TrueNAS fidelity (iSCSI extent names and serials)', () => {
  it('refuses double quotes in an extent name or serial, and serials over 20 characters, with the server texts', async () => {
    await withSession('25.10.0', async (s) => {
      await s.call('pool.dataset.create', [{ name: 'tank/v', type: 'VOLUME', volsize: GiB }]);
      const quoted = await s.refused('iscsi.extent.create', [{ name: 'a"b', disk: 'zvol/tank/v', serial: 's"1' }]);
      assert.deepEqual(
        quoted.map((e) => e.slice(0, 2)),
        [
          ['iscsi_extent_create.name', 'Double quotes are not allowed'],
          ['iscsi_extent_create.serial', 'Double quotes are not allowed'],
        ],
      );
      const long = await s.refused('iscsi.extent.create', [{ name: 'a', disk: 'zvol/tank/v', serial: 'x'.repeat(21) }]);
      assert.deepEqual(long[0]!.slice(0, 2), ['iscsi_extent_create.serial', 'Extent serial can not exceed 20 characters']);
    });
  });
});
