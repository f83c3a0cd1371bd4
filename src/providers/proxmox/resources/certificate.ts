// `proxmox_certificate`: a node's custom TLS certificate (pveproxy-ssl.pem and its key, pve-manager
// PVE/API2/Certificates.pm upload_custom_cert / remove_custom_cert). Destroying it removes the
// custom files: the node serves its cluster-issued pve-ssl.pem again.
import { attr, schema } from '../../../framework/attributes.js';
import { type OperationContext, type WriteContext } from '../../../framework/resource.js';
import { rules } from '../../../framework/rules.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import type { CertificateInfo } from '../../../clients/proxmox/index.js';
import type { ProxmoxProviderData } from '../index.js';
import { deleteIgnoringMissing } from '../shared/not-found.js';
import { chainProblem, fingerprintOf, keyMismatch, leafCertificate } from '../../common/pem.js';
import { UNKNOWN } from '../../../values/types.js';
import { secretToSend, writeOnlyTwin } from '../shared/write-only-secret.js';
import { createByName } from '../shared/lost-create.js';
import { customCertificateInfo, servedCertificateAttributes, servedCertificateFields } from '../shared/served-certificate.js';
import { perNodeAttributes } from '../shared/node-attr.js';
import { proxmoxResource } from '../provider-data.js';

const privateKey = writeOnlyTwin('private_key', 'The PEM private key');

const certificateSchema = schema({
  description:
    "A node's custom TLS certificate for the web UI and API (port 8006). Destroying it removes the custom certificate; the node serves its cluster-issued one again. With restart, the node reloads its web service before it answers the upload, which may cut the answer off: the provider then checks whether the node serves the certificate sent and, if it does, keeps it in state (tainted, so the next apply uploads it again).",
  attributes: {
    ...perNodeAttributes,
    certificates: attr.string({
      required: true,
      description: "PEM certificate chain: the node's certificate first, then its intermediates.",
      validators: [validators.custom('a PEM certificate chain', (value) => (typeof value === 'string' ? chainProblem(value) : undefined))],
    }),
    private_key: attr.string({
      optional: true,
      sensitive: true,
      description:
        "The certificate's PEM private key. Proxmox never returns it, so an imported certificate may leave it (and `private_key_wo`) unset: the node keeps its key until a new one is sent.",
    }),
    private_key_wo: privateKey.secret,
    private_key_wo_version: privateKey.version,
    overwrite: attr.bool({
      default: false,
      description: 'Replace a custom or ACME certificate the node already has (default false: the upload fails instead).',
    }),
    restart: attr.bool({ default: true, description: 'Reload pveproxy so the new certificate is served at once (default true).' }),
    ...servedCertificateAttributes,
  },
  rules: [
    rules.conflictsWith('private_key', 'private_key_wo'),
    rules.oneOfToCreate('private_key', 'private_key_wo'),
    rules.requiredWith('private_key_wo', 'private_key_wo_version'),
  ],
});

type CertificateModel = ModelOf<typeof certificateSchema>;
type CertificatePlan = PlanModelOf<typeof certificateSchema>;
type Ctx = OperationContext<ProxmoxProviderData>;

function toModel(info: CertificateInfo, known: CertificateModel): CertificateModel {
  const pem = info.pem ?? '';
  // The configured chain stands while the node serves the same certificate (the server returns
  // only the leaf, re-encoded); another certificate shows as a change.
  const same = info.fingerprint !== undefined && fingerprintOf(known.certificates)?.toUpperCase() === info.fingerprint.toUpperCase();
  return {
    ...known,
    id: known.node,
    certificates: same ? known.certificates : pem,
    private_key_wo: null,
    ...servedCertificateFields(info),
  };
}

async function find(ctx: Ctx, known: CertificateModel): Promise<CertificateModel | null> {
  const custom = await customCertificateInfo(ctx.provider.client, known.node);
  return custom === undefined ? null : toModel(custom, known);
}

