// Bad input fails at plan time with an error naming the attribute, before any API call: CIDRs,
// IP addresses, MACs, cloud-init ipconfig strings, and endpoint URLs (from the environment too).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { startTrueNASSimulator, type TrueNASSimulator } from '../../src/sim/truenas/index.js';
import { providerWorkspace, REQUIRED_PROVIDERS } from '../helpers/providers.js';
import type { Workspace } from '../helpers/terraform.js';
import { PVE_TOKEN } from '../providers/proxmox/harness.js';
import { TRUENAS_KEY } from '../providers/truenas/harness.js';

const PROVIDERS = `${REQUIRED_PROVIDERS}\nprovider "truenas" {}\nprovider "proxmox" {}\n`;

function vm(network: string, cloudInit: string, label = 'web'): string {
  return `
resource "proxmox_vm" "${label}" {
  node = "pve"
  name = "${label}"
  network {
    ${network}
  }
  cloud_init {
    storage = "local-lvm"
    ${cloudInit}
  }
}
`;
}

describe('bad input: plan-time errors naming the attribute', () => {
  let truenas: TrueNASSimulator;
  let proxmox: ProxmoxSimulator;
  let ws: Workspace;

  before(async () => {
    [truenas, proxmox] = await Promise.all([
      startTrueNASSimulator({ apiKeys: [TRUENAS_KEY], loginRateLimit: false, badLoginDelayMs: 0 }),
      startProxmoxSimulator({ tokens: [PVE_TOKEN], taskDelayMs: 5, authFailureDelayMs: 0 }),
    ]);
    ws = providerWorkspace({
      TRUENAS_ENDPOINT: truenas.url,
      TRUENAS_API_KEY: TRUENAS_KEY,
      PROXMOX_VE_ENDPOINT: proxmox.url,
      PROXMOX_VE_API_TOKEN: PVE_TOKEN,
      PROXMOX_VE_INSECURE: 'true',
    });
    ws.writeConfig(PROVIDERS);
    await ws.init();
  });
  after(async () => {
    ws?.cleanup();
    await Promise.all([truenas?.stop(), proxmox?.stop()]);
  });

  /** Plans `hcl` expecting failure; the output with line breaks folded, and that nothing was sent to create anything. */
  async function planFails(hcl: string, env: Readonly<Record<string, string>> = {}): Promise<string> {
    ws.writeConfig(`${PROVIDERS}\n${hcl}`);
    const before = proxmox.requests.length;
    const result = await ws.run(['plan', '-no-color', '-input=false'], env);
    assert.notEqual(result.code, 0, `the plan should fail\n${result.stdout}`);
    assert.equal(proxmox.requests.slice(before).filter((r) => r.method !== 'GET').length, 0, 'no write reached the server');
    return result.stderr.replace(/\s+/g, ' ');
  }

  it('NFS networks (a prefix beyond /32, a malformed one) and iSCSI portal addresses, in one plan', async () => {
    const output = await planFails(
      `resource "truenas_nfs_share" "media" {\n  path = "/mnt/tank/media"\n  networks = ["192.168.1.0/33", "10.0.0.0/8x"]\n}\n` +
        `resource "truenas_iscsi_portal" "p" {\n  listen = ["10.0.0.1", "999.1.1.1"]\n}\n`,
    );
    assert.match(
      output,
      /"networks" element 1 must be an address with a prefix length from 0 to 32 \(such as "192\.168\.1\.0\/24"\), got "192\.168\.1\.0\/33"/,
    );
    assert.match(output, /with truenas_nfs_share\.media, on main\.tf line \d+, in resource "truenas_nfs_share" "media": \d+: networks =/);
    assert.match(output, /"listen" element 2 must be an IPv4 or IPv6 address, got "999\.1\.1\.1"/);
    assert.match(output, /with truenas_iscsi_portal\.p, on main\.tf line \d+, in resource "truenas_iscsi_portal" "p": \d+: listen =/);
    assert.equal(truenas.state.nfsShares.list().length, 0);
    assert.equal(truenas.state.portals.list().length, 0);
  });

  // Each VM carries one bad value (a validator names the first bad part it meets), all in one
  // plan: terraform reports every resource's errors together, and each plan costs seconds.
  it('cloud-init ipconfig (a prefix beyond /32, an unknown key, a gateway of the wrong family), DNS servers and NIC MAC addresses (malformed, multicast), in one plan', async () => {
    const output = await planFails(
      vm('', 'ip_config = ["ip=10.0.0.5/33", "ip=dhcp,gateway=10.0.0.1", "ip6=auto,gw6=10.0.0.1"]') +
        vm('', 'ip_config = ["ip=dhcp,gateway=10.0.0.1"]', 'gateway') +
        vm('', 'ip_config = ["ip6=auto,gw6=10.0.0.1"]', 'family') +
        vm('', 'dns_servers = ["10.0.0.256"]', 'dns') +
        vm('mac_address = "BC:24:11:00:00"', '', 'short_mac') +
        vm('mac_address = "01:00:5E:00:00:01"', '', 'multicast_mac'),
    );
    assert.match(output, /"ip_config" element 1 ip= must be an address with a prefix length from 0 to 32 \(such as "10\.0\.0\.5\/24"\), got "10\.0\.0\.5\/33"/);
    assert.match(output, /in resource "proxmox_vm" "web": \d+: ip_config = \[/);
    assert.match(output, /"ip_config" element 1 has "gateway=10\.0\.0\.1", but takes only ip=, gw=, ip6= and gw6= parts/);
    assert.match(output, /gw6= must be an IPv6 address, got "10\.0\.0\.1"/);
    assert.match(output, /"dns_servers" element 1 must be an IPv4 or IPv6 address, got "10\.0\.0\.256"/);
    assert.match(output, /"mac_address" must be a MAC address such as "BC:24:11:00:00:01", got "BC:24:11:00:00"/);
    assert.match(output, /"mac_address" must be a unicast MAC address \(the first octet even\), got "01:00:5E:00:00:01"/);
  });

  it('endpoint without a scheme, in the provider block and from the environment', async () => {
    ws.writeConfig(`${REQUIRED_PROVIDERS}\nprovider "truenas" {\n  endpoint = "nas.lan:8080"\n}\nprovider "proxmox" {}\ndata "truenas_system_info" "nas" {}\n`);
    const inBlock = await ws.run(['plan', '-no-color', '-input=false']);
    assert.notEqual(inBlock.code, 0);
    assert.match(
      inBlock.stderr.replace(/\s+/g, ' '),
      /"endpoint" must be a URL starting with https:\/\/, http:\/\/, wss:\/\/ or ws:\/\/, such as "https:\/\/nas\.lan:8080", got "nas\.lan:8080"/,
    );

    const fromEnv = await planFails('data "truenas_system_info" "nas" {}\ndata "proxmox_version" "pve" {}\n', {
      TRUENAS_ENDPOINT: '127.0.0.1:8080',
      PROXMOX_VE_ENDPOINT: 'pve.lan:8006',
    });
    assert.match(
      fromEnv,
      /Invalid endpoint in the environment.*TRUENAS_ENDPOINT \(the provider's endpoint\) must be a URL starting with https:\/\/, http:\/\/, wss:\/\/ or ws:\/\/, such as "https:\/\/127\.0\.0\.1:8080", got "127\.0\.0\.1:8080"/,
    );
    assert.match(
      fromEnv,
      /PROXMOX_VE_ENDPOINT \(the provider's endpoint\) must be a URL starting with https:\/\/ or http:\/\/, such as "https:\/\/pve\.lan:8006", got "pve\.lan:8006"/,
    );
  });
});
