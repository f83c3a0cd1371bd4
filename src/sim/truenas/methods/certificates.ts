// certificate.* (create, update and delete are jobs) and acme.dns.authenticator.*, checked as
// truenas/middleware checks them: plugins/crypto_/certificates.py (do_create, validate_common_attributes,
// create_* by create_type, do_update, do_delete), private_models.py (each create type's required
// fields, 25.10+), dependencies.py (a certificate in use), query_utils.py (what a query reports),
// plugins/acme_protocol_/issue_cert.py (dns_mapping against the CSR's names), acme_svc.py and
// plugins/acme_protocol.py (registration, authenticators) @TS-25.10.6; 25.04's differences from
// crypto_/common_validation.py @TS-25.04.2.6.
import { createPrivateKey } from 'node:crypto';
import { Errno } from '../../../clients/truenas/errno.js';
import { ctime, distinguishedName, generateCsr, readChain, readCsr, readKey, sanList, signCsr } from '../certificate-crypto.js';
import { CERT_TYPE_CSR, CERT_TYPE_EXISTING, type SimCertificate, type SimDnsAuthenticator } from '../certificates-state.js';
import { crud, dict, mustExist, versionAtLeast, type CallContext, type MethodTable } from '../registry.js';
import { SimCallError, Verrors, invalid } from '../sim-errors.js';
import { fitReturns } from './fit-returns.js';

type Row = Record<string, unknown>;

const certificates = (ctx: CallContext) => ctx.state.crypto.certificates;
const authenticators = (ctx: CallContext) => ctx.state.crypto.dnsAuthenticators;

/** Subject fields of a CSR in the order the query reports them, with their RDN keys. */
const SUBJECT_FIELDS = [
  ['country', 'C'],
  ['state', 'ST'],
  ['city', 'L'],
  ['organization', 'O'],
  ['organizational_unit', 'OU'],
  ['common', 'CN'],
  ['email', 'emailAddress'],
] as const;

const EMPTY_FACTS: Row = Object.fromEntries(
  [
    'DN',
    ...SUBJECT_FIELDS.map(([field]) => field),
    'from',
    'until',
    'fingerprint',
    'serial',
    'lifetime',
    'digest_algorithm',
    'chain',
    'expired',
    'subject_name_hash',
  ].map((key) => [key, null]),
);

const subjectFields = (pairs: readonly [string, string][]): Row =>
  Object.fromEntries(SUBJECT_FIELDS.map(([field, rdn]) => [field, pairs.find(([key]) => key === rdn || (rdn === 'emailAddress' && key === 'E'))?.[1] ?? null]));

const pairsOf = (subject: string): [string, string][] =>
  subject
    .split('\n')
    .filter(Boolean)
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);

/** What the query reports of a stored certificate (normalize_cert_attrs). */
function present(row: SimCertificate, ctx: CallContext): Row {
  const out: Row = {
    ...EMPTY_FACTS,
    ...structuredClone(row),
    root_path: '/etc/certificates',
    certificate_path: row.certificate ? `/etc/certificates/${row.name}.crt` : null,
    privatekey_path: row.privatekey ? `/etc/certificates/${row.name}.key` : null,
    csr_path: row.CSR ? `/etc/certificates/${row.name}.csr` : null,
    cert_type: 'CERTIFICATE',
    cert_type_existing: Boolean(row.type & CERT_TYPE_EXISTING),
    cert_type_CSR: Boolean(row.type & CERT_TYPE_CSR),
    cert_type_CA: false,
    cert_type_internal: false,
    CA_type_existing: false,
    CA_type_internal: false,
    CA_type_intermediate: false,
    revoked: false,
    can_be_revoked: false,
    signed_certificates: 0,
    signedby: null,
    internal: 'NO',
    chain_list: [],
    san: [],
    extensions: {},
    key_length: null,
    key_type: null,
    parsed: true,
    acme: row.acme === null ? null : (ctx.state.crypto.acmeRegistrations.get(row.acme) ?? null),
  };
  const chain = row.certificate ? readChain(row.certificate) : undefined;
  if (chain) {
    const leaf = chain[0]!;
    const from = new Date(leaf.validFrom);
    const until = new Date(leaf.validTo);
    Object.assign(out, subjectFields(pairsOf(leaf.subject)), {
      chain_list: chain.map((c) => c.toString()),
      DN: distinguishedName(leaf.subject),
      issuer: distinguishedName(leaf.issuer),
      san: sanList(leaf.subjectAltName),
      extensions: leaf.subjectAltName ? { SubjectAltName: leaf.subjectAltName } : {},
      from: ctime(from),
      until: ctime(until),
      lifetime: Math.round((until.getTime() - from.getTime()) / 86400_000),
      serial: Number.parseInt(leaf.serialNumber.slice(-12), 16),
      fingerprint: leaf.fingerprint,
      digest_algorithm: 'SHA256',
      chain: chain.length > 1,
      expired: until.getTime() < ctx.state.now(),
    });
  } else if (row.certificate) out['parsed'] = false;
  if (row.type & CERT_TYPE_CSR) {
    const csr = row.CSR ? readCsr(row.CSR) : undefined;
    if (csr) Object.assign(out, subjectFields(csr.subject), { san: csr.san, DN: `/${csr.subject.map(([k, v]) => `${k}=${v}`).join('/')}` });
    else out['parsed'] = false;
  }
  const key = row.privatekey ? readKey(row.privatekey) : undefined;
  if (key) Object.assign(out, { key_type: key.key_type, key_length: key.key_length });
  return fitReturns(ctx, 'certificate.query', out);
}

