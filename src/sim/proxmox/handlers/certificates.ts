// ACME accounts and plugins (pve-manager PVE/API2/ACMEAccount.pm, ACMEPlugin.pm) and a node's
// custom certificate (PVE/API2/Certificates.pm, PVE/CertHelpers.pm set_cert_files). The
// simulator talks to no CA: registering succeeds when the terms of service are agreed to.
import { createPrivateKey } from 'node:crypto';
import { listParam, requireNode, type RequestContext, type Routes } from '../engine.js';
import { die, paramError } from '../pve-error.js';
import { certificateInfo, parseCertificate, type CertificateInfo } from '../x509-info.js';

const LETS_ENCRYPT = 'https://acme-v02.api.letsencrypt.org/directory';

function accountName(ctx: RequestContext): string {
  return ctx.params.name ?? 'default';
}

function requireAccount(ctx: RequestContext): string {
  const name = accountName(ctx);
  if (!ctx.engine.state.certificates.accounts.has(name)) throw paramError({ name: `ACME account config file '${name}' does not exist.` });
  return name;
}

/** `mailto:` addresses from the comma list (the account's contact as the CA keeps it). */
function contactOf(ctx: RequestContext): string[] {
  return listParam(ctx.params.contact).map((address) => `mailto:${address}`);
}

function registerAccount(ctx: RequestContext): string {
  const { accounts } = ctx.engine.state.certificates;
  const name = accountName(ctx);
  if (accounts.has(name)) throw paramError({ name: `ACME account config file '${name}' already exists.` });
  const directory = ctx.params.directory ?? LETS_ENCRYPT;
  const tos = ctx.params.tos_url;
  const contact = contactOf(ctx);
  const eabKid = ctx.params['eab-kid'];
  return ctx.engine.tasks.start(ctx.engine.state.nodes[0] ?? 'pve', 'acmeregister', '', ctx.who, (log) => {
    log('Generating ACME account key..');
    log('Registering ACME account..');
    // A CA with terms of service refuses a registration that does not agree to them (RFC 8555 7.3).
    if (tos === undefined) throw new Error('Registration failed: urn:ietf:params:acme:error:malformed: must agree to terms of service');
    // CAs whose directory says externalAccountRequired (ZeroSSL, Google, Sectigo) refuse a
    // registration without a binding (RFC 8555 7.3.4); the simulator treats a directory URL
    // naming one of them so.
    if (eabKid === undefined && /zerossl|pki\.goog|sectigo/.test(directory)) {
      throw new Error('Registration failed: urn:ietf:params:acme:error:externalAccountRequired: external account binding required');
    }
    const location = `${directory.replace(/\/directory$/, '')}/acme/acct/${1000 + accounts.size}`;
    accounts.set(name, { contact, directory, tos, location, ...(eabKid !== undefined ? { eabKid } : {}) });
    log(`Registration successful, account URL: '${location}'`);
  });
}

function readAccount(ctx: RequestContext): Record<string, unknown> {
  const account = ctx.engine.state.certificates.accounts.get(requireAccount(ctx));
  if (!account) throw die('unreachable');
  return {
    account: { contact: account.contact, status: 'valid' },
    directory: account.directory,
    location: account.location,
    ...(account.tos !== undefined ? { tos: account.tos } : {}),
  };
}

function updateAccount(ctx: RequestContext): string {
  const name = requireAccount(ctx);
  const contact = contactOf(ctx);
  const kind = contact.length > 0 ? 'acmeupdate' : 'acmerefresh';
  return ctx.engine.tasks.start(ctx.engine.state.nodes[0] ?? 'pve', kind, '', ctx.who, () => {
    const account = ctx.engine.state.certificates.accounts.get(name);
    if (!account) throw new Error(`ACME account config file '${name}' does not exist.`);
    if (contact.length > 0) account.contact = contact;
  });
}

function deactivateAccount(ctx: RequestContext): string {
  const name = requireAccount(ctx);
  const certificates = ctx.engine.state.certificates;
  return ctx.engine.tasks.start(ctx.engine.state.nodes[0] ?? 'pve', 'acmedeactivate', '', ctx.who, (log) => {
    const renamed = `_deactivated_${name}_${certificates.deactivated.filter((n) => n.startsWith(`_deactivated_${name}_`)).length}`;
    log(`Renaming account file from '${name}' to '${renamed}'`);
    certificates.accounts.delete(name);
    certificates.deactivated.push(renamed);
  });
}

function pluginOf(ctx: RequestContext): Record<string, string> {
  const id = ctx.params.id ?? '';
  const plugin = ctx.engine.state.certificates.plugins.get(id);
  if (!plugin) throw die(`ACME plugin '${id}' not defined`);
  return plugin;
}

/** DNSChallenge options: api needed; StandAlone takes only disable and nodes. */
function pluginOptionNames(type: string): string[] {
  return type === 'dns' ? ['api', 'data', 'nodes', 'disable', 'validation-delay'] : ['nodes', 'disable'];
}

function checkPluginOptions(type: string, options: Record<string, string>, create: boolean): void {
  const takes = pluginOptionNames(type);
  for (const key of Object.keys(options)) if (!takes.includes(key)) throw die(`unexpected property '${key}'`);
  if (create && type === 'dns' && options.api === undefined) throw paramError({ api: 'property is missing and it is not optional' });
}

