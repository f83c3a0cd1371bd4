// truenas_ups_config: the UPS (NUT) service's settings (ups.update); the monitor password is
// sensitive or write-only.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ADOPTS_AND_LEAVES, KEPT_WHEN_REMOVED, configId, serviceConfigResource } from '../shared/service-config.js';
import { secretAttributes, secretRules } from '../shared/secret-attributes.js';
import { tcpPortValidators } from '../shared/tcp-port.js';

const text = (description: string) => attr.string({ optional: true, computed: true, description });
const NO_SPACE_OR_HASH = validators.custom('no spaces or "#"', (v) => (typeof v === 'string' && /[ #]/.test(v) ? 'may not contain spaces or "#"' : undefined));

const upsConfigSchema = schema({
  description: `The UPS service's settings (Network UPS Tools).${ADOPTS_AND_LEAVES} Start the service with \`truenas_service\` (service "ups").`,
  attributes: {
    id: configId('ups'),
    mode: attr.string({
      optional: true,
      computed: true,
      description: 'MASTER (the UPS is attached here: needs driver and port) or SLAVE (monitors remotehost).',
      validators: [validators.oneOf('MASTER', 'SLAVE')],
    }),
    identifier: attr.string({
      optional: true,
      computed: true,
      description: 'Name of the UPS: letters, digits, ".", "-" and "_".',
      validators: [validators.matches(/^[a-zA-Z0-9.\-_]+$/, 'letters, digits, ".", "-" and "_"')],
    }),
    remotehost: text('Address of the master (SLAVE mode).'),
    remoteport: attr.number({
      optional: true,
      computed: true,
      description: 'Port of the master (1-65535).',
      validators: tcpPortValidators,
    }),
    driver: attr.string({
      optional: true,
      computed: true,
      description: 'Driver as `<driver>$<model>` or `<driver> <option>=<value>$<model>`, a key of ups.driver_choices (MASTER mode).',
      // ups.driver_choices keys are `<driver>[ <option>=<value>]$<model>` (plugins/ups.py
      // RE_DRIVER_CHOICE and `driver_choices` @TS-25.10.6:19,125-136), e.g. "genericups upstype=2$Back-UPS".
      validators: [
        validators.matches(/^$|^[a-z0-9_-]+( \S+=\S+)?\$.+$/, '"<driver>$<model>", such as "usbhid-ups$Back-UPS ES" or "genericups upstype=2$Back-UPS"'),
      ],
    }),
    port: text('Device the UPS is attached to, such as "auto" or "/dev/ttyS0" (MASTER mode).'),
    options: text('Extra ups.conf lines.'),
    optionsupsd: text('Extra upsd.conf lines.'),
    description: text('Description of the UPS.'),
    shutdown: attr.string({
      optional: true,
      computed: true,
      description: 'When to shut down: BATT (after shutdowntimer on battery) or LOWBATT (when the battery is low).',
      validators: [validators.oneOf('LOWBATT', 'BATT')],
    }),
    shutdowntimer: attr.number({
      optional: true,
      computed: true,
      description: 'Seconds on battery before shutting down (BATT).',
      validators: [validators.integer(), validators.atLeast(0)],
    }),
    monuser: attr.string({
      optional: true,
      computed: true,
      description: 'Monitor user name.',
      validators: [validators.lengthBetween(1, 1024), NO_SPACE_OR_HASH],
    }),
    ...secretAttributes('monpwd', 'Monitor password (no spaces or "#")', { computed: true, validators: [validators.lengthBetween(1, 1024), NO_SPACE_OR_HASH] }),
    extrausers: text('Extra upsd.users lines.'),
    rmonitor: attr.bool({ optional: true, computed: true, description: 'Let other systems monitor this UPS.' }),
    powerdown: attr.bool({ optional: true, computed: true, description: 'Power the UPS off after shutting down.' }),
    nocommwarntime: attr.number({
      optional: true,
      computed: true,
      description: `Seconds without contact before warning.${KEPT_WHEN_REMOVED}`,
      validators: [validators.integer(), validators.atLeast(0)],
    }),
    hostsync: attr.number({
      optional: true,
      computed: true,
      description: 'Seconds to wait for slaves before shutting down.',
      validators: [validators.integer(), validators.atLeast(0)],
    }),
    shutdowncmd: text(`Command run to shut down.${KEPT_WHEN_REMOVED}`),
    complete_identifier: attr.string({ computed: true, description: 'The UPS as NUT clients name it: `<identifier>@<host>:<port>`.' }),
  },
  rules: [...secretRules('monpwd')],
});

export const upsConfigResource = serviceConfigResource({
  name: 'truenas_ups_config',
  namespace: 'ups',
  schema: upsConfigSchema,
  secrets: ['monpwd'],
});