/** The name checks: unique (both releases), and 25.04's character set and reserved words (common_validation.py). */
function checkName(name: string, attribute: string, ctx: CallContext, verrors: Verrors, except?: number): void {
  if (
    certificates(ctx)
      .list()
      .some((row) => row.name === name && row.id !== except)
  )
    verrors.add(attribute, 'A certificate with this name already exists');
  if (versionAtLeast(ctx.version, '25.10')) return;
  if (['external', 'self-signed', 'external - signature pending'].includes(name))
    verrors.add(attribute, `${name} is a reserved internal keyword for Certificate Management`);
  if (!/^[a-z0-9_-]+$/i.test(name)) verrors.add(attribute, 'Use alphanumeric characters, "_" and "-".');
}

/** The private model a create type's fields must fit (25.10+ private_models.py): the required ones. */
const REQUIRED_BY_TYPE: Record<string, { model: string; fields: string[] }> = {
  CERTIFICATE_CREATE_IMPORTED: { model: 'certificate_create_certificate_imported', fields: ['certificate'] },
  CERTIFICATE_CREATE_IMPORTED_CSR: { model: 'certificate_create_csr_imported', fields: ['CSR', 'privatekey'] },
  CERTIFICATE_CREATE_ACME: { model: 'certificate_create_acme', fields: ['tos', 'csr_id', 'acme_directory_uri'] },
  CERTIFICATE_CREATE_CSR: { model: 'certificate_create_csr', fields: [] },
};

