// Plan-time literals of the access, pool and job resources against the server's own rules
// (pve-access-control Auth/Plugin.pm, AccessControl.pm, API2/Role.pm; pve-common JSONSchema.pm;
// pve-manager API2/Pool.pm, VZDump.pm; pve-guest-common ReplicationConfig.pm), the backup job's
// keep_all state upgrade and the replication removals a create waits for. Table cases, no terraform.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aclResource } from '../../../src/providers/proxmox/resources/acl.js';
import { backupJobResource, pruneBackups, retentionOf, upgradeKeepAll } from '../../../src/providers/proxmox/resources/backup-job.js';
import { hardwareMappingPciResource } from '../../../src/providers/proxmox/resources/hardware-mapping.js';
import { poolMembershipResource } from '../../../src/providers/proxmox/resources/pool-membership.js';
import { poolResource } from '../../../src/providers/proxmox/resources/pool.js';
import { realmSyncResource } from '../../../src/providers/proxmox/resources/realm-sync.js';
import { realmResource } from '../../../src/providers/proxmox/resources/realm.js';
import { blockingRemovals } from '../../../src/providers/proxmox/resources/replication-removal.js';
import { replicationResource } from '../../../src/providers/proxmox/resources/replication.js';
import { roleResource } from '../../../src/providers/proxmox/resources/role.js';
import { userResource } from '../../../src/providers/proxmox/resources/user.js';
import { groupResource } from '../../../src/providers/proxmox/resources/group.js';
import { apiTokenResource } from '../../../src/providers/proxmox/resources/api-token.js';
import type { AnyResource } from '../../../src/framework/provider.js';
import { blockType } from '../../../src/framework/implied-type.js';
import { ResourceRuntime } from '../../../src/framework/resource-runtime.js';
import { decodeDynamic } from '../../../src/framework/wire.js';
import type { Value } from '../../../src/values/types.js';

type Attrs = Record<string, { validators: readonly { validate(v: Value): string | undefined }[]; required?: boolean; optional?: boolean }>;
const attributes = (resource: { schema: { attributes: unknown } }): Attrs => resource.schema.attributes as Attrs;
const problems = (attrs: Attrs, name: string, value: Value): string[] =>
  attrs[name]!.validators.map((v) => v.validate(value)).filter((p): p is string => p !== undefined);

function table(attrs: Attrs, name: string, good: readonly string[], bad: readonly string[]): void {
  for (const value of good) assert.deepEqual(problems(attrs, name, value), [], `${name} = ${JSON.stringify(value)} is accepted`);
  for (const value of bad) assert.notDeepEqual(problems(attrs, name, value), [], `${name} = ${JSON.stringify(value)} is refused`);
}

