// `<service>.config` / `<service>.update` of the single-row service settings (ssh, nfs, smb,
// iscsi.global, nvmet.global, …):
// one shape for all of them; the fields are the resource's business.
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import type { ApiContext } from './context.js';

const configSchema = lazySchema(() => z.record(z.string(), z.unknown()));
export type ServiceConfig = z.output<typeof configSchema>;

/** The services whose settings the client reads and writes this way. */
export type ConfigNamespace =
  'ssh' | 'nfs' | 'smb' | 'ftp' | 'snmp' | 'ups' | 'iscsi.global' | 'nvmet.global' | 'mail' | 'alertclasses' | 'network.configuration';

export class ServiceConfigGroup {
  constructor(private readonly ctx: ApiContext) {}

  config(namespace: ConfigNamespace): Promise<ServiceConfig> {
    return this.ctx.read(`${namespace}.config`, [], configSchema);
  }

  /** Sends only the given fields; answers the whole new configuration. */
  update(namespace: ConfigNamespace, patch: ServiceConfig): Promise<ServiceConfig> {
    return this.ctx.write(`${namespace}.update`, [patch], configSchema, { kind: 'idempotent' });
  }
}
