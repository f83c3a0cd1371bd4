// Updates of datacenter objects as the server applies them: what an attribute removed from the
// configuration (or emptied) leaves on the server, and that the next read plans nothing. The
// resources' create, update and read run in process against the simulator; no terraform.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProxmoxClient } from '../../../src/clients/proxmox/index.js';
import { silentLogger } from '../../../src/log/logger.js';
import { metricsServerResource } from '../../../src/providers/proxmox/resources/metrics-server.js';
import { sdnSubnetResource } from '../../../src/providers/proxmox/resources/sdn-subnet.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';

/** The context a resource operation gets: the provider's client, and a sink for partial state. */
function contextOf(client: ProxmoxClient) {
  return {
    provider: { client },
    logger: silentLogger,
    signal: new AbortController().signal,
    timeoutMs: undefined,
    warn: () => {},
    savePartialState: () => {},
  } as never;
}

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
});
