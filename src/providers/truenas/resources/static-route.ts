// truenas_static_route: a route the system adds at boot (`staticroute.*`).
import { isIP } from 'node:net';
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { StaticRoute } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { freeTextAttr } from '../shared/free-text.js';
import { numericId } from '../shared/ids.js';
import { inRange } from '../shared/release-gate.js';
import { hasHostBits } from '../../../clients/common/ip-address.js';

const routeSchema = schema({
  description:
    'A static route. The server keeps the destination in its long form (an IPv6 address written out in full); the spelling configured here is kept while it names the same network.',
  attributes: {
    id: numericId('static route'),
    destination: attr.string({
      required: true,
      description:
        'Destination network in CIDR notation, such as "10.20.0.0/16", or an address alone (a host route). TrueNAS 25.04 refuses host bits below the prefix ("10.20.0.5/16").',
      // 25.10 and 26.0 parse it with ip_interface (plugins/network_/static_routes.py @TS-25.10.6:131-150):
      // an address alone is a /32 or /128, host bits are kept; 25.04's create model types it
      // IPvAnyNetwork (api/v25_04_2/static_route.py:26-28), which refuses host bits.
      validators: [validators.cidr('any', { addressAlone: true })],
    }),
    gateway: attr.string({ required: true, description: 'Gateway address, of the same family as the destination.', validators: [validators.ipAddress()] }),
    description: freeTextAttr('description'),
  },
});

type RouteModel = ModelOf<typeof routeSchema>;

/** An address or interface in one spelling: IPv6 compressed, a missing prefix as the full width. */
export function canonicalInterface(text: string): string {
  const [address = '', prefix] = text.trim().split('/');
  const family = isIP(address);
  if (family === 0) return text;
  const host = family === 6 ? new URL(`http://[${address}]/`).hostname.slice(1, -1) : address;
  return `${host}/${prefix ?? (family === 4 ? 32 : 128)}`;
}

/** The server's text with IPv6 compressed (it writes it out in full), the prefix as given. */
export function compactSpelling(text: string): string {
  const [address = '', prefix] = text.split('/');
  if (isIP(address) !== 6) return text;
  const host = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  return prefix === undefined ? host : `${host}/${prefix}`;
}

const keepSpelling = (known: string | null | undefined, fresh: string) =>
  known && canonicalInterface(known) === canonicalInterface(fresh) ? known : compactSpelling(fresh);

function toModel(route: StaticRoute, known: RouteModel): RouteModel {
  return {
    id: route.id,
    destination: keepSpelling(known.destination, route.destination),
    gateway: keepSpelling(known.gateway, route.gateway),
    description: route.description,
  };
}

function input(plan: PlanModelOf<typeof routeSchema>) {
  return { destination: plan.destination, gateway: plan.gateway, description: plan.description };
}

export const staticRouteResource = truenasResource({
  name: 'truenas_static_route',
  schema: routeSchema,
  validateConfig(ctx) {
    if (!ctx.config.isKnown('destination') || !ctx.config.isKnown('gateway')) return;
    const destination = ctx.config.string('destination')?.split('/')[0] ?? '';
    const gateway = ctx.config.string('gateway') ?? '';
    if (isIP(destination) !== 0 && isIP(gateway) !== 0 && isIP(destination) !== isIP(gateway))
      ctx.error('gateway', 'Address families differ', `The gateway ${gateway} and the destination must both be IPv4 or both IPv6.`);
  },
  async modifyPlan(ctx) {
    const destination = ctx.config.string('destination');
    const client = ctx.provider?.client;
    if (destination === undefined || !hasHostBits(destination) || !client) return;
    const version = await client.serverVersion();
    if (inRange(version, { until: '25.10' }))
      ctx.error(
        'destination',
        'Destination has host bits set',
        `TrueNAS ${version} takes the destination as a network, so "${destination}" must not set bits below its prefix; write the network address (25.10 and later accept it).`,
      );
  },
  ...numericCrud({ importId: numericImportId('route'), group: (client) => client.systemSettings.staticRoutes, toModel, input }),
});
