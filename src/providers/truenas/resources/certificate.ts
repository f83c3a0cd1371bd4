// truenas_certificate: a certificate in TrueNAS's store (`certificate.*`, jobs), made one of
// three ways, chosen by what the configuration gives: `certificate` (+ key) imports one;
// `csr_id` orders one from an ACME server for an existing CSR, through DNS authenticators;
// otherwise it is a signing request: `csr` (+ key) imports one, or TrueNAS makes a key and a
// CSR from the subject attributes. Only name, renew_days and add_to_trusted_store change in
// place (certificate.update takes nothing else); everything else replaces the object. The
// private key is sent, never read back: TrueNAS returns it, the client drops it.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { rules } from '../../../framework/rules.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { OperationContext, PlanContext, ValidateContext } from '../../../framework/resource.js';
import type { Certificate, CertificateCreate, CertificateUpdate, TrueNASClient } from '../../../clients/truenas/index.js';
import { chainProblem, fingerprintOf, keyMismatch, keyProblem } from '../../common/pem.js';
import { sameFields } from '../../common/same-fields.js';
import { truenasResource, type TrueNASProviderData } from '../provider-data.js';
import { numericCrud } from '../shared/crud.js';
import { deleteIfPresent, numericId, requireId } from '../shared/ids.js';
import { secretAttributes, secretRules } from '../shared/secret-attributes.js';
import { certificateFactAttributes, certificateFacts } from '../shared/certificate-facts.js';
import { inUseAdvice } from '../shared/certificate-in-use.js';
import { replaceWhenChangedBetweenValues } from '../../common/create-only.js';

const replace = planModifiers.requiresReplace();
const keep = planModifiers.useStateForUnknown();
/**
 * For what TrueNAS cannot give back (keys, the ACME order): a change replaces the object, but an
 * imported one, whose state has nothing to compare, adopts the configured value in place.
 */
const replaceOnceKnown = planModifiers.requiresReplaceIf(
  'changing it forces replacement (an imported certificate adopts the configured value)',
  ({ state }) => state !== null,
);

/**
 * For what TrueNAS uses when it makes the key or CSR, or orders the certificate, and never gives
 * back (the curve, the digest, the terms agreed): removing it changes nothing on the server, so
 * only a change from one value to another replaces the certificate.
 */
const replaceWhenChanged = replaceWhenChangedBetweenValues(
  'changing it from one value to another forces replacement (removing it, or giving it to an imported certificate, does not)',
);

/** A CSR subject field: given for a CSR TrueNAS makes, read from the certificate otherwise. */
const subjectField = (what: string) =>
  attr.string({
    optional: true,
    computed: true,
    description: `${what}. Set for a CSR TrueNAS makes; otherwise read from the certificate or CSR.`,
    planModifiers: [keep, replace],
  });

const privateKey = secretAttributes(
  'private_key',
  'The PEM private key of an imported certificate or CSR (never read back; changing it replaces the certificate)',
  {
    planModifiers: [replaceOnceKnown],
  },
);
const passphrase = secretAttributes('passphrase', 'Passphrase of an encrypted private key (TrueNAS stores the key decrypted)', {
  planModifiers: [replaceOnceKnown],
});

