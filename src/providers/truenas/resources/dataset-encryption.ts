// truenas_dataset's encryption: the attributes, their plan-time rules, what pool.dataset.create
// is sent, when pool.dataset.change_key re-keys an encryption root in place, and the encryption
// state read back. What the server accepts: truenas/middleware plugins/pool_/dataset.py@TS-25.10.6:
// 527-591 and dataset_encryption_operations.py@TS-25.10.6:67-238. The algorithm and whether the
// dataset is an encryption root cannot change without re-creating it (ZFS fixes both when the
// dataset is created); the key or passphrase can (change_key re-wraps the master key, the data stays).
import { attr } from '../../../framework/attributes.js';
import type { PlanContext, ValidateContext } from '../../../framework/resource.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators, type Validator } from '../../../framework/validators.js';
import { secretToSend } from '../../../framework/write-only.js';
import type { Dataset, DatasetChangeKey, DatasetCreate } from '../../../clients/truenas/index.js';
import { ENCRYPTION_ALGORITHMS } from '../../../clients/truenas/schemas/dataset.js'; // not the index: the client loads lazily
import type { TrueNASProviderData } from '../provider-data.js';
import { inRange } from '../shared/release-gate.js';

/** A hex key check whose error never repeats the value (validators.matches would echo the secret). */
export const HEX_KEY: Validator<string> = {
  description: '64 hexadecimal digits (a 256-bit key)',
  validate: (value) => (typeof value === 'string' && !/^[0-9a-fA-F]{64}$/.test(value) ? 'must be 64 hexadecimal digits (a 256-bit key)' : undefined),
};
const PASSPHRASE = validators.lengthBetween(8, 1024);
/** pbkdf2iters minimum: 100000 up to 25.10, 1300000 from 26.0 (PoolCreateEncryptionOptions in the release schemas). */
export const PBKDF2_MINIMUM = { before26: 100000, since26: 1300000 } as const;

export const encryptionAttributes = {
  encryption: attr.bool({
    optional: true,
    computed: true,
    description:
      "Whether the dataset is an encryption root with a key or passphrase of its own (then set one of `passphrase`, `passphrase_wo`, `key`, `key_wo` or `generate_key`). False or unset: it inherits its parent's encryption (encrypted when the parent is). Read back; changing it replaces the dataset.",
    planModifiers: [planModifiers.useStateForUnknown(), planModifiers.requiresReplace()],
  }),
  encryption_algorithm: attr.string({
    optional: true,
    computed: true,
    description: `Cipher of an encryption root: ${ENCRYPTION_ALGORITHMS.join(', ')} (default AES-256-GCM). Read back (an inherited one too); changing it replaces the dataset.`,
    validators: [validators.oneOf(...ENCRYPTION_ALGORITHMS)],
    planModifiers: [planModifiers.useStateForUnknown(), planModifiers.requiresReplace()],
  }),
  passphrase: attr.string({
    optional: true,
    sensitive: true,
    description:
      'Passphrase of the encryption root (8 to 1024 characters). Sent at creation and when it changes (`pool.dataset.change_key`, in place); never read back (kept in state, sensitive; `passphrase_wo` keeps it out).',
    validators: [PASSPHRASE],
  }),
  passphrase_wo: attr.string({
    optional: true,
    sensitive: true,
    writeOnly: true,
    description:
      'Passphrase, write-only: sent to TrueNAS but never stored in the plan or state (Terraform 1.11+). Sent at creation and when `encryption_wo_version` changes.',
    validators: [PASSPHRASE],
  }),
  key: attr.string({
    optional: true,
    sensitive: true,
    description:
      'Hex key of the encryption root (64 hexadecimal digits). Sent at creation and when it changes (in place); never read back (kept in state, sensitive; `key_wo` keeps it out).',
    validators: [HEX_KEY],
  }),
  key_wo: attr.string({
    optional: true,
    sensitive: true,
    writeOnly: true,
    description:
      'Hex key, write-only: sent to TrueNAS but never stored in the plan or state (Terraform 1.11+). Sent at creation and when `encryption_wo_version` changes.',
    validators: [HEX_KEY],
  }),
  encryption_wo_version: attr.number({
    optional: true,
    description: 'Change it to send `passphrase_wo` or `key_wo` again (re-keying in place); required with either.',
    validators: [validators.integer()],
  }),
  generate_key: attr.bool({
    optional: true,
    description: 'Let TrueNAS generate the hex key (it keeps it; export it from the UI). Turning it on later re-keys in place with a new generated key.',
  }),
  pbkdf2iters: attr.number({
    optional: true,
    description: `PBKDF2 iterations deriving the key from the passphrase: at least ${PBKDF2_MINIMUM.before26} (TrueNAS 26.0: ${PBKDF2_MINIMUM.since26}); the server's default when unset. Changing it re-sends the passphrase. A dataset keyed with fewer on an older release keeps them through the upgrade to 26.0: the minimum applies when the key is sent (creation, a new passphrase, other iterations).`,
    validators: [validators.integer(), validators.atLeast(PBKDF2_MINIMUM.before26)],
  }),
  encrypted: attr.bool({ computed: true, description: "Whether ZFS encrypts the dataset (its own key or its encryption root's)." }),
  encryption_root: attr.string({ computed: true, description: 'The dataset whose key encrypts this one; null when unencrypted.' }),
  key_format: attr.string({ computed: true, description: 'HEX or PASSPHRASE for an encrypted dataset; null otherwise.' }),
  locked: attr.bool({ computed: true, description: 'Whether the dataset is encrypted and its key not loaded (contents unavailable until unlocked).' }),
};