async function upload(
  ctx: WriteContext<ProxmoxProviderData, CertificateModel>,
  plan: CertificatePlan,
  prior: CertificateModel | null,
): Promise<CertificateModel> {
  const key = secretToSend(
    plan.private_key,
    plan.private_key_wo,
    plan.private_key_wo_version,
    prior && { value: prior.private_key, version: prior.private_key_wo_version },
  );
  // Only `restart` or `overwrite` changed: nothing to upload (an upload rewrites the files and,
  // with restart, reloads pveproxy and drops its connections for nothing).
  if (prior !== null && plan.certificates === prior.certificates && key.value === undefined) {
    const served = await customCertificateInfo(ctx.provider.client, plan.node);
    if (served !== undefined) return toModel(served, { ...plan, id: plan.node, private_key_wo: null } as CertificateModel);
  }
  // After creation the custom certificate is this resource's own: replacing it needs force.
  const force = prior !== null || plan.overwrite;
  const known = { ...plan, id: plan.node, private_key_wo: null } as CertificateModel;
  // The restart of pveproxy runs inside the request (pve-manager PVE/API2/Certificates.pm
  // `upload_custom_cert`) and may cut the answer off after the files were written: when the node
  // serves the certificate sent (and did not before), it is recorded, so the next create is not
  // refused for a custom certificate without `force`.
  const info = await createByName({
    what: `the certificate sent to node "${plan.node}"`,
    exists: async () => {
      const served = await customCertificateInfo(ctx.provider.client, plan.node);
      return served?.fingerprint !== undefined && fingerprintOf(plan.certificates)?.toUpperCase() === served.fingerprint.toUpperCase();
    },
    create: () =>
      ctx.provider.client.certificates.uploadCustom(plan.node, {
        certificates: plan.certificates,
        ...(key.value !== undefined ? { key: key.value } : {}),
        force,
        restart: plan.restart,
      }),
    record: () => ctx.savePartialState(known),
  });
  return toModel(info, known);
}

export const certificateResource = proxmoxResource({
  name: 'proxmox_certificate',
  schema: certificateSchema,
  importId: {
    description: "the node name (the private key cannot be read back: leave it unset to keep the node's, or set it to send it again)",
    example: 'pve',
  },
  create: (ctx: WriteContext<ProxmoxProviderData, CertificateModel>, plan: CertificatePlan) => upload(ctx, plan, null),
  read: (ctx: Ctx, state: CertificateModel) => find(ctx, state),
  update: (ctx: WriteContext<ProxmoxProviderData, CertificateModel>, plan: CertificatePlan, prior: CertificateModel) => upload(ctx, plan, prior),
  async delete(ctx: Ctx, state: CertificateModel) {
    await deleteIgnoringMissing(() => ctx.provider.client.certificates.deleteCustom(state.node, state.restart ?? true));
  },
  importState: (id) => ({ node: id, certificates: '', restart: true, overwrite: false }),
  // A new certificate: its fingerprint and validity are known from the PEM now; how the server
  // spells subject, issuer and names is known after the upload.
  modifyPlan(ctx) {
    const chain = ctx.config.get('certificates');
    if (ctx.creating || typeof chain !== 'string' || chain === ctx.prior.get('certificates')) return;
    const leaf = leafCertificate(chain);
    ctx.setPlanned('fingerprint', leaf?.fingerprint256 ?? UNKNOWN);
    ctx.setPlanned('not_before', leaf === undefined ? UNKNOWN : Math.floor(Date.parse(leaf.validFrom) / 1000));
    ctx.setPlanned('not_after', leaf === undefined ? UNKNOWN : Math.floor(Date.parse(leaf.validTo) / 1000));
    for (const name of ['subject', 'issuer', 'subject_alternative_names'] as const) ctx.setPlanned(name, UNKNOWN);
  },
  validateConfig(ctx) {
    const chain = ctx.config.string('certificates');
    const key = ctx.config.string('private_key') ?? ctx.config.string('private_key_wo');
    if (chain === undefined || key === undefined) return;
    const problem = keyMismatch(chain, key);
    if (problem !== undefined)
      ctx.error(ctx.config.isNull('private_key') ? 'private_key_wo' : 'private_key', 'Private key does not match', `The key ${problem}.`);
  },
});
