// `proxmox_acme_certificate`: a node's certificate ordered from an ACME CA (pve-manager
// PVE/API2/ACME.pm). The resource owns the node config's ACME keys (`acme`, `acmedomain0`…`5`,
// PVE/NodeConfig.pm): it writes the account and domains, orders (a task), renews when they
// change, and on destroy revokes the certificate and removes the keys. proxmox_node_config
// manages the node's other settings and never touches these keys.
import { ACME_ALIAS, ACME_DOMAIN, ACME_DOMAIN_SLOTS } from '../../../clients/proxmox/acme-domains.js';
import type { NodeConfig } from '../../../clients/proxmox/index.js';
import { parsePropertyString } from '../../../clients/proxmox/property-string.js';
import { attr, schema } from '../../../framework/attributes.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import { valuesEqual } from '../../../values/compare.js';
import { UNKNOWN, type Value } from '../../../values/types.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { proxmoxResource } from '../provider-data.js';
import {
  customCertificateInfo,
  SERVED_CERTIFICATE_NAMES,
  servedCertificateAttributes,
  servedCertificateFields,
  type ServedCertificateName,
} from '../shared/served-certificate.js';
import { runningTasks, settleTasks, taskOptions } from '../shared/tasks.js';
import { ProxmoxApiError, ProxmoxTaskError, ProxmoxTaskTimeoutError } from '../../../clients/proxmox/errors.js';
import type { WriteContext } from '../../../framework/resource.js';
import { perNodeAttributes } from '../shared/node-attr.js';

const DOMAIN_KEYS = Array.from({ length: ACME_DOMAIN_SLOTS }, (_, index) => `acmedomain${index}`);
const ACME_KEYS = ['acme', ...DOMAIN_KEYS];

const domainAttributes = {
  domain: attr.string({
    required: true,
    description: 'A name the certificate is for, e.g. "pve.example.com".',
    validators: [validators.matches(ACME_DOMAIN, 'a domain name of at least two labels (letters, digits, "-", "_")')],
  }),
  plugin: attr.string({
    optional: true,
    description: 'The DNS challenge plugin (proxmox_acme_plugin) that proves the domain; unset: the built-in standalone HTTP challenge on port 80.',
    validators: [validators.matches(/^[a-z][a-z0-9_-]*$/i, 'a plugin id')],
  }),
  alias: attr.string({
    optional: true,
    description: 'Domain whose _acme-challenge record the DNS plugin writes instead (challenge delegation).',
    validators: [validators.matches(ACME_ALIAS, 'a domain name of at least two labels')],
  }),
};

const acmeCertificateSchema = schema({
  description:
    "A node's TLS certificate for the web UI and API, ordered from an ACME CA (such as Let's Encrypt) with an account (proxmox_acme_account) for the configured domains. Owns the node's ACME settings; changing the account or the domains orders a new certificate and revokes the old one; destroying revokes it and the node serves its cluster-issued certificate again. Proxmox renews the certificate itself (pve-daily-update, 30 days before expiry). A failed order puts the node's previous ACME settings back; when the order's answer is lost or its task outlives the wait, the provider waits for the task first and, when it installed a certificate (or still runs), keeps the new settings and the certificate in state (a new one tainted). Do not manage the same node with proxmox_certificate.",
  attributes: {
    ...perNodeAttributes,
    account: attr.string({
      default: 'default',
      description: 'The ACME account to order with (default "default").',
      validators: [validators.matches(/^[a-z][a-z0-9_-]*$/i, 'an account name')],
    }),
    domains: attr.nested('list', domainAttributes, {
      required: true,
      description: `The domains, at most ${ACME_DOMAIN_SLOTS}; the first is the certificate's subject.`,
    }),
    force: attr.bool({
      default: false,
      description:
        'Replace a custom certificate the node already has (uploaded, or ordered outside Terraform) when ordering (default false: the order fails instead).',
    }),
    ...servedCertificateAttributes,
  },
});

type AcmeCertificateModel = ModelOf<typeof acmeCertificateSchema>;
type AcmeCertificatePlan = PlanModelOf<typeof acmeCertificateSchema>;
type DomainModel = AcmeCertificateModel['domains'][number];
type Provider = ProxmoxProviderData;

/** The node config values for an account and domains: `acme` and one `acmedomainN` per domain, in order. */
export function acmeConfigValues(account: string, domains: readonly DomainModel[]): Record<string, string> {
  const values: Record<string, string> = { acme: `account=${account}` };
  domains.forEach((d, index) => {
    const parts = [`domain=${d.domain}`, ...(d.plugin !== null ? [`plugin=${d.plugin}`] : []), ...(d.alias !== null ? [`alias=${d.alias}`] : [])];
    values[`acmedomain${index}`] = parts.join(',');
  });
  return values;
}

