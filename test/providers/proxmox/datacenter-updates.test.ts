// Updates of datacenter objects as the server applies them: what an attribute removed from the
// configuration (or emptied) leaves on the server, and that the next read plans nothing. The
// resources' create, update and read run in process against the simulator; no terraform.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProxmoxClient } from '../../../src/clients/proxmox/index.js';
import { metricsServerResource } from '../../../src/providers/proxmox/resources/metrics-server.js';
import { certificateResource } from '../../../src/providers/proxmox/resources/certificate.js';
import { generateCertificate } from '../../../src/sim/truenas/tls.js';
import { acmePluginResource } from '../../../src/providers/proxmox/resources/acme-plugin.js';
import { haGroupResource } from '../../../src/providers/proxmox/resources/ha-group.js';
import { haRuleResource } from '../../../src/providers/proxmox/resources/ha-rule.js';
import { hardwareMappingUsbResource } from '../../../src/providers/proxmox/resources/hardware-mapping.js';
import { sdnSubnetResource } from '../../../src/providers/proxmox/resources/sdn-subnet.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { operationContext } from './in-process.js';

const contextOf = operationContext;

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h.close();
});

describe('proxmox_metrics_server', () => {
  const influx = {
    id: 'influx',
    type: 'influxdb',
    server: 'influx.example.com',
    port: 8086,
    disable: false,
    mtu: null,
    timeout: null,
    proto: null,
    path: null,
    influxdbproto: 'https',
    organization: 'lab',
    bucket: 'pve',
    token: 'first-token',
    token_wo: null,
    token_wo_version: null,
    max_body_size: null,
    api_path_prefix: null,
    verify_certificate: null,
    otel_protocol: null,
    otel_path: null,
    otel_timeout: null,
    otel_compression: null,
    otel_verify_ssl: null,
    otel_resource_attributes: null,
  };

  it('removing token (MetricServer.pm update: delete=token) deletes the stored credentials', async () => {
    const ctx = contextOf(h.client);
    const created = await metricsServerResource.create(ctx, influx);
    assert.equal(h.sim.state.datacenter.metricTokens.get('influx'), 'first-token');
    const updated = await metricsServerResource.update(ctx, { ...influx, token: null, organization: null }, created);
    assert.equal(h.sim.state.datacenter.metricTokens.has('influx'), false, 'the token is gone from the server');
    assert.equal(updated.token, null);
    assert.equal(updated.organization, null, 'the dropped organization is deleted too');
    assert.deepEqual(await metricsServerResource.read(ctx, updated), updated, 'the next read plans nothing');
  });

  it('removing token_wo (its version with it) deletes it too; a kept version sends nothing', async () => {
    const ctx = contextOf(h.client);
    const writeOnly = { ...influx, id: 'influx-wo', token: null, token_wo: 'wo-token', token_wo_version: 1 };
    const created = await metricsServerResource.create(ctx, writeOnly);
    assert.equal(h.sim.state.datacenter.metricTokens.get('influx-wo'), 'wo-token');
    const kept = await metricsServerResource.update(ctx, { ...writeOnly, token_wo: 'other', bucket: 'other' }, created);
    assert.equal(h.sim.state.datacenter.metricTokens.get('influx-wo'), 'wo-token', 'an unchanged version does not send the token again');
    await metricsServerResource.update(ctx, { ...writeOnly, token_wo: null, token_wo_version: null }, kept);
    assert.equal(h.sim.state.datacenter.metricTokens.has('influx-wo'), false);
  });

  it('the simulator refuses to delete an option the type does not have, as the delete loop does', async () => {
    await assert.rejects(
      h.client.datacenter.update('metrics/server', 'influx', { server: 'influx.example.com', port: 8086 }, ['proto']),
      /no such option 'proto'/,
    );
  });
});

