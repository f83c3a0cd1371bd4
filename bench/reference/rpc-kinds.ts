// The resource calls whose cost the benchmark splits, by their tfplugin6 name and the name of
// the handler that answers them in src/framework/server.ts.
export const RPC_KINDS = [
  { rpc: 'ValidateResourceConfig', handler: 'validateResourceConfig' },
  { rpc: 'UpgradeResourceState', handler: 'upgradeResourceState' },
  { rpc: 'ReadResource', handler: 'readResource' },
  { rpc: 'PlanResourceChange', handler: 'planResourceChange' },
  { rpc: 'ApplyResourceChange', handler: 'applyResourceChange' },
] as const;
export type RpcHandler = (typeof RPC_KINDS)[number]['handler'];
