// truenas_smb_config: the SMB service's settings (smb.update). 26.0 replaced enable_smb1 by
// minimum_protocol and added search_protocols and stateful_failover (api/v26_0_0/smb.py).
import { isIP } from 'node:net';
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ty } from '../../../framework/type-spec.js';
import { ADOPTS_AND_LEAVES, KEPT_WHEN_REMOVED, configId, serviceConfigResource } from '../shared/service-config.js';

/** An address in one spelling: IPv6 compressed and lower case (as Python's str(ip_address) writes it). */
const canonicalAddress = (text: string): string => (isIP(text) === 6 ? new URL(`http://[${text}]/`).hostname.slice(1, -1) : text);

/**
 * The bind addresses as configured while they name the same addresses: smb.update stores each as
 * `str(ip_interface(v).ip)` (api/v25_10_5/smb.py `normalize_bindips` @TS-25.10.6:201-210; the same
 * in 25.04 and 26.0), so "fd00:0::5" reads back "fd00::5".
 */
function bindipAsConfigured(read: unknown, known: unknown): unknown {
  if (!Array.isArray(read) || !Array.isArray(known) || read.length !== known.length) return read;
  const same = read.every(
    (address, i) => typeof address === 'string' && typeof known[i] === 'string' && canonicalAddress(known[i]) === canonicalAddress(address),
  );
  return same ? known : read;
}

const optionalString = (description: string) => attr.string({ optional: true, computed: true, description });
const optionalBool = (description: string) => attr.bool({ optional: true, computed: true, description });
const MASK = validators.matches(/^(DEFAULT|[0-7]{3,4})$/, 'an octal mask such as "0664", or "DEFAULT"');

const smbConfigSchema = schema({
  description: `The SMB service's settings.${ADOPTS_AND_LEAVES} Start the service with \`truenas_service\` (service "cifs").`,
  attributes: {
    id: configId('smb'),
    netbiosname: attr.string({
      optional: true,
      computed: true,
      description: 'NetBIOS name of the server (up to 15 characters).',
      validators: [validators.lengthBetween(1, 15)],
    }),
    netbiosalias: attr.list(ty.string, { optional: true, computed: true, description: 'Other NetBIOS names the server answers to.' }),
    workgroup: attr.string({
      optional: true,
      computed: true,
      description: 'Workgroup or domain name (up to 15 characters).',
      validators: [validators.lengthBetween(1, 15)],
    }),
    description: optionalString('Server description.'),
    enable_smb1: optionalBool(
      'Allow SMB1 clients (TrueNAS 25.04 and 25.10; 26.0 uses minimum_protocol). The upgrade to 26.0 turns it into minimum_protocol SMB1 (on) or SMB2 (off), and the plan then fails naming enable_smb1: remove it, or write minimum_protocol instead.',
    ),
    minimum_protocol: attr.string({
      optional: true,
      computed: true,
      description: 'Oldest protocol clients may use: SMB1, SMB2 or SMB3 (TrueNAS 26.0 and later).',
      validators: [validators.oneOf('SMB1', 'SMB2', 'SMB3')],
    }),
    search_protocols: attr.set(ty.string, { optional: true, computed: true, description: 'Search protocols to serve: SPOTLIGHT (TrueNAS 26.0 and later).' }),
    stateful_failover: optionalBool('Keep SMB sessions across an HA failover (TrueNAS 26.0 and later).'),
    unixcharset: optionalString('Character set of file names on disk (default UTF-8).'),
    localmaster: optionalBool('Take part in local master browser elections.'),
    syslog: optionalBool('Log to syslog.'),
    aapl_extensions: optionalBool('Apple SMB2/3 protocol extensions (needed for Time Machine shares).'),
    admin_group: optionalString(`Local group whose members are SMB administrators.${KEPT_WHEN_REMOVED}`),
    guest: optionalString('Account for guest access (default "nobody").'),
    filemask: attr.string({ optional: true, computed: true, description: 'Creation mask of new files, such as "0664", or "DEFAULT".', validators: [MASK] }),
    dirmask: attr.string({
      optional: true,
      computed: true,
      description: 'Creation mask of new directories, such as "0775", or "DEFAULT".',
      validators: [MASK],
    }),
    ntlmv1_auth: optionalBool('Allow NTLMv1 authentication (insecure).'),
    multichannel: optionalBool('SMB3 multichannel.'),
    encryption: attr.string({
      optional: true,
      computed: true,
      description: 'Transport encryption: DEFAULT, NEGOTIATE, DESIRED or REQUIRED.',
      validators: [validators.oneOf('DEFAULT', 'NEGOTIATE', 'DESIRED', 'REQUIRED')],
    }),
    bindip: attr.list(ty.string, {
      optional: true,
      computed: true,
      description: 'Addresses to serve on; empty for all.',
      validators: [validators.each(validators.ipAddress())],
    }),
    smb_options: optionalString('Extra smb.conf lines.'),
    debug: optionalBool('Verbose logging.'),
    server_sid: attr.string({
      computed: true,
      description: "The SMB server's SID, the domain SID of its local users and groups. Read only: TrueNAS generates it and ignores it in smb.update.",
    }),
  },
});

export const smbConfigResource = serviceConfigResource({
  name: 'truenas_smb_config',
  namespace: 'smb',
  schema: smbConfigSchema,
  releases: {
    enable_smb1: { until: '26.0' },
    minimum_protocol: { since: '26.0' },
    search_protocols: { since: '26.0' },
    stateful_failover: { since: '26.0' },
  },
  asConfigured: (model, known) => ({ ...model, bindip: bindipAsConfigured(model['bindip'], known['bindip']) }),
});
