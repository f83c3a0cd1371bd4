// A certificate, its key and the CSR it was signed from, made outside the server (as a user
// brings them to import), signed by a throwaway CA with the simulator's crypto helpers.
import { createTestCa, generateCsr, signCsr } from '../../src/sim/truenas/certificate-crypto.js';

export interface ExternalCertificate {
  readonly certificate: string;
  readonly privateKey: string;
  readonly csr: string;
}

export async function externalCertificate(name: string): Promise<ExternalCertificate> {
  const { csr, privateKey } = await generateCsr({
    keyType: 'EC',
    keyLength: null,
    ecCurve: 'SECP256R1',
    digest: 'SHA256',
    subject: [['CN', name]],
    san: [`DNS:${name}`],
  });
  return { certificate: await signCsr(await createTestCa(), csr, Date.now()), privateKey, csr };
}
