// Certificates and ACME DNS authenticators on the simulated 25.04, 25.10 and 26.0: the jobs, the
// middleware's checks and error texts (docs/simulators.md, "Certificates"), a CSR made by the
// server and an ACME certificate signed by the simulator's test CA.
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { TrueNASCallError, TrueNASJobError, type TrueNASClient } from '../../../src/clients/truenas/index.js';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { externalCertificate } from '../../helpers/certificates.js';
import { clientFor, startSim } from '../../clients/truenas/fixtures.js';

async function refusal(call: Promise<unknown>): Promise<string[]> {
  const error = await call.then(
    () => assert.fail('the call was accepted'),
    (e: unknown) => e,
  );
  // A CallError ends the job FAILED with its text; validation errors come back as issues.
  if (error instanceof TrueNASJobError) return [error.message.replace(/^.*?FAILED: \[\w+\] /s, '')];
  assert.ok(error instanceof TrueNASCallError, String(error));
  return error.issues.length > 0 ? error.issues.map((i) => `${i.attribute}: ${i.message}`) : [error.serverMessage];
}

for (const version of ['25.04.2', '25.10.0', '26.0.0']) {
  describe(`certificates on the simulated ${version}`, () => {
    let sim: TrueNASSimulator;
    let client: TrueNASClient;
    before(async () => {
      sim = await startSim({ version });
      client = clientFor(sim);
    });
    after(async () => {
      client.close();
      await sim.stop();
    });

    it('imports a certificate with its key, reports its facts and never takes a key that does not match', async () => {
      const made = await externalCertificate('nas.example.com');
      const other = await externalCertificate('other.example.com');
      const certs = client.crypto.certificates;
      assert.deepEqual(
        await refusal(
          certs.create({ name: 'bad_key', create_type: 'CERTIFICATE_CREATE_IMPORTED', certificate: made.certificate, privatekey: other.privateKey }),
        ),
        ['certificate_create.privatekey: Private key does not match certificate: Certificate and private key do not match'],
      );
      assert.deepEqual(
        await refusal(certs.create({ name: 'bad_pem', create_type: 'CERTIFICATE_CREATE_IMPORTED', certificate: 'nope', privatekey: made.privateKey })),
        ['certificate_create.certificate: Not a valid certificate'],
      );
      const cert = await certs.create({
        name: 'imported',
        create_type: 'CERTIFICATE_CREATE_IMPORTED',
        certificate: made.certificate,
        privatekey: made.privateKey,
      });
      assert.equal(cert.DN, '/CN=nas.example.com');
      assert.deepEqual(cert.san, ['DNS:nas.example.com']);
      assert.equal(cert.fingerprint, new X509Certificate(made.certificate).fingerprint);
      assert.equal(cert.key_type, 'EC');
      assert.ok(!('privatekey' in cert), 'the client drops the private key the server returns');
      assert.deepEqual(await refusal(certs.update(cert.id, { renew_days: 5 })), [
        'certificate_update.renew_days: Certificate renewal days is only supported for ACME certificates',
      ]);
      assert.equal((await certs.update(cert.id, { name: 'renamed', add_to_trusted_store: true })).name, 'renamed');
      if (version.startsWith('25.04'))
        assert.deepEqual(
          await refusal(
            certs.create({ name: 'has space', create_type: 'CERTIFICATE_CREATE_IMPORTED', certificate: made.certificate, privatekey: made.privateKey }),
          ),
          ['certificate_create.name: Use alphanumeric characters, "_" and "-".'],
        );
      // In use by FTP: refused with the middleware's text; free again, it goes.
      await client.call('ftp.update', [{ ssltls_certificate: cert.id }]);
      assert.deepEqual(await refusal(certs.delete(cert.id)), ['Certificate is being used by following service(s):\n1) FTP Service\n']);
      await client.call('ftp.update', [{ ssltls_certificate: null }]);
      await certs.delete(cert.id);
      assert.equal(await certs.find(cert.id), undefined);
    });

    it('makes a CSR, and an ACME certificate for it through a DNS authenticator', async () => {
      const certs = client.crypto.certificates;
      const auths = client.crypto.dnsAuthenticators;
      assert.deepEqual(await refusal(auths.create({ name: 'cf', attributes: { authenticator: 'cloudflare' } })), [
        'api_token: Attribute must be specified when Global API Key is not specified.',
      ]);
      const auth = await auths.create({ name: 'cf', attributes: { authenticator: 'cloudflare', api_token: 'token' } });
      assert.deepEqual(await refusal(auths.create({ name: 'cf', attributes: { authenticator: 'route53', access_key_id: 'a', secret_access_key: 'b' } })), [
        'dns_authenticator_create.name: Specified name is already in use',
      ]);
      assert.deepEqual(await refusal(auths.update(auth.id, { attributes: { authenticator: 'route53', access_key_id: 'a', secret_access_key: 'b' } })), [
        'dns_authenticator_update.attributes.authenticator: Authenticator cannot be changed',
      ]);
      const csr = await certs.create({
        name: 'nas_csr',
        create_type: 'CERTIFICATE_CREATE_CSR',
        key_type: 'RSA',
        key_length: 2048,
        digest_algorithm: 'SHA256',
        common: 'nas.example.com',
        country: 'US',
        san: ['nas.example.com', 'www.example.com'],
      });
      assert.equal(csr.cert_type_CSR, true);
      assert.match(csr.CSR ?? '', /BEGIN CERTIFICATE REQUEST/);
      assert.deepEqual(csr.san, ['DNS:nas.example.com', 'DNS:www.example.com']);
      const acme = {
        name: 'nas_acme',
        create_type: 'CERTIFICATE_CREATE_ACME' as const,
        csr_id: csr.id,
        acme_directory_uri: 'https://acme.example.net/directory',
        renew_days: 10,
      };
      assert.deepEqual(await refusal(certs.create({ ...acme, tos: true, dns_mapping: { 'nas.example.com': auth.id } })), [
        'acme_create.dns_mapping: Please provide DNS authenticator id for DNS:www.example.com',
      ]);
      // Keyed as certificate.get_domain_names lists them: the common name, then the SAN entries as "DNS:name".
      const mapping = { 'nas.example.com': auth.id, 'DNS:www.example.com': auth.id };
      assert.deepEqual(await refusal(certs.create({ ...acme, tos: false, dns_mapping: mapping })), [
        'acme_registration_create.tos: Please agree to the terms of service',
      ]);
      const issued = await certs.create({ ...acme, tos: true, dns_mapping: mapping });
      const leaf = new X509Certificate(issued.certificate ?? '');
      assert.ok(leaf.subjectAltName?.includes('DNS:www.example.com'));
      assert.equal(issued.renew_days, 10);
      assert.deepEqual(issued.domains_authenticators, mapping);
      assert.equal((await certs.update(issued.id, { renew_days: 20 })).renew_days, 20);
      // The authenticator's deletion takes it out of the certificate's mapping.
      await auths.delete(auth.id);
      assert.deepEqual((await certs.get(issued.id)).domains_authenticators, {});
      await certs.delete(issued.id);
      await certs.delete(csr.id);
      assert.deepEqual(sim.state.inventory()['certificates'], []);
    });
  });
}
