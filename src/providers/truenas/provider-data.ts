// What every truenas resource and data source gets from the configured provider, and the
// typed definers bound to it.
import type { TrueNASClient } from '../../clients/truenas/index.js';
import { defineDataSource } from '../../framework/data-source.js';
import { defineEphemeralResource } from '../../framework/ephemeral-resource.js';
import { defineResource } from '../../framework/resource.js';

export interface TrueNASProviderData {
  readonly client: TrueNASClient;
  /**
   * A client of its own with the provider's settings: a new connection and login, for proving
   * the API still answers after a network change (the caller closes it).
   */
  readonly openClient: () => Promise<TrueNASClient>;
}

export const truenasResource = defineResource<TrueNASProviderData>();
export const truenasDataSource = defineDataSource<TrueNASProviderData>();
export const truenasEphemeralResource = defineEphemeralResource<TrueNASProviderData>();
