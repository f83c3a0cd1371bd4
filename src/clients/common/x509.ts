// The first certificate of a PEM chain (a server's own; the rest are its issuers), parsed by
// node:crypto; shared by the Proxmox provider's plan-time checks and the simulator's answers.
import { X509Certificate } from 'node:crypto';

export function leafCertificate(chain: string): X509Certificate | undefined {
  const first = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(chain)?.[0];
  if (first === undefined) return undefined;
  try {
    return new X509Certificate(first);
  } catch {
    return undefined;
  }
}
