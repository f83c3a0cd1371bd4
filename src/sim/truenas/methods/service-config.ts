// <service>.config/update of the single-row settings (ssh, nfs, smb, ftp, snmp, ups and the
// 25.10+ nvmet.global) with the middleware's defaults (truenas/middleware
// src/middlewared/middlewared/plugins/{ssh,nfs,smb,ftp,snmp,ups}.py, plugins/nvmet/global.py and
// their datastore models @TS-25.10.6); the answer is the whole row, shaped to the release's schema
// (fields of other releases are dropped by fitReturns).
import { isIP } from 'node:net';
import { dict, type CallContext, type MethodSpec, type MethodTable } from '../registry.js';
import { generatedBaseNqn } from './nvmet.js';
import { Verrors } from '../sim-errors.js';
import { fitReturns } from './fit-returns.js';
import { versionAtLeast } from '../version.js';

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
      // A fresh install's row (alembic/initial.sql:189 @TS-25.10.6): mountd logging on.
      mountd_log: true,
      statd_lockd_log: false,
      rdma: false,
      userd_manage_gids: false,
      keytab_has_nfs_spn: false,
      managed_nfsd: true,
      v4_krb_enabled: false,
    },
    smb: {
      id: 1,
      netbiosname: 'truenas',
      netbiosalias: [],
      workgroup: 'WORKGROUP',
      description: 'TrueNAS Server',
      enable_smb1: false,
      // 26.0 replaced enable_smb1 by minimum_protocol and added search_protocols and stateful_failover.
      minimum_protocol: 'SMB2',
      search_protocols: [],
      stateful_failover: false,
      state: 'RUNNING',
      unixcharset: 'UTF-8',
      localmaster: false,
      syslog: false,
      aapl_extensions: false,
      admin_group: null,
      guest: 'nobody',
      filemask: 'DEFAULT',
      dirmask: 'DEFAULT',
      ntlmv1_auth: false,
      multichannel: false,
      encryption: 'DEFAULT',
      bindip: [],
      server_sid: 'S-1-5-21-1-2-3',
      smb_options: '',
      debug: false,
    },
    ftp: {
      id: 1,
      port: 21,
      clients: 5,
      ipconnections: 2,
      loginattempt: 1,
      timeout: 600,
      timeout_notransfer: 300,
      onlyanonymous: false,
      anonpath: null,
      onlylocal: false,
      banner: '',
      filemask: '077',
      dirmask: '022',
      fxp: false,
      resume: false,
      defaultroot: true,
      ident: false,
      reversedns: false,
      masqaddress: '',
      passiveportsmin: 0,
      passiveportsmax: 0,
      localuserbw: 0,
      localuserdlbw: 0,
      anonuserbw: 0,
      anonuserdlbw: 0,
      tls: false,
      tls_policy: 'on',
      tls_opt_allow_client_renegotiations: false,
      tls_opt_allow_dot_login: false,
      tls_opt_allow_per_user: false,
      tls_opt_common_name_required: false,
      tls_opt_enable_diags: false,
      tls_opt_export_cert_data: false,
      tls_opt_no_empty_fragments: false,
      tls_opt_no_session_reuse_required: false,
      tls_opt_stdenvvars: false,
      tls_opt_dns_name_required: false,
      tls_opt_ip_address_required: false,
      ssltls_certificate: null,
      options: '',
    },
    snmp: {
      id: 1,
      location: '',
      contact: '',
      traps: false,
      v3: false,
      community: 'public',
      v3_username: '',
      v3_authtype: '',
      v3_password: '',
      v3_privproto: null,
      v3_privpassphrase: null,
      loglevel: 3,
      options: '',
      zilstat: false,
    },
    ups: {
      id: 1,
      mode: 'MASTER',
      identifier: 'ups',
      remotehost: '',
      remoteport: 3493,
      driver: '',
      port: '',
      options: '',
      optionsupsd: '',
      description: '',
      shutdown: 'BATT',
      shutdowntimer: 30,
      monuser: 'upsmon',
      monpwd: 'fixmepass',
      extrausers: '',
      rmonitor: false,
      powerdown: true,
      nocommwarntime: null,
      hostsync: 15,
      shutdowncmd: null,
      complete_identifier: 'ups@localhost:3493',
    },
    'nvmet.global': { id: 1, basenqn: generatedBaseNqn(), kernel: true, ana: false, rdma: false, xport_referral: true },
  };
}

