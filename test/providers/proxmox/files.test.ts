// In-process tables for the file and mapping resources: the file names the server keeps per
// content type, import ids, host key verification (pinned keys, known_hosts with hashed and
// port entries, revoked keys), the ssh settings, and the simulator's checks of map entries
// against the real schema.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { fingerprintOf, knownHostsAccepts, matchesPinned } from '../../../src/providers/proxmox/ssh/known-hosts.js';
import { sshSettings, type SshBlockModel } from '../../../src/providers/proxmox/ssh/settings.js';
import { fileNameProblem, parseFileImportId, urlFileName, type FileContent } from '../../../src/providers/proxmox/shared/storage-files.js';
import { PveApiSchema, validateParams } from '../../../src/sim/proxmox/schema/api-schema.js';
import { normalizeContentFilename } from '../../../src/sim/proxmox/handlers/storage-files.js';

describe('file names per content type', () => {
  const cases: Array<[FileContent, string, RegExp | undefined]> = [
    ['iso', 'debian.iso', undefined],
    ['iso', 'OPNsense.IMG', undefined],
    ['iso', 'debian.qcow2', /must end in \.iso or \.img/],
    ['vztmpl', 'alpine-3.20.tar.xz', undefined],
    ['vztmpl', 'alpine.tar', undefined],
    ['vztmpl', 'alpine.tgz', /must end in \.tar/],
    ['import', 'noble.qcow2', undefined],
    ['import', 'appliance.ova', undefined],
    ['import', 'disk.img', /\.ova, \.qcow2, \.raw or \.vmdk/],
    ['snippets', 'user.yaml', undefined],
    ['snippets', 'user data.yaml', /store it as "user_data\.yaml"/],
    ['iso', '', /1 to 255 characters/],
  ];
  for (const [content, name, problem] of cases) {
    it(`${content} "${name}"`, () => {
      const found = fileNameProblem(content, name);
      if (problem === undefined) assert.equal(found, undefined);
      else assert.match(found ?? '', problem);
    });
  }

  it('names only what the server keeps unchanged (its normalization agrees)', () => {
    for (const name of ['a b.iso', 'ümlaut.iso', 'x(1).iso']) {
      assert.notEqual(normalizeContentFilename(name), name);
      assert.match(fileNameProblem('iso', name) ?? '', /Proxmox would store it as/);
    }
    assert.equal(normalizeContentFilename('dir/sub/ok-1.2_3.iso'), 'ok-1.2_3.iso');
  });

  it('takes the file name from the URL path, decoded', () => {
    assert.equal(urlFileName('https://cloud.example/images/noble-server-cloudimg-amd64.img?x=1'), 'noble-server-cloudimg-amd64.img');
    assert.equal(urlFileName('https://example.test/a%2Bb.iso'), 'a+b.iso');
    assert.equal(urlFileName('https://example.test/'), undefined);
  });

  it('parses import ids NODE/VOLUME_ID', () => {
    assert.deepEqual(parseFileImportId('pve/local:snippets/u.yaml'), { node: 'pve', storage: 'local', content: 'snippets', name: 'u.yaml' });
    assert.deepEqual(parseFileImportId('pve2/nas:import/noble.qcow2'), { node: 'pve2', storage: 'nas', content: 'import', name: 'noble.qcow2' });
    assert.equal(parseFileImportId('local:iso/a.iso'), undefined);
    assert.equal(parseFileImportId('pve/local-lvm:vm-100-disk-0'), undefined);
  });
});

describe('host key verification', () => {
  const key = Buffer.from('the host key in wire form');
  const other = Buffer.from('another key');
  const blob = key.toString('base64');
  const hashed = (name: string): string => {
    const salt = Buffer.from('0123456789abcdefghij');
    return `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update(name).digest('base64')}`;
  };

  it('accepts a pinned fingerprint or public key, nothing else', () => {
    assert.ok(matchesPinned(fingerprintOf(key), key));
    assert.ok(matchesPinned(`ssh-ed25519 ${blob} root@pve`, key));
    assert.ok(!matchesPinned(fingerprintOf(other), key));
    assert.ok(!matchesPinned(`ssh-ed25519 ${other.toString('base64')}`, key));
  });

  const table: Array<[string, string, string, number, boolean]> = [
    ['plain host', `pve.lan ssh-ed25519 ${blob}`, 'pve.lan', 22, true],
    ['host list', `pve,192.168.1.10 ssh-ed25519 ${blob}`, '192.168.1.10', 22, true],
    ['other host', `pve2 ssh-ed25519 ${blob}`, 'pve', 22, false],
    ['other key', `pve ssh-ed25519 ${other.toString('base64')}`, 'pve', 22, false],
    ['port entry', `[pve]:2222 ssh-ed25519 ${blob}`, 'pve', 2222, true],
    ['plain entry does not cover another port', `pve ssh-ed25519 ${blob}`, 'pve', 2222, false],
    ['hashed', `${hashed('pve.lan')} ssh-ed25519 ${blob}`, 'pve.lan', 22, true],
    ['hashed port', `${hashed('[pve.lan]:2222')} ssh-ed25519 ${blob}`, 'pve.lan', 2222, true],
    ['negated', `!pve,* ssh-ed25519 ${blob}`, 'pve', 22, false],
    ['revoked', `pve ssh-ed25519 ${blob}\n@revoked pve ssh-ed25519 ${blob}`, 'pve', 22, false],
    ['comments and blanks', `# pve\n\npve ssh-ed25519 ${blob} comment`, 'pve', 22, true],
  ];
  for (const [name, text, host, port, accepted] of table) {
    it(name, () => assert.equal(knownHostsAccepts(text, host, port, key), accepted));
  }
});