function commonChecks(data: Row, ctx: CallContext): Verrors {
  const verrors = new Verrors();
  const type = String(data['create_type']);
  checkName(String(data['name']), 'certificate_create.name', ctx, verrors);
  const country = data['country'];
  if (typeof country === 'string' && !/^[A-Z]{2}$/.test(country))
    verrors.add('certificate_create.country', `${country} not in countries recognized by the system`);
  const certificate = typeof data['certificate'] === 'string' ? data['certificate'] : undefined;
  if (certificate && !readChain(certificate)) verrors.add('certificate_create.certificate', 'Not a valid certificate');
  const privateKey = typeof data['privatekey'] === 'string' ? data['privatekey'] : undefined;
  const passphrase = typeof data['passphrase'] === 'string' ? data['passphrase'] : null;
  if (privateKey && !readKey(privateKey, passphrase))
    verrors.add('certificate_create.privatekey', 'A valid private key is required, with a passphrase if one has been set.');
  if (typeof data['CSR'] === 'string' && data['CSR'] && !readCsr(data['CSR'])) verrors.add('certificate_create.CSR', 'Please provide a valid CSR');
  const csrId = data['csr_id'];
  if (
    typeof csrId === 'number' &&
    csrId &&
    !certificates(ctx)
      .list()
      .some((row) => row.id === csrId && row.type & CERT_TYPE_CSR)
  )
    verrors.add(
      'certificate_create.csr_id',
      versionAtLeast(ctx.version, '25.10') ? 'Please provide a valid csr_id' : 'Please provide a valid csr_id which has a valid CSR filed',
    );
  if (verrors.errors.length === 0 && type === 'CERTIFICATE_CREATE_IMPORTED' && certificate) {
    const leaf = readChain(certificate)![0]!;
    const key = privateKey ? readKey(privateKey, passphrase) : undefined;
    if (key && !leaf.checkPrivateKey(createPrivateKey(key.pem)))
      verrors.add('certificate_create.privatekey', 'Private key does not match certificate: Certificate and private key do not match');
  }
  if (type === 'CERTIFICATE_CREATE_CSR' && data['key_type'] !== 'EC' && !data['key_length'])
    verrors.add('certificate_create.key_length', 'RSA-based keys require an entry in this field.');
  if (type === 'CERTIFICATE_CREATE_CSR' && data['key_type'] !== 'EC' && !data['digest_algorithm'])
    verrors.add('certificate_create.digest_algorithm', 'This field is required.');
  if (data['add_to_trusted_store'] === true && (type === 'CERTIFICATE_CREATE_IMPORTED_CSR' || type === 'CERTIFICATE_CREATE_CSR'))
    verrors.add('certificate_create.add_to_trusted_store', 'Cannot add CSR to trusted store');
  if (type === 'CERTIFICATE_CREATE_INTERNAL') verrors.add('certificate_create.signedby', 'Please provide a valid signing authority');
  return verrors;
}

/** The type's own model (25.10+): what it needs that the public model leaves optional. */
function typeModelChecks(data: Row, ctx: CallContext): void {
  const spec = REQUIRED_BY_TYPE[String(data['create_type'])];
  if (!spec) return;
  const verrors = new Verrors();
  for (const field of spec.fields) {
    const value = data[field];
    if (value === undefined || value === null)
      verrors.add(
        `${spec.model}.${field}`,
        field === 'tos' ? 'Input should be a valid boolean' : field === 'csr_id' ? 'Input should be a valid integer' : 'Input should be a valid string',
      );
  }
  if (data['create_type'] === 'CERTIFICATE_CREATE_CSR' && versionAtLeast(ctx.version, '25.10') && (!Array.isArray(data['san']) || data['san'].length === 0))
    verrors.add(`${spec.model}.san`, 'List should have at least 1 item after validation, not 0');
  verrors.check();
}

/** `DNS:name` or `IP:address` as normalize_san writes a SAN entry. */
const normalSan = (entry: string) => (/^(DNS|IP):/.test(entry) ? entry : `${/^[\d.]+$|:/.test(entry) ? 'IP' : 'DNS'}:${entry}`);

/** issue_cert.py issue_certificate: every name of the CSR needs an existing authenticator, and nothing else is mapped. */
function checkDnsMapping(mapping: Record<string, number>, csr: SimCertificate, ctx: CallContext): void {
  const facts = present(csr, ctx);
  const domains = [...(facts['common'] ? [String(facts['common'])] : []), ...((facts['san'] as string[] | null) ?? [])];
  const known = new Set(
    authenticators(ctx)
      .list()
      .map((row) => row.id),
  );
  const copy: Record<string, number> = { ...mapping };
  for (const [domain, id] of Object.entries(mapping)) {
    if (domain.includes(':') && !(domain.split(':', 2)[1]! in copy)) copy[domain.slice(domain.indexOf(':') + 1)] = id;
    else if (!domain.includes(':') && !(normalSan(domain) in copy)) copy[normalSan(domain)] = id;
  }
  const verrors = new Verrors();
  for (const domain of domains) {
    if (!(domain in copy)) verrors.add('acme_create.dns_mapping', `Please provide DNS authenticator id for ${domain}`);
    else if (!known.has(copy[domain]!)) verrors.add('acme_create.dns_mapping', `Provided DNS Authenticator id for ${domain} does not exist`);
    if (domain.endsWith('.')) verrors.add('acme_create.dns_mapping', `Domain ${domain} name cannot end with a period`);
    if (domain.includes('*') && !domain.slice(domain.indexOf(':') + 1).startsWith('*.'))
      verrors.add('acme_create.dns_mapping', 'Wildcards must be at the start of domain name followed by a period');
  }
  for (const domain of Object.keys(mapping)) if (!domains.includes(domain)) verrors.add('acme_create.dns_mapping', `${domain} not specified in the CSR`);
  verrors.check();
}

