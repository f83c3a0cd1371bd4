// Files and hardware mappings with the real terraform against the simulator, on the lifecycle
// harness: downloads by URL (checksum verified, a changed remote size downloads again, a new
// URL replaces), uploads through the API (a local ISO) and over SFTP to the simulated node's
// sshd (a cloud-init snippet), PCI/USB/directory mappings and the mappings data source; plan-
// time refusals naming the attribute; refusals of the server (a file that exists, an
// unreachable URL); import; destroy leaving nothing.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { simulatedRemoteFile } from '../../src/sim/proxmox/remote-files.js';
import type { SimSshServer } from '../../src/sim/proxmox/ssh-server.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { PROXMOX_PROVIDER, PVE_TOKEN, startE2eSsh, startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

const CLOUD_URL = 'https://cloud.example.test/images/debian-12-genericcloud-amd64.qcow2';
const ISO_URL = 'https://mirror.example.test/debian/netinst-1.iso';
const ISO_URL_2 = 'https://mirror.example.test/debian/netinst-2.iso';
const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

interface Variant {
  isoUrl: string;
  userData: string;
  gpuDescription: string;
  gpuPath: string;
  usbEntries: string;
  mediaPath: string;
}

const FIRST: Variant = {
  isoUrl: ISO_URL,
  userData: '#cloud-config\\npackages: [nginx]\\n',
  gpuDescription: 'transcoding GPU',
  gpuPath: '0000:01:00.0',
  usbEntries: '{ node = "pve", id = "10c4:ea60" },',
  mediaPath: '/tank/media',
};

/** Step 2: a new ISO URL and snippet text replace those files; the mappings change in place. */
const SECOND: Variant = {
  isoUrl: ISO_URL_2,
  userData: '#cloud-config\\npackages: [nginx, git]\\n',
  gpuDescription: 'GPU for the media VM',
  gpuPath: '0000:01:00.0;0000:02:00.0',
  usbEntries: '{ node = "pve", id = "10c4:ea60", path = "1-2.3", description = "zigbee stick" },',
  mediaPath: '/srv/media',
};

function filesConfig(v: Variant, toolsIso: string): string {
  return `
resource "proxmox_download_file" "cloud" {
  node               = "pve"
  storage            = "local"
  content            = "import"
  url                = "${CLOUD_URL}"
  checksum           = "${sha256(simulatedRemoteFile(CLOUD_URL))}"
  checksum_algorithm = "sha256"
}

resource "proxmox_download_file" "iso" {
  node      = "pve"
  storage   = "local"
  content   = "iso"
  url       = "${v.isoUrl}"
  file_name = "netinst.iso"
}

resource "proxmox_file" "user_data" {
  node           = "pve"
  storage        = "local"
  content        = "snippets"
  file_name      = "web-user.yaml"
  source_content = "${v.userData}"
}

resource "proxmox_file" "tools" {
  node        = "pve"
  storage     = "local"
  content     = "iso"
  source_file = "${toolsIso}"
}

resource "proxmox_hardware_mapping_pci" "gpu" {
  name        = "gpu"
  description = "${v.gpuDescription}"
  map = [
    { node = "pve", path = "${v.gpuPath}", id = "10de:1b80", subsystem_id = "1462:3362", iommu_group = 12 },
  ]
}

resource "proxmox_hardware_mapping_usb" "zigbee" {
  name = "zigbee"
  map = [
    ${v.usbEntries}
  ]
}

resource "proxmox_hardware_mapping_dir" "media" {
  name = "media"
  map  = [{ node = "pve", path = "${v.mediaPath}" }]
}

data "proxmox_hardware_mappings" "usb" {
  kind       = "usb"
  check_node = "pve"
  depends_on = [proxmox_hardware_mapping_usb.zigbee]
}

data "proxmox_files" "isos" {
  node          = "pve"
  content_types = ["iso", "snippets"]
  depends_on    = [proxmox_download_file.iso, proxmox_file.tools, proxmox_file.user_data]
}
`;
}

function volume(sim: ProxmoxSimulator, id: string) {
  return sim.state.volumes.get(id);
}