const MATERIAL = ['passphrase', 'passphrase_wo', 'key', 'key_wo', 'generate_key'] as const;
type EncryptionName = keyof typeof encryptionAttributes;

/** The attributes that set key material in a configuration (generate_key only when true). */
function configuredMaterial(ctx: { config: { isNull(name: EncryptionName): boolean; bool(name: EncryptionName): boolean | undefined } }): EncryptionName[] {
  return MATERIAL.filter((name) => (name === 'generate_key' ? ctx.config.bool(name) === true : !ctx.config.isNull(name)));
}

/** Plan-time rules the server would otherwise refuse at apply (validate_encryption_data and create). */
export function validateEncryption(ctx: ValidateContext<EncryptionName>): void {
  const material = configuredMaterial(ctx);
  const root = ctx.config.bool('encryption');
  for (const extra of material.slice(1)) {
    ctx.error(
      extra,
      'Conflicting encryption keys',
      `Set one of "passphrase", "passphrase_wo", "key", "key_wo" or "generate_key = true"; "${material[0]}" is set already.`,
    );
  }
  if (root === false || (root === undefined && ctx.config.isKnown('encryption'))) {
    for (const name of material)
      ctx.error(name, 'Key without encryption', `"${name}" needs "encryption = true": only an encryption root has a key of its own.`);
    if (!ctx.config.isNull('encryption_algorithm'))
      ctx.error(
        'encryption_algorithm',
        'Algorithm without encryption',
        '"encryption_algorithm" needs "encryption = true"; a dataset that inherits encryption uses its parent\'s cipher.',
      );
  }
  if (!ctx.config.isNull('pbkdf2iters') && material.length > 0 && !material.includes('passphrase') && !material.includes('passphrase_wo'))
    ctx.error('pbkdf2iters', 'Iterations without a passphrase', '"pbkdf2iters" applies to a passphrase only; a hex key is used as it is.');
  for (const wo of ['passphrase_wo', 'key_wo'] as const) {
    if (!ctx.config.isNull(wo) && ctx.config.isNull('encryption_wo_version'))
      ctx.error('encryption_wo_version', 'Missing required attribute', `"encryption_wo_version" must be set when "${wo}" is set.`);
  }
}

/**
 * Plan-time checks needing the prior state or the server: an encryption root needs key material
 * at creation; 26.0 raised the pbkdf2iters minimum; a changed pbkdf2iters must come with a
 * passphrase the provider can send (a write-only one is only sent when its version changes).
 */
export async function planEncryption(ctx: PlanContext<TrueNASProviderData, EncryptionName>): Promise<void> {
  const material = configuredMaterial(ctx);
  if (ctx.creating && ctx.config.bool('encryption') === true && material.length === 0 && MATERIAL.every((name) => ctx.config.isKnown(name)))
    ctx.error('encryption', 'Encryption needs a key', 'Set "passphrase", "passphrase_wo", "key", "key_wo" or "generate_key = true" with "encryption = true".');
  const iterations = ctx.config.number('pbkdf2iters');
  const client = ctx.provider?.client;
  if (iterations !== undefined && iterations < PBKDF2_MINIMUM.since26 && client && sendsIterations(ctx)) {
    const version = await client.serverVersion();
    if (inRange(version, { since: '26.0' }))
      ctx.error('pbkdf2iters', 'Too few PBKDF2 iterations', `TrueNAS ${version} requires at least ${PBKDF2_MINIMUM.since26} iterations.`);
  }
  if (!ctx.creating && iterations !== undefined && iterations !== ctx.prior.number('pbkdf2iters') && ctx.config.isNull('passphrase')) {
    const resent = !ctx.config.isNull('passphrase_wo') && ctx.config.number('encryption_wo_version') !== ctx.prior.number('encryption_wo_version');
    if (!resent)
      ctx.error(
        'pbkdf2iters',
        'Iterations change without the passphrase',
        'Changing "pbkdf2iters" re-keys the dataset, which needs the passphrase: change "encryption_wo_version" too so "passphrase_wo" is sent.',
      );
  }
}

