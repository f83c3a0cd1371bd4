// Removing optional attributes from a configuration, in-process against the simulator: the update
// clears them on the server (TrueNAS merges an update over the stored object, so an omitted field
// would keep its value), and the refresh after it plans no change. Cases for the optional
// attributes without a default (sent as the empty value the API takes), and for the SMB share,
// whose 25.10+ options object the client merges with the stored one.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { nfsShareResource } from '../../../src/providers/truenas/resources/nfs-share.js';
import { smbShareResource } from '../../../src/providers/truenas/resources/smb-share.js';
import { iscsiTargetResource } from '../../../src/providers/truenas/resources/iscsi-target.js';
import { userResource } from '../../../src/providers/truenas/resources/user.js';
import { apiKeyResource } from '../../../src/providers/truenas/resources/api-key.js';
import { rsyncTaskResource } from '../../../src/providers/truenas/resources/rsync-task.js';
import { replicationTaskResource } from '../../../src/providers/truenas/resources/replication-task.js';
import { nvmetSubsysResource } from '../../../src/providers/truenas/resources/nvmet-subsys.js';
import { nvmetPortResource } from '../../../src/providers/truenas/resources/nvmet-port.js';
import { nvmetHostResource } from '../../../src/providers/truenas/resources/nvmet-host.js';
import { initScriptResource } from '../../../src/providers/truenas/resources/init-script.js';
import { mailConfigResource } from '../../../src/providers/truenas/resources/mail-config.js';
import { cloudsyncCredentialResource } from '../../../src/providers/truenas/resources/cloudsync-credential.js';
import { cloudsyncTaskResource } from '../../../src/providers/truenas/resources/cloudsync-task.js';
import { alertServiceResource } from '../../../src/providers/truenas/resources/alert-service.js';
import { simWithClient, type Row } from './sim-client.js';
import { TRUENAS_RELEASES } from './harness.js';
import { versionAtLeast } from '../../../src/sim/truenas/version.js';
import { inProcess, type Attributes } from './plan-apply.js';

const DHCHAP_KEY = 'DHHC-1:00:bWFza2VkLWtleS1mb3ItdGVzdGluZy0xMjM0NTY3ODkwYWJj:';

interface ClearCase {
  readonly name: string;
  /** The first release that has the resource (NVMe-oF: 25.10). */
  readonly since?: string;
  readonly resource: unknown;
  /** Objects the case refers to, made first; returns the full and the cleared configuration. */
  readonly setup: (client: TrueNASClient) => Promise<{ full: Attributes; cleared: Attributes }>;
  /** What the server holds after the update, for settings it does not read back. */
  readonly check?: (client: TrueNASClient) => Promise<void>;
}

