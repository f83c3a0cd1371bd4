// SMB shares in the model of each server version: 25.04 gets the flat model with
// `purpose: NO_PRESET` (else the DEFAULT_SHARE preset overwrites ro/browsable/timemachine/…),
// 25.10 and 26.0 get `purpose` + `readonly` + `options` (the flat keys are refused there), and
// rows of both models read the same.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { apiKey } from './fixtures.js';
import { loginAndVersion } from './real-semantics.js';
import { ScriptedError, startScriptedServer } from './scripted-server.js';

const wanted = {
  name: 'media',
  path: '/mnt/tank/media',
  comment: 'films',
  ro: true,
  browsable: false,
  abe: true,
  guestok: true,
  hostsallow: ['10.0.0.0/24'],
  hostsdeny: [],
  timemachine: true,
  recyclebin: true,
  enabled: true,
};

/** 25.10 `SmbShareCreate` keys (api/v25_10_5/smb.py@TS-25.10.6:597-700, extra="forbid"). */
const purposeKeys = new Set(['purpose', 'name', 'path', 'enabled', 'comment', 'readonly', 'browsable', 'access_based_share_enumeration', 'audit', 'options']);

function purposeModelServer(data: Record<string, unknown>) {
  const extra = Object.keys(data).filter((key) => !purposeKeys.has(key));
  if (extra.length > 0)
    throw new ScriptedError(
      22,
      'Validation error',
      -32602,
      extra.map((key) => [`data.${key}`, 'Extra inputs are not permitted', 22]),
      'VALIDATION',
    );
  if (data['options'] !== undefined && data['purpose'] === undefined)
    throw new ScriptedError(22, 'Validation error', -32602, [['data', 'You must set `purpose` if you set `options`', 22]], 'VALIDATION');
  const { readonly, access_based_share_enumeration, options, ...rest } = data as Record<string, unknown> & { options?: Record<string, unknown> };
  const { purpose: _purpose, ...opts } = options ?? {};
  return { id: 1, locked: false, audit: { enable: false, watch_list: [], ignore_list: [] }, ...rest, readonly, access_based_share_enumeration, options: opts };
}

/** 25.04: the preset of `purpose` replaces the listed fields unless it is NO_PRESET (plugins/smb_/constants.py@TS-25.04.2.6:110-127). */
function flatModelServer(data: Record<string, unknown>) {
  const preset =
    (data['purpose'] ?? 'DEFAULT_SHARE') === 'DEFAULT_SHARE'
      ? { ro: false, browsable: true, timemachine: false, recyclebin: false, abe: false, hostsallow: [], hostsdeny: [] }
      : {};
  return { id: 1, locked: false, ...data, ...preset };
}

for (const version of ['25.04.2', '25.10.1', '26.0.0']) {
  describe(`SMB shares on a ${version} server`, () => {
    it('creates and updates a share that reads back as asked', async () => {
      const flat = version.startsWith('25.04');
      const server = await startScriptedServer({
        ...loginAndVersion(version),
        'sharing.smb.create': ([data]) => (flat ? flatModelServer : purposeModelServer)(data as Record<string, unknown>),
        'sharing.smb.update': ([, data]) => (flat ? flatModelServer : purposeModelServer)(data as Record<string, unknown>),
        // 25.10+: the update sends the stored LEGACY_SHARE options back with the managed ones.
        'sharing.smb.query': () => [{ id: 1, purpose: 'LEGACY_SHARE', options: { auxsmbconf: 'veto files = /x/', guestok: false } }],
      });
      const client = new TrueNASClient({ endpoint: server.url, apiKey });
      const created = await client.sharing.smb.create(wanted);
      const { id: _id, purpose: _purpose, ...read } = created;
      assert.deepEqual(read, wanted);
      const updated = await client.sharing.smb.update(1, { ...wanted, ro: false, timemachine: false });
      assert.equal(updated.ro, false);
      assert.equal(updated.timemachine, false);
      assert.equal(updated.guestok, true);
      if (!flat) {
        const [sentUpdate] = server.callsOf('sharing.smb.update');
        const options = (sentUpdate!.params[1] as { options: Record<string, unknown> }).options;
        assert.deepEqual([options['auxsmbconf'], options['guestok']], ['veto files = /x/', true]);
      }
      const [sent] = server.callsOf('sharing.smb.create');
      assert.equal((sent!.params[0] as { purpose: string }).purpose, flat ? 'NO_PRESET' : 'LEGACY_SHARE');
      client.close();
      await server.stop();
    });
  });
}