describe('access and job literals as the server takes them', () => {
  it('user ids: "@" in the user part (OpenID e-mail names), no ":", "/" or blank, 3 to 64 characters', () => {
    table(
      attributes(userResource),
      'user_id',
      ['terraform@pve', 'a@b.c@oidc', 'alice@example.com@authentik', `${'u'.repeat(60)}@pve`],
      ['a/b@pve', 'a:b@pve', 'a b@pve', 'alice', 'alice@1realm', '@pve', `${'u'.repeat(61)}@pve`],
    );
  });

  it('passwords: 8 to 64 characters, stored and write-only', () => {
    const user = attributes(userResource);
    for (const name of ['password', 'password_wo']) table(user, name, ['12345678', 'p'.repeat(64)], ['short', '1234567', 'p'.repeat(65)]);
  });

  it('user.cfg texts: "0" and spaces at the ends are refused (the server stores nothing, or the text trimmed), other texts pass', () => {
    const good = ['', 'Alice', '00', '0.0', 'two words', 'tab\tin', 'ends with a tab\t', 'line\nbreak'];
    const bad = ['0', ' 0', ' Alice', 'Alice ', ' '];
    const user = attributes(userResource);
    for (const name of ['first_name', 'last_name', 'comment']) table(user, name, good, bad);
    for (const resource of [poolResource, groupResource, apiTokenResource]) table(attributes(resource), 'comment', good, bad);
    assert.match(problems(attributes(groupResource), 'comment', '0')[0] ?? '', /stores "0" here as no text/);
    assert.match(problems(attributes(apiTokenResource), 'comment', 'ci ')[0] ?? '', /drops the spaces at the start and end .*: write "ci"/);
  });

  it('user e-mail (email-opt, at most 254 characters), name and comment lengths as the API takes them', () => {
    const user = attributes(userResource);
    table(user, 'email', ['', 'ops@example.com', 'a.b+c~d@mail.example-1.org'], ['0', 'ops', 'ops@', 'a b@example.com', `${'a'.repeat(250)}@x.io`]);
    table(user, 'first_name', ['n'.repeat(1024)], ['n'.repeat(1025)]);
    table(user, 'comment', ['c'.repeat(2048)], ['c'.repeat(2049)]);
  });

  it('group ids (pve-groupid) and token owners (pve-userid)', () => {
    table(attributes(groupResource), 'group_id', ['admins', 'ops.team-1_a', '1ops'], ['ops team', 'ops/x', 'ops:x', '']);
    table(attributes(apiTokenResource), 'user_id', ['terraform@pve', 'a@b.c@oidc'], ['terraform', 'a b@pve', '@pve']);
  });

  it('role ids: the server refuses the PVE prefix in any case', () => {
    table(attributes(roleResource), 'role_id', ['Operator', 'lab.ops-1', 'MyPVE'], ['PVEAdmin', 'pveops', 'Pve', 'bad role', 'a/b']);
    assert.match(problems(attributes(roleResource), 'role_id', 'pveops')[0] ?? '', /starts with "PVE"/);
  });

  it('pool ids: up to 3 levels, each starting with a letter, "." allowed', () => {
    const good = ['lab', 'lab/web', 'lab/web/db', 'lab.v2', 'a-b_c.d'];
    const bad = ['1lab', '_lab', 'lab/1web', 'lab/web/db/x', 'lab/', '/lab', 'lab//web', 'lab web'];
    table(attributes(poolResource), 'pool_id', good, bad);
    table(attributes(poolMembershipResource), 'pool_id', good, bad);
  });

  it('pve-configid ids need two characters at least', () => {
    table(attributes(backupJobResource), 'job_id', ['ab', 'nightly', 'a1'], ['a', '1a', 'a.b']);
    table(attributes(realmSyncResource), 'job_id', ['ab', 'corp-nightly'], ['a', '-a']);
    table(attributes(hardwareMappingPciResource), 'name', ['gpu', 'g1'], ['g', '1gpu']);
  });

  it('replication ids: VMID and job number without leading zeros (the server re-reads them as integers)', () => {
    table(attributes(replicationResource), 'id', ['100-0', '100-1', '999999999-123456789', '100-10'], ['100-01', '100-00', '0100-0', '99-0', '100', '100-']);
  });

  it('ACL paths: only the normalised form, on a path permissions can be set on', () => {
    const acl = attributes(aclResource);
    table(
      acl,
      'path',
      ['/', '/vms/100', '/storage/local', '/pool/lab/web', '/nodes/pve', '/sdn/zones/z1/v1/10', '/mapping/pci/gpu', '/access/realm/pve'],
      ['/vms/100/', 'vms/100', '//storage/local', '/vms//100', '', '/vms/abc', '/vms/099', '/pool/a/b/c/d', '/unknown', '/vms/1 00'],
    );
    assert.match(problems(acl, 'path', '/vms/100/')[0] ?? '', /Proxmox stores "\/vms\/100\/" as "\/vms\/100": write "\/vms\/100"/);
    assert.match(problems(acl, 'path', 'storage//local')[0] ?? '', /as "\/storage\/local"/);
  });

  it('realm-sync jobs need scope; the realm sync defaults leave it optional', () => {
    assert.equal(attributes(realmSyncResource).scope?.required, true);
    assert.notEqual(attributes(realmResource).sync_scope?.required, true);
  });

  it('backup notes templates: escapes \\n and \\\\ only, at most 1024 characters', () => {
    table(
      attributes(backupJobResource),
      'notes_template',
      ['{{guestname}} on {{node}}', 'line\\nnext', 'back\\\\slash', 'x'.repeat(1024), 'ends with \\'],
      ['tab\\there', '\\{{vmid}}', 'a\nb', '{{name}}', 'x'.repeat(1025)],
    );
    assert.match(problems(attributes(backupJobResource), 'notes_template', 'tab\\there')[0] ?? '', /unknown escape sequence\(s\) \\t/);
  });
});

