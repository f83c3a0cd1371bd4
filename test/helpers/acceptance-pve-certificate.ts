// proxmox_certificate in the disruptive tier, only where it can be put back exactly: the node
// serves its cluster-issued pve-ssl.pem (no custom or ACME certificate, whose key the API never
// gives back), and the run skips TLS verification (TRUEMOX_ACC_PROXMOX_INSECURE=1: the node then
// serves a self-signed certificate the run makes, `<prefix>.example`). The case uploads it,
// replaces it with a second one, and destroys it: removing the custom certificate makes the node
// serve pve-ssl.pem again, which is where it started. Each change restarts pveproxy.
import type { ProxmoxClient } from '../../src/clients/proxmox/index.js';
import { customCertificateInfo } from '../../src/providers/proxmox/shared/served-certificate.js';
import { generateCertificate } from '../../src/sim/truenas/tls.js';
import type { Restore } from './acceptance-disruptive.js';
import type { LifecycleCase } from './lifecycle.js';
import type { AcceptanceServers } from './lifecycle-acceptance.js';

/** The case (undefined when the node cannot be put back or the run verifies TLS), and its restore. */
export async function proxmoxCertificateDisruptive(
  client: ProxmoxClient,
  prefix: string,
  node: string,
  insecure: boolean,
): Promise<{ case?: LifecycleCase<AcceptanceServers>; restores: Restore[] }> {
  if (!insecure || (await customCertificateInfo(client, node)) !== undefined) return { restores: [] };
  const certificates = [await generateCertificate(`${prefix}.example`), await generateCertificate(`${prefix}-2.example`)];
  // As a PEM file holds it (with its last newline): the server gives the chain back so.
  const config = (v: 0 | 1) => `resource "proxmox_certificate" "acc" {
  node         = "${node}"
  certificates = ${JSON.stringify(certificates[v]!.certPem.replace(/\n*$/, '\n'))}
  private_key  = ${JSON.stringify(certificates[v]!.keyPem)}
}`;
  return {
    // A run that fails with the certificate still up removes it: the node had none of its own.
    restores: [
      async () => {
        if ((await customCertificateInfo(client, node)) !== undefined) await client.certificates.deleteCustom(node, true);
      },
    ],
    case: {
      name: `proxmox_certificate of node ${node} (disruptive)`,
      steps: [
        { config: config(0), expect: { 'proxmox_certificate.acc': 'create' } },
        { config: config(1), expect: { 'proxmox_certificate.acc': 'update' } },
      ],
      // The key is never read back.
      imports: [{ address: 'proxmox_certificate.acc', unreadable: ['private_key'] }],
      leftovers: async (servers) => ((await customCertificateInfo(servers.proxmox!, node)) ? [`custom certificate of node ${node}`] : []),
    },
  };
}