/**
 * The options as the plugin config holds them after `check_config`: `data` arrives base64
 * encoded and is kept decoded (proxmox-acme PVE/ACME/Challenge.pm `decode_value`, base64url with
 * the padding optional; pve-common SectionConfig.pm `check_value` refuses a line feed first). The
 * file holds it base64url encoded and parsing decodes it again, so GET answers the plain text.
 */
function checkedPluginOptions(type: string, options: Record<string, string>, create: boolean): Record<string, string> {
  checkPluginOptions(type, options, create);
  const { data } = options;
  if (data === undefined) return options;
  if (/[\n\r]/.test(data)) throw die('property contains a line feed');
  return { ...options, data: Buffer.from(data.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8') };
}

function createPlugin(ctx: RequestContext): null {
  const { plugins } = ctx.engine.state.certificates;
  const { id = '', type = '', ...options } = ctx.params;
  if (plugins.has(id)) throw die(`ACME plugin ID '${id}' already exists`);
  plugins.set(id, withoutEmptyValues({ ...checkedPluginOptions(type, options, true), type }));
  return null;
}

/**
 * An empty value is not written (SectionConfig `format_config_line` writes only values that are
 * not ''; empty data becomes a bare `data` line, which parse_config skips), so it reads back absent.
 */
function withoutEmptyValues(plugin: Record<string, string>): Record<string, string> {
  for (const [key, value] of Object.entries(plugin)) if (value === '') delete plugin[key];
  return plugin;
}

function updatePlugin(ctx: RequestContext): null {
  const { id = '', delete: remove, digest: _digest, ...options } = ctx.params;
  const plugin = ctx.engine.state.certificates.plugins.get(id);
  if (!plugin) throw die(`ACME plugin ID '${id}' does not exist`);
  for (const key of listParam(remove)) {
    if (!pluginOptionNames(plugin.type ?? '').includes(key)) throw die(`no such option '${key}'`);
    if (key === 'api') throw die(`unable to delete required option '${key}'`);
    delete plugin[key];
  }
  withoutEmptyValues(Object.assign(plugin, checkedPluginOptions(plugin.type ?? '', options, false)));
  return null;
}

function nodeCertificates(ctx: RequestContext): CertificateInfo[] {
  const node = requireNode(ctx);
  const { custom, nodePem } = ctx.engine.state.certificates;
  const files: Array<[string, string | undefined]> = [
    ['pve-ssl.pem', nodePem],
    ['pveproxy-ssl.pem', custom.get(node)?.pem],
  ];
  return files.flatMap(([name, pem]) => (pem === undefined ? [] : [certificateInfo(name, pem) ?? []].flat()));
}

function uploadCustom(ctx: RequestContext): CertificateInfo {
  const node = requireNode(ctx);
  const { custom } = ctx.engine.state.certificates;
  const existing = custom.get(node);
  const pem = ctx.params.certificates ?? '';
  const key = ctx.params.key ?? existing?.key;
  if (key === undefined) throw paramError({ key: 'Attempted to upload custom certificate without (existing) key.' });
  const cert = parseCertificate(pem);
  if (!cert) throw die('unable to parse certificate');
  if (existing && ctx.params.force !== '1') throw die(`Custom certificate file '/etc/pve/nodes/${node}/pveproxy-ssl.pem' already exists.`);
  let matches: boolean;
  try {
    matches = cert.checkPrivateKey(createPrivateKey(key));
  } catch {
    throw die('unable to parse private key');
  }
  if (!matches) throw die('Certificate and private key do not match');
  custom.set(node, { pem, key });
  const info = certificateInfo('pveproxy-ssl.pem', pem);
  if (!info) throw die('unable to parse certificate');
  return info;
}

function removeCustom(ctx: RequestContext): null {
  ctx.engine.state.certificates.custom.delete(requireNode(ctx));
  return null;
}

export const certificateRoutes: Routes = {
  'GET /cluster/acme/account': (ctx) => [...ctx.engine.state.certificates.accounts.keys()].map((name) => ({ name })),
  'POST /cluster/acme/account': registerAccount,
  'GET /cluster/acme/account/{name}': readAccount,
  'PUT /cluster/acme/account/{name}': updateAccount,
  'DELETE /cluster/acme/account/{name}': deactivateAccount,
  'GET /cluster/acme/plugins': (ctx) => [...ctx.engine.state.certificates.plugins].map(([plugin, config]) => ({ plugin, ...config })),
  'POST /cluster/acme/plugins': createPlugin,
  'GET /cluster/acme/plugins/{id}': (ctx) => ({ plugin: ctx.params.id ?? '', ...pluginOf(ctx) }),
  'PUT /cluster/acme/plugins/{id}': updatePlugin,
  // Deleting a plugin that is not there succeeds (ACMEPlugin.pm delete_plugin has no check).
  'DELETE /cluster/acme/plugins/{id}': (ctx) => {
    ctx.engine.state.certificates.plugins.delete(ctx.params.id ?? '');
    return null;
  },
  'GET /nodes/{node}/certificates/info': nodeCertificates,
  'POST /nodes/{node}/certificates/custom': uploadCustom,
  'DELETE /nodes/{node}/certificates/custom': removeCustom,
};
