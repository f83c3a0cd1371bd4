// A firewall options resource (datacenter, node, guest) from its schema and where its options
// are: the option table (shared/firewall-options.ts) comes from the schema's attributes, and the
// four operations adopt, write and read back the options of that place.
import type { FirewallScope } from '../../../clients/proxmox/index.js';
import type { ImportIdDoc, OperationContext, PlanContext, ResourceDefinition } from '../../../framework/resource.js';
import type { AttributeNameOf, ModelOf, Schema } from '../../../framework/schema.js';
import { proxmoxResource, type ProxmoxProviderData } from '../provider-data.js';
import { optionsToValues, optionTableOf, resetOptions, writeOptions, type AbsentMeans } from './firewall-options.js';
import { scopeExists } from './firewall-scope.js';

type Model<S> = ModelOf<S> & {
  readonly id: string | null;
  readonly reset_on_destroy: boolean | null;
};

export interface OptionsResourceDefinition<S extends Schema> {
  readonly name: string;
  readonly schema: S;
  readonly importId: ImportIdDoc;
  /** Where the options are. */
  readonly scope: (model: Model<S>) => FirewallScope;
  /** The id that names them. */
  readonly id: (model: Model<S>) => string;
  readonly importState: (id: string) => Partial<ModelOf<S>>;
  /** What each option whose line is absent means to pve-firewall (read as that value). */
  readonly absentMeans: AbsentMeans;
  readonly modifyPlan?: (ctx: PlanContext<ProxmoxProviderData, AttributeNameOf<S>>) => void;
}

export function optionsResource<S extends Schema>(definition: OptionsResourceDefinition<S>): ResourceDefinition<S, ProxmoxProviderData> {
  const { name, schema, importId, scope, id, importState, modifyPlan, absentMeans } = definition;
  const table = optionTableOf(schema.attributes, absentMeans);
  type Ctx = OperationContext<ProxmoxProviderData>;
  async function read(ctx: Ctx, known: Model<S>): Promise<Model<S> | null> {
    const where = scope(known);
    if (!(await scopeExists(ctx.provider.client, where))) return null;
    const values = optionsToValues(table, await ctx.provider.client.firewall.options(where), known as unknown as Record<string, unknown>);
    return { ...known, ...values, id: id(known), reset_on_destroy: known.reset_on_destroy ?? false };
  }
  async function write(ctx: Ctx, plan: Model<S>): Promise<Model<S>> {
    await writeOptions(ctx.provider.client, scope(plan), table, plan as unknown as Record<string, unknown>);
    const result = await read(ctx, plan);
    if (!result) throw new Error(`the firewall options of ${id(plan)} cannot be read back: the guest is gone`);
    return result;
  }
  const operations = {
    create: (ctx: Ctx, plan: Model<S>) => write(ctx, plan),
    read,
    update: (ctx: Ctx, plan: Model<S>) => write(ctx, plan),
    async delete(ctx: Ctx, state: Model<S>): Promise<void> {
      if (state.reset_on_destroy !== true) return;
      const where = scope(state);
      if (await scopeExists(ctx.provider.client, where)) await resetOptions(ctx.provider.client, where, table);
    },
  };
  return proxmoxResource({
    name,
    schema,
    importId,
    // The operations are typed by the model with its id and reset_on_destroy; every options schema has both.
    ...(operations as unknown as Pick<ResourceDefinition<S, ProxmoxProviderData>, 'create' | 'read' | 'update' | 'delete'>),
    importState,
    ...(modifyPlan && { modifyPlan }),
  });
}
