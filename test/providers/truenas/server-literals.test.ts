// Plan-time checks from the real server's literals and rules (each cites its source in the
// provider): compression and recordsize values, quota minimum, NFS networks, LUN range, and
// the read-backs that must not diff (zero quota, masked CHAP secrets, canonical networks).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Dataset } from '../../../src/clients/truenas/index.js';
import { datasetProperties } from '../../../src/providers/truenas/resources/dataset.js';
import { iscsiAuthResource } from '../../../src/providers/truenas/resources/iscsi-auth.js';
import { iscsiTargetExtentResource } from '../../../src/providers/truenas/resources/iscsi-targetextent.js';
import { nfsShareResource } from '../../../src/providers/truenas/resources/nfs-share.js';
import { datasetResource } from '../../../src/providers/truenas/resources/dataset.js';
import { canonicalNetwork, sameNetworks } from '../../../src/providers/truenas/shared/nfs-networks.js';
import { readFields } from '../../../src/providers/truenas/shared/zfs-properties.js';
import type { Value } from '../../../src/values/types.js';

type Attrs = Record<string, { validators: readonly { validate(v: Value): string | undefined }[] }>;
const problems = (attributes: Attrs, name: string, value: Value): string[] =>
  attributes[name]!.validators.map((v) => v.validate(value)).filter((p): p is string => p !== undefined);

const dataset = datasetResource.schema.attributes as unknown as Attrs;

describe('TrueNAS plan-time literals', () => {
  it('accepts exactly the compression values the server takes', () => {
    for (const ok of ['lz4', 'ZSTD', 'gzip-9', 'zstd-19', 'zstd-fast', 'zstd-fast-10', 'zstd-fast-90', 'zstd-fast-1000', 'zle', 'lzjb', 'on', 'off'])
      assert.deepEqual(problems(dataset, 'compression', ok), [], ok);
    for (const bad of ['gzip-2', 'gzip-8', 'zstd-20', 'zstd-fast-11', 'zstd-fast-200', 'brotli'])
      assert.equal(problems(dataset, 'compression', bad).length, 1, bad);
  });

  it('accepts record sizes that are powers of two from 512 to 16M', () => {
    for (const ok of ['512', '1K', '128K', '1M', '16M', '131072']) assert.deepEqual(problems(dataset, 'recordsize', ok), [], ok);
    assert.match(problems(dataset, 'recordsize', '100K')[0] ?? '', /must be one of 512, 1K, .*16M, got "100K"/);
    assert.equal(problems(dataset, 'recordsize', '32M').length, 1);
  });

  it('refuses quotas between 1 byte and 1 GiB', () => {
    assert.deepEqual(problems(dataset, 'quota', 0), []);
    assert.deepEqual(problems(dataset, 'quota', 1024 ** 3), []);
    assert.match(problems(dataset, 'refquota', 1000)[0] ?? '', /0 \(no quota\) or at least 1 GiB/);
  });

  it('reads a zero quota (parsed null on the server) back as 0, so quota = 0 plans no change', () => {
    const row = { quota: null, refquota: null, reservation: null, refreservation: null } as unknown as Dataset;
    const read = readFields(
      datasetProperties.filter((p) => p.kind === 'bytes'),
      row,
    );
    assert.deepEqual(read, { quota: 0, refquota: 0, reservation: 0, refreservation: 0 });
  });

  it('accepts LUN ids up to 16382', () => {
    const attrs = iscsiTargetExtentResource.schema.attributes as unknown as Attrs;
    assert.deepEqual(problems(attrs, 'lun_id', 16382), []);
    assert.equal(problems(attrs, 'lun_id', 16383).length, 1);
  });
});

describe('TrueNAS NFS networks', () => {
  const attrs = nfsShareResource.schema.attributes as unknown as Attrs;

  it('canonicalises as the server does', () => {
    assert.equal(canonicalNetwork('10.0.0.5'), '10.0.0.5/32');
    assert.equal(canonicalNetwork('192.168.1.7/24'), '192.168.1.0/24');
    assert.equal(canonicalNetwork('2001:db8::1/64'), canonicalNetwork('2001:0db8:0:0:0:0:0:0/64'));
    assert.equal(canonicalNetwork('fe80::1'), 'fe80:0:0:0:0:0:0:1/128');
    for (const bad of ['10.0.0.256', '10.0.0.0/33', 'nas.lan', '10.0.0.0/8/1', '']) assert.equal(canonicalNetwork(bad), undefined, bad);
  });

  it('refuses non-networks and the all-networks entries at plan time', () => {
    assert.deepEqual(problems(attrs, 'networks', ['10.0.0.5', '192.168.1.0/24', '2001:db8::/32']), []);
    assert.match(problems(attrs, 'networks', ['0.0.0.0/0'])[0] ?? '', /means every network/);
    assert.match(problems(attrs, 'networks', ['::/0'])[0] ?? '', /means every network/);
    assert.match(problems(attrs, 'networks', ['10.0.0.0/40'])[0] ?? '', /prefix length from 0 to 32/);
  });

  it("treats the server's canonical form as the configured spelling", () => {
    assert.ok(sameNetworks(['10.0.0.5', '192.168.1.7/24'], ['10.0.0.5/32', '192.168.1.0/24']));
    assert.ok(!sameNetworks(['10.0.0.5'], ['10.0.0.6/32']));
    assert.ok(!sameNetworks(['10.0.0.0/24'], ['10.0.0.0/24', '10.0.1.0/24']));
  });
});

describe('TrueNAS masked CHAP secrets', () => {
  it('keeps the known secret when the server masks it', async () => {
    const writeOnly = { secret_wo: null, secret_wo_version: null, peersecret_wo: null, peersecret_wo_version: null };
    const known = { id: 1, tag: 1, user: 'pve', secret: 'abcdefghijkl', peeruser: 'nas', peersecret: 'mnopqrstuvwx', discovery_auth: 'NONE', ...writeOnly };
    const client = {
      iscsi: {
        auth: { find: async () => ({ id: 1, tag: 1, user: 'pve', secret: '********', peeruser: 'nas', peersecret: '********', discovery_auth: 'NONE' }) },
      },
    };
    const read = await (iscsiAuthResource as unknown as { read(ctx: unknown, state: typeof known): Promise<unknown> }).read({ provider: { client } }, known);
    assert.deepEqual(read, known);
  });

  it('keeps secrets given write-only out of state, though the server returns them', async () => {
    const known = { id: 1, tag: 1, user: 'pve', secret: null, peeruser: 'nas', peersecret: '', discovery_auth: 'NONE' };
    const versions = { secret_wo: null, secret_wo_version: 2, peersecret_wo: null, peersecret_wo_version: 1 };
    const client = {
      iscsi: {
        auth: {
          find: async () => ({ id: 1, tag: 1, user: 'pve', secret: 'abcdefghijkl', peeruser: 'nas', peersecret: 'mnopqrstuvwx', discovery_auth: 'NONE' }),
        },
      },
    };
    const resource = iscsiAuthResource as unknown as { read(ctx: unknown, state: Record<string, unknown>): Promise<unknown> };
    assert.deepEqual(await resource.read({ provider: { client } }, { ...known, ...versions }), { ...known, ...versions });
  });
});
