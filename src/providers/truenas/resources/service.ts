// truenas_service: whether a system service (iscsitarget, nfs, cifs, ssh, …) starts at boot
// and whether it runs now. Services cannot be created or deleted; destroying the resource
// stops the service and disables it at boot, leaving the system as terraform found it by default.
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ModelOf } from '../../../framework/schema.js';
import type { Service, TrueNASClient } from '../../../clients/truenas/index.js';
import type { PlanContext } from '../../../framework/resource.js';
import { truenasResource, type TrueNASProviderData } from '../provider-data.js';
import { keptString, keyedImport } from '../shared/named-objects.js';

const serviceSchema = schema({
  description: 'Enables a TrueNAS system service at boot and keeps it running (or stopped). Destroying it stops and disables the service.',
  attributes: {
    id: keptString('The service name.'),
    service: attr.string({
      required: true,
      description:
        "Service name as the API knows it: iscsitarget, nfs, cifs (SMB), ssh, ftp, snmp, ups, smartd (up to 25.04), nvmet (25.10 and later), …; checked against the server's list at plan time. The upgrade to 25.10 deletes the smartd service (SMART tests run without it), and the plan then fails naming it: remove that resource from the configuration.",
      planModifiers: [planModifiers.requiresReplace()],
    }),
    enable: attr.bool({ default: true, description: 'Start the service at boot.' }),
    running: attr.bool({ default: true, description: 'Whether the service should be running now.' }),
  },
});

type ServiceModel = ModelOf<typeof serviceSchema>;

function toModel(service: Service): ServiceModel {
  return { id: service.service, service: service.service, enable: service.enable, running: service.state === 'RUNNING' };
}

async function requireService(client: TrueNASClient, name: string): Promise<Service> {
  const service = await client.services.find(name);
  if (!service) throw new AttributeError('service', 'Unknown service', `The server has no service named "${name}" (iscsitarget, nfs, cifs, ssh, … ).`);
  return service;
}

/**
 * Brings the service to the wanted boot and run state, touching only what differs. `record`
 * learns the service as found first: when the start or stop job fails after `enable` changed,
 * the state still holds the service (re-read, so with what the server now has).
 */
async function converge(client: TrueNASClient, name: string, enable: boolean, running: boolean, record?: (found: ServiceModel) => void): Promise<ServiceModel> {
  const current = await requireService(client, name);
  record?.(toModel(current));
  if (current.enable !== enable) await client.services.update(name, { enable });
  if ((current.state === 'RUNNING') !== running) await client.services.control(running ? 'START' : 'STOP', name);
  return toModel(await requireService(client, name));
}

/**
 * The service list differs between releases (25.10 dropped `smartd` and added `nvmet`: alembic
 * versions/25.10/2025-03-20_11-52_drop_smart.py, 2025-04-21_15-33_add_nvmet.py@TS-25.10.6), so a
 * new service resource is checked against the server's own list at plan time.
 */
async function planKnownService(ctx: PlanContext<TrueNASProviderData>): Promise<void> {
  const name = ctx.config.isKnown('service') ? ctx.config.string('service') : undefined;
  const client = ctx.provider?.client;
  if (!ctx.creating || !name || !client) return;
  if (await client.services.find(name)) return;
  const known = (await client.services.query()).map((service) => service.service).sort();
  ctx.error('service', 'Unknown service', `TrueNAS ${await client.serverVersion()} has no service named "${name}"; it has ${known.join(', ')}.`);
}

export const serviceResource = truenasResource({
  name: 'truenas_service',
  schema: serviceSchema,
  ...keyedImport('service', { description: 'the service name', example: 'iscsitarget' }),
  modifyPlan: planKnownService,
  async create(ctx, plan) {
    return converge(ctx.provider.client, plan.service, plan.enable, plan.running, (found) => ctx.savePartialState(found));
  },
  async read(ctx, state) {
    const service = await ctx.provider.client.services.find(state.id ?? state.service);
    return service ? toModel(service) : null;
  },
  async update(ctx, plan) {
    return converge(ctx.provider.client, plan.service, plan.enable, plan.running);
  },
  async delete(ctx, state) {
    const name = state.id ?? state.service;
    if (await ctx.provider.client.services.find(name)) await converge(ctx.provider.client, name, false, false);
  },
});
