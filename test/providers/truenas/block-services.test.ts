// NVMe-oF and service-settings mappings and rules, in process: DH-HMAC-CHAP keys and iSNS
// servers judged alike by the plan and the (simulated) server, release ranges, and what a
// settings resource sends and keeps for its secrets.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dhchapKeyProblem } from '../../../src/providers/truenas/resources/nvmet-host.js';
import { isnsServerProblem } from '../../../src/providers/truenas/resources/iscsi-global.js';
import { describeRange, inRange } from '../../../src/providers/truenas/shared/release-gate.js';
import { patchOf, toModel } from '../../../src/providers/truenas/shared/service-config.js';
import { snmpConfigResource } from '../../../src/providers/truenas/resources/snmp-config.js';
import { upsConfigResource } from '../../../src/providers/truenas/resources/ups-config.js';
import { checkKey } from '../../../src/sim/truenas/methods/nvmet.js';
import { isIpPort } from '../../../src/sim/truenas/methods/iscsi.js';
import { Verrors } from '../../../src/sim/truenas/sim-errors.js';

const key = (kind: string, bytes: number, end = ':') => `DHHC-1:${kind}:${Buffer.alloc(bytes, 7).toString('base64')}${end}`;

describe('DH-HMAC-CHAP keys', () => {
  const cases: [string, string, string | undefined][] = [
    ['a 00 key ending with ":"', key('00', 32), undefined],
    ['a 00 key without the final ":"', key('00', 32, ''), 'must end with ":"'],
    ['a SHA-256 key of 36 bytes', key('01', 36), undefined],
    ['a SHA-256 key of 40 bytes', key('01', 40), 'holds 40 bytes where a DHHC-1:01 key holds 36'],
    ['a SHA-384 key of 52 bytes', key('02', 52), undefined],
    ['a SHA-512 key of 68 bytes', key('03', 68), undefined],
    ['not a DHHC-1 key', 'secret-key', 'nvme gen-dhchap-key'],
  ];
  for (const [name, value, problem] of cases) {
    it(`${name}: the plan and the simulated server agree`, () => {
      const found = dhchapKeyProblem(value);
      if (problem === undefined) assert.equal(found, undefined);
      else assert.match(found ?? '', new RegExp(problem.replace(/[.:]/g, '\\$&')));
      const verrors = new Verrors();
      checkKey(value, 'nvmet_host_create.dhchap_key', verrors);
      assert.equal(verrors.errors.length, problem === undefined ? 0 : 1);
    });
  }
});

describe('iSNS servers', () => {
  const cases: [string, boolean][] = [
    ['10.0.0.5', true],
    ['10.0.0.5:3205', true],
    ['[fd00::5]:3205', true],
    ['fd00::5', true],
    ['isns.lan', false],
    ['10.0.0.5:99999', false],
  ];
  for (const [server, ok] of cases) {
    it(`${server} is ${ok ? 'taken' : 'refused'} by the plan and the simulated server`, () => {
      assert.equal(isnsServerProblem(server) === undefined, ok);
      assert.equal(isIpPort(server), ok);
    });
  }
});

describe('release ranges', () => {
  const cases: [string, { since?: string; until?: string }, boolean][] = [
    ['25.04.2', { since: '25.10' }, false],
    ['25.10.0', { since: '25.10' }, true],
    ['TrueNAS-SCALE-25.10.1', { since: '25.10' }, true],
    ['26.0.0-beta3', { since: '26.0' }, true],
    ['26.0.0-beta3', { until: '26.0' }, false],
    ['25.10.6', { until: '26.0' }, true],
  ];
  for (const [version, range, inside] of cases)
    it(`${version} in ${JSON.stringify(range)}: ${String(inside)}`, () => assert.equal(inRange(version, range), inside));

  it('describes a range in words', () => {
    assert.equal(describeRange({ since: '26.0' }), 'TrueNAS 26.0 and later');
    assert.equal(describeRange({ until: '26.0' }), 'TrueNAS releases before 26.0');
  });
});

describe('settings resources and their secrets', () => {
  const snmp = snmpConfigResource.schema;
  const ups = upsConfigResource.schema;

  it('sends a write-only secret under its API name, never its version, nor unset or computed-only attributes', () => {
    const plan = { id: 'snmp', v3: true, location: null, v3_password: null, v3_password_wo: 'secret-123', v3_password_wo_version: 2 };
    assert.deepEqual(patchOf(snmp, plan, ['v3_password']), { v3: true, v3_password: 'secret-123' });
    assert.deepEqual(patchOf(ups, { id: 'ups', port: 'auto', complete_identifier: 'ups@localhost:3493' }, ['monpwd']), { port: 'auto' });
  });

  it('keeps a write-only secret out of state and the plain one in it', () => {
    const server = { v3: true, v3_password: 'secret-123', location: 'rack' };
    const written = toModel(snmp, 'snmp', server, ['v3_password'], { v3_password_wo_version: 2 }) as Record<string, unknown>;
    assert.deepEqual([written['v3_password'], written['v3_password_wo'], written['v3_password_wo_version']], [null, null, 2]);
    const plain = toModel(snmp, 'snmp', server, ['v3_password'], {}) as Record<string, unknown>;
    assert.equal(plain['v3_password'], 'secret-123');
    assert.equal(plain['location'], 'rack');
    assert.equal(plain['id'], 'snmp');
  });
});