const certificateSchema = schema({
  description:
    'A certificate in TrueNAS: an imported certificate and key (`certificate`), a certificate signing request (TrueNAS makes the key and CSR from `common`/`san`…, or `csr` imports one) whose `csr` PEM can be signed elsewhere, or an ACME certificate ordered for such a CSR (`csr_id`) through `truenas_acme_dns_authenticator`s. Changing the certificate, key, CSR or any subject or ACME setting replaces it; `name`, `renew_days` and `add_to_trusted_store` change in place. A certificate a service uses (UI, FTP, apps…) cannot be destroyed until the service uses another.',
  attributes: {
    id: numericId('certificate'),
    name: attr.string({
      required: true,
      description: 'Name (unique; 25.04 allows letters, digits, "_" and "-" only).',
      validators: [validators.lengthBetween(1, 120)],
    }),
    certificate: attr.string({
      optional: true,
      computed: true,
      description:
        'PEM certificate (its chain may follow) to import. Computed for an ACME certificate (the issued chain); null for a CSR. Changing it replaces the certificate.',
      planModifiers: [keep, replace],
      validators: [validators.custom('a PEM certificate chain', (value) => (typeof value === 'string' ? chainProblem(value) : undefined))],
    }),
    ...privateKey,
    ...passphrase,
    csr: attr.string({
      optional: true,
      computed: true,
      description:
        'PEM certificate signing request to import (with its private key); computed for a CSR TrueNAS makes, to be signed elsewhere. Changing it replaces the CSR.',
      planModifiers: [keep, replace],
    }),
    key_type: attr.string({
      optional: true,
      computed: true,
      description: 'Key of a CSR TrueNAS makes: RSA (default) or EC; read from the key otherwise.',
      validators: [validators.oneOf('RSA', 'EC')],
      planModifiers: [keep, replace],
    }),
    key_length: attr.number({
      optional: true,
      computed: true,
      description: 'RSA key size of a CSR TrueNAS makes: 2048 (default) or 4096; read from the key otherwise.',
      validators: [
        validators.custom('2048 or 4096', (value) =>
          typeof value === 'number' && value !== 2048 && value !== 4096 ? `must be 2048 or 4096, got ${value}` : undefined,
        ),
      ],
      planModifiers: [keep, replace],
    }),
    ec_curve: attr.string({
      optional: true,
      description: 'Curve of an EC key TrueNAS makes: SECP256R1, SECP384R1 (the server default), SECP521R1 or ed25519. Not read back.',
      validators: [validators.oneOf('SECP256R1', 'SECP384R1', 'SECP521R1', 'ed25519')],
      planModifiers: [replaceWhenChanged],
    }),
    digest_algorithm: attr.string({
      optional: true,
      description: 'Signature digest of a CSR TrueNAS makes: SHA224, SHA256 (default), SHA384 or SHA512. Not read back.',
      validators: [validators.oneOf('SHA224', 'SHA256', 'SHA384', 'SHA512')],
      planModifiers: [replaceWhenChanged],
    }),
    common: subjectField('Common name (CN)'),
    san: attr.list(ty.string, {
      optional: true,
      computed: true,
      description:
        'Subject alternative names of a CSR TrueNAS makes: DNS names or IP addresses ("nas.example.com", "192.0.2.1"; TrueNAS lists them as "DNS:…"/"IP:…"). Needed, at least one, for a CSR TrueNAS makes.',
      planModifiers: [keep, replace],
    }),
    country: subjectField('Country, a two-letter code (C)'),
    state: subjectField('State or province (ST)'),
    city: subjectField('Locality (L)'),
    organization: subjectField('Organization (O)'),
    organizational_unit: subjectField('Organizational unit (OU)'),
    email: subjectField('E-mail address'),
    csr_id: attr.number({
      optional: true,
      description: "Order an ACME certificate for this CSR (a truenas_certificate CSR's id); needs acme_directory_uri, tos and dns_mapping.",
      validators: [validators.integer()],
      planModifiers: [replace],
    }),
    acme_directory_uri: attr.string({
      optional: true,
      description: 'ACME directory, e.g. "https://acme-staging-v02.api.letsencrypt.org/directory" or "https://acme-v02.api.letsencrypt.org/directory".',
      planModifiers: [replace],
    }),
    tos: attr.bool({
      optional: true,
      description: "Agree to the ACME server's terms of service: must be true to order (the first order from a directory registers an account). Not read back.",
      planModifiers: [replaceWhenChanged],
    }),
    dns_mapping: attr.map(ty.number, {
      optional: true,
      description:
        'The DNS authenticator (truenas_acme_dns_authenticator id) for each name of the CSR, keyed as TrueNAS lists the names of the CSR (certificate.get_domain_names): the common name as is and each SAN as "DNS:name" (a SAN that is also the common name is covered by either key). Every name needs one, and a key naming nothing in the CSR is refused.',
      planModifiers: [replace],
    }),
    renew_days: attr.number({
      optional: true,
      computed: true,
      description: 'ACME certificates: renew this many days before expiry, 1 to 30 (server default 10). Changes in place.',
      validators: [validators.integer(), validators.between(1, 30)],
      planModifiers: [keep],
    }),
    add_to_trusted_store: attr.bool({ default: false, description: "Add the certificate to the system's trusted store (not for a CSR). Changes in place." }),
    force_destroy: attr.bool({ default: false, description: 'Destroy an ACME certificate even when revoking it with the ACME server fails.' }),
    ...certificateFactAttributes,
  },
  rules: [
    ...secretRules('private_key'),
    ...secretRules('passphrase'),
    rules.conflictsWith('certificate', 'csr', 'csr_id'),
    rules.requiredWith('csr_id', 'acme_directory_uri', 'tos', 'dns_mapping'),
    rules.requiredWith('acme_directory_uri', 'csr_id'),
    rules.requiredWith('dns_mapping', 'csr_id'),
  ],
});

