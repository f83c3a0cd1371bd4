// Certificate method groups: `certificate.*` (create, update and delete are jobs:
// plugins/crypto_/certificates.py `@job(lock='cert_create')` etc.) and `acme.dns.authenticator.*`
// (plain calls, plugins/acme_protocol.py).
import { byName } from '../query.js';
import { parseResponse } from '../parse.js';
import * as certs from '../schemas/certificates.js';
import type { ApiContext } from './context.js';
import { CrudGroup } from './crud.js';

export class CertificateGroup extends CrudGroup<certs.Certificate, certs.CertificateCreate, certs.CertificateUpdate, [force?: boolean]> {
  constructor(ctx: ApiContext) {
    super(ctx, { namespace: 'certificate', schema: certs.certificateSchema, idOf: (row) => row.id, findCreated: byName });
  }

  override async create(input: certs.CertificateCreate): Promise<certs.Certificate> {
    return this.createByJob('certificate.create', input, input);
  }

  override async update(id: number, patch: certs.CertificateUpdate): Promise<certs.Certificate> {
    return parseResponse('certificate.update', certs.certificateSchema, await this.ctx.job('certificate.update', [id, patch]));
  }

  /** `force` deletes an ACME certificate even when revoking it with the ACME server fails. */
  override async delete(id: number, force = false): Promise<void> {
    await this.ctx.job('certificate.delete', [id, force]);
  }
}

export class DnsAuthenticatorGroup extends CrudGroup<certs.DnsAuthenticator, certs.DnsAuthenticatorCreate, Partial<certs.DnsAuthenticatorCreate>> {
  constructor(ctx: ApiContext) {
    super(ctx, { namespace: 'acme.dns.authenticator', schema: certs.dnsAuthenticatorSchema, idOf: (row) => row.id, findCreated: byName });
  }
}

/** The certificate method groups. */
export class CertificatesGroup {
  readonly certificates: CertificateGroup;
  readonly dnsAuthenticators: DnsAuthenticatorGroup;
  constructor(ctx: ApiContext) {
    this.certificates = new CertificateGroup(ctx);
    this.dnsAuthenticators = new DnsAuthenticatorGroup(ctx);
  }
}
