// Discovery's registries cover every resource type (a new type must say how it is found, or
// why it cannot be), and the import blocks it writes are valid terraform.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importBlocks, resourceLabel } from '../../src/discovery/import-blocks.js';
import { proxmoxDiscovery } from '../../src/discovery/proxmox.js';
import { truenasDiscovery } from '../../src/discovery/truenas.js';
import { proxmoxProvider } from '../../src/providers/proxmox/index.js';
import { truenasProvider } from '../../src/providers/truenas/index.js';

describe('discovery registries', () => {
  const cases = [
    { provider: truenasProvider, registry: truenasDiscovery },
    { provider: proxmoxProvider, registry: proxmoxDiscovery },
  ] as const;
  for (const { provider, registry } of cases) {
    it(`${provider.name}: every resource type is discoverable or says why not, and nothing else is listed`, () => {
      const types = provider.resources.map((r) => r.name).sort();
      const discoverable = Object.keys(registry.discoverers);
      const explained = Object.keys(registry.undiscoverable);
      assert.deepEqual([...discoverable, ...explained].sort(), types);
      assert.deepEqual(
        discoverable.filter((t) => explained.includes(t)),
        [],
        'a type is both discoverable and explained away',
      );
      for (const [type, reason] of Object.entries(registry.undiscoverable)) assert.ok(reason.length > 20, `${type}: say why`);
    });
  }
});

describe('import blocks', () => {
  it('turns names into terraform labels', () => {
    const cases: [string, string][] = [
      ['tank/media', 'tank_media'],
      ['/mnt/tank/My Share', 'mnt_tank_my_share'],
      ['100', '_100'],
      ['root@pam!ci', 'root_pam_ci'],
      ['--', 'object'],
      ['vmbr0.20', 'vmbr0_20'],
    ];
    for (const [text, label] of cases) assert.equal(resourceLabel(text), label, text);
  });

  it('writes one block per object, numbering labels that collide, escaping ids', () => {
    const text = importBlocks([
      {
        type: 'truenas_dataset',
        objects: [
          { id: 'tank/a-b', label: 'tank/a-b' },
          { id: 'tank/a_b', label: 'tank/a_b' },
        ],
      },
      { type: 'proxmox_acl', objects: [{ id: '/vms/${x}|Role|user:a@pve', label: 'acl' }] },
    ]);
    assert.equal(
      text,
      [
        'import {\n  to = truenas_dataset.tank_a_b\n  id = "tank/a-b"\n}\n',
        'import {\n  to = truenas_dataset.tank_a_b_2\n  id = "tank/a_b"\n}\n',
        'import {\n  to = proxmox_acl.acl\n  id = "/vms/$${x}|Role|user:a@pve"\n}\n',
      ].join('\n'),
    );
  });
});
