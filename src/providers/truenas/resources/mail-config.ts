// truenas_mail_config: how the system sends mail (mail.update): server, sender, SMTP login.
import { attr, schema } from '../../../framework/attributes.js';
import { rules } from '../../../framework/rules.js';
import { validators } from '../../../framework/validators.js';
import { ADOPTS_AND_LEAVES, configId, serviceConfigResource, type ConfigSecrets } from '../shared/service-config.js';
import { secretRemoved } from '../shared/secret-attributes.js';
import { tcpPortValidators } from '../shared/tcp-port.js';

const ascii = validators.matches(/^[\x20-\x7e]*$/, 'plain 7-bit ASCII characters (the server refuses others in SMTP passwords)');

const mailConfigSchema = schema({
  description: `How the system sends mail (alerts, reports).${ADOPTS_AND_LEAVES} OAuth (Gmail, Outlook) is not managed here.`,
  attributes: {
    id: configId('mail'),
    fromemail: attr.string({
      optional: true,
      computed: true,
      description: 'The sender address.',
      validators: [validators.matches(/^[^@\s]+@[^@\s]+$/, 'an e-mail address')],
    }),
    fromname: attr.string({ optional: true, computed: true, description: 'The sender name.' }),
    outgoingserver: attr.string({ optional: true, computed: true, description: 'Host name or address of the SMTP server.' }),
    port: attr.number({
      optional: true,
      computed: true,
      description: 'Its port (25, 465, 587).',
      validators: tcpPortValidators,
    }),
    security: attr.string({
      optional: true,
      computed: true,
      description: 'PLAIN, SSL (implicit TLS) or TLS (STARTTLS).',
      validators: [validators.oneOf('PLAIN', 'SSL', 'TLS')],
    }),
    smtp: attr.bool({ optional: true, computed: true, description: 'Log in to the SMTP server with user and pass.' }),
    user: attr.string({ optional: true, computed: true, description: 'The SMTP user (needed when smtp is true).' }),
    pass: attr.string({
      optional: true,
      sensitive: true,
      description: 'The SMTP password; kept in state. Or set pass_wo. Removing both clears the password on the server.',
      validators: [ascii],
    }),
    pass_wo: attr.string({
      optional: true,
      sensitive: true,
      writeOnly: true,
      description:
        'The SMTP password, write-only: sent to TrueNAS on create and when pass_wo_version changes, never stored in plan or state (Terraform 1.11+).',
      validators: [ascii],
    }),
    pass_wo_version: attr.number({ optional: true, description: 'Required with pass_wo; change it to send a new pass_wo.' }),
  },
  rules: [rules.conflictsWith('pass', 'pass_wo'), rules.requiredWith('pass_wo', 'pass_wo_version')],
});

const given = (value: unknown): boolean => value !== null && value !== undefined;

/**
 * The password is never read back from the server: it is what the configuration gave. One the
 * configuration gave before (as pass, or pass_wo with its version) and no longer gives is cleared
 * with null, which mail.update takes (api/v25_10_5/mail.py:39 @TS-25.10.6, nullable on 25.04 and 26.0 too; the merged
 * settings' password is checked only when set, plugins/mail.py do_update @TS-25.10.6): left out,
 * the server would go on logging in with it.
 */
const mailSecrets: ConfigSecrets = {
  write(patch, plan, prior) {
    const { pass_wo: _wo, pass_wo_version: version, ...rest } = patch;
    const sendWriteOnly = given(plan['pass_wo']) && (prior === undefined || prior['pass_wo_version'] !== version);
    if (sendWriteOnly) return { ...rest, pass: plan['pass_wo'] };
    const spelling = (m: Record<string, unknown>) => ({
      value: (m['pass'] as string | null | undefined) ?? null,
      wo: (m['pass_wo'] as string | null | undefined) ?? null,
      woVersion: (m['pass_wo_version'] as number | null | undefined) ?? null,
    });
    return secretRemoved(spelling(plan), prior === undefined ? null : spelling(prior)) ? { ...rest, pass: null } : rest;
  },
  read(model, known) {
    return { ...model, pass: known['pass'] ?? null, pass_wo: null, pass_wo_version: known['pass_wo_version'] ?? null };
  },
};

export const mailConfigResource = serviceConfigResource({
  name: 'truenas_mail_config',
  namespace: 'mail',
  schema: mailConfigSchema,
  customSecrets: mailSecrets,
});
