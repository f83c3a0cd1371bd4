// What every truenas resource and data source gets from the configured provider, and the
// typed definers bound to it.
import type { TrueNASClient } from '../../clients/truenas/index.js';
import { defineDataSource } from '../../framework/data-source.js';
import { defineResource } from '../../framework/resource.js';

export interface TrueNASProviderData {
  readonly client: TrueNASClient;
}

export const truenasResource = defineResource<TrueNASProviderData>();
export const truenasDataSource = defineDataSource<TrueNASProviderData>();
