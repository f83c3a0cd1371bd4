// In-process cases for the node settings resources (DNS, hosts, time zone, config): the plan-time
// checks that mirror what the node refuses or rewrites, and the simulator's answers the
// resources rely on (real texts, what reads back).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { etcHostsProblem } from '../../../src/clients/proxmox/etc-hosts.js';
import { descriptionAsRead } from '../../../src/clients/proxmox/node-config-description.js';
import { pathToString, type Diagnostic } from '../../../src/framework/diagnostics.js';
import type { BlockBody } from '../../../src/framework/schema.js';
import { validateContext, validateObject } from '../../../src/framework/validate.js';
import type { ValidateContext } from '../../../src/framework/resource.js';
import { nodeDnsResource } from '../../../src/providers/proxmox/resources/node-dns.js';
import { nodeHostsResource } from '../../../src/providers/proxmox/resources/node-hosts.js';
import { nodeTimeResource } from '../../../src/providers/proxmox/resources/node-time.js';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';
import type { Value } from '../../../src/values/types.js';
import { pveCall } from '../../sim/proxmox/pve-raw.js';

/** Each diagnostic of the attribute checks and validateConfig as "attribute: detail". */
function problems(resource: { schema: BlockBody; validateConfig?: (ctx: ValidateContext) => void }, config: Record<string, Value>): string[] {
  const value: Value = { id: null, node: 'pve', ...config };
  const diagnostics: Diagnostic[] = [...validateObject(resource.schema, value)];
  resource.validateConfig?.(validateContext(value, diagnostics));
  return diagnostics.map((d) => `${pathToString(d.path ?? [])}: ${d.detail}`);
}

describe('proxmox_node_time timezone', () => {
  for (const zone of ['Europe/Berlin', 'Asia/Kolkata', 'Europe/Kyiv', 'Etc/UTC', 'UTC', 'US/Eastern', 'Etc/GMT+5', 'America/Argentina/Buenos_Aires']) {
    it(`accepts ${zone}`, () => assert.deepEqual(problems(nodeTimeResource, { timezone: zone }), []));
  }
  for (const zone of ['Nope/Zone', '+05:00', 'europe/berlin', 'utc', '']) {
    it(`refuses "${zone}"`, () =>
      assert.match(problems(nodeTimeResource, { timezone: zone }).join('\n'), /^timezone: "timezone" must be a tz database time zone/));
  }
});

describe('proxmox_node_dns', () => {
  it('takes one search domain and up to three distinct name servers', () =>
    assert.deepEqual(problems(nodeDnsResource, { search: 'lab.example', servers: ['192.168.1.1', '2001:db8::53'] }), []));
  it('refuses a list of search domains, which reads back as its first', () =>
    assert.deepEqual(problems(nodeDnsResource, { search: 'a.example b.example', servers: null }), [
      'search: "search" must be a single domain without spaces, such as "lab.example", got "a.example b.example".',
    ]));
  it('refuses a repeated name server, 0.0.0.0 and a name', () =>
    assert.deepEqual(problems(nodeDnsResource, { search: 'lab.example', servers: ['1.1.1.1', '1.1.1.1', '0.0.0.0'] }), [
      'servers: "1.1.1.1" is listed twice; the node writes each name server once.',
      'servers: The node does not write 0.0.0.0 as a name server; leave it out.',
    ]));
  it('refuses a name server that is no IP address', () =>
    assert.deepEqual(problems(nodeDnsResource, { search: 'lab.example', servers: ['dns.example'] }), [
      'servers: "servers" element 1 must be an IPv4 or IPv6 address, got "dns.example".',
    ]));
});

describe('/etc/hosts content', () => {
  const cases: Array<[string, string | undefined]> = [
    ['127.0.0.1 localhost\n192.168.1.10 pve.lab.example pve\n', undefined],
    ['# comment\n\n   \n::1 ip6-localhost ip6-loopback\n', undefined],
    ['127.0.0.1\tlocalhost  \n', undefined],
    ['localhost 127.0.0.1\n', "Invalid IP 'localhost'"],
    ['  127.0.0.1 localhost\n', "Invalid IP ''"],
    ['fe80::1%eth0 link\n', "Invalid IP 'fe80::1%eth0'"],
    ['192.168.1.10 my_host\n', "Invalid Hostname 'my_host'"],
    ['192.168.1.10 pve # the node\n', "Invalid Hostname '#'"],
  ];
  for (const [content, problem] of cases) it(JSON.stringify(content), () => assert.equal(etcHostsProblem(content), problem));
  it('is checked at plan time, naming the attribute', () =>
    assert.deepEqual(problems(nodeHostsResource, { content: '127.0.0.1 localhost\n10.0.0.1 bad_name\n', digest: null }), [
      `content: "content" has a line the node refuses (Invalid Hostname 'bad_name').`,
    ]));
});

describe('node description as it reads back', () => {
  // Written → read back.
  const cases: Readonly<Record<string, string>> = {
    'rack 2': 'rack 2\n',
    'rack 2\n': 'rack 2\n',
    'a\n\nb\n\n\n': 'a\n\nb\n',
    '  indented  \nend': '  indented\nend\n',
    '': '',
  };
  for (const [written, read] of Object.entries(cases)) it(JSON.stringify(written), () => assert.equal(descriptionAsRead(written), read));
});

describe('simulated node settings', () => {
  const ROOT = 'root@pam!tf=root-secret';
  let sim: ProxmoxSimulator;
  before(async () => {
    sim = await startProxmoxSimulator({ tokens: [ROOT], taskDelayMs: 1, authFailureDelayMs: 0 });
  });
  after(() => sim.stop());

  it('reads back the first search domain and each name server once, without 0.0.0.0', async () => {
    const put = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/dns', { search: 'a.example b.example', dns1: '1.1.1.1', dns2: '0.0.0.0', dns3: '1.1.1.1' });
    assert.equal(put.status, 200, put.message);
    const read = await pveCall(sim, ROOT, 'GET', '/nodes/pve/dns');
    assert.deepEqual(read.data, { search: 'a.example', dns1: '1.1.1.1' });
  });

  it('refuses an unknown time zone as a parameter error and takes zone.tab names ICU lists under another name', async () => {
    const bad = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/time', { timezone: 'Nope/Zone' });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.errors, { timezone: 'No such timezone' });
    for (const timezone of ['Asia/Kolkata', 'Etc/UTC']) {
      const ok = await pveCall(sim, ROOT, 'PUT', '/nodes/pve/time', { timezone });
      assert.equal(ok.status, 200, ok.message);
    }
  });

  it('refuses hosts lines the node refuses, with its texts', async () => {
    const bad = await pveCall(sim, ROOT, 'POST', '/nodes/pve/hosts', { data: '127.0.0.1 localhost\n10.0.0.1 bad_name\n' });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.errors, { data: "Invalid Hostname 'bad_name'" });
  });

  it('returns the description as comment lines parse: each line ends with a newline, none is ""', async () => {
    const none = await pveCall(sim, ROOT, 'GET', '/nodes/pve/config', { property: 'description' });
    assert.deepEqual(none.data, { description: '' });
    await pveCall(sim, ROOT, 'PUT', '/nodes/pve/config', { description: 'rack 2' });
    const read = await pveCall(sim, ROOT, 'GET', '/nodes/pve/config');
    assert.equal((read.data as { description?: string }).description, 'rack 2\n');
  });
});
