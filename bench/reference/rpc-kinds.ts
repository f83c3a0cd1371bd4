// The resource calls whose cost the benchmark splits, by their tfplugin6 name, the name of the
// handler that answers them in src/framework/server.ts and that of the ResourceRuntime method
// (src/framework/resource-runtime.ts) doing the work: the handlers are small arrow functions
// that a profile rarely names, and an async method resumed after an await has no handler below it.
export const RPC_KINDS = [
  { rpc: 'ValidateResourceConfig', handler: 'validateResourceConfig', method: 'validate' },
  { rpc: 'UpgradeResourceState', handler: 'upgradeResourceState', method: 'upgrade' },
  { rpc: 'ReadResource', handler: 'readResource', method: 'read' },
  { rpc: 'PlanResourceChange', handler: 'planResourceChange', method: 'plan' },
  { rpc: 'ApplyResourceChange', handler: 'applyResourceChange', method: 'apply' },
] as const;
export type RpcHandler = (typeof RPC_KINDS)[number]['handler'];
