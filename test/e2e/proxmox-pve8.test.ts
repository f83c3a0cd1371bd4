// Against a Proxmox VE 8 server (the simulator reporting 8.4.1, where HA groups have not been
// migrated to rules): proxmox_ha_group's lifecycle with the real terraform: create, change in
// place, replace on a new id, import with an empty plan, destroy, nothing left. On 9.x the
// resource refuses before sending anything (test/providers/proxmox/datacenter-jobs.test.ts).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { PROXMOX_PROVIDER, startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

function group(id: string, restricted: boolean, comment: string): string {
  return `resource "proxmox_ha_group" "prefer_pve" {
  group      = "${id}"
  nodes      = ["pve:2", "pve2:1"]
  restricted = ${restricted}
  comment    = "${comment}"
}
`;
}

const groupCase: LifecycleCase<ProxmoxSimulator> = {
  name: 'proxmox_ha_group on Proxmox VE 8',
  steps: [
    {
      config: group('prefer-pve', false, 'first'),
      expect: { 'proxmox_ha_group.prefer_pve': 'create' },
      check({ target }) {
        const stored = target.state.datacenter.haGroups.get('prefer-pve');
        assert.deepEqual([stored?.nodes, stored?.comment, stored?.restricted], ['pve2:1,pve:2', 'first', '0']);
      },
    },
    {
      config: group('prefer-pve', true, 'second'),
      expect: { 'proxmox_ha_group.prefer_pve': 'update' },
      check({ target }) {
        const stored = target.state.datacenter.haGroups.get('prefer-pve');
        assert.deepEqual([stored?.restricted, stored?.comment], ['1', 'second']);
      },
    },
    {
      config: group('prefer-pve2', true, 'second'),
      expect: { 'proxmox_ha_group.prefer_pve': 'replace' },
      check({ target }) {
        assert.deepEqual([...target.state.datacenter.haGroups.keys()], ['prefer-pve2']);
      },
    },
  ],
  imports: [{ address: 'proxmox_ha_group.prefer_pve' }],
  leftovers: ({ state }) => [...state.datacenter.haGroups.keys()].map((id) => `ha group ${id}`),
};

describe('proxmox_ha_group against Proxmox VE 8 with terraform', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e({ pveVersion: '8.4.1', extraNodes: ['pve2'] });
  });
  after(async () => {
    await e2e?.close();
  });

  it('creates, updates, replaces, imports and destroys an HA group', async () => {
    await runLifecycles({ ws: e2e.ws, providers: PROXMOX_PROVIDER, target: e2e.sim }, [groupCase]);
  });
});
