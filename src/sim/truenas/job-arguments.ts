// A job row's `arguments`: the call's parameters as the middleware dumps them (job.py:685
// @TS-25.10.6, :671 @TS-25.04.2.6, :741 @TS-26.0.0-BETA.3, `middleware.dump_args`). From 25.10
// that is `dump_params` (api/base/handler/dump_params.py:11-27): the parameters as validated
// (strict models, api/base/model.py:148-153, so values stay as sent) with unset ones left out and
// every `Secret[...]` field that was set shown as SECRET_VALUE (api/base/types/string.py:78,
// model.py:204-215). A 25.04 legacy method dumps each parameter through its schema, masking the
// keys given that are `private=True` (main.py:736-758, schema/dict_schema.py:130-150
// @TS-25.04.2.6). The released API schemas render a Secret as its inner type, so which fields
// are secret is listed here from the models, for the job methods the simulator runs.
import { versionAtLeast } from './version.js';

const SECRET_VALUE = '********';

interface SecretFields {
  /** The first release that masks them (older ones show them as sent). */
  readonly since?: string;
  /** Parameter index → the secret keys of that (object) parameter. */
  readonly keys: Readonly<Record<number, readonly string[]>>;
}

const secretFields: Readonly<Record<string, SecretFields>> = {
  // api/v25_10_5/pool_dataset.py:178,180 @TS-25.10.6; api/v26_0_0/pool_dataset.py:211,215
  // @TS-26.0.0-BETA.3; private=True in plugins/pool_/dataset_encryption_operations.py:124-125
  // @TS-25.04.2.6.
  'pool.dataset.change_key': { keys: { 1: ['passphrase', 'key'] } },
  // api/v25_10_5/certificate.py:211 @TS-25.10.6; api/v26_0_0/certificate.py:317
  // @TS-26.0.0-BETA.3. 25.04's legacy `Str('privatekey')` is not private
  // (plugins/crypto_/certificates.py:191 @TS-25.04.2.6): shown as sent.
  'certificate.create': { since: '25.10', keys: { 0: ['privatekey'] } },
};

/** `args` as a row of a job of `method` shows them on `version`. */
export function shownJobArguments(method: string, args: readonly unknown[], version: string): unknown[] {
  const secret = secretFields[method];
  if (!secret || (secret.since !== undefined && !versionAtLeast(version, secret.since))) return [...args];
  return args.map((arg, index) => {
    const keys = secret.keys[index];
    if (!keys || typeof arg !== 'object' || arg === null || Array.isArray(arg)) return arg;
    const shown: Record<string, unknown> = { ...(arg as Record<string, unknown>) };
    for (const key of keys) if (key in shown) shown[key] = SECRET_VALUE;
    return shown;
  });
}