/**
 * Whether the plan sends pbkdf2iters: at creation, or with a change_key (other iterations, or a
 * passphrase sent again). A dataset keyed on 25.x with fewer iterations than 26.0 takes keeps
 * them after the upgrade: the minimum is a rule of the create and change_key options only
 * (api/v26_0_0/pool.py:143, pool_dataset.py:204-205 @TS-26.0.0-BETA.3), and no migration touches
 * existing keys, so an unchanged configuration still plans.
 */
function sendsIterations(ctx: PlanContext<TrueNASProviderData, EncryptionName>): boolean {
  if (ctx.creating) return true;
  if (ctx.config.number('pbkdf2iters') !== ctx.prior.number('pbkdf2iters')) return true;
  if (!ctx.config.isNull('passphrase') && ctx.config.string('passphrase') !== ctx.prior.string('passphrase')) return true;
  return !ctx.config.isNull('passphrase_wo') && ctx.config.number('encryption_wo_version') !== ctx.prior.number('encryption_wo_version');
}

/** The encryption values of a plan or state model. */
export interface EncryptionSettings {
  readonly encryption: boolean | null;
  readonly encryption_algorithm: string | null;
  readonly passphrase: string | null;
  readonly passphrase_wo: string | null;
  readonly key: string | null;
  readonly key_wo: string | null;
  readonly encryption_wo_version: number | null;
  readonly generate_key: boolean | null;
  readonly pbkdf2iters: number | null;
}

const passphraseSpelling = (m: EncryptionSettings) => ({ value: m.passphrase, wo: m.passphrase_wo, woVersion: m.encryption_wo_version });
const keySpelling = (m: EncryptionSettings) => ({ value: m.key, wo: m.key_wo, woVersion: m.encryption_wo_version });

/** The create fields: an encryption root of its own, or nothing (the parent's encryption is inherited). */
export function encryptionCreateFields(plan: EncryptionSettings): Pick<DatasetCreate, 'encryption' | 'inherit_encryption' | 'encryption_options'> {
  if (plan.encryption !== true) return {};
  const passphrase = secretToSend(passphraseSpelling(plan), null);
  const key = secretToSend(keySpelling(plan), null);
  return {
    encryption: true,
    inherit_encryption: false,
    encryption_options: {
      ...(plan.encryption_algorithm !== null ? { algorithm: plan.encryption_algorithm as (typeof ENCRYPTION_ALGORITHMS)[number] } : {}),
      ...(passphrase !== null ? { passphrase, ...(plan.pbkdf2iters !== null ? { pbkdf2iters: plan.pbkdf2iters } : {}) } : {}),
      ...(key !== null ? { key } : {}),
      ...(plan.generate_key === true ? { generate_key: true } : {}),
    },
  };
}

/**
 * The change_key options when the plan re-keys the encryption root (a new or re-sent passphrase
 * or key, generate_key turned on, other pbkdf2iters), or null when the key stays.
 */
export function changeKeyOptions(plan: EncryptionSettings, prior: EncryptionSettings): DatasetChangeKey | null {
  if (plan.encryption !== true) return null;
  const key = secretToSend(keySpelling(plan), keySpelling(prior));
  if (key !== null) return { key };
  if (plan.generate_key === true && prior.generate_key !== true) return { generate_key: true };
  const iterationsChanged = plan.pbkdf2iters !== null && plan.pbkdf2iters !== prior.pbkdf2iters;
  const passphrase = secretToSend(passphraseSpelling(plan), passphraseSpelling(prior)) ?? (iterationsChanged ? plan.passphrase : null);
  if (passphrase === null) return null;
  return { passphrase, ...(plan.pbkdf2iters !== null ? { pbkdf2iters: plan.pbkdf2iters } : {}) };
}

/** The encryption state read back; the secrets and settings only the configuration knows are kept. */
export function encryptionFromDataset(dataset: Dataset, known: Partial<EncryptionSettings>) {
  return {
    encryption: dataset.encryptionRoot === dataset.name,
    encryption_algorithm: dataset.encrypted ? dataset.encryption_algorithm : null,
    passphrase: known.passphrase ?? null,
    passphrase_wo: null,
    key: known.key ?? null,
    key_wo: null,
    encryption_wo_version: known.encryption_wo_version ?? null,
    generate_key: known.generate_key ?? null,
    pbkdf2iters: known.pbkdf2iters ?? null,
    encrypted: dataset.encrypted,
    encryption_root: dataset.encryptionRoot,
    key_format: dataset.encrypted ? dataset.key_format : null,
    locked: dataset.locked,
  };
}
