// truenas_snmp_config: the SNMP service's settings (snmp.update), v3 secrets sensitive or
// write-only.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ADOPTS_AND_LEAVES, KEPT_WHEN_REMOVED, configId, serviceConfigResource } from '../shared/service-config.js';
import { secretAttributes, secretRules } from '../shared/secret-attributes.js';
import { inRange } from '../shared/release-gate.js';

/**
 * The community characters: 25.10 and 26.0 take `!$%&()+-_={}[]<>,.?`, letters, digits and spaces
 * (api/v25_10_5/snmp.py:23 @TS-25.10.6, api/v26_0_0/snmp.py @TS-26.0.0-BETA.3); 25.04 only "-", "_",
 * letters, digits and spaces (api/v25_04_2/snmp.py:19 @TS-25.04.2.6), checked at plan against the server.
 */
const COMMUNITY = /^[!$%&()+\-_={}[\]<>,.?a-zA-Z0-9\s]*$/;
const COMMUNITY_25_04 = /^[-_a-zA-Z0-9\s]*$/;

const AT_LEAST_8 = validators.custom('8 or more characters', (v) =>
  typeof v === 'string' && v.length > 0 && v.length < 8 ? `must be at least 8 characters long, got ${v.length.toString()}` : undefined,
);

const snmpConfigSchema = schema({
  description: `The SNMP service's settings.${ADOPTS_AND_LEAVES} Start the service with \`truenas_service\` (service "snmp").`,
  attributes: {
    id: configId('snmp'),
    location: attr.string({ optional: true, computed: true, description: 'Where the system is.' }),
    contact: attr.string({
      optional: true,
      computed: true,
      description: 'Who to contact: an email address, or letters, digits, spaces, "-" and "_".',
      validators: [validators.matches(/^([^@\s]+@[^@\s]+\.[^@\s]+|[-_a-zA-Z0-9\s]*)$/, 'an email address, or letters, digits, spaces, "-" and "_"')],
    }),
    traps: attr.bool({ optional: true, computed: true, description: 'Send SNMP traps.' }),
    v3: attr.bool({ optional: true, computed: true, description: 'Serve SNMPv3.' }),
    community: attr.string({
      optional: true,
      computed: true,
      description:
        'v1/v2c community (required unless v3): letters, digits, spaces and `!$%&()+-_={}[]<>,.?` (TrueNAS 25.04: letters, digits, spaces, "-" and "_" only).',
      validators: [validators.matches(COMMUNITY, 'letters, digits, spaces and !$%&()+-_={}[]<>,.?')],
    }),
    v3_username: attr.string({
      optional: true,
      computed: true,
      description: 'SNMPv3 user (up to 20 characters).',
      validators: [validators.lengthBetween(0, 20)],
    }),
    v3_authtype: attr.string({
      optional: true,
      computed: true,
      description: 'SNMPv3 authentication: "", MD5 or SHA.',
      validators: [validators.oneOf('', 'MD5', 'SHA')],
    }),
    ...secretAttributes('v3_password', 'SNMPv3 authentication password, 8 or more characters (needed with v3_authtype)', {
      computed: true,
      validators: [AT_LEAST_8],
    }),
    v3_privproto: attr.string({
      optional: true,
      computed: true,
      description: `SNMPv3 privacy protocol: AES or DES (none on a fresh system).${KEPT_WHEN_REMOVED}`,
      validators: [validators.oneOf('AES', 'DES')],
    }),
    ...secretAttributes('v3_privpassphrase', 'SNMPv3 privacy passphrase, 8 or more characters (needed with v3_privproto)', {
      computed: true,
      validators: [AT_LEAST_8],
    }),
    loglevel: attr.number({ optional: true, computed: true, description: 'Log level, 0 to 7.', validators: [validators.integer(), validators.between(0, 7)] }),
    options: attr.string({ optional: true, computed: true, description: 'Extra snmpd.conf lines.' }),
    zilstat: attr.bool({ optional: true, computed: true, description: 'Report ZIL statistics.' }),
  },
  rules: [...secretRules('v3_password'), ...secretRules('v3_privpassphrase')],
});

export const snmpConfigResource = serviceConfigResource({
  name: 'truenas_snmp_config',
  namespace: 'snmp',
  schema: snmpConfigSchema,
  secrets: ['v3_password', 'v3_privpassphrase'],
  async checkPlan(ctx) {
    const community = ctx.config.string('community');
    const client = ctx.provider?.client;
    if (community === undefined || COMMUNITY_25_04.test(community) || !client) return;
    const version = await client.serverVersion();
    if (inRange(version, { until: '25.10' }))
      ctx.error(
        'community',
        'Community characters not in this release',
        `TrueNAS ${version} takes only letters, digits, spaces, "-" and "_" in the community; "${community}" has others (25.10 and later also take !$%&()+={}[]<>,.?).`,
      );
  },
});