describe('backup job keep_all', () => {
  const none = { keep_all: null, keep_last: null, keep_hourly: null, keep_daily: null, keep_weekly: null, keep_monthly: null, keep_yearly: null };
  it('is a boolean sent as keep-all=1/0 and read back from the prune-backups object', () => {
    assert.equal(pruneBackups({ ...none, keep_all: true }), 'keep-all=1');
    assert.equal(pruneBackups({ ...none, keep_all: false, keep_last: 2 }), 'keep-all=0,keep-last=2');
    assert.deepEqual(retentionOf({ 'prune-backups': { 'keep-all': 1 } }), { ...none, keep_all: true });
    assert.deepEqual(retentionOf({ 'prune-backups': { 'keep-all': '0' } }), { ...none, keep_all: false });
  });
  it('state of schema version 0 (a number) is upgraded to the boolean', () => {
    assert.equal(backupJobResource.schema.version, 1);
    assert.equal(backupJobResource.upgraders?.[0], upgradeKeepAll);
    assert.deepEqual(upgradeKeepAll({ job_id: 'a1', keep_all: 1 }), { job_id: 'a1', keep_all: true });
    assert.deepEqual(upgradeKeepAll({ job_id: 'a1', keep_all: 0 }), { job_id: 'a1', keep_all: false });
    assert.deepEqual(upgradeKeepAll({ job_id: 'a1', keep_all: null }), { job_id: 'a1', keep_all: null });
  });
  it('terraform gets a version-0 state back with keep_all as a boolean', () => {
    const runtime = new ResourceRuntime<object>(backupJobResource as unknown as AnyResource<object>, () => ({}));
    const json = Buffer.from(JSON.stringify({ id: 'nightly', job_id: 'nightly', schedule: 'daily', all: true, keep_all: 1 }));
    const upgraded = runtime.upgrade({ type_name: 'proxmox_backup_job', version: 0, raw_state: { json } });
    assert.deepEqual(upgraded.diagnostics ?? [], []);
    const state = decodeDynamic(upgraded.upgraded_state, blockType(runtime.schema)) as Record<string, Value>;
    assert.equal(state.keep_all, true);
    assert.equal(state.job_id, 'nightly');
  });
});

describe('replication removals a create waits for', () => {
  const jobs = [
    { id: '100-0', guest: 100, target: 'pve2', remove_job: 'full' },
    { id: '100-1', guest: 100, target: 'pve3' },
    { id: '101-0', guest: 101, target: 'pve2', remove_job: 'local' },
  ];
  it('the same id, or the same guest and target, marked for removal', () => {
    assert.deepEqual(
      blockingRemovals(jobs, '100-0', 'pve4').map((j) => j.id),
      ['100-0'],
    );
    assert.deepEqual(
      blockingRemovals(jobs, '100-5', 'pve2').map((j) => j.id),
      ['100-0'],
    );
    assert.deepEqual(blockingRemovals(jobs, '100-1', 'pve3'), [], 'a job not marked is not waited for (create refuses it)');
    assert.deepEqual(blockingRemovals(jobs, '102-0', 'pve2'), []);
  });
});
