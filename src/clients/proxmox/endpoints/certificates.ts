// Certificates: ACME accounts and challenge plugins (`/cluster/acme`), and a node's own
// certificate (`/nodes/{node}/certificates`: info, custom upload, ACME order).
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import { optionalStrings } from '../optional-fields.js';
import { apiPath, type Params } from '../http.js';
import { nullData, upidData } from '../schemas.js';
import { ConfigSections, type SectionObject } from './config-sections.js';
import type { TaskStatus } from '../tasks.js';
import { awaitTask, unlessNotFound, type EndpointContext } from './context.js';

export const acmeAccount = lazySchema(() =>
  z.looseObject({
    account: z.record(z.string(), z.unknown()).optional(),
    ...optionalStrings('directory', 'location', 'tos'),
  }),
);
export type AcmeAccount = z.infer<typeof acmeAccount>;
export type AcmePlugin = SectionObject;

/** One certificate as `certificates/info` and a custom upload describe it (pve-certificate-info). */
export const certificateInfo = lazySchema(() =>
  z.looseObject({
    ...optionalStrings('filename', 'fingerprint', 'issuer', 'subject'),
    notbefore: z.number().optional(),
    notafter: z.number().optional(),
    san: z.array(z.string()).optional(),
    pem: z.string().optional(),
  }),
);
export type CertificateInfo = z.infer<typeof certificateInfo>;

export interface AccountRegistration {
  name: string;
  contact: readonly string[];
  directory?: string;
  tosUrl?: string;
  /** External Account Binding (RFC 8555 7.3.4), for CAs that require it. */
  eab?: { kid: string; hmacKey: string };
}

export interface CustomCertificate {
  certificates: string;
  key?: string;
  force?: boolean;
  restart?: boolean;
}

export class CertificatesApi {
  private readonly plugins: ConfigSections;

  constructor(private readonly ctx: EndpointContext) {
    this.plugins = new ConfigSections(ctx, '/cluster/acme/plugins');
  }

  /** Registers an account with the CA (a task); only root@pam may. */
  registerAccount(account: AccountRegistration): Promise<TaskStatus | undefined> {
    const params = {
      name: account.name,
      contact: account.contact.join(','),
      directory: account.directory,
      tos_url: account.tosUrl,
      'eab-kid': account.eab?.kid,
      'eab-hmac-key': account.eab?.hmacKey,
    };
    return awaitTask(this.ctx, this.ctx.http.call('POST', '/cluster/acme/account', params, upidData));
  }

  /** The names of the cluster's ACME accounts. */
  async accounts(): Promise<string[]> {
    const listed = await this.ctx.http.call('GET', '/cluster/acme/account', {}, z.array(z.looseObject({ name: z.string().optional() })));
    return listed.flatMap((a) => (a.name === undefined ? [] : [a.name]));
  }

  findAccount(name: string): Promise<AcmeAccount | undefined> {
    return unlessNotFound(() => this.ctx.http.call('GET', apiPath`/cluster/acme/account/${name}`, {}, acmeAccount));
  }

  /** Sends the new contact to the CA (a task). */
  updateAccount(name: string, contact: readonly string[]): Promise<TaskStatus | undefined> {
    return awaitTask(this.ctx, this.ctx.http.call('PUT', apiPath`/cluster/acme/account/${name}`, { contact: contact.join(',') }, upidData));
  }

  /** Deactivates the account at the CA; the server keeps the file under a `_deactivated_` name. */
  deactivateAccount(name: string): Promise<TaskStatus | undefined> {
    return awaitTask(this.ctx, this.ctx.http.call('DELETE', apiPath`/cluster/acme/account/${name}`, {}, upidData));
  }

  /** Every ACME plugin, the built-in `standalone` (HTTP challenge) one included. */
  listPlugins(): Promise<AcmePlugin[]> {
    return this.plugins.list();
  }

  findPlugin(id: string): Promise<AcmePlugin | undefined> {
    return this.plugins.find(id);
  }

  createPlugin(params: Params): Promise<void> {
    return this.plugins.create(params);
  }

  updatePlugin(id: string, params: Params, remove: readonly string[] = []): Promise<void> {
    return this.plugins.update(id, params, remove);
  }

  deletePlugin(id: string): Promise<void> {
    return this.plugins.remove(id);
  }

  /** The node's certificates: the cluster CA, pve-ssl.pem and (when set) pveproxy-ssl.pem. */
  info(node: string): Promise<CertificateInfo[]> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/certificates/info`, {}, z.array(certificateInfo));
  }

  uploadCustom(node: string, certificate: CustomCertificate): Promise<CertificateInfo> {
    return this.ctx.http.call('POST', apiPath`/nodes/${node}/certificates/custom`, { ...certificate }, certificateInfo);
  }

  /**
   * Orders a certificate for the domains of the node's ACME settings (a task); `force` replaces
   * a custom certificate the node already has.
   */
  orderAcme(node: string, force: boolean): Promise<TaskStatus | undefined> {
    return awaitTask(this.ctx, this.ctx.http.call('POST', apiPath`/nodes/${node}/certificates/acme/certificate`, { force }, upidData));
  }

  /** Orders a new certificate and revokes the old one (a task); without `force` only within 30 days of expiry. */
  renewAcme(node: string, force: boolean): Promise<TaskStatus | undefined> {
    return awaitTask(this.ctx, this.ctx.http.call('PUT', apiPath`/nodes/${node}/certificates/acme/certificate`, { force }, upidData));
  }

  /** Revokes the ACME certificate at the CA and removes it (a task): the node serves pve-ssl.pem again. */
  revokeAcme(node: string): Promise<TaskStatus | undefined> {
    return awaitTask(this.ctx, this.ctx.http.call('DELETE', apiPath`/nodes/${node}/certificates/acme/certificate`, {}, upidData));
  }

  /** Removes pveproxy-ssl.pem and its key: the node serves pve-ssl.pem again. */
  async deleteCustom(node: string, restart: boolean): Promise<void> {
    await this.ctx.http.call('DELETE', apiPath`/nodes/${node}/certificates/custom`, { restart }, nullData);
  }
}