/** nfs.update's own checks (plugins/nfs.py@TS-25.10.6:336-396): protocols, bind addresses, v4_domain, rdma. */
function checkNfs(config: Record<string, unknown>, ctx: CallContext): void {
  const verrors = new Verrors();
  const protocols = config['protocols'] as string[];
  if (protocols.length === 0) verrors.add('nfs_update.protocols', 'Must specify at least one value ("NFSV3", "NFSV4") in the "protocols" list.');
  (config['bindip'] as string[]).forEach((ip, index) => {
    if (!ctx.state.hasInterfaceAddress(ip)) verrors.add(`nfs_update.bindip.${index}`, `Cannot use ${ip}. Please provide a valid ip address.`);
  });
  if (!protocols.includes('NFSV4') && config['v4_domain']) verrors.add('nfs_update.v4_domain', 'This option does not apply to NFSv3');
  // The simulator is Community Edition, where rdma.capable_protocols is empty (plugins/rdma/rdma.py:136-142).
  if (config['rdma']) verrors.add('nfs_update.rdma', 'This platform cannot support NFS over RDMA or is missing an RDMA capable NIC.');
  verrors.check();
}

/** snmp.update's checks on the merged settings (plugins/snmp.py `do_update`; the texts keep the server's "requires"). */
function checkSnmp(config: Record<string, unknown>): void {
  const verrors = new Verrors();
  if (!config['v3'] && !config['community']) verrors.add('snmp_update.community', 'This field is required when SNMPv3 is disabled');
  if (config['v3_authtype'] && !config['v3_password']) verrors.add('snmp_update.v3_password', 'This field is requires when SNMPv3 auth type is specified');
  const password = String(config['v3_password'] ?? '');
  if (password && password.length < 8) verrors.add('snmp_update.v3_password', 'Password must contain at least 8 characters');
  if (config['v3_privproto'] && !config['v3_privpassphrase'])
    verrors.add('snmp_update.v3_privpassphrase', 'This field is requires when SNMPv3 private protocol is specified');
  verrors.check();
}

/**
 * ups.update's checks (plugins/ups.py `validate_data`): a known driver (`<driver>[ <option>=<value>]$<model>`,
 * the keys of ups.driver_choices, RE_DRIVER_CHOICE @TS-25.10.6:19,125-136), an identifier of letters, digits and ".-_", monitor user and
 * password without spaces or "#", a master's port and driver, a slave's remote host.
 */
