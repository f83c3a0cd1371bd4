// truenas_ftp_config: the FTP service's settings (ftp.update).
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ADOPTS_AND_LEAVES, KEPT_WHEN_REMOVED, configId, serviceConfigResource } from '../shared/service-config.js';

const count = (description: string, min: number, max?: number) =>
  attr.number({
    optional: true,
    computed: true,
    description,
    validators: [validators.integer(), max === undefined ? validators.atLeast(min) : validators.between(min, max)],
  });
const flag = (description: string) => attr.bool({ optional: true, computed: true, description });
const text = (description: string) => attr.string({ optional: true, computed: true, description });
const MASK = validators.matches(/^[0-7]{3}$/, 'an octal mask such as "022"');
const tlsOption = (what: string) => flag(`TLS option: ${what}.`);

const ftpConfigSchema = schema({
  description: `The FTP service's settings.${ADOPTS_AND_LEAVES} Start the service with \`truenas_service\` (service "ftp").`,
  attributes: {
    id: configId('ftp'),
    port: count('TCP port (1-65535).', 1, 65535),
    clients: count('Most simultaneous clients (1-10000).', 1, 10000),
    ipconnections: count('Most connections per IP address (0-1000; 0 for no limit).', 0, 1000),
    loginattempt: count('Login attempts before disconnecting (0-1000).', 0, 1000),
    timeout: count('Idle seconds before disconnecting (0-10000).', 0, 10000),
    timeout_notransfer: count('Seconds without a transfer before disconnecting (0-10000).', 0, 10000),
    onlyanonymous: flag('Allow anonymous logins only.'),
    anonpath: text('Directory of anonymous users; needs onlyanonymous = true (the server clears it otherwise).'),
    onlylocal: flag('Allow local users only.'),
    banner: text('Message shown on connection.'),
    filemask: attr.string({ optional: true, computed: true, description: 'Creation mask of new files, such as "077".', validators: [MASK] }),
    dirmask: attr.string({ optional: true, computed: true, description: 'Creation mask of new directories, such as "022".', validators: [MASK] }),
    fxp: flag('Allow File eXchange Protocol (server-to-server transfers).'),
    resume: flag('Allow resuming transfers.'),
    defaultroot: flag('Jail users in their home directory.'),
    ident: flag('Ask clients for ident (RFC 1413).'),
    reversedns: flag('Resolve client addresses.'),
    masqaddress: text('Public address to announce in passive mode (behind NAT).'),
    passiveportsmin: count('Lowest passive port (0 for any, else 1024-65535).', 0, 65535),
    passiveportsmax: count('Highest passive port (0 for any, else 1024-65535).', 0, 65535),
    localuserbw: count('Upload limit of local users in KiB/s (0 for none).', 0),
    localuserdlbw: count('Download limit of local users in KiB/s (0 for none).', 0),
    anonuserbw: count('Upload limit of anonymous users in KiB/s (0 for none).', 0),
    anonuserdlbw: count('Download limit of anonymous users in KiB/s (0 for none).', 0),
    tls: flag('Enable TLS (needs ssltls_certificate).'),
    tls_policy: attr.string({
      optional: true,
      computed: true,
      description: 'What TLS protects: "", on, off, data, !data, auth, ctrl, ctrl+data, ctrl+!data, auth+data or auth+!data.',
      validators: [validators.oneOf('', 'on', 'off', 'data', '!data', 'auth', 'ctrl', 'ctrl+data', 'ctrl+!data', 'auth+data', 'auth+!data')],
    }),
    tls_opt_allow_client_renegotiations: tlsOption('allow client renegotiations'),
    tls_opt_allow_dot_login: tlsOption('allow .tlslogin files'),
    tls_opt_allow_per_user: tlsOption('allow per-user settings'),
    tls_opt_common_name_required: tlsOption('require the common name'),
    tls_opt_dns_name_required: tlsOption('require the DNS name'),
    tls_opt_enable_diags: tlsOption('diagnostics'),
    tls_opt_export_cert_data: tlsOption('export certificate data'),
    tls_opt_ip_address_required: tlsOption('require the IP address'),
    tls_opt_no_empty_fragments: tlsOption('no empty fragments'),
    tls_opt_no_session_reuse_required: tlsOption('no session reuse required'),
    tls_opt_stdenvvars: tlsOption('standard environment variables'),
    ssltls_certificate: attr.number({
      optional: true,
      computed: true,
      description: `Id of the certificate for TLS.${KEPT_WHEN_REMOVED}`,
      validators: [validators.integer()],
    }),
    options: text('Extra proftpd.conf lines.'),
  },
});

export const ftpConfigResource = serviceConfigResource({
  name: 'truenas_ftp_config',
  namespace: 'ftp',
  schema: ftpConfigSchema,
  validateConfig(ctx) {
    // ftp.update clears anonpath whenever the merged onlyanonymous is false ("Anonymous is disabled,
    // clear the anonpath", plugins/ftp.py do_update @TS-25.10.6, same in 25.04 and 26.0), so a path
    // set without onlyanonymous = true would read back null after apply.
    if (!ctx.config.isKnown('anonpath') || !ctx.config.isKnown('onlyanonymous')) return;
    if ((ctx.config.string('anonpath') ?? '') !== '' && ctx.config.bool('onlyanonymous') !== true)
      ctx.error(
        'anonpath',
        'anonpath needs onlyanonymous = true',
        'The server keeps anonpath only with onlyanonymous = true; set onlyanonymous = true as well, or leave anonpath unset.',
      );
  },
});