function filesCase(toolsIso: string, toolsBytes: string): LifecycleCase<ProxmoxSimulator> {
  const sourceUnreadable = ['source_content', 'source_file', 'content_sha256'];
  return {
    name: 'files and hardware mappings',
    steps: [
      {
        config: filesConfig(FIRST, toolsIso),
        expect: {
          'proxmox_download_file.cloud': 'create',
          'proxmox_download_file.iso': 'create',
          'proxmox_file.user_data': 'create',
          'proxmox_file.tools': 'create',
          'proxmox_hardware_mapping_pci.gpu': 'create',
          'proxmox_hardware_mapping_usb.zigbee': 'create',
          'proxmox_hardware_mapping_dir.media': 'create',
        },
        async check({ target, resource }) {
          const cloud = volume(target, 'local:import/debian-12-genericcloud-amd64.qcow2');
          assert.equal(cloud?.size, simulatedRemoteFile(CLOUD_URL).length);
          assert.equal((await resource('proxmox_download_file.cloud')).values.volume_id, 'local:import/debian-12-genericcloud-amd64.qcow2');
          assert.equal(volume(target, 'local:iso/netinst.iso')?.bytes?.toString(), simulatedRemoteFile(ISO_URL).toString());
          // The snippet went over SFTP: the sim's sshd wrote it into the storage's snippets directory.
          assert.equal(volume(target, 'local:snippets/web-user.yaml')?.bytes?.toString(), '#cloud-config\npackages: [nginx]\n');
          assert.equal(volume(target, 'local:iso/tools.iso')?.bytes?.toString(), toolsBytes);
          const tools = await resource('proxmox_file.tools');
          assert.equal(tools.values.content_sha256, sha256(toolsBytes));
          assert.deepEqual(target.state.mappings.entries.pci.get('gpu')?.map, ['node=pve,path=0000:01:00.0,id=10de:1b80,subsystem-id=1462:3362,iommugroup=12']);
          assert.deepEqual(target.state.mappings.entries.dir.get('media')?.map, ['node=pve,path=/tank/media']);
          const files = (await resource('data.proxmox_files.isos')).values.files as Array<{ volid: string; file_name: string; content: string }>;
          assert.deepEqual(
            files.map((f) => [f.volid, f.file_name, f.content]),
            [
              ['local:iso/debian-12.7.0-amd64-netinst.iso', 'debian-12.7.0-amd64-netinst.iso', 'iso'],
              ['local:iso/netinst.iso', 'netinst.iso', 'iso'],
              ['local:iso/tools.iso', 'tools.iso', 'iso'],
              ['local:snippets/web-user.yaml', 'web-user.yaml', 'snippets'],
            ],
            'data "proxmox_files" lists the ISO images and snippets of every storage, not the disk images',
          );
          const usb = await resource('data.proxmox_hardware_mappings.usb');
          assert.deepEqual(
            (usb.values.mappings as Array<{ name: string; map: Array<{ id: string }>; checks: unknown[] }>).map((m) => [m.name, m.map[0]?.id, m.checks.length]),
            [['zigbee', '10c4:ea60', 0]],
          );
        },
      },
      {
        config: filesConfig(SECOND, toolsIso),
        refused: {
          config: `${filesConfig(FIRST, toolsIso)}
resource "proxmox_download_file" "existing" {
  node    = "pve"
  storage = "local"
  content = "iso"
  url     = "https://mirror.example.test/debian-12.7.0-amd64-netinst.iso"
}
resource "proxmox_download_file" "unreachable" {
  node    = "pve"
  storage = "local"
  content = "vztmpl"
  url     = "https://templates.example.invalid/debian-12-standard_12.7-1_amd64.tar.gz"
}`,
          check({ target }, result) {
            const output = result.stderr.replace(/\s+/g, ' ');
            assert.match(output, /File exists already/);
            assert.match(output, /local:iso\/debian-12\.7\.0-amd64-netinst\.iso exists on node pve and is not managed by this resource/);
            assert.match(output, /wget: unable to resolve host address 'templates\.example\.invalid'/);
            // The refused download kept the existing file; the failed one left nothing.
            assert.ok(volume(target, 'local:iso/debian-12.7.0-amd64-netinst.iso'));
            assert.equal(volume(target, 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.gz'), undefined);
          },
        },
        prepare({ target }) {
          // The cloud image changed on the storage (or upstream): overwrite = true downloads it again.
          const cloud = volume(target, 'local:import/debian-12-genericcloud-amd64.qcow2');
          if (cloud) cloud.size = 12345;
        },
        expect: {
          'proxmox_download_file.cloud': 'replace',
          'proxmox_download_file.iso': 'replace',
          'proxmox_file.user_data': 'replace',
          'proxmox_hardware_mapping_pci.gpu': 'update',
          'proxmox_hardware_mapping_usb.zigbee': 'update',
          'proxmox_hardware_mapping_dir.media': 'update',
        },
        async check({ target, plan }) {
          assert.match(plan, /The file at the URL changed/);
          assert.equal(volume(target, 'local:import/debian-12-genericcloud-amd64.qcow2')?.size, simulatedRemoteFile(CLOUD_URL).length);
          assert.equal(volume(target, 'local:iso/netinst.iso')?.bytes?.toString(), simulatedRemoteFile(ISO_URL_2).toString());
          assert.equal(volume(target, 'local:snippets/web-user.yaml')?.bytes?.toString(), '#cloud-config\npackages: [nginx, git]\n');
          assert.equal(target.state.mappings.entries.pci.get('gpu')?.description, 'GPU for the media VM');
          assert.deepEqual(target.state.mappings.entries.usb.get('zigbee')?.map, ['node=pve,id=10c4:ea60,path=1-2.3,description=zigbee stick']);
          assert.deepEqual(target.state.mappings.entries.dir.get('media')?.map, ['node=pve,path=/srv/media']);
        },
      },
    ],
    imports: [
      { address: 'proxmox_download_file.cloud', unreadable: ['url', 'checksum', 'checksum_algorithm'] },
      { address: 'proxmox_download_file.iso', unreadable: ['url'] },
      { address: 'proxmox_file.user_data', unreadable: sourceUnreadable },
      { address: 'proxmox_file.tools', unreadable: sourceUnreadable },
      { address: 'proxmox_hardware_mapping_pci.gpu' },
      { address: 'proxmox_hardware_mapping_usb.zigbee' },
      { address: 'proxmox_hardware_mapping_dir.media' },
    ],
    leftovers(sim) {
      const files = ['import/debian-12-genericcloud-amd64.qcow2', 'iso/netinst.iso', 'snippets/web-user.yaml', 'iso/tools.iso'].filter((name) =>
        sim.state.volumes.has(`local:${name}`),
      );
      const mappings = Object.entries(sim.state.mappings.entries).flatMap(([kind, entries]) => [...entries.keys()].map((id) => `${kind} mapping ${id}`));
      return [...files, ...mappings];
    },
  };
}

describe('files and hardware mappings with terraform', () => {
  let e2e: ProxmoxE2e;
  let ssh: SimSshServer;
  let dir: string;
  before(async () => {
    e2e = await startProxmoxE2e();
    e2e.sim.state.storages.get('local')!.options.content = 'iso,vztmpl,backup,import,snippets';
    ssh = await startE2eSsh(e2e);
    dir = mkdtempSync(join(tmpdir(), 'truemox-files-'));
  });
  after(async () => {
    await ssh?.stop();
    await e2e?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses bad names, URLs, checksums and map entries at plan time, naming the attribute', async () => {
    e2e.config(`resource "proxmox_download_file" "bad_ext" {
  node    = "pve"
  storage = "local"
  content = "iso"
  url     = "https://mirror.example.test/debian.qcow2"
}
resource "proxmox_download_file" "bad_decompress" {
  node                    = "pve"
  storage                 = "local"
  content                 = "import"
  url                     = "https://mirror.example.test/disk.qcow2"
  checksum                = "abc123"
  decompression_algorithm = "zst"
}
resource "proxmox_file" "no_name" {
  node           = "pve"
  storage        = "local"
  content        = "snippets"
  source_content = "x"
}
resource "proxmox_file" "bad_name" {
  node           = "pve"
  storage        = "local"
  content        = "snippets"
  file_name      = "user data.yaml"
  source_content = "x"
}
resource "proxmox_hardware_mapping_pci" "bad" {
  name = "1gpu"
  map  = [{ node = "pve", path = "0000:01:00.0", id = "10DE-1B80" }, { node = "pve", path = "0000:0A:00.0", id = "10de:1b80" }]
}
resource "proxmox_hardware_mapping_usb" "bad" {
  name = "usb"
  map  = [{ node = "pve", id = "10c4:ea60", path = "1.2" }]
}
resource "proxmox_hardware_mapping_dir" "bad" {
  name = "media"
  map  = [{ node = "pve", path = "srv/media" }, { node = "pve", path = "/srv/a,b" }]
}`);
    const result = await e2e.ws.run(['validate', '-no-color']);
    assert.equal(result.code, 1);
    const errors = result.stderr.replace(/\s+/g, ' ');
    for (const expected of [
      'The URL\'s file name "debian.qcow2" must end in .iso or .img for content "iso"',
      'Proxmox decompresses downloads of ISO images only, not "import"',
      '"checksum_algorithm" must be set when "checksum" is set',
      'Inline `source_content` needs a `file_name`',
      'Proxmox would store it as "user_data.yaml"',
      '"name" must be a letter followed by one or more letters, digits',
      '"id" must be a vendor:device id such as "10de:1b80", got "10DE-1B80"',
      '"path" must be PCI addresses such as "0000:01:00.0" in lower case',
      '"path" must be a USB port path such as "1-2.3", got "1.2"',
      'got "srv/media"',
      'got "/srv/a,b"',
      'Node "pve" has more than one entry',
    ]) {
      assert.ok(errors.includes(expected), `missing "${expected}" in:\n${result.stderr}`);
    }
  });

  it('needs a URL or a source to make a new file (only an imported one may do without)', async () => {
    e2e.config(`resource "proxmox_download_file" "no_url" {
  node      = "pve"
  storage   = "local"
  content   = "iso"
  file_name = "netinst.iso"
}
resource "proxmox_file" "no_source" {
  node      = "pve"
  storage   = "local"
  content   = "iso"
  file_name = "tools.iso"
}`);
    const result = await e2e.ws.run(['plan', '-no-color', '-input=false']);
    assert.equal(result.code, 1);
    const errors = result.stderr.replace(/\s+/g, ' ');
    assert.match(errors, /Missing required attribute .*Set "url" to create it \(only an imported object may leave it unset\)/);
    assert.match(errors, /with proxmox_download_file\.no_url/);
    assert.match(errors, /Missing required attribute .*Set one of "source_file" and "source_content" to create it/);
    assert.match(errors, /with proxmox_file\.no_source/);
  });

  it('downloads, uploads, writes snippets over SSH, maps hardware, imports and destroys', async () => {
    const toolsBytes = 'an ISO image made by the test\n';
    const toolsIso = join(dir, 'tools.iso');
    writeFileSync(toolsIso, toolsBytes);
    await runLifecycles({ ws: e2e.ws, providers: PROXMOX_PROVIDER, target: e2e.sim }, [filesCase(toolsIso, toolsBytes)]);
  });
});

describe('a snippet under a token that may not list it', () => {
  // Datastore.Audit, AllocateSpace and AllocateTemplate, no Datastore.Allocate: the content
  // listing leaves out snippets (pve-storage Storage.pm check_volume_access), and GET
  // /storage/{storage}, where the snippets directory is read, is refused (Config.pm read).
  const LISTER_TOKEN = 'ops@pve!files=files-token-secret';
  const AS_LISTER = { PROXMOX_VE_API_TOKEN: LISTER_TOKEN };
  let e2e: ProxmoxE2e;
  let ssh: SimSshServer;
  before(async () => {
    e2e = await startProxmoxE2e({ tokens: [PVE_TOKEN, { token: LISTER_TOKEN, privsep: true }] });
    e2e.sim.state.storages.get('local')!.options.content = 'iso,vztmpl,backup,import,snippets';
    e2e.sim.addRole('FileLister', ['Datastore.Audit', 'Datastore.AllocateSpace', 'Datastore.AllocateTemplate']);
    for (const ugid of ['ops@pve', 'ops@pve!files']) e2e.sim.grant('/storage/local', ugid, 'FileLister');
    ssh = await startE2eSsh(e2e);
  });
  after(async () => {
    await ssh?.stop();
    await e2e?.close();
  });

  it('keeps it in state on refresh, warning that it cannot be checked without Datastore.Allocate; refuses to write one before writing', async () => {
    const snippet = (name: string): string => `resource "proxmox_file" "${name.replace('.yaml', '').replace('-', '_')}" {
  node           = "pve"
  storage        = "local"
  content        = "snippets"
  file_name      = "${name}"
  source_content = "#cloud-config\\n"
}`;
    e2e.config(snippet('hidden-user.yaml'));
    // The root token writes it.
    await e2e.ws.expect(['apply', '-auto-approve', '-no-color', '-input=false']);
    assert.ok(e2e.sim.state.volumes.has('local:snippets/hidden-user.yaml'));

    // A refresh under the narrower token keeps it: not listed is not gone.
    const plan = await e2e.ws.run(['plan', '-detailed-exitcode', '-no-color', '-input=false'], AS_LISTER);
    assert.equal(plan.code, 0, `an unlisted snippet is not planned anew\n${plan.stdout}${plan.stderr}`);
    assert.match(plan.stdout.replace(/\s+/g, ' '), /lists snippets of storage local only to a caller with Datastore\.Allocate on \/storage\/local/);
    assert.equal((await e2e.resource('proxmox_file.hidden_user')).values.size, '#cloud-config\n'.length, 'the state is kept as it was');

    // Writing another one fails before anything is written: no orphan.
    e2e.config(`${snippet('hidden-user.yaml')}\n${snippet('other-user.yaml')}`);
    const refused = await e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false'], AS_LISTER);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /with proxmox_file\.other_user/);
    assert.match(refused.stderr.replace(/\s+/g, ' '), /Permission check failed \(\/storage\/local, Datastore\.Allocate\)/);
    assert.equal(e2e.sim.state.volumes.has('local:snippets/other-user.yaml'), false);

    await e2e.ws.expect(['destroy', '-auto-approve', '-no-color', '-input=false']);
    assert.deepEqual(
      [...e2e.sim.state.volumes.keys()].filter((id) => id.startsWith('local:snippets/')),
      [],
    );
  });
});