/** acme_svc.py get_acme_client_and_key_payload: the directory's registration, made (tos needed) on first use. */
function registration(directory: string, tos: boolean, ctx: CallContext): number {
  const table = ctx.state.crypto.acmeRegistrations;
  const found = table.list().find((row) => row.directory === directory);
  if (found) return found.id;
  // get_directory: the simulator reaches every directory but those on the reserved .invalid domain (RFC 2606).
  const host = /^[a-z]+:\/\/([^/:]+)/i.exec(directory)?.[1] ?? '';
  if (!host || host.endsWith('.invalid')) throw new SimCallError(Errno.EFAULT, `Unable to retrieve directory : HTTPSConnectionPool(host='${host}', port=443)`);
  if (!tos) throw invalid('acme_registration_create.tos', 'Please agree to the terms of service');
  const base = directory.replace(/\/directory\/?$/, '');
  return table.insert({
    uri: `${base}/acme/acct/${table.list().length + 1}`,
    directory,
    tos: `${base}/terms`,
    new_account_uri: `${base}/acme/new-acct`,
    new_nonce_uri: `${base}/acme/new-nonce`,
    new_order_uri: `${base}/acme/new-order`,
    revoke_cert_uri: `${base}/acme/revoke-cert`,
    body: { id: table.list().length + 1, status: 'valid', key: '{"kty": "RSA"}' },
  }).id;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

async function createCertificate(data: Row, ctx: CallContext): Promise<Row> {
  const type = String(data['create_type']);
  commonChecks(data, ctx).check();
  ctx.progress(10, 'Initial validation complete');
  if (versionAtLeast(ctx.version, '25.10')) typeModelChecks(data, ctx);
  const base = {
    name: String(data['name']),
    add_to_trusted_store: data['add_to_trusted_store'] === true,
    acme: null,
    acme_uri: null,
    domains_authenticators: null,
    renew_days: 10,
  };
  const passphrase = text(data['passphrase']);
  let row: Omit<SimCertificate, 'id'>;
  if (type === 'CERTIFICATE_CREATE_IMPORTED') {
    const key = text(data['privatekey']);
    if (!key && !versionAtLeast(ctx.version, '25.10')) throw invalid('certificate_create.privatekey', 'Private key is required when importing a certificate');
    row = { ...base, type: CERT_TYPE_EXISTING, certificate: String(data['certificate']), privatekey: key ? readKey(key, passphrase)!.pem : null, CSR: null };
  } else if (type === 'CERTIFICATE_CREATE_IMPORTED_CSR') {
    row = { ...base, type: CERT_TYPE_CSR, certificate: null, CSR: String(data['CSR']), privatekey: readKey(String(data['privatekey']), passphrase)!.pem };
  } else if (type === 'CERTIFICATE_CREATE_CSR') {
    const subject = SUBJECT_FIELDS.filter(([field]) => text(data[field])).map(([field, rdn]) => [rdn, String(data[field])] as [string, string]);
    const made = await generateCsr({
      keyType: String(data['key_type'] ?? 'RSA'),
      keyLength: typeof data['key_length'] === 'number' ? data['key_length'] : null,
      ecCurve: String(data['ec_curve'] ?? 'SECP384R1'),
      digest: String(data['digest_algorithm'] ?? 'SHA256'),
      subject,
      san: ((data['san'] as string[] | undefined) ?? []).map(normalSan),
    });
    ctx.progress(90, 'Finalizing changes');
    row = { ...base, type: CERT_TYPE_CSR, certificate: null, CSR: made.csr, privatekey: made.privateKey };
  } else {
    const csr = mustExist(certificates(ctx).get(Number(data['csr_id'])), 'Certificate', data['csr_id']);
    const directory = `${String(data['acme_directory_uri'])}${String(data['acme_directory_uri']).endsWith('/') ? '' : '/'}`;
    const mapping = dict(data['dns_mapping'], 'dns_mapping') as Record<string, number>;
    checkDnsMapping(mapping, csr, ctx);
    const acme = registration(directory, data['tos'] === true, ctx);
    ctx.progress(25, 'Placing order');
    const chain = await signCsr(await ctx.state.crypto.testCa(), csr.CSR!, ctx.state.now());
    ctx.progress(95, 'Final order received from ACME server');
    row = {
      ...base,
      type: CERT_TYPE_EXISTING,
      certificate: chain,
      CSR: csr.CSR,
      privatekey: csr.privatekey,
      acme,
      acme_uri: `${directory.replace(/\/directory\/$/, '')}/acme/order/${certificates(ctx).list().length + 1}`,
      domains_authenticators: mapping,
      renew_days: typeof data['renew_days'] === 'number' ? data['renew_days'] : 10,
    };
  }
  const stored = certificates(ctx).insert(row);
  ctx.progress(100, 'Certificate created successfully');
  return present(stored, ctx);
}

function updateCertificate(id: number, data: Row, ctx: CallContext): Row {
  const old = mustExist(certificates(ctx).get(id), 'Certificate', id);
  const next = { ...old, ...data } as SimCertificate & { revoked?: boolean };
  if (next.name !== old.name || next.renew_days !== old.renew_days || next.add_to_trusted_store !== old.add_to_trusted_store) {
    const verrors = new Verrors();
    if (next.name !== old.name) checkName(next.name, 'certificate_update.name', ctx, verrors, id);
    if (old.acme === null && data['renew_days'])
      verrors.add('certificate_update.renew_days', 'Certificate renewal days is only supported for ACME certificates');
    if (next.add_to_trusted_store && old.type & CERT_TYPE_CSR)
      verrors.add('certificate_update.add_to_trusted_store', "A CSR cannot be added to the system's trusted store");
    verrors.check();
    old.name = next.name;
    old.add_to_trusted_store = next.add_to_trusted_store;
    if (data['renew_days']) old.renew_days = Number(data['renew_days']);
  }
  ctx.progress(90, 'Finalizing changes');
  return present(old, ctx);
}

/** The services using a certificate, as their attachment delegates name them (FTP's ssltls_certificate). */
function attachments(id: number, ctx: CallContext): string[] {
  const ftp = ctx.state.serviceConfigs['ftp'];
  return ftp?.['ssltls_certificate'] === id ? ['FTP Service'] : [];
}

function deleteCertificate(id: number, ctx: CallContext): boolean {
  mustExist(certificates(ctx).get(id), 'Certificate', id);
  const deps = attachments(id, ctx);
  if (deps.length > 0)
    throw new SimCallError(Errno.EFAULT, `Certificate is being used by following service(s):\n${deps.map((name, i) => `${i + 1}) ${name}\n`).join('')}`);
  // An unexpired ACME certificate is revoked with its ACME server first; the test CA always agrees.
  certificates(ctx).delete(id);
  ctx.progress(100, '');
  return true;
}

