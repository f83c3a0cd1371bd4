// ssh.config/update and nfs.config/update: single-row settings with the middleware's defaults
// (truenas/middleware src/middlewared/middlewared/plugins/ssh.py, nfs.py and their datastore
// models @TS-25.10.6); the answer is the whole row, shaped to the release's schema.
import { dict, type CallContext, type MethodTable } from '../registry.js';
import { Verrors } from '../sim-errors.js';
import { fitReturns } from './fit-returns.js';

const hostKeys = Object.fromEntries(
  ['host', 'host_dsa', 'host_ecdsa', 'host_ed25519', 'host_rsa'].flatMap((kind) => [
    [`${kind}_key`, null],
    [`${kind}_key_pub`, null],
    ...(kind === 'host' ? [] : [[`${kind}_key_cert_pub`, null]]),
  ]),
);

/** A fresh install's settings, by service. */
export function defaultServiceConfigs(): Record<string, Record<string, unknown>> {
  return {
    ssh: {
      id: 1,
      bindiface: [],
      tcpport: 22,
      password_login_groups: [],
      passwordauth: false,
      kerberosauth: false,
      tcpfwd: false,
      compression: false,
      privatekey: '',
      sftp_log_level: '',
      sftp_log_facility: '',
      weak_ciphers: ['AES128-CBC', 'NONE'],
      options: '',
      ...hostKeys,
    },
    nfs: {
      id: 1,
      servers: null,
      allow_nonroot: false,
      protocols: ['NFSV3', 'NFSV4'],
      v4_krb: false,
      v4_domain: '',
      bindip: [],
      mountd_port: null,
      rpcstatd_port: null,
      rpclockd_port: null,
      mountd_log: false,
      statd_lockd_log: false,
      rdma: false,
      userd_manage_gids: false,
      keytab_has_nfs_spn: false,
      managed_nfsd: true,
      v4_krb_enabled: false,
    },
  };
}

/** nfs.update's own checks (plugins/nfs.py@TS-25.10.6:336-387): protocols, bind addresses, v4_domain. */
function checkNfs(config: Record<string, unknown>, ctx: CallContext): void {
  const verrors = new Verrors();
  const protocols = config['protocols'] as string[];
  if (protocols.length === 0) verrors.add('nfs_update.protocols', 'Must specify at least one value ("NFSV3", "NFSV4") in the "protocols" list.');
  (config['bindip'] as string[]).forEach((ip, index) => {
    if (!ctx.state.interfaceAddresses.includes(ip)) verrors.add(`nfs_update.bindip.${index}`, `Cannot use ${ip}. Please provide a valid ip address.`);
  });
  if (!protocols.includes('NFSV4') && config['v4_domain']) verrors.add('nfs_update.v4_domain', 'This option does not apply to NFSv3');
  verrors.check();
}

const checks: Record<string, (config: Record<string, unknown>, ctx: CallContext) => void> = { nfs: checkNfs };

/** `<namespace>.config` and `.update`; `check` refuses a merged configuration as the plugin does. */
export function configMethods(namespace: string, check = checks[namespace]): MethodTable {
  const row = (ctx: CallContext) => ctx.state.serviceConfigs[namespace]!;
  return {
    [`${namespace}.config`]: { params: [], handler: (_args, ctx) => fitReturns(ctx, `${namespace}.config`, { ...row(ctx) }) },
    [`${namespace}.update`]: {
      params: ['data'],
      handler: ([data], ctx) => {
        const merged = { ...row(ctx), ...dict(data, 'data') };
        check?.(merged, ctx);
        ctx.state.serviceConfigs[namespace] = merged;
        return fitReturns(ctx, `${namespace}.update`, { ...merged });
      },
    },
  };
}

export const serviceConfigMethods: MethodTable = { ...configMethods('ssh'), ...configMethods('nfs') };
