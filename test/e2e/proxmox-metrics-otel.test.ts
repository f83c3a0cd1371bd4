// An OpenTelemetry metric server with resource attributes, with the real terraform against the
// simulator: the configuration's JSON object reaches the node base64-encoded (the only form the
// node's sender decodes), reads back without a diff, and a value an earlier provider version
// stored unencoded is sent again, encoded.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

const CONFIG = `
resource "proxmox_metrics_server" "otel" {
  id                       = "otel"
  type                     = "opentelemetry"
  server                   = "192.0.2.60"
  port                     = 4318
  otel_resource_attributes = jsonencode({ "service.namespace" = "lab", "deployment.environment" = "test" })
}
`;

describe('metric server resource attributes with terraform', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e();
  });
  after(() => e2e?.close());

  const stored = () => e2e.sim.state.datacenter.metricServers.get('otel')?.['otel-resource-attributes'];

  it('sends the JSON object base64-encoded and reads it back as configured', async () => {
    e2e.config(CONFIG);
    await e2e.ws.apply();
    const sent = stored();
    assert.ok(sent !== undefined);
    assert.deepEqual(JSON.parse(Buffer.from(sent, 'base64').toString('utf8')), { 'service.namespace': 'lab', 'deployment.environment': 'test' });
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('sends again, encoded, a value the node holds as raw JSON', async () => {
    const server = e2e.sim.state.datacenter.metricServers.get('otel');
    assert.ok(server);
    server['otel-resource-attributes'] = '{"service.namespace":"lab","deployment.environment":"test"}';
    assert.equal((await e2e.ws.planHasChanges()).changes, true);
    await e2e.ws.apply();
    assert.equal(
      Buffer.from(stored() ?? '', 'base64')
        .toString('utf8')
        .startsWith('{'),
      true,
    );
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('refuses attributes that are no JSON object of strings at plan time, naming the attribute', async () => {
    e2e.config(CONFIG.replace(/jsonencode\(\{[^}]*\}\)/, 'jsonencode({ replicas = 3 })'));
    const planned = await e2e.ws.run(['plan', '-no-color', '-input=false']);
    assert.notEqual(planned.code, 0);
    assert.match(planned.stderr, /otel_resource_attributes/);
    assert.match(planned.stderr, /"replicas" is not/);
  });
});