// ---- ACME DNS authenticators -------------------------------------------------------------

/** The authenticator's own credential checks (authenticators/cloudflare.py validate_credentials; the others take what the schema took). */
function checkCredentials(attributes: Row): void {
  if (attributes['authenticator'] !== 'cloudflare') return;
  const verrors = new Verrors();
  if (attributes['api_token']) {
    if (attributes['cloudflare_email'])
      verrors.add('cloudflare_email', 'The Cloudflare email should not be specified when using an "api_token." It is only required when using an "api_key."');
    if (attributes['api_key'])
      verrors.add('api_key', 'You can use either an "api_token" or the combination of "Cloudflare email + api_key" (old way) for verification, but not both.');
  } else if (attributes['cloudflare_email'] || attributes['api_key']) {
    if (!attributes['cloudflare_email'])
      verrors.add('cloudflare_email', 'Attribute is required when using a Global API Key (should be associated with Cloudflare account).');
    if (!attributes['api_key']) verrors.add('api_key', 'Attribute is required when using a Global API Key.');
  } else verrors.add('api_token', 'Attribute must be specified when Global API Key is not specified.');
  verrors.check();
}

/** Fills the member's defaults (shell: user, timeout, delay) as the model does. */
function withAuthenticatorDefaults(attributes: Row): Row {
  if (attributes['authenticator'] === 'shell') return { user: 'nobody', timeout: 60, delay: 60, ...attributes };
  if (attributes['authenticator'] === 'cloudflare') return { cloudflare_email: null, api_key: null, api_token: null, ...attributes };
  return attributes;
}