type CertificateModel = ModelOf<typeof certificateSchema>;
type CertificatePlan = PlanModelOf<typeof certificateSchema>;
type Name = keyof CertificateModel & string;

/** The subject's fields beside the common name, named as the API names them. */
const DN_FIELDS = ['country', 'state', 'city', 'organization', 'organizational_unit', 'email'] as const;

/** The CSR-making attributes, refused with `certificate`, `csr` or `csr_id`. */
const MADE_CSR_ONLY = ['key_type', 'key_length', 'ec_curve', 'digest_algorithm', 'common', 'san', ...DN_FIELDS] as const;

/** "nas.example.com" and "DNS:nas.example.com" are one name. */
const bareSan = (entry: string) => entry.replace(/^(DNS|IP):/, '');
const sameSans = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((entry, i) => bareSan(entry) === bareSan(b[i]!));

function toModel(row: Certificate, known: Partial<CertificateModel>, csrId: number | null = null): CertificateModel {
  const facts = certificateFacts(row);
  // An imported certificate keeps its configured spelling while the server holds the same one.
  const sameCertificate = known.certificate && row.certificate && fingerprintOf(known.certificate) === fingerprintOf(row.certificate);
  const knownSan = known.san ?? null;
  return {
    id: row.id,
    name: row.name,
    certificate: row.cert_type_CSR ? null : sameCertificate ? known.certificate! : row.certificate,
    private_key: known.private_key ?? null,
    private_key_wo: null,
    private_key_wo_version: known.private_key_wo_version ?? null,
    passphrase: known.passphrase ?? null,
    passphrase_wo: null,
    passphrase_wo_version: known.passphrase_wo_version ?? null,
    csr: known.csr && row.CSR && known.csr.trim() === row.CSR.trim() ? known.csr : row.CSR,
    key_type: row.key_type,
    key_length: row.key_length,
    ec_curve: known.ec_curve ?? null,
    digest_algorithm: known.digest_algorithm ?? null,
    common: row.common,
    san: knownSan !== null && sameSans(knownSan, row.san) ? knownSan : row.san.map(bareSan),
    ...sameFields(row, DN_FIELDS),
    csr_id: known.csr_id ?? csrId,
    acme_directory_uri: known.acme_directory_uri ?? acmeDirectory(row),
    // An ACME certificate exists only because its terms were agreed.
    tos: known.tos ?? (facts.kind === 'acme' ? true : null),
    dns_mapping: row.domains_authenticators === null ? (known.dns_mapping ?? null) : row.domains_authenticators,
    renew_days: facts.kind === 'acme' ? row.renew_days : (known.renew_days ?? null),
    add_to_trusted_store: row.add_to_trusted_store,
    force_destroy: known.force_destroy ?? false,
    ...facts,
  };
}

/** The ACME registration's directory, as an import finds it. */
function acmeDirectory(row: Certificate): string | null {
  const directory = row.acme?.['directory'];
  // TrueNAS stores it with a trailing "/" added; configurations usually have none.
  return typeof directory === 'string' ? directory.replace(/\/$/, '') : null;
}

const given = <T>(value: T | null): value is T => value !== null;