const CASES: ClearCase[] = [
  {
    name: 'truenas_nfs_share user mappings',
    resource: nfsShareResource,
    async setup(client) {
      await client.call('pool.dataset.create', [{ name: 'tank/nfs' }]);
      const cleared = { path: '/mnt/tank/nfs' };
      return { full: { ...cleared, maproot_user: 'root', maproot_group: 'wheel' }, cleared };
    },
  },
  {
    name: 'truenas_smb_share host lists and switches back to their defaults',
    resource: smbShareResource,
    async setup(client) {
      await client.call('pool.dataset.create', [{ name: 'tank/smb' }]);
      const cleared = { name: 'clear', path: '/mnt/tank/smb' };
      return {
        full: { ...cleared, comment: 'c', hostsallow: ['10.0.0.0/24'], hostsdeny: ['10.0.1.0/24'], abe: true, recyclebin: true, guestok: true },
        cleared,
      };
    },
  },
  {
    name: 'truenas_iscsi_target alias and group initiator/auth',
    resource: iscsiTargetResource,
    async setup(client) {
      const portal = (await client.call('iscsi.portal.create', [{ listen: [{ ip: '0.0.0.0' }] }])) as Row;
      const initiator = (await client.call('iscsi.initiator.create', [{ initiators: [] }])) as Row;
      await client.call('iscsi.auth.create', [{ tag: 7, user: 'chap', secret: 'chap-secret-007' }]);
      const group = { portal: portal.id, authmethod: 'NONE' };
      return {
        full: { name: 'clear', alias: 'Alias', group: [{ ...group, initiator: initiator.id, auth: 7 }] },
        cleared: { name: 'clear', group: [{ ...group, initiator: null, auth: null }] },
      };
    },
  },
  {
    name: 'truenas_user email and sshpubkey',
    resource: userResource,
    async setup(client) {
      await client.call('pool.dataset.create', [{ name: 'tank/home-clear' }]);
      const cleared = { username: 'clearme', full_name: 'Clear Me', password: 'secret-pass-1', home: '/mnt/tank/home-clear' };
      return {
        full: { ...cleared, email: 'me@example.com', sshpubkey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl me' },
        cleared,
      };
    },
  },
  {
    name: 'truenas_api_key expires_at',
    resource: apiKeyResource,
    async setup() {
      const cleared = { name: 'clear-key', username: 'root' };
      return { full: { ...cleared, expires_at: '2099-01-01T00:00:00Z' }, cleared };
    },
  },
  {
    name: 'truenas_rsync_task remote port',
    resource: rsyncTaskResource,
    async setup(client) {
      await client.call('pool.dataset.create', [{ name: 'tank/rsync' }]);
      const cleared = { path: '/mnt/tank/rsync', user: 'root', remotehost: 'backup.example.com', remotemodule: 'data', validate_remote_path: false };
      return { full: { ...cleared, remoteport: 873 }, cleared };
    },
  },
  {
    name: 'truenas_replication_task name_regex, schedule, speed limit and compression',
    resource: replicationTaskResource,
    async setup(client) {
      await client.call('pool.dataset.create', [{ name: 'tank/src' }]);
      const cleared = {
        name: 'clear-repl',
        transport: 'LOCAL',
        source_datasets: ['tank/src'],
        target_dataset: 'tank/dst',
        also_include_naming_schema: ['auto-%Y-%m-%d_%H-%M'],
        auto: false,
      };
      return {
        full: {
          ...cleared,
          auto: true,
          schedule: '0 3 * * *',
          restrict_schedule: '0 * * * *',
          retention_policy: 'CUSTOM',
          lifetime_value: 2,
          lifetime_unit: 'WEEK',
        },
        cleared,
      };
    },
  },
  {
    name: 'truenas_nvmet_subsys optional settings',
    since: '25.10',
    resource: nvmetSubsysResource,
    async setup() {
      const cleared = { name: 'clear-sub' };
      return { full: { ...cleared, pi_enable: true, qid_max: 8, ieee_oui: '0x123456' }, cleared };
    },
  },
  {
    name: 'truenas_nvmet_port optional settings',
    since: '25.10',
    resource: nvmetPortResource,
    async setup() {
      const cleared = { addr_trtype: 'TCP', addr_traddr: '0.0.0.0', addr_trsvcid: 4430 };
      return { full: { ...cleared, inline_data_size: 16384, max_queue_size: 128, pi_enable: true }, cleared };
    },
  },
  {
    name: 'truenas_nvmet_host DH-HMAC-CHAP settings',
    since: '25.10',
    resource: nvmetHostResource,
    async setup() {
      const cleared = { hostnqn: 'nqn.2014-08.org.example:clear' };
      return { full: { ...cleared, dhchap_key: DHCHAP_KEY, dhchap_dhgroup: '2048-BIT' }, cleared };
    },
  },
  {
    name: 'truenas_init_script command to script',
    resource: initScriptResource,
    async setup() {
      return { full: { command: 'echo hi', when: 'POSTINIT' }, cleared: { script: '/mnt/tank', when: 'POSTINIT' } };
    },
  },
  {
    name: 'truenas_mail_config pass (never read back)',
    resource: mailConfigResource,
    async setup() {
      const cleared = { outgoingserver: 'smtp.example.com', fromemail: 'nas@example.com', smtp: true, user: 'nas' };
      return { full: { ...cleared, pass: 'smtp-password' }, cleared };
    },
    async check(client) {
      assert.equal(((await client.call('mail.config', [])) as Row)['pass'], null);
    },
  },
  {
    name: 'truenas_cloudsync_task encryption password and salt (never read back)',
    resource: cloudsyncTaskResource,
    async setup(client) {
      await client.call('pool.dataset.create', [{ name: 'tank/cloud' }]);
      const credential = await inProcess(cloudsyncCredentialResource, client).apply(
        { name: 'clear-b2', provider_type: 'B2', settings: { account: 'b2-account' }, secrets: { key: 'b2-key' } },
        null,
      );
      assert.deepEqual(credential.errors, []);
      const cleared = { path: '/mnt/tank/cloud', credentials: credential.state['id'], direction: 'PUSH', transfer_mode: 'COPY', bucket: 'bucket' };
      return { full: { ...cleared, encryption: true, encryption_password: 'crypt-pass', encryption_salt: 'crypt-salt' }, cleared };
    },
    async check(client) {
      const [task] = (await client.call('cloudsync.query', [[['path', '=', '/mnt/tank/cloud']]])) as Row[];
      assert.deepEqual([task?.['encryption_password'], task?.['encryption_salt']], ['', '']);
    },
  },
  {
    name: 'truenas_alert_service optional settings',
    resource: alertServiceResource,
    async setup() {
      const cleared = { name: 'clear-mm', type: 'Mattermost', url: 'https://mm.example.com/hooks/x', username: 'bot' };
      return { full: { ...cleared, channel: 'alerts', icon_url: 'https://mm.example.com/icon.png' }, cleared };
    },
  },
];

for (const release of TRUENAS_RELEASES) {
  describe(`removing optional attributes clears them on the server (${release.version})`, () => {
    let sim: TrueNASSimulator;
    let client: TrueNASClient;
    before(async () => ({ sim, client } = await simWithClient({ version: release.version })));
    after(async () => {
      client.close();
      await sim.stop();
    });

    for (const testCase of CASES.filter((c) => c.since === undefined || versionAtLeast(release.version, c.since))) {
      it(testCase.name, async () => {
        const { full, cleared } = await testCase.setup(client);
        const resource = inProcess(testCase.resource, client);
        const created = await resource.apply(full, null);
        assert.deepEqual(created.errors, [], 'create');
        assert.deepEqual(await resource.changesAfterRefresh(full, created.state), [], 'plan after create');
        const updated = await resource.apply(cleared, created.state);
        assert.deepEqual(updated.errors, [], 'update');
        assert.deepEqual(await resource.changesAfterRefresh(cleared, updated.state), [], 'plan after the update');
        await testCase.check?.(client);
      });
    }
  });
}
