// Every truenas resource against a simulated TrueNAS of each supported version (25.04, 25.10,
// 26.0), all at once on the lifecycle harness: one working directory and one `terraform init`,
// one provider alias per version pointing at its own server; create, empty plan, update in
// place, import of everything into a fresh state, destroy, nothing left on any server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTrueNASSimulator, type TrueNASSimulator } from '../../src/sim/truenas/index.js';
import { runLifecycles, type ImportCheck, type LifecycleCase } from '../helpers/lifecycle.js';
import { providerWorkspace } from '../helpers/providers.js';
import type { Workspace } from '../helpers/terraform.js';
import { assertBlames, expectFailure, heldOf, stepValues, TRUENAS_KEY, TRUENAS_RELEASES } from '../providers/truenas/harness.js';

const versions = TRUENAS_RELEASES.map((release) => release.version);
/** The provider alias and resource-name suffix of a version: v25_04. */
const aliasOf = (version: string) => `v${version.split('.').slice(0, 2).join('_')}`;

function providers(sims: ReadonlyMap<string, TrueNASSimulator>): string {
  return `terraform {
  required_providers {
    truenas = { source = "truemox/truenas" }
  }
}
${versions.map((v) => `provider "truenas" {\n  alias    = "${aliasOf(v)}"\n  endpoint = "${sims.get(v)!.url}"\n}\n`).join('')}`;
}

function everyResource(version: string, comment: string): string {
  const a = aliasOf(version);
  return `
resource "truenas_dataset" "media_${a}" {
  provider    = truenas.${a}
  name        = "tank/media"
  compression = "zstd"
  quota       = 0
  comments    = "${comment}"
}
resource "truenas_snapshot" "media_${a}" {
  provider = truenas.${a}
  dataset  = truenas_dataset.media_${a}.name
  name     = "first"
}
resource "truenas_zvol" "disk_${a}" {
  provider = truenas.${a}
  name     = "tank/vm-disk"
  volsize  = provider::truenas::parse_size("1G")
  comments = "${comment}"
}
resource "truenas_iscsi_portal" "main_${a}" {
  provider = truenas.${a}
  listen   = ["0.0.0.0"]
  comment  = "${comment}"
}
resource "truenas_iscsi_initiator" "pve_${a}" {
  provider   = truenas.${a}
  initiators = ["iqn.1993-08.org.debian:01:pve1"]
  comment    = "${comment}"
}
resource "truenas_iscsi_auth" "chap_${a}" {
  provider = truenas.${a}
  tag      = 1
  user     = "pve"
  secret   = "chap-secret-123"
}
resource "truenas_iscsi_target" "vm_${a}" {
  provider = truenas.${a}
  name     = "vm-100"
  alias    = "${comment}"
  group {
    portal     = truenas_iscsi_portal.main_${a}.id
    initiator  = truenas_iscsi_initiator.pve_${a}.id
    authmethod = "CHAP"
    auth       = truenas_iscsi_auth.chap_${a}.tag
  }
}
resource "truenas_iscsi_extent" "disk_${a}" {
  provider = truenas.${a}
  name     = "vm-100-disk"
  zvol     = truenas_zvol.disk_${a}.name
  comment  = "${comment}"
}
resource "truenas_iscsi_targetextent" "disk_${a}" {
  provider = truenas.${a}
  target   = truenas_iscsi_target.vm_${a}.id
  extent   = truenas_iscsi_extent.disk_${a}.id
}
resource "truenas_nfs_share" "media_${a}" {
  provider = truenas.${a}
  path     = truenas_dataset.media_${a}.mountpoint
  networks = ["10.0.0.5", "192.168.1.0/24"]
  comment  = "${comment}"
}
resource "truenas_smb_share" "media_${a}" {
  provider    = truenas.${a}
  name        = "media"
  path        = truenas_dataset.media_${a}.mountpoint
  comment     = "${comment}"
  ro          = true
  browsable   = false
  timemachine = true
  hostsallow  = ["192.168.1.0/24"]
}
resource "truenas_service" "iscsi_${a}" {
  provider = truenas.${a}
  service  = "iscsitarget"
  running  = true
}
`;
}

