// What a provider author writes for an ephemeral resource (tfplugin6 6.7, terraform 1.10+): a
// value terraform opens when it needs it (a short-lived credential), may renew while it is in
// use, and closes when done; it is never stored in a plan or state.
//
// Terraform opens it with a wholly known configuration (an unknown one is not opened: the result
// is unknown until apply), calls renew at or after `renewAt` while the value is still in use,
// and close when the run no longer needs it (hashicorp/terraform v1.11.4
// internal/terraform/node_resource_ephemeral.go, internal/resources/ephemeral). Renew and close
// get only the private data the open returned, not the result or the configuration, so the
// private data carries what they need (here: JSON the framework encodes).
import type { OperationContext, ValidateContext } from './resource.js';
import type { AttributeNameOf, ModelOf, Schema } from './schema.js';

/** Plain JSON the open hands to renew and close. */
export type EphemeralPrivate = Readonly<Record<string, string | number | boolean | null>>;

export interface EphemeralOpened<M> {
  /** The configuration with every computed attribute filled in. */
  readonly result: M;
  /** When terraform should call renew (if the value is still in use then). */
  readonly renewAt?: Date;
  readonly private?: EphemeralPrivate;
}

export interface EphemeralRenewed {
  readonly renewAt?: Date;
  readonly private?: EphemeralPrivate;
}

export interface EphemeralResourceDefinition<S extends Schema, P, M = ModelOf<S>> {
  /** The full type name, e.g. `proxmox_api_token`. */
  readonly name: string;
  readonly schema: S;
  readonly example?: string;
  open(ctx: OperationContext<P>, config: M): Promise<EphemeralOpened<M>>;
  renew?(ctx: OperationContext<P>, data: EphemeralPrivate): Promise<EphemeralRenewed>;
  /** Releases what open made (deletes a token); what is already gone counts as closed. */
  close?(ctx: OperationContext<P>, data: EphemeralPrivate): Promise<void>;
  validateConfig?(ctx: ValidateContext<AttributeNameOf<S>>): void;
}

export function defineEphemeralResource<P>() {
  return <S extends Schema>(definition: EphemeralResourceDefinition<S, P>): EphemeralResourceDefinition<S, P> => definition;
}
