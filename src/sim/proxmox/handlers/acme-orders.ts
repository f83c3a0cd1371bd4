// A node's ACME certificate (pve-manager PVE/API2/ACME.pm `new_certificate`,
// `renew_certificate`, `revoke_certificate`): ordered for the domains of the node config's ACME
// settings with the account they name, as a task. The simulator talks to no CA: every
// challenge passes and the certificate is self-signed for the ordered domains (90 days, as
// Let's Encrypt issues them); revoking only logs.
import { acmeNodeConfig, type SimAcmeNodeConfig } from '../acme-node-config.js';
import { requireNode, flagParam, type RequestContext, type Routes } from '../engine.js';
import { die, paramError, PveError } from '../pve-error.js';
import type { TaskLog } from '../task-registry.js';
import { generateCertificate } from '../../truenas/tls.js';
import { parseCertificate } from '../x509-info.js';

const RENEW_WINDOW_SECONDS = 30 * 24 * 60 * 60;

function customPath(node: string): string {
  return `/etc/pve/nodes/${node}/pveproxy-ssl.pem`;
}

/** The node's ACME settings; 400 when they name no domain. */
function orderConfig(ctx: RequestContext, node: string): SimAcmeNodeConfig {
  const config = ctx.engine.state.settings.get(node)?.config ?? {};
  const acme = acmeNodeConfig(config, ctx.engine.state.certificates.plugins);
  if (acme.domains.length === 0) throw new PveError(400, 'ACME domain list in node configuration is missing!');
  return acme;
}

/** The account file must exist when the worker starts ("Loading ACME account details"). */
function loadAccount(ctx: RequestContext, acme: SimAcmeNodeConfig, log: TaskLog): void {
  if (!ctx.engine.state.certificates.accounts.has(acme.account)) throw new Error(`ACME account config file '${acme.account}' does not exist.`);
  log('Loading ACME account details');
}

/** `$order_certificate`: authorize each domain through its plugin, finalize, download. */
async function order(ctx: RequestContext, node: string, acme: SimAcmeNodeConfig, log: TaskLog): Promise<void> {
  const { certificates } = ctx.engine.state;
  log('Placing ACME order');
  for (const { domain, plugin } of acme.domains) {
    log(`The validation for ${domain} is pending!`);
    if (!certificates.plugins.has(plugin)) throw new Error(`plugin '${plugin}' for domain '${domain}' not found!`);
    log(plugin === 'standalone' ? 'Setting up webserver' : `[${plugin}] Adding TXT record for _acme-challenge.${domain}`);
    log('Triggering validation');
    log(`Status is 'valid', domain '${domain}' OK!`);
  }
  log('All domains validated!');
  log('Creating CSR');
  const names = acme.domains.map((d) => d.domain);
  const issued = await generateCertificate(names[0], { dnsNames: names, validDays: 90 });
  log('Downloading certificate');
  log('Setting pveproxy certificate and key');
  certificates.custom.set(node, { pem: issued.certPem, key: issued.keyPem });
  log('Restarting pveproxy');
}

function newCertificate(ctx: RequestContext): string {
  const node = requireNode(ctx);
  if (!flagParam(ctx.params, 'force') && ctx.engine.state.certificates.custom.has(node)) {
    throw paramError({ force: "Custom certificate exists but 'force' is not set." });
  }
  const acme = orderConfig(ctx, node);
  return ctx.engine.tasks.start(node, 'acmenewcert', '', ctx.who, async (log) => {
    loadAccount(ctx, acme, log);
    await order(ctx, node, acme, log);
  });
}

function renewCertificate(ctx: RequestContext): string {
  const node = requireNode(ctx);
  const current = ctx.engine.state.certificates.custom.get(node);
  if (!current) throw die('No current (custom) certificate found, please order a new certificate!');
  const notAfter = Date.parse(parseCertificate(current.pem)?.validTo ?? '') / 1000;
  const expiresSoon = !(notAfter > Date.now() / 1000 + RENEW_WINDOW_SECONDS);
  if (!expiresSoon && !flagParam(ctx.params, 'force')) {
    throw paramError({ force: "Certificate does not expire within the next 30 days, and 'force' is not set." });
  }
  const acme = orderConfig(ctx, node);
  return ctx.engine.tasks.start(node, 'acmerenew', '', ctx.who, async (log) => {
    loadAccount(ctx, acme, log);
    await order(ctx, node, acme, log);
    log('Revoking old certificate');
  });
}

function revokeCertificate(ctx: RequestContext): string {
  const node = requireNode(ctx);
  const acme = orderConfig(ctx, node);
  if (!ctx.engine.state.certificates.custom.has(node)) throw die(`can't open '${customPath(node)}' - No such file or directory`);
  return ctx.engine.tasks.start(node, 'acmerevoke', '', ctx.who, (log) => {
    loadAccount(ctx, acme, log);
    log('Revoking old certificate');
    log('Deleting certificate files');
    ctx.engine.state.certificates.custom.delete(node);
    log('Restarting pveproxy to revert to self-signed certificates');
  });
}

export const acmeOrderRoutes: Routes = {
  'GET /nodes/{node}/certificates/acme': (ctx) => {
    requireNode(ctx);
    return [{ name: 'certificate' }];
  },
  'POST /nodes/{node}/certificates/acme/certificate': newCertificate,
  'PUT /nodes/{node}/certificates/acme/certificate': renewCertificate,
  'DELETE /nodes/{node}/certificates/acme/certificate': revokeCertificate,
};