function checkUps(config: Record<string, unknown>): void {
  const verrors = new Verrors();
  const driver = String(config['driver'] ?? '');
  if (driver && !/^[a-z0-9_-]+( \S+=\S+)?\$.+$/.test(driver)) verrors.add('ups_update.driver', "Driver selected does not match local machine's driver list");
  const identifier = String(config['identifier'] ?? '');
  if (identifier && !/^[a-z0-9.\-_]+$/i.test(identifier)) verrors.add('ups_update.identifier', 'Use alphanumeric characters, ".", "-" and "_"');
  for (const field of ['monpwd', 'monuser']) {
    const value = String(config[field] ?? '');
    if (!value) verrors.add(`ups_update.${field}`, 'This field is required.');
    else if (/[ #]/.test(value)) verrors.add(`ups_update.${field}`, 'Spaces or number signs are not allowed.');
  }
  if (config['mode'] === 'MASTER') {
    for (const field of ['port', 'driver']) if (!config[field]) verrors.add(`ups_update.${field}`, 'This field is required');
  } else if (!config['remotehost']) verrors.add('ups_update.remotehost', 'This field is required');
  verrors.check();
  const host = config['mode'] === 'MASTER' ? 'localhost' : String(config['remotehost']);
  config['complete_identifier'] = `${identifier}@${host}:${String(config['remoteport'])}`;
}

/**
 * ftp.update's checks on the merged settings (plugins/ftp.py `do_update` @TS-25.10.6, same in 25.04
 * and 26.0): passive ports both zero or max above min, anonpath required with onlyanonymous and
 * cleared without it, a certificate with TLS.
 */
function checkFtp(config: Record<string, unknown>): void {
  const verrors = new Verrors();
  const [min, max] = [Number(config['passiveportsmin']), Number(config['passiveportsmax'])];
  if ((min === 0) !== (max === 0)) verrors.add('passiveportsmin', 'passiveportsmin and passiveportsmax should be both zero or non-zero');
  if (!((min === 0 && max === 0) || max > min)) verrors.add('ftp_update.passiveportsmax', 'When specified, should be greater than passiveportsmin');
  if (config['onlyanonymous']) {
    if (!config['anonpath']) verrors.add('ftp_update.anonpath', 'This field is required for anonymous login');
  } else config['anonpath'] = null;
  if (config['tls'] && !config['ssltls_certificate']) verrors.add('ftp_update.ssltls_certificate', 'Please provide a valid certificate id when TLS is enabled');
  verrors.check();
}

/** nvmet.global.update's checks (plugins/nvmet/global.py `__validate`): no RDMA NIC and no HA in the simulator. */
function checkNvmetGlobal(config: Record<string, unknown>, ctx: CallContext): void {
  const old = ctx.state.serviceConfigs['nvmet.global']!;
  const verrors = new Verrors();
  checkNvmetBackend(config, old, ctx, verrors);
  if (config['rdma'] && !old['rdma']) verrors.add('nvmet_global_update.rdma', 'This platform cannot support NVMe-oF(RDMA) or is missing a RDMA capable NIC.');
  if (config['ana'] && !old['ana']) verrors.add('nvmet_global_update.ana', 'This platform does not support Asymmetric Namespace Access(ANA).');
  verrors.check();
}

/**
 * `kernel` (false: SPDK). 25.10 refuses false whatever was stored (plugins/nvmet/global.py@TS-25.10.6:68-70);
 * 26.0 checks a switch only: to SPDK needs an Enterprise system (the simulator is Community
 * Edition, `system.product_type`) with AVX2, and either way the service must be stopped
 * (plugins/nvmet/global.py@TS-26.0.0-BETA.3:85-101).
 */
function checkNvmetBackend(config: Record<string, unknown>, old: Record<string, unknown>, ctx: CallContext, verrors: Verrors): void {
  if (!versionAtLeast(ctx.state.version, '26.0')) {
    if (config['kernel'] !== true) verrors.add('nvmet_global_update.kernel', 'Cannot disable kernel mode.');
    return;
  }
  if (config['kernel'] === old['kernel']) return;
  if (config['kernel'] !== true) verrors.add('nvmet_global_update.kernel', 'SPDK is limited to enterprise licensed systems only.');
  else if (ctx.state.services.list().some((s) => s.service === 'nvmet' && s.state === 'RUNNING'))
    verrors.add('nvmet_global_update.kernel', 'Cannot switch nvmet backend while the service is running.');
}

/**
 * smb.update's model stores each bind address as `str(ip_interface(v).ip)` (api/v25_10_5/smb.py
 * `normalize_bindips` @TS-25.10.6:201-210, the same in 25.04 and 26.0): no prefix, IPv6 compressed.
 */
function normalizeSmb(config: Record<string, unknown>, ctx: CallContext): void {
  // The update takes server_sid but never writes it (`compress` pops it: plugins/smb.py:671 @TS-25.10.6,
  // :661 @TS-25.04.2.6, :705 @TS-26.0.0-BETA.3).
  config['server_sid'] = ctx.state.serviceConfigs['smb']!['server_sid'];
  config['bindip'] = ((config['bindip'] as string[] | undefined) ?? []).map((entry) => {
    const address = entry.split('/')[0] ?? entry;
    return isIP(address) === 6 ? new URL(`http://[${address}]/`).hostname.slice(1, -1) : address;
  });
}

/** Refuses a merged configuration as the plugin does; `data` is what the call sent (some checks look only at that). */
type ConfigCheck = (config: Record<string, unknown>, ctx: CallContext, data: Record<string, unknown>) => void;

const checks: Record<string, ConfigCheck> = {
  nfs: checkNfs,
  smb: normalizeSmb,
  ftp: checkFtp,
  snmp: checkSnmp,
  ups: checkUps,
  'nvmet.global': checkNvmetGlobal,
};

/** The simulated system's CPU cores (system.info `cores`), what `system.cpu_info` counts. */
const CORE_COUNT = 4;

/**
 * nfs.config's `nfs_extend` (plugins/nfs.py @TS-25.10.6:194-203, same at TS-25.04.2.6): a stored
 * `servers` of null means managed, answered as the core count (1 to 32) with `managed_nfsd`.
 */
function extendNfs(config: Record<string, unknown>): Record<string, unknown> {
  const managed = config['servers'] === null || config['servers'] === undefined;
  return { ...config, servers: managed ? Math.min(Math.max(CORE_COUNT, 1), 32) : config['servers'], managed_nfsd: managed };
}

/** How a stored row is answered, where the plugin's `extend` adds to it. */
const presenters: Record<string, (config: Record<string, unknown>) => Record<string, unknown>> = { nfs: extendNfs };

/** `<namespace>.config` and `.update`; `check` refuses a merged configuration as the plugin does. */
export function configMethods(namespace: string, check: ConfigCheck | undefined = checks[namespace], extra: Pick<MethodSpec, 'since'> = {}): MethodTable {
  const row = (ctx: CallContext) => ctx.state.serviceConfigs[namespace]!;
  const present = presenters[namespace] ?? ((config: Record<string, unknown>) => ({ ...config }));
  return {
    [`${namespace}.config`]: { ...extra, params: [], handler: (_args, ctx) => fitReturns(ctx, `${namespace}.config`, present(row(ctx))) },
    [`${namespace}.update`]: {
      ...extra,
      params: ['data'],
      handler: ([data], ctx) => {
        const sent = dict(data, 'data');
        const merged = { ...row(ctx), ...sent };
        check?.(merged, ctx, sent);
        ctx.state.serviceConfigs[namespace] = merged;
        return fitReturns(ctx, `${namespace}.update`, present(merged));
      },
    },
  };
}

export const serviceConfigMethods: MethodTable = {
  ...configMethods('ssh'),
  ...configMethods('nfs'),
  ...configMethods('smb'),
  ...configMethods('ftp'),
  ...configMethods('snmp'),
  ...configMethods('ups'),
  ...configMethods('nvmet.global', checks['nvmet.global'], { since: '25.10' }),
};