/** The account and domains a node config holds (legacy `acme: domains=a;b` ones after the numbered ones, standalone). */
export function acmeSettingsOf(config: NodeConfig): { account: string; domains: DomainModel[] } {
  const acme = parsePropertyString(String(config.acme ?? ''));
  const domains: DomainModel[] = [];
  for (const key of DOMAIN_KEYS) {
    const record = config[key];
    if (record === undefined) continue;
    const { bare, props } = parsePropertyString(String(record));
    domains.push({ domain: props.domain ?? bare ?? '', plugin: props.plugin ?? null, alias: props.alias ?? null });
  }
  for (const domain of (acme.props.domains ?? '').split(';').filter((d) => d !== '')) domains.push({ domain, plugin: null, alias: null });
  return { account: acme.props.account ?? acme.bare ?? 'default', domains };
}

/** Why the configured domains cannot be ordered, or undefined: none, too many, or one named twice (PVE compares lower-cased). */
export function domainListProblem(domains: readonly string[]): string | undefined {
  if (domains.length === 0) return 'Give at least one domain.';
  if (domains.length > ACME_DOMAIN_SLOTS) return `A node takes at most ${ACME_DOMAIN_SLOTS} ACME domains, got ${domains.length}.`;
  const seen = new Set<string>();
  for (const domain of domains) {
    const lower = domain.toLowerCase();
    if (seen.has(lower)) return `The domain "${lower}" is given twice.`;
    seen.add(lower);
  }
  return undefined;
}

/** The tasks that order a certificate: `acmenewcert` (order) and `acmerenew` (renew), PVE/API2/ACME.pm. */
type OrderTaskType = 'acmenewcert' | 'acmerenew';
const ORDER_TASK_TYPES: readonly OrderTaskType[] = ['acmenewcert', 'acmerenew'];

/** The caller's running order tasks on the node (neither has a worker id: any may be ours). */
async function runningOrders(provider: Provider, node: string, types: readonly OrderTaskType[] = ORDER_TASK_TYPES): Promise<string[]> {
  const found = await Promise.all(types.map((type) => runningTasks(provider.client, node, type)));
  return found.flat();
}

/**
 * Gone when the node has no custom certificate or no ACME domains; but while an order of the
 * caller still runs (a create whose wait ran out), `pending` is kept: the certificate comes.
 */
async function read(provider: Provider, node: string, force: boolean | null, pending?: AcmeCertificateModel): Promise<AcmeCertificateModel | null> {
  const [config, info] = await Promise.all([provider.client.settings.config(node), customCertificateInfo(provider.client, node)]);
  const settings = acmeSettingsOf(config);
  if (info === undefined || settings.domains.length === 0) {
    if (pending === undefined || settings.domains.length === 0) return null;
    return (await runningOrders(provider, node).catch(() => [])).length > 0 ? pending : null;
  }
  return { id: node, node, ...settings, force, ...servedCertificateFields(info) };
}

/** A certificate still being ordered: the settings written, nothing known of the certificate yet. */
function pendingState(plan: AcmeCertificatePlan): AcmeCertificateModel {
  const unknownCertificate = Object.fromEntries(SERVED_CERTIFICATE_NAMES.map((name) => [name, null])) as Record<ServedCertificateName, null>;
  return { ...plan, id: plan.node, ...unknownCertificate };
}

interface Order {
  readonly type: OrderTaskType;
  readonly run: () => Promise<unknown>;
}

/**
 * Writes the ACME keys, runs the order. The order task reads the node config when it starts and
 * installs the certificate when it ends (PVE/API2/ACME.pm `new_certificate`, `renew_certificate`):
 * a refused order or a failed task changed nothing, and the keys are put back as they were. After
 * a lost answer or a wait that ran out, the task (found in the active list when its UPID was lost)
 * is awaited first: when it installed a certificate, or still runs, the keys stay (they are what
 * was ordered), the certificate is recorded and the operation fails (a create is kept tainted).
 */