/** A second extent on each version's zvol, which 25.10 and later refuse at plan time. */
const secondExtents = versions
  .slice(1)
  .map(aliasOf)
  .map((a) => `resource "truenas_iscsi_extent" "again_${a}" {\n  provider = truenas.${a}\n  name     = "again"\n  zvol     = truenas_zvol.disk_${a}.name\n}\n`)
  .join('');

/** Resources with a comment (or alias) that the update changes in place. */
const commented = [
  'truenas_dataset.media',
  'truenas_zvol.disk',
  'truenas_iscsi_portal.main',
  'truenas_iscsi_target.vm',
  'truenas_nfs_share.media',
  'truenas_smb_share.media',
];

/** One version's case; the harness's target is every server, the case looks only at its own. */
function versionCase(version: string, sim: TrueNASSimulator): LifecycleCase<unknown> {
  const a = aliasOf(version);
  const at = (address: string) => `${address}_${a}`;
  return {
    name: `every truenas resource on TrueNAS ${version}`,
    steps: [
      {
        config: everyResource(version, 'first'),
        expect: Object.fromEntries(commented.map((address) => [at(address), 'create'])),
        async check(context) {
          assert.equal(sim.version, version);
          const smb = await stepValues(context, at('truenas_smb_share.media'));
          assert.equal(smb.ro, true);
          assert.equal(smb.timemachine, true);
          if (version !== versions.at(-1)) return;
          // Once, for the versions that allow one extent per zvol (the last case runs it).
          context.ws.writeConfig(secondExtents, 'again.tf');
          const refused = await expectFailure(context.ws, ['plan', '-input=false']).finally(() => context.ws.removeConfig('again.tf'));
          for (const refusing of versions.slice(1).map(aliasOf)) {
            assertBlames(refused, `truenas_iscsi_extent.again_${refusing}`, /allow one extent per zvol, and extent "vm-100-disk"/);
          }
          assert.doesNotMatch(refused, /again_v25_04/);
        },
      },
      {
        config: everyResource(version, 'second'),
        expect: Object.fromEntries(commented.map((address) => [at(address), 'update'])),
        check({ plan }) {
          assert.match(plan, /Plan: 0 to add, \d+ to change, 0 to destroy/);
          assert.equal(sim.state.smbShares.list()[0]?.['comment'], 'second');
        },
      },
    ],
    imports: [
      'truenas_dataset.media',
      'truenas_snapshot.media',
      'truenas_zvol.disk',
      'truenas_iscsi_portal.main',
      'truenas_iscsi_initiator.pve',
      'truenas_iscsi_auth.chap',
      'truenas_iscsi_target.vm',
      'truenas_iscsi_extent.disk',
      'truenas_iscsi_targetextent.disk',
      'truenas_smb_share.media',
    ]
      .map((address): ImportCheck => ({ address: at(address) }))
      .concat([
        // The server gives a single address back as 10.0.0.5/32; the apply keeps the configured spelling.
        { address: at('truenas_nfs_share.media'), unreadable: ['networks'] },
        { address: at('truenas_service.iscsi'), id: (values: Record<string, unknown>) => String(values.service) },
      ]),
    leftovers: () =>
      heldOf(sim, [
        'datasets',
        'zvols',
        'snapshots',
        'portals',
        'initiators',
        'auths',
        'targets',
        'extents',
        'targetExtents',
        'nfsShares',
        'smbShares',
        'runningServices',
      ]),
  };
}

describe('every truenas resource on each supported TrueNAS version', () => {
  let ws: Workspace;
  const sims = new Map<string, TrueNASSimulator>();

  before(async () => {
    for (const version of versions) {
      sims.set(version, await startTrueNASSimulator({ apiKeys: [TRUENAS_KEY], loginRateLimit: false, badLoginDelayMs: 0, version }));
    }
    ws = providerWorkspace({ TRUENAS_API_KEY: TRUENAS_KEY, TRUENAS_TIMEOUT: '10s' });
    ws.writeConfig(providers(sims));
    await ws.init();
  });
  after(async () => {
    ws?.cleanup();
    for (const sim of sims.values()) await sim.stop();
  });

  it('25.04, 25.10 and 26.0 side by side: create, update, import, destroy', async () => {
    await runLifecycles<unknown>(
      { ws, providers: providers(sims), target: sims },
      versions.map((version) => versionCase(version, sims.get(version)!)),
    );
  });
});