function authenticatorValidation(row: Omit<SimDnsAuthenticator, 'id'>, schema: string, ctx: CallContext, old?: SimDnsAuthenticator): void {
  const verrors = new Verrors();
  if (
    authenticators(ctx)
      .list()
      .some((other) => other.name === row.name && other.id !== old?.id)
  )
    verrors.add(`${schema}.name`, 'Specified name is already in use');
  if (old && old.attributes.authenticator !== row.attributes.authenticator)
    verrors.add(`${schema}.attributes.authenticator`, 'Authenticator cannot be changed');
  checkCredentials(row.attributes);
  verrors.check();
}

const presentAuthenticator = (row: SimDnsAuthenticator) => structuredClone(row) as unknown as Row;

const dnsAuthenticatorMethods = crud<number>('acme.dns.authenticator', {
  noun: 'DNSAuthenticator',
  rows: (ctx) => authenticators(ctx).list().map(presentAuthenticator),
  create: (data, ctx) => {
    const row = {
      name: String(data['name']),
      attributes: withAuthenticatorDefaults(dict(data['attributes'], 'attributes')) as SimDnsAuthenticator['attributes'],
    };
    authenticatorValidation(row, 'dns_authenticator_create', ctx);
    return presentAuthenticator(authenticators(ctx).insert(row));
  },
  update: (id, data, ctx) => {
    const old = mustExist(authenticators(ctx).get(id), 'DNSAuthenticator', id);
    const next = {
      name: typeof data['name'] === 'string' ? data['name'] : old.name,
      attributes: withAuthenticatorDefaults({ ...old.attributes, ...dict(data['attributes'], 'attributes') }) as SimDnsAuthenticator['attributes'],
    };
    authenticatorValidation(next, 'dns_authenticator_update', ctx, old);
    Object.assign(old, next);
    return presentAuthenticator(old);
  },
  delete: (id, _options, ctx) => {
    // certificate.delete_domains_authenticator, then datastore.delete (which does not check the id exists).
    for (const cert of certificates(ctx).list()) {
      if (cert.domains_authenticators && Object.values(cert.domains_authenticators).includes(id))
        cert.domains_authenticators = Object.fromEntries(Object.entries(cert.domains_authenticators).filter(([, value]) => value !== id));
    }
    authenticators(ctx).delete(id);
    return true;
  },
});

/** authenticator_schemas: each authenticator's attributes as the legacy schema dump lists them. */
function authenticatorSchemas(ctx: CallContext): Row[] {
  const accepts = ctx.schema.method('acme.dns.authenticator.create')?.accepts.prefixItems?.[0];
  const members = accepts?.properties?.['attributes']?.oneOf ?? [];
  return members.map((member) => {
    const key = String(member.properties?.['authenticator']?.const ?? '');
    const required = new Set(member.required ?? []);
    return {
      key,
      schema: {
        _name_: key,
        title: key,
        _required_: true,
        attrs: Object.entries(member.properties ?? {})
          .filter(([name]) => name !== 'authenticator')
          .map(([name]) => ({ _name_: name, title: name, _required_: required.has(name) })),
      },
    };
  });
}

const certificateCrud = crud<number>('certificate', {
  noun: 'Certificate',
  rows: (ctx) =>
    certificates(ctx)
      .list()
      .map((row) => present(row, ctx)),
  create: (data, ctx) => createCertificate(data, ctx),
  update: (id, data, ctx) => updateCertificate(Number(id), data, ctx),
  delete: (id, _options, ctx) => deleteCertificate(Number(id), ctx),
  deleteParams: ['force'],
});

export const certificateMethods: MethodTable = {
  ...certificateCrud,
  ...dnsAuthenticatorMethods,
  'acme.dns.authenticator.authenticator_schemas': { params: [], handler: (_args, ctx) => authenticatorSchemas(ctx) },
  'certificate.acme_server_choices': {
    params: [],
    handler: () => ({
      'https://acme-staging-v02.api.letsencrypt.org/directory': "Let's Encrypt Staging Directory",
      'https://acme-v02.api.letsencrypt.org/directory': "Let's Encrypt Production Directory",
    }),
  },
};
