// A named object of the datacenter's or a guest's firewall (an alias, an IP set): the id
// SCOPE/NAME, the scope attributes and a name that cannot change, imported by that id; written,
// then read back; read as gone when the server no longer has it, and deleted only while it does.
// Each resource gives its own attributes and the calls that read and write its kind of object.
import type { ObjectScope, ProxmoxClient } from '../../../clients/proxmox/index.js';
import { attr } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ImportIdDoc, OperationContext, PlanContext, ResourceDefinition, ValidateContext, WriteContext } from '../../../framework/resource.js';
import type { ModelOf, PlanModelOf, Schema } from '../../../framework/schema.js';
import type { Validator } from '../../../framework/validators.js';
import { proxmoxResource, type ProxmoxProviderData } from '../provider-data.js';
import { objectScopeOf, parseScopedImportId, planScopeChange, scopeAttributes, scopeId, validateObjectScope, type ScopeModel } from './firewall-scope.js';
import { createByName } from './lost-create.js';
import { deleteIgnoringMissing, readAfterWrite } from './not-found.js';
import { idAttribute } from './key-attributes.js';

const OBJECT_ID = 'cluster/NAME, vm/NODE/VMID/NAME or ct/NODE/VMID/NAME';

/** `id`, the scope (`what`: "aliases", "IP sets", for the descriptions) and `name`, which forces replacement. */
export function firewallObjectAttributes(what: string, name: { readonly description: string; readonly validators: readonly Validator<string>[] }) {
  return {
    id: idAttribute(`${OBJECT_ID}.`),
    ...scopeAttributes(what, true),
    name: attr.string({ required: true, ...name, planModifiers: [planModifiers.requiresReplace()] }),
  };
}

/** SCOPE/NAME, such as cluster/office or vm/pve/100/office. */
export function firewallObjectId(scope: ObjectScope, name: string): string {
  return `${scopeId(scope)}/${name}`;
}

type Model<S> = ModelOf<S> & ScopeModel & { readonly id: string | null; readonly name: string };
type Plan<S> = PlanModelOf<S> & Model<S>;
type ScopeName = 'id' | 'node' | 'vm_id' | 'container_id';
type WriteCtx<S> = WriteContext<ProxmoxProviderData, Model<S>>;

export interface FirewallObjectDefinition<S extends Schema> {
  readonly name: string;
  readonly schema: S;
  /** An import id, such as "cluster/office". */
  readonly example: string;
  /** What the object is ("alias", "IP set"), for errors. */
  readonly noun: string;
  /** The model but for its id, from what the server holds; null when the object is gone. */
  readonly read: (client: ProxmoxClient, scope: ObjectScope, known: Model<S>) => Promise<Omit<Model<S>, 'id'> | null>;
  readonly create: (ctx: WriteCtx<S>, scope: ObjectScope, plan: Plan<S>) => Promise<unknown>;
  readonly update: (ctx: WriteCtx<S>, scope: ObjectScope, plan: Plan<S>, prior: Model<S>) => Promise<unknown>;
  readonly remove: (client: ProxmoxClient, scope: ObjectScope, name: string) => Promise<unknown>;
}

export function firewallObjectResource<S extends Schema>(definition: FirewallObjectDefinition<S>): ResourceDefinition<S, ProxmoxProviderData> {
  const { name, schema, example, noun } = definition;
  type Ctx = OperationContext<ProxmoxProviderData>;
  async function read(ctx: Ctx, known: Model<S>): Promise<Model<S> | null> {
    const scope = objectScopeOf(known);
    const object = await definition.read(ctx.provider.client, scope, known);
    return object === null ? null : ({ ...object, id: firewallObjectId(scope, known.name) } as Model<S>);
  }
  const readBack = (ctx: Ctx, plan: Model<S>): Promise<Model<S>> => readAfterWrite(`${noun} "${plan.name}"`, read(ctx, plan));
  const operations = {
    async create(ctx: WriteCtx<S>, plan: Plan<S>): Promise<Model<S>> {
      const scope = objectScopeOf(plan);
      await createByName({
        what: `${noun} "${plan.name}"`,
        exists: async () => (await read(ctx, plan)) !== null,
        create: () => definition.create(ctx, scope, plan),
        record: () => ctx.savePartialState({ ...plan, id: firewallObjectId(scope, plan.name) }),
      });
      return readBack(ctx, plan);
    },
    read,
    async update(ctx: WriteCtx<S>, plan: Plan<S>, prior: Model<S>): Promise<Model<S>> {
      await definition.update(ctx, objectScopeOf(plan), plan, prior);
      return readBack(ctx, plan);
    },
    delete: (ctx: Ctx, state: Model<S>): Promise<void> => deleteIgnoringMissing(() => definition.remove(ctx.provider.client, objectScopeOf(state), state.name)),
  };
  const importId: ImportIdDoc = { description: OBJECT_ID, example };
  return proxmoxResource({
    name,
    schema,
    importId,
    // The operations are typed by the model with its scope, id and name; every firewall object schema has them.
    ...(operations as unknown as Pick<ResourceDefinition<S, ProxmoxProviderData>, 'create' | 'read' | 'update' | 'delete'>),
    importState(id: string) {
      const { scope, name: objectName } = parseScopedImportId(id, true);
      return { ...scope, name: objectName } as unknown as Partial<ModelOf<S>>;
    },
    // The hooks see the schema's names, the scope's among them (firewallObjectAttributes).
    modifyPlan: (ctx) => planScopeChange(ctx as unknown as PlanContext<ProxmoxProviderData, ScopeName>),
    validateConfig: (ctx) => validateObjectScope(ctx as unknown as ValidateContext<ScopeName>),
  });
}
