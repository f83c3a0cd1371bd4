// Which secret to send for a pair of a stored sensitive attribute and its write-only twin
// (`password` / `password_wo` + `password_wo_version`), by the framework's rule (write-only.ts
// secretToSend); and whether the secret was dropped from the configuration (both unset now, one
// of them set before), so the server's copy goes too.
import { attr } from '../../../framework/attributes.js';
import { secretToSend as sendSecret } from '../../../framework/write-only.js';
import { validators } from '../../../framework/validators.js';

export interface SecretToSend {
  /** The secret to send, undefined when it stays as it is. */
  readonly value: string | undefined;
  readonly dropped: boolean;
}

export function secretToSend(
  stored: string | null,
  writeOnly: string | null,
  version: number | null,
  prior: { readonly value: string | null; readonly version: number | null } | null,
): SecretToSend {
  const value = sendSecret({ value: stored, wo: writeOnly, woVersion: version }, prior && { value: prior.value, wo: null, woVersion: prior.version });
  const dropped = stored === null && writeOnly === null && prior !== null && (prior.value !== null || prior.version !== null);
  return { value: value ?? undefined, dropped };
}

/**
 * The write-only twin of a sensitive attribute and its version (`<name>_wo`,
 * `<name>_wo_version`), described alike everywhere; `what` says what the secret is.
 */
export function writeOnlyTwin(name: string, what: string) {
  return {
    secret: attr.string({
      optional: true,
      sensitive: true,
      writeOnly: true,
      description: `${what}, write-only: sent but never stored in plan or state (Terraform 1.11+); sent again when ${name}_wo_version changes.`,
    }),
    version: attr.number({ optional: true, description: `Change it to send ${name}_wo again; required with ${name}_wo.`, validators: [validators.integer()] }),
  };
}
