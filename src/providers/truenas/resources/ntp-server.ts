// truenas_ntp_server: a time server chrony polls (`system.ntpserver.*`).
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { NtpServer } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';

const pollInterval = (which: string, fallback: number) =>
  attr.number({
    default: fallback,
    description: `${which} polling interval as a power of two seconds (${fallback} means ${2 ** fallback} s).`,
    validators: [validators.integer(), validators.between(-6, 24)],
  });

const ntpSchema = schema({
  description: 'An NTP server. A fresh system polls three Debian pool servers; this adds another. The server refuses one it cannot reach unless force is set.',
  attributes: {
    id: numericId('NTP server'),
    address: attr.string({ required: true, description: 'Host name or IP address of the server.', validators: [validators.lengthBetween(1, 253)] }),
    burst: attr.bool({ default: false, description: 'Send a burst of eight packets instead of one while the server is reachable.' }),
    iburst: attr.bool({ default: true, description: 'Send a burst at start for a faster first synchronisation.' }),
    prefer: attr.bool({ default: false, description: 'Prefer this server when all else is equal.' }),
    minpoll: pollInterval('Minimum', 6),
    maxpoll: pollInterval('Maximum', 10),
    force: attr.bool({
      optional: true,
      description: 'Add the server even though it cannot be reached now. Sent with create and update, not stored by the server (so not imported).',
    }),
  },
});

type NtpModel = ModelOf<typeof ntpSchema>;

function toModel(server: NtpServer, known: NtpModel): NtpModel {
  const { id, address, burst, iburst, prefer, minpoll, maxpoll } = server;
  return { id, address, burst, iburst, prefer, minpoll, maxpoll, force: known.force ?? null };
}

function input(plan: PlanModelOf<typeof ntpSchema>) {
  const { address, burst, iburst, prefer, minpoll, maxpoll } = plan;
  return { address, burst, iburst, prefer, minpoll, maxpoll, ...(plan.force ? { force: true } : {}) };
}

export const ntpServerResource = truenasResource({
  name: 'truenas_ntp_server',
  schema: ntpSchema,
  validateConfig(ctx) {
    if (!ctx.config.isKnown('minpoll') || !ctx.config.isKnown('maxpoll')) return;
    const minpoll = ctx.config.number('minpoll') ?? 6;
    const maxpoll = ctx.config.number('maxpoll') ?? 10;
    if (maxpoll <= minpoll) ctx.error('maxpoll', 'maxpoll not above minpoll', `maxpoll (${maxpoll}) must be higher than minpoll (${minpoll}).`);
  },
  ...numericCrud({ importId: numericImportId('NTP server', '4'), group: (client) => client.systemSettings.ntpServers, toModel, input }),
});