function createInput(plan: CertificatePlan): CertificateCreate {
  const key = plan.private_key_wo ?? plan.private_key;
  const secret = {
    ...(given(key) ? { privatekey: key } : {}),
    ...(given(plan.passphrase_wo ?? plan.passphrase) ? { passphrase: (plan.passphrase_wo ?? plan.passphrase)! } : {}),
  };
  const base = { name: plan.name, add_to_trusted_store: plan.add_to_trusted_store };
  if (given(plan.certificate)) return { ...base, create_type: 'CERTIFICATE_CREATE_IMPORTED', certificate: plan.certificate, ...secret };
  if (given(plan.csr)) return { ...base, create_type: 'CERTIFICATE_CREATE_IMPORTED_CSR', CSR: plan.csr, ...secret };
  if (given(plan.csr_id))
    return {
      ...base,
      create_type: 'CERTIFICATE_CREATE_ACME',
      csr_id: plan.csr_id,
      acme_directory_uri: plan.acme_directory_uri!,
      tos: plan.tos!,
      dns_mapping: plan.dns_mapping!,
      renew_days: plan.renew_days ?? 10,
    };
  const keyType = (plan.key_type ?? 'RSA') as 'RSA' | 'EC';
  const subject = Object.fromEntries((['common', ...DN_FIELDS] as const).filter((k) => given(plan[k])).map((k) => [k, plan[k]!]));
  return {
    ...base,
    create_type: 'CERTIFICATE_CREATE_CSR',
    key_type: keyType,
    ...(keyType === 'RSA' ? { key_length: plan.key_length ?? 2048 } : {}),
    ...(given(plan.ec_curve) ? { ec_curve: plan.ec_curve } : {}),
    digest_algorithm: plan.digest_algorithm ?? 'SHA256',
    san: plan.san ?? [],
    ...subject,
    ...secret,
  };
}

function updateInput(plan: CertificatePlan, prior: CertificateModel): CertificateUpdate {
  return {
    name: plan.name,
    add_to_trusted_store: plan.add_to_trusted_store,
    ...(given(plan.renew_days) && plan.renew_days !== prior.renew_days ? { renew_days: plan.renew_days } : {}),
  };
}

/** Plan-time checks of the PEMs and of what goes with which way of creating. */
function validate(ctx: ValidateContext<Name>): void {
  const certificate = ctx.config.string('certificate');
  const keyAttr: Name = ctx.config.isNull('private_key') ? 'private_key_wo' : 'private_key';
  const key = ctx.config.string(keyAttr);
  const pass = ctx.config.string('passphrase') ?? ctx.config.string('passphrase_wo');
  if (key !== undefined) {
    const problem = certificate !== undefined && !chainProblem(certificate) ? keyMismatch(certificate, key, 'certificate', pass) : keyProblem(key, pass);
    if (problem)
      ctx.error(keyAttr, certificate !== undefined && !keyProblem(key, pass) ? 'Private key does not match' : 'Invalid private key', `The key ${problem}.`);
  }
  if (!ctx.config.isNull('csr_id') && (!ctx.config.isNull('private_key') || !ctx.config.isNull('private_key_wo')))
    ctx.error(keyAttr, 'No private key for an ACME certificate', 'An ACME certificate uses the key of its CSR (csr_id).');
  if (!ctx.config.isNull('renew_days') && ctx.config.isNull('csr_id'))
    ctx.error('renew_days', 'renew_days is for ACME certificates', 'TrueNAS renews only ACME certificates: set renew_days with csr_id, or remove it.');
  if (ctx.config.bool('add_to_trusted_store') === true && ctx.config.isNull('certificate') && ctx.config.isNull('csr_id'))
    ctx.error('add_to_trusted_store', 'A CSR cannot be trusted', "A CSR cannot be added to the system's trusted store; only certificates can.");
  if (ctx.config.string('key_type') === 'EC' && !ctx.config.isNull('key_length'))
    ctx.error('key_length', 'key_length is for RSA keys', 'An EC key takes ec_curve, not key_length.');
}

