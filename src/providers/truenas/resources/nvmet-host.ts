// truenas_nvmet_host: an NVMe host (initiator) by NQN, with optional DH-HMAC-CHAP keys.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { PlanContext, ValidateContext } from '../../../framework/resource.js';
import type { TrueNASProviderData } from '../provider-data.js';
import type { NvmetHost, NvmetHostCreate } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { nvmetOnly } from '../shared/nvmet.js';
import { checkAttributeReleases } from '../shared/release-gate.js';
import { secretAttributes, secretRules } from '../shared/secret-attributes.js';
import { unmaskedSecret } from '../shared/masked-secret.js';

/** Secret bytes (key + CRC) by the DHHC-1 hash id (plugins/nvmet/host.py `__validate`). */
const KEY_BYTES: Record<string, number> = { '01': 36, '02': 52, '03': 68 };

/** What the server says of a DH-HMAC-CHAP key, or undefined when it takes it. */
export function dhchapKeyProblem(key: string): string | undefined {
  const kind = /^DHHC-1:(0[0-3]):/.exec(key)?.[1];
  if (kind === undefined) return 'must be a key as "nvme gen-dhchap-key" prints it (DHHC-1:0N:<base64>:)';
  if (kind === '00') return key.endsWith(':') ? undefined : 'must end with ":" (as "nvme gen-dhchap-key" prints it)';
  const bytes = Buffer.from(key.split(':')[2] ?? '', 'base64').length;
  return bytes === KEY_BYTES[kind]
    ? undefined
    : `holds ${bytes.toString()} bytes where a DHHC-1:${kind} key holds ${KEY_BYTES[kind]!.toString()} (a ${(KEY_BYTES[kind]! - 4).toString()}-byte secret)`;
}

const DHCHAP_KEY = validators.custom('a DHHC-1 key', (v) => (typeof v === 'string' ? dhchapKeyProblem(v) : undefined));

const hostSchema = schema({
  description:
    'An NVMe-oF host (initiator), known by its NQN, with optional DH-HMAC-CHAP authentication. Link it to subsystems with `truenas_nvmet_host_subsys`. TrueNAS 25.10 or later.',
  attributes: {
    id: numericId('host'),
    hostnqn: attr.string({
      required: true,
      description: "The host's NQN, such as the one in /etc/nvme/hostnqn on a Proxmox node.",
      validators: [validators.lengthBetween(11, 223)],
    }),
    ...secretAttributes('dhchap_key', 'DH-HMAC-CHAP key the host presents ("nvme gen-dhchap-key" output)', { validators: [DHCHAP_KEY] }),
    ...secretAttributes('dhchap_ctrl_key', 'DH-HMAC-CHAP key TrueNAS presents back (bidirectional authentication)', { validators: [DHCHAP_KEY] }),
    dhchap_dhgroup: attr.string({
      optional: true,
      description: 'Diffie-Hellman group for the DH-HMAC-CHAP exchange: 2048-BIT, 3072-BIT, 4096-BIT, 6144-BIT or 8192-BIT; unset for none.',
      validators: [validators.oneOf('2048-BIT', '3072-BIT', '4096-BIT', '6144-BIT', '8192-BIT')],
    }),
    description: attr.string({
      optional: true,
      description: 'Free-text description of the host. TrueNAS 26.0 or later (refused at plan time on older releases); removing it clears it on the server.',
    }),
    dhchap_hash: attr.string({
      default: 'SHA-256',
      description: 'HMAC hash: SHA-256, SHA-384 or SHA-512.',
      validators: [validators.oneOf('SHA-256', 'SHA-384', 'SHA-512')],
    }),
  },
  rules: [...secretRules('dhchap_key'), ...secretRules('dhchap_ctrl_key')],
});

type HostModel = ModelOf<typeof hostSchema>;

/** Bi-directional authentication needs the host's key too (api/v25_10_5/nvmet_host.py:55-58 @TS-25.10.6). */
function requireHostKeyForControllerKey(ctx: ValidateContext): void {
  const set = (name: 'dhchap_key' | 'dhchap_key_wo' | 'dhchap_ctrl_key' | 'dhchap_ctrl_key_wo'): boolean | undefined =>
    ctx.config.isKnown(name) ? !ctx.config.isNull(name) : undefined;
  const controller = set('dhchap_ctrl_key') === true || set('dhchap_ctrl_key_wo') === true;
  if (controller && set('dhchap_key') === false && set('dhchap_key_wo') === false)
    ctx.error(
      'dhchap_ctrl_key',
      'Controller key without host key',
      'Bi-directional authentication (a controller key) needs dhchap_key or dhchap_key_wo as well; TrueNAS refuses it otherwise.',
    );
}

function toModel(host: NvmetHost, known: HostModel): HostModel {
  // Given write-only: kept out of state. Masked for a session without SHARING_NVME_TARGET_WRITE
  // (Secret fields, api/v25_10_5/nvmet_host.py:32,38; plugins/nvmet/host.py:43): the known value.
  const kept = (value: string | null | undefined, version: number | null | undefined, known: string | null | undefined) =>
    (version ?? null) !== null ? null : (unmaskedSecret(value, known) ?? null);
  return {
    id: host.id,
    hostnqn: host.hostnqn,
    dhchap_key: kept(host.dhchap_key, known.dhchap_key_wo_version, known.dhchap_key),
    dhchap_key_wo: null,
    dhchap_key_wo_version: known.dhchap_key_wo_version ?? null,
    dhchap_ctrl_key: kept(host.dhchap_ctrl_key, known.dhchap_ctrl_key_wo_version, known.dhchap_ctrl_key),
    dhchap_ctrl_key_wo: null,
    dhchap_ctrl_key_wo_version: known.dhchap_ctrl_key_wo_version ?? null,
    dhchap_dhgroup: host.dhchap_dhgroup ?? null,
    dhchap_hash: host.dhchap_hash ?? 'SHA-256',
    // The server's '' (26.0's default; absent before) is no description, unless '' was configured.
    description: host.description ? host.description : known.description === '' ? '' : null,
  };
}

/**
 * `description` only when configured (a 25.10 server refuses the field), and '' when removed
 * from the configuration, which clears what was there.
 */
function descriptionInput(plan: PlanModelOf<typeof hostSchema>, prior: HostModel | null): Pick<NvmetHostCreate, 'description'> {
  if (plan.description !== null) return { description: plan.description };
  return prior?.description ? { description: '' } : {};
}

function input(plan: PlanModelOf<typeof hostSchema>, prior: HostModel | null): NvmetHostCreate {
  return {
    hostnqn: plan.hostnqn,
    ...descriptionInput(plan, prior),
    dhchap_key: plan.dhchap_key ?? plan.dhchap_key_wo ?? null,
    dhchap_ctrl_key: plan.dhchap_ctrl_key ?? plan.dhchap_ctrl_key_wo ?? null,
    dhchap_dhgroup: plan.dhchap_dhgroup,
    dhchap_hash: plan.dhchap_hash,
  };
}

export const nvmetHostResource = truenasResource({
  name: 'truenas_nvmet_host',
  schema: hostSchema,
  validateConfig: requireHostKeyForControllerKey,
  async modifyPlan(ctx: PlanContext<TrueNASProviderData, keyof typeof hostSchema.attributes & string>) {
    await nvmetOnly('hostnqn')(ctx);
    await checkAttributeReleases(ctx, { description: { since: '26.0' } });
  },
  ...numericCrud({ importId: numericImportId('host'), group: (client) => client.nvmet.hosts, toModel, input }),
});