describe('ssh settings', () => {
  const none: SshBlockModel = {
    username: null,
    private_key: null,
    agent: null,
    port: null,
    known_hosts: null,
    host_key: null,
    insecure_ignore_host_key: null,
    node_addresses: null,
  };
  const clean = (): void => {
    for (const name of Object.keys(process.env)) if (name.startsWith('PROXMOX_VE_SSH_')) delete process.env[name];
  };

  it('is off without a key or agent', () => {
    clean();
    assert.equal(sshSettings(null, 'https://pve.lan:8006'), undefined);
    assert.equal(sshSettings(none, 'https://pve.lan:8006'), undefined);
  });

  it('defaults to root at the endpoint host, port 22, verified with known_hosts', () => {
    clean();
    const settings = sshSettings({ ...none, private_key: 'KEY' }, 'https://[fd00::5]:8006');
    assert.equal(settings?.username, 'root');
    assert.equal(settings?.port, 22);
    assert.equal(settings?.defaultHost, 'fd00::5');
    assert.equal(settings?.hostKey.kind, 'known_hosts');
  });

  it('pins a host key, or skips the check only when told', () => {
    clean();
    process.env.PROXMOX_VE_SSH_HOST_KEY = 'SHA256:abc';
    assert.deepEqual(sshSettings({ ...none, private_key: 'KEY' }, 'https://pve:8006')?.hostKey, { kind: 'pinned', key: 'SHA256:abc' });
    assert.deepEqual(sshSettings({ ...none, private_key: 'KEY', insecure_ignore_host_key: true }, 'https://pve:8006')?.hostKey, { kind: 'none' });
    clean();
  });

  it('refuses a bad port from the environment, naming it', () => {
    clean();
    process.env.PROXMOX_VE_SSH_PORT = '70000';
    assert.throws(() => sshSettings({ ...none, private_key: 'KEY' }, 'https://pve:8006'), /PROXMOX_VE_SSH_PORT must be a port number/);
    clean();
  });
});

describe('the simulator checks map entries like the real schema', () => {
  const schema = PveApiSchema.load();
  const create = (kind: string) => {
    const lookup = schema.lookup('POST', `/cluster/mapping/${kind}`);
    assert.ok('method' in lookup && lookup.method);
    return lookup.method;
  };
  const table: Array<[string, string, string | undefined]> = [
    ['pci', 'node=pve,path=0000:01:00.0,id=10de:1b80', undefined],
    ['pci', 'node=pve,path=0000:01:00,id=10de:1b80,iommugroup=3,subsystem-id=1462:3362', undefined],
    ['pci', 'node=pve,path=0000:01:00.0', "invalid format - property 'id' is missing"],
    ['pci', 'node=pve,path=0000:01:00.0,id=10de-1b80', 'invalid format - id: value does not match the regex pattern'],
    ['usb', 'node=pve,id=10c4:ea60,path=1-2.3', undefined],
    ['usb', 'node=pve,id=10c4:ea60,path=1.2', 'invalid format - path: value does not match the regex pattern'],
    ['dir', 'node=pve,path=/srv/media', undefined],
    ['dir', 'node=pve,path=srv', "invalid format - path: invalid format - value 'srv' does not match format 'pve-storage-path-in-property-string'"],
  ];
  for (const [kind, entry, error] of table) {
    it(`${kind}: ${entry}`, () => {
      const errors = validateParams(create(kind), { id: 'x', map: JSON.stringify([entry, entry]) });
      assert.equal(errors.map, error);
    });
  }
});