describe('proxmox_sdn_subnet', () => {
  const subnet = {
    id: null,
    vnet: 'servers',
    cidr: '10.20.0.0/24',
    gateway: '10.20.0.1',
    snat: true,
    dns_zone_prefix: null,
    dhcp_dns_server: null,
    dhcp_ranges: [{ start: '10.20.0.100', end: '10.20.0.150' }],
    pending_change: null,
  };

  before(async () => {
    await h.client.sdn.create('zones', { zone: 'lab', type: 'simple', ipam: 'pve' });
    await h.client.sdn.create('vnets', { vnet: 'servers', zone: 'lab' });
  });

  it('dhcp_ranges = [] removes the ranges and reads back [] on every refresh, not only after the apply', async () => {
    const ctx = contextOf(h.client);
    const created = await sdnSubnetResource.create(ctx, subnet);
    const emptied = await sdnSubnetResource.update(ctx, { ...subnet, dhcp_ranges: [], gateway: null, snat: null }, created);
    assert.deepEqual(emptied.dhcp_ranges, []);
    assert.equal(emptied.gateway, null);
    assert.equal(emptied.snat, null);
    const refreshed = await sdnSubnetResource.read(ctx, emptied);
    assert.deepEqual(refreshed?.dhcp_ranges, [], 'the state keeps [] (the configuration), so the next plan is empty');
    const unset = await sdnSubnetResource.read(ctx, { ...emptied, dhcp_ranges: null });
    assert.equal(unset?.dhcp_ranges, null, 'unset stays unset');
  });

  it("the simulator refuses a zone's new IPAM while the zone has a subnet (Zones.pm update)", async () => {
    await assert.rejects(h.client.sdn.update('zones', 'lab', {}, ['ipam']), /can't change ipam if a subnet is already defined in this zone/);
    await h.client.sdn.update('zones', 'lab', { mtu: 1400 });
    await h.client.sdn.create('zones', { zone: 'empty', type: 'simple', ipam: 'pve' });
    await h.client.sdn.update('zones', 'empty', {}, ['ipam']);
  });

  it("the simulator's SDN deletes are delete_from_config's: unknown, required and set-and-deleted options refused", async () => {
    await assert.rejects(h.client.sdn.update('zones', 'lab', {}, ['peers']), /no such option 'peers'/);
    await assert.rejects(h.client.sdn.update('vnets', 'servers', {}, ['zone']), /unable to delete required option 'zone'/);
    await assert.rejects(
      h.client.sdn.updateSubnet('servers', 'lab-10.20.0.0-24', { vnet: 'servers', gateway: '10.20.0.1' }, ['gateway']),
      /cannot set and delete property 'gateway' at the same time!/,
    );
  });
});

describe('lists Proxmox keeps no empty copy of are refused empty at plan time', () => {
  /** The first problem the attribute's validators find in `value`. */
  const problem = (attribute: { readonly validators: readonly { validate(value: never): string | undefined }[] }, value: unknown) =>
    attribute.validators.map((v) => v.validate(value as never)).find((p) => p !== undefined);

  it('proxmox_acme_plugin.nodes = [] would read back unset (SectionConfig writes no line for "")', async () => {
    await h.client.certificates.createPlugin({ id: 'empty-nodes', type: 'dns', api: 'cf', nodes: '' });
    assert.equal((await h.client.certificates.findPlugin('empty-nodes'))?.nodes ?? null, null);
    assert.match(problem(acmePluginResource.schema.attributes.nodes, []) ?? '', /must not be an empty list/);
    assert.equal(problem(acmePluginResource.schema.attributes.nodes, ['pve']), undefined);
    await h.client.certificates.updatePlugin('empty-nodes', { nodes: 'pve' });
    await h.client.certificates.updatePlugin('empty-nodes', { nodes: '' }, ['disable']);
    assert.equal((await h.client.certificates.findPlugin('empty-nodes'))?.nodes ?? null, null, 'an update with nodes="" clears them');
    await assert.rejects(h.client.certificates.updatePlugin('empty-nodes', {}, ['mtu']), /no such option 'mtu'/);
  });

  it('HA rules, HA groups and hardware mappings need at least one item', () => {
    const attributes = [
      haRuleResource.schema.attributes.resources,
      haRuleResource.schema.attributes.nodes,
      haGroupResource.schema.attributes.nodes,
      hardwareMappingUsbResource.schema.attributes.map,
    ];
    for (const attribute of attributes) assert.match(problem(attribute, []) ?? '', /must hold at least one/);
    assert.equal(problem(haRuleResource.schema.attributes.resources, ['vm:100']), undefined);
  });
});

describe('the simulator deletes options as the real handlers do', () => {
  it('firewall options: an unknown option in delete refuses the call before anything is deleted (set_options)', async () => {
    const cluster = { kind: 'cluster' } as const;
    await h.client.firewall.updateOptions(cluster, { policy_in: 'ACCEPT' });
    await assert.rejects(h.client.firewall.updateOptions(cluster, {}, { delete: ['policy_in', 'bogus'] }), /delete: no such option 'bogus'/);
    assert.equal((await h.client.firewall.options(cluster)).policy_in, 'ACCEPT');
    await h.client.firewall.updateOptions(cluster, {}, { delete: ['policy_in'] });
    assert.equal((await h.client.firewall.options(cluster)).policy_in, undefined);
  });

  it('API token: only the comment can be deleted (update_token `$deletable`), nothing changes otherwise', async () => {
    await h.client.access.createUser('tok@pve');
    await h.client.access.createToken('tok@pve', 'ci', { comment: 'kept', expire: 0 });
    await assert.rejects(h.client.access.updateToken('tok@pve', 'ci', { expire: 5 }, { delete: ['expire'] }), /delete: unknown option 'expire'/);
    assert.deepEqual(h.sim.state.users.get('tok@pve')?.tokens.get('ci')?.expire, 0);
    await h.client.access.updateToken('tok@pve', 'ci', {}, { delete: ['comment'] });
    assert.equal(h.sim.state.users.get('tok@pve')?.tokens.get('ci')?.comment, '');
  });

  it('hardware mappings: delete_from_config texts per kind', async () => {
    const map = ['node=pve,id=10c4:ea60'];
    await h.client.mappings.create('usb', 'stick', { description: 'old', map });
    await assert.rejects(h.client.mappings.update('usb', 'stick', { map }, { delete: ['mdev'] }), /no such option 'mdev'/);
    await assert.rejects(h.client.mappings.update('usb', 'stick', { map }, { delete: ['map'] }), /unable to delete required option 'map'/);
    await h.client.mappings.update('usb', 'stick', { map }, { delete: ['description'] });
    assert.equal((await h.client.mappings.find('usb', 'stick'))?.description, undefined);
  });
});

describe('proxmox_certificate', () => {
  it('changing only restart or overwrite uploads nothing (no pveproxy reload); a new chain uploads', async () => {
    const [one, two] = await Promise.all([generateCertificate('pve.example.com'), generateCertificate('pve2.example.com')]);
    const uploads: unknown[] = [];
    const certificates = Object.create(h.client.certificates) as ProxmoxClient['certificates'];
    certificates.uploadCustom = (...args) => {
      uploads.push(args);
      return h.client.certificates.uploadCustom(...args);
    };
    const client = Object.assign(Object.create(h.client) as ProxmoxClient, { certificates });
    const ctx = contextOf(client);
    const served = { fingerprint: null, subject: null, issuer: null, subject_alternative_names: null, not_before: null, not_after: null };
    const plan = {
      id: null,
      node: 'pve',
      certificates: one.certPem,
      private_key: one.keyPem,
      private_key_wo: null,
      private_key_wo_version: null,
      overwrite: false,
      restart: true,
      ...served,
    };
    const created = await certificateResource.create(ctx, plan);
    assert.equal(uploads.length, 1);
    const quiet = await certificateResource.update(ctx, { ...plan, restart: false, overwrite: true }, created);
    assert.equal(uploads.length, 1, 'nothing uploaded for restart/overwrite alone');
    assert.equal(quiet.restart, false);
    assert.equal(quiet.fingerprint, created.fingerprint);
    await certificateResource.update(ctx, { ...plan, certificates: two.certPem, private_key: two.keyPem, restart: false }, quiet);
    assert.equal(uploads.length, 2);
  });
});
