// The `truenas` provider: TrueNAS SCALE datasets, zvols, snapshots, iSCSI, shares, services.
import { defineProvider } from '../../framework/provider.js';
import type { TrueNASClient } from '../../clients/truenas/index.js';
import { VERSION } from '../../version.js';
import { createTruenasClient, truenasConfigSchema, validateTruenasConfig } from './config.js';

/** What every truenas resource and data source gets from the configured provider. */
export interface TrueNASProviderData {
  readonly client: TrueNASClient;
}

export const truenasProvider = defineProvider({
  name: 'truenas',
  address: 'registry.terraform.io/truemox/truenas',
  version: VERSION,
  schema: truenasConfigSchema,
  resources: [],
  dataSources: [],
  functions: [],
  example: `provider "truenas" {
  endpoint = "https://nas.lan"
  # api_key comes from TRUENAS_API_KEY
}`,
  validateConfig: validateTruenasConfig,
  async configure(ctx, config): Promise<TrueNASProviderData> {
    return { client: await createTruenasClient(ctx, config) };
  },
});
