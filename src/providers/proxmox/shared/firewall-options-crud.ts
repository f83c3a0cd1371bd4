// The four operations of a firewall options resource (datacenter, node, guest), from its table.
import type { FirewallScope } from '../../../clients/proxmox/index.js';
import type { OperationContext } from '../../../framework/resource.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import type { AttributeSpec } from '../../../framework/schema.js';
import { optionsToValues, optionTableOf, resetOptions, writeOptions } from './firewall-options.js';
import { scopeExists } from './firewall-scope.js';

interface OptionsModelBase {
  readonly id: string | null;
  readonly reset_on_destroy: boolean | null;
}

/** `M`: the resource's model, of these attributes; `scope`/`id`: where its options are and the id that names them. */
export function optionsCrud<M extends OptionsModelBase>(
  attributes: Readonly<Record<string, AttributeSpec>>,
  scope: (model: M) => FirewallScope,
  id: (model: M) => string,
) {
  const table = optionTableOf(attributes);
  type Ctx = OperationContext<ProxmoxProviderData>;
  async function read(ctx: Ctx, known: M): Promise<M | null> {
    const where = scope(known);
    if (!(await scopeExists(ctx.provider.client, where))) return null;
    const values = optionsToValues(table, await ctx.provider.client.firewall.options(where), known as unknown as Record<string, unknown>);
    return { ...known, ...values, id: id(known), reset_on_destroy: known.reset_on_destroy ?? false };
  }
  async function write(ctx: Ctx, plan: M): Promise<M> {
    await writeOptions(ctx.provider.client, scope(plan), table, plan as unknown as Record<string, unknown>);
    const result = await read(ctx, plan);
    if (!result) throw new Error(`the firewall options of ${id(plan)} cannot be read back: the guest is gone`);
    return result;
  }
  return {
    create: (ctx: Ctx, plan: M) => write(ctx, plan),
    read,
    update: (ctx: Ctx, plan: M) => write(ctx, plan),
    async delete(ctx: Ctx, state: M): Promise<void> {
      if (state.reset_on_destroy !== true) return;
      const where = scope(state);
      if (await scopeExists(ctx.provider.client, where)) await resetOptions(ctx.provider.client, where, table);
    },
  };
}