/** Checks that need the plan's create flag or the server: what a new object needs, the CSR PEM, 25.04's names. */
async function checkPlan(ctx: PlanContext<TrueNASProviderData, Name>): Promise<void> {
  const csr = ctx.config.string('csr');
  if (csr !== undefined) {
    const { csrProblem } = await import('../../common/csr-pem.js');
    const problem = csrProblem(csr);
    if (problem) ctx.error('csr', 'Invalid CSR', `The CSR ${problem}.`);
  }
  if (!ctx.creating) return;
  // What goes with which way of creating: an imported object keeps the subject fields the server
  // reads back, so the configuration terraform generates for it is valid.
  const madeHere = ctx.config.isNull('certificate') && ctx.config.isNull('csr') && ctx.config.isNull('csr_id');
  if (!madeHere) {
    const mode = !ctx.config.isNull('certificate') ? 'certificate' : !ctx.config.isNull('csr') ? 'csr' : 'csr_id';
    for (const field of MADE_CSR_ONLY)
      if (!ctx.config.isNull(field) && ctx.config.isKnown(field))
        ctx.error(
          field,
          `${field} is for a CSR TrueNAS makes`,
          `With "${mode}" set, the subject and key come from ${mode === 'csr_id' ? 'the CSR' : 'the PEM'}; remove "${field}".`,
        );
  }
  const imported = !ctx.config.isNull('certificate') || !ctx.config.isNull('csr');
  if (imported && ctx.config.isNull('private_key') && ctx.config.isNull('private_key_wo'))
    ctx.error(
      'private_key',
      'Missing private key',
      'An imported certificate or CSR needs its private key: set private_key, or private_key_wo with private_key_wo_version.',
    );
  if (!ctx.config.isNull('csr_id') && ctx.config.bool('tos') === false)
    ctx.error('tos', 'Terms of service not agreed', "Ordering from an ACME server needs tos = true (TrueNAS: 'Please agree to the terms of service').");
  const san = ctx.config.get('san');
  if (!imported && ctx.config.isNull('csr_id') && (san === null || (Array.isArray(san) && san.length === 0)))
    ctx.error('san', 'A CSR needs names', 'Set san (at least one DNS name or IP address) for the CSR TrueNAS makes.');
  const client = ctx.provider?.client;
  const name = ctx.config.string('name');
  if (client && name !== undefined && !/^[a-z0-9_-]+$/i.test(name) && !(await client.serverAtLeast('25.10')))
    ctx.error(
      'name',
      'Invalid certificate name',
      `TrueNAS ${await client.serverVersion()} allows letters, digits, "_" and "-" in certificate names; got "${name}".`,
    );
}

/** An imported ACME certificate's CSR: the CSR object holding the same request (what csr_id named). */
async function orderCsr(row: Certificate, known: Partial<CertificateModel>, client: TrueNASClient): Promise<number | null> {
  if (known.csr_id != null || row.acme === null || row.CSR === null) return null;
  const csrs = await client.crypto.certificates.query([['cert_type_CSR', '=', true]]);
  return csrs.find((candidate) => candidate.CSR?.trim() === row.CSR?.trim())?.id ?? null;
}

const crudOps = numericCrud({
  importId: {
    description:
      "the certificate's numeric id (the private key, passphrase and ACME order settings csr_id and tos cannot be read back: keep them in the configuration)",
    example: '3',
  },
  group: (client) => client.crypto.certificates,
  toModel: async (row: Certificate, known: CertificateModel, client: TrueNASClient) => toModel(row, known, await orderCsr(row, known, client)),
  createInput: (plan: CertificatePlan) => createInput(plan),
  updateInput: (plan: CertificatePlan, prior: CertificateModel) => updateInput(plan, prior),
});

export const certificateResource = truenasResource({
  name: 'truenas_certificate',
  schema: certificateSchema,
  validateConfig: validate,
  modifyPlan: checkPlan,
  ...crudOps,
  async delete(ctx: OperationContext<TrueNASProviderData>, state: CertificateModel): Promise<void> {
    await deleteIfPresent(() => inUseAdvice(ctx.provider.client.crypto.certificates.delete(requireId(state.id), state.force_destroy ?? false), state.name));
  },
});