async function writeAndOrder(ctx: WriteContext<ProxmoxProviderData, AcmeCertificateModel>, plan: AcmeCertificatePlan, order: Order): Promise<void> {
  const { provider } = ctx;
  const { client } = provider;
  const { settings } = client;
  const before = await settings.config(plan.node);
  const servedBefore = (await customCertificateInfo(client, plan.node))?.fingerprint;
  const values = acmeConfigValues(plan.account, plan.domains);
  await settings.updateConfig(
    plan.node,
    values,
    DOMAIN_KEYS.filter((key) => values[key] === undefined && before[key] !== undefined),
  );
  try {
    await order.run();
  } catch (error) {
    const settled = error instanceof ProxmoxApiError || error instanceof ProxmoxTaskError;
    const known = error instanceof ProxmoxTaskTimeoutError ? [error.upid] : undefined;
    const upids = settled ? [] : (known ?? (await runningOrders(provider, plan.node, [order.type]).catch(() => [])));
    const running = await settleTasks(client, upids, taskOptions(ctx)).catch(() => upids);
    const servedAfter = settled ? servedBefore : (await customCertificateInfo(client, plan.node).catch(() => undefined))?.fingerprint;
    if (servedAfter === servedBefore && running.length === 0) {
      const previous = Object.fromEntries(ACME_KEYS.flatMap((key) => (before[key] === undefined ? [] : [[key, String(before[key])]])));
      await settings.updateConfig(
        plan.node,
        previous,
        ACME_KEYS.filter((key) => before[key] === undefined && values[key] !== undefined),
      );
      throw error;
    }
    ctx.savePartialState((await read(provider, plan.node, plan.force).catch(() => null)) ?? pendingState(plan));
    const reason = error instanceof Error ? error.message : String(error);
    const how =
      running.length > 0
        ? `the order task ${running.join(', ')} still runs: the ACME settings stay as written and the certificate is kept in state`
        : 'the order task installed the certificate: the ACME settings stay as written and the certificate is kept in state';
    throw new Error(`${reason}\n${how} (a new one tainted: the next apply replaces it).`, { cause: error });
  }
}

async function readBack(provider: Provider, plan: AcmeCertificatePlan): Promise<AcmeCertificateModel> {
  const written = await read(provider, plan.node, plan.force);
  if (written === null) throw new Error(`The node "${plan.node}" has no ACME certificate after the order.`);
  return written;
}

function domainsOf(value: Value): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const names: string[] = [];
  for (const item of value as readonly Value[]) {
    const domain = item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, Value>).domain : undefined;
    if (typeof domain !== 'string') return undefined;
    names.push(domain);
  }
  return names;
}

export const acmeCertificateResource = proxmoxResource({
  name: 'proxmox_acme_certificate',
  schema: acmeCertificateSchema,
  importId: { description: 'the node name', example: 'pve' },
  async create(ctx, plan) {
    await writeAndOrder(ctx, plan, { type: 'acmenewcert', run: () => ctx.provider.client.certificates.orderAcme(plan.node, plan.force) });
    return readBack(ctx.provider, plan);
  },
  read: (ctx, state) => read(ctx.provider, state.node, state.force, state),
  async update(ctx, plan, prior) {
    const same = plan.account === prior.account && JSON.stringify(plan.domains) === JSON.stringify(prior.domains);
    // The certificate is this resource's own: renewing replaces it at once, whatever its expiry.
    if (!same) await writeAndOrder(ctx, plan, { type: 'acmerenew', run: () => ctx.provider.client.certificates.renewAcme(plan.node, true) });
    return readBack(ctx.provider, plan);
  },
  async delete(ctx, state) {
    const { certificates, settings } = ctx.provider.client;
    const config = await settings.config(state.node);
    if ((await customCertificateInfo(ctx.provider.client, state.node)) !== undefined && acmeSettingsOf(config).domains.length > 0) {
      await certificates.revokeAcme(state.node);
    }
    const present = ACME_KEYS.filter((key) => config[key] !== undefined);
    if (present.length > 0) await settings.updateConfig(state.node, {}, present);
  },
  importState: (id) => ({ node: id, force: false }),
  validateConfig(ctx) {
    const domains = domainsOf(ctx.config.get('domains'));
    const problem = domains === undefined ? undefined : domainListProblem(domains);
    if (problem !== undefined) ctx.error('domains', 'Invalid ACME domains', problem);
  },
  // A new account or new domains order a new certificate: what it will say is known after the order.
  modifyPlan(ctx) {
    if (ctx.creating) return;
    const type = acmeCertificateSchema.attributes.domains.type;
    const same = valuesEqual(ctx.config.get('domains'), ctx.prior.get('domains'), type) && ctx.planned.get('account') === ctx.prior.get('account');
    if (same) return;
    for (const name of SERVED_CERTIFICATE_NAMES) ctx.setPlanned(name, UNKNOWN);
  },
});
