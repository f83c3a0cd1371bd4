// truenas_ssh_config: the SSH service's settings (ssh.update).
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ty } from '../../../framework/type-spec.js';
import { ADOPTS_AND_LEAVES, configId, serviceConfigResource } from '../shared/service-config.js';
import { tcpPortValidators } from '../shared/tcp-port.js';

const sshConfigSchema = schema({
  description: `The SSH service's settings.${ADOPTS_AND_LEAVES} Start the service with \`truenas_service\`.`,
  attributes: {
    id: configId('ssh'),
    tcpport: attr.number({
      optional: true,
      computed: true,
      description: 'TCP port (1-65535).',
      validators: tcpPortValidators,
    }),
    passwordauth: attr.bool({ optional: true, computed: true, description: 'Allow password authentication.' }),
    kerberosauth: attr.bool({ optional: true, computed: true, description: 'Allow Kerberos authentication.' }),
    tcpfwd: attr.bool({ optional: true, computed: true, description: 'Allow TCP port forwarding.' }),
    compression: attr.bool({ optional: true, computed: true, description: 'Compress connections.' }),
    bindiface: attr.list(ty.string, { optional: true, computed: true, description: 'Interfaces to listen on; empty for all.' }),
    sftp_log_level: attr.string({
      optional: true,
      computed: true,
      description: 'SFTP log level: "", QUIET, FATAL, ERROR, INFO, VERBOSE, DEBUG, DEBUG2 or DEBUG3.',
      validators: [validators.oneOf('', 'QUIET', 'FATAL', 'ERROR', 'INFO', 'VERBOSE', 'DEBUG', 'DEBUG2', 'DEBUG3')],
    }),
    sftp_log_facility: attr.string({
      optional: true,
      computed: true,
      description: 'Syslog facility of SFTP logging: "" (the default), DAEMON, USER, AUTH or LOCAL0 to LOCAL7.',
      validators: [validators.oneOf('', 'DAEMON', 'USER', 'AUTH', ...Array.from({ length: 8 }, (_, i) => `LOCAL${i}`))],
    }),
    password_login_groups: attr.list(ty.string, {
      optional: true,
      computed: true,
      description:
        'With passwordauth: groups (by name) whose members may log in with a password, besides the users with ssh_password_enabled; empty: none. The server does not check the names. Removing it keeps the current list; set [] to empty it.',
      validators: [validators.each(validators.lengthBetween(1, 1024))],
    }),
    weak_ciphers: attr.set(ty.string, { optional: true, computed: true, description: 'Weak ciphers to allow: AES128-CBC, NONE.' }),
    options: attr.string({ optional: true, computed: true, description: 'Extra sshd_config lines.' }),
  },
});

export const sshConfigResource = serviceConfigResource({
  name: 'truenas_ssh_config',
  namespace: 'ssh',
  schema: sshConfigSchema,
});
