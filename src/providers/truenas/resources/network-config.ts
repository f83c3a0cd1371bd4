// truenas_network_config: the system's host name, domain, DNS servers, default gateways and HTTP
// proxy (network.configuration.update). A single row like the service settings: creating adopts
// the current settings, destroying leaves them.
import { attr, schema } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { ipAddressProblem, validators, type IpFamily } from '../../../framework/validators.js';
import { nameserverProblem, NAMESERVERS_IN_ORDER } from '../../../clients/common/nameserver.js';
import { ADOPTS_AND_LEAVES, configId, serviceConfigResource } from '../shared/service-config.js';

/** An address of `family`, or "" for none (the server's spelling of unset). */
function addressOrEmpty(family: IpFamily) {
  return validators.custom<string>(`an IPv${family} address, or "" for none`, (value) =>
    typeof value === 'string' && value !== '' ? ipAddressProblem(value, family) : undefined,
  );
}

const nameserver = (which: string) =>
  attr.string({
    optional: true,
    computed: true,
    description: `The ${which} DNS server, an IPv4 or IPv6 address ("" for none). Loopback, unspecified, broadcast and 169.254/16 addresses are refused.`,
    validators: [
      validators.custom<string>('a name server address, or "" for none', (value) =>
        typeof value === 'string' && value !== '' ? nameserverProblem(value) : undefined,
      ),
    ],
  });

const networkConfigSchema = schema({
  description: `The system's host name, domain, DNS servers, default gateways and HTTP proxy.${ADOPTS_AND_LEAVES} Set the gateways and name servers here only where DHCP does not give them.`,
  attributes: {
    id: configId('network.configuration'),
    hostname: attr.string({
      optional: true,
      computed: true,
      description: 'Host name.',
      validators: [validators.textMatching(/^[a-z.\-0-9]*[a-z0-9]$/i, 'letters, digits, periods and dashes, ending in a letter or digit')],
    }),
    domain: attr.string({
      optional: true,
      computed: true,
      description: 'Domain name.',
      validators: [validators.textMatching(/^[a-z.\-0-9]*$/i, 'letters, digits, periods and dashes')],
    }),
    // The server stores `domains` joined by spaces and `hosts` by line breaks, and reads them back
    // with split() / strip().split('\n') (plugins/network_/global_config.py @TS-25.10.6:87-91,252-253):
    // entries that would not survive that are refused here.
    domains: attr.list(ty.string, {
      optional: true,
      computed: true,
      description: 'Additional search domains (at most 5), each without spaces.',
      validators: [
        validators.each(
          validators.custom('a domain without spaces', (value) =>
            typeof value === 'string' && (value === '' || /\s/.test(value)) ? `must be a domain without spaces, got "${value}"` : undefined,
          ),
        ),
        validators.custom<string[]>('at most 5 domains', (value) =>
          Array.isArray(value) && value.length > 5 ? `must hold at most 5 additional domains, got ${value.length}` : undefined,
        ),
      ],
    }),
    ipv4gateway: attr.string({
      optional: true,
      computed: true,
      description: 'IPv4 default gateway, used instead of the one DHCP gives ("" for none). It must be in the network of an interface.',
      validators: [addressOrEmpty(4)],
    }),
    ipv6gateway: attr.string({ optional: true, computed: true, description: 'IPv6 default gateway ("" for none).', validators: [addressOrEmpty(6)] }),
    nameserver1: nameserver('first'),
    nameserver2: nameserver('second'),
    nameserver3: nameserver('third'),
    httpproxy: attr.string({
      optional: true,
      computed: true,
      description: 'HTTP proxy for the system\'s own downloads, such as "http://proxy.lan:3128" ("" for none).',
    }),
    hosts: attr.list(ty.string, {
      optional: true,
      computed: true,
      description: 'Lines added to /etc/hosts, such as "192.168.1.20 backup.lan"; not empty, without line breaks or spaces at either end.',
      validators: [
        validators.each(
          validators.custom('a hosts line', (value) =>
            typeof value === 'string' && (value.trim() !== value || value === '' || value.includes('\n'))
              ? `must be one non-empty line without spaces at either end, got ${JSON.stringify(value)}`
              : undefined,
          ),
        ),
      ],
    }),
    service_announcement: attr.object(ty.object({ mdns: ty.bool, netbios: ty.bool, wsd: ty.bool }), {
      optional: true,
      computed: true,
      description: 'How the system announces itself: mDNS, NetBIOS name server and WS-Discovery (all three).',
    }),
    activity: attr.object(ty.object({ type: ty.string, activities: ty.list(ty.string) }), {
      optional: true,
      computed: true,
      description: 'Outbound network activity: type ALLOW (only the listed activities) or DENY (all but the listed ones).',
      validators: [
        validators.custom('type ALLOW or DENY', (value) => {
          const type = (value as { type?: unknown } | null)?.type;
          return typeof type === 'string' && type !== 'ALLOW' && type !== 'DENY' ? `type must be "ALLOW" or "DENY", got "${type}"` : undefined;
        }),
      ],
    }),
    hostname_local: attr.string({ computed: true, description: "The host name this system answers to (the controller's own on HA systems)." }),
    state: attr.object(
      ty.object({
        ipv4gateway: ty.string,
        ipv6gateway: ty.string,
        nameserver1: ty.string,
        nameserver2: ty.string,
        nameserver3: ty.string,
        hosts: ty.list(ty.string),
      }),
      { computed: true, description: 'The gateways, name servers and host lines in effect, whether configured here or given by DHCP.' },
    ),
  },
});

export const networkConfigResource = serviceConfigResource({
  name: 'truenas_network_config',
  namespace: 'network.configuration',
  schema: networkConfigSchema,
  // The server wants the name servers it is sent in order: not the first and third without the second.
  validateConfig(ctx) {
    const set = (name: 'nameserver1' | 'nameserver2' | 'nameserver3') => (ctx.config.string(name) ?? '') !== '';
    if (ctx.config.isKnown('nameserver2') && set('nameserver1') && set('nameserver3') && !set('nameserver2'))
      ctx.error('nameserver3', 'Name servers out of order', NAMESERVERS_IN_ORDER);
  },
});
