// The data sources that list rows of one kind (proxmox_storage_content, proxmox_node_disks,
// proxmox_node_tasks, proxmox_files, proxmox_storages, proxmox_hardware_mappings): arguments that
// choose what is listed, and one computed list of the rows found. One shape for all of them: a
// declaration names the arguments, the rows' attributes and how to list them in their order; the
// read hands the arguments back with the rows.
import { attr, schema } from '../../../framework/attributes.js';
import type { AttributeSpec, ModelOf, ModelOfMembers } from '../../../framework/schema.js';
import type { ProxmoxClient } from '../../../clients/proxmox/index.js';
import { proxmoxDataSource } from '../provider-data.js';
import { withLookupErrors, type LookupRule } from '../shared/lookup-errors.js';

type NoBlocks = Record<never, never>;

/** The list attribute: its rows are nested attributes, every one computed. */
type RowsAttribute<R extends Record<string, AttributeSpec>> = ReturnType<typeof rowsAttribute<R>>;

function rowsAttribute<R extends Record<string, AttributeSpec>>(row: R, description: string) {
  return attr.nested('list', row, { computed: true, description });
}

export interface RowListSpec<A extends Record<string, AttributeSpec>, K extends string, R extends Record<string, AttributeSpec>> {
  readonly name: string;
  readonly description: string;
  /** The arguments that choose what is listed; the read returns them as configured. */
  readonly arguments: A;
  /** The computed list: its attribute name, its description (with the order) and a row's attributes. */
  readonly rows: { readonly attribute: K; readonly description: string; readonly row: R };
  /** The server's refusals that concern an argument (an unknown node, a storage not usable). */
  readonly lookupRules?: readonly LookupRule[];
  /** The rows, in the order the description promises. */
  readonly list: (client: ProxmoxClient, config: ModelOfMembers<A, NoBlocks>) => Promise<ModelOfMembers<R, NoBlocks>[]>;
  readonly example?: string;
}

export function rowListDataSource<A extends Record<string, AttributeSpec>, const K extends string, R extends Record<string, AttributeSpec>>(
  spec: RowListSpec<A, K, R>,
) {
  // A computed key widens to a string index; the names are those of A and K.
  const attributes = { ...spec.arguments, [spec.rows.attribute]: rowsAttribute(spec.rows.row, spec.rows.description) } as A & Record<K, RowsAttribute<R>>;
  const dataSourceSchema = schema({ description: spec.description, attributes });
  return proxmoxDataSource({
    name: spec.name,
    schema: dataSourceSchema,
    ...(spec.example === undefined ? {} : { example: spec.example }),
    async read(ctx, config) {
      const rows = await withLookupErrors(spec.lookupRules ?? [], () => spec.list(ctx.provider.client, config));
      return { ...config, [spec.rows.attribute]: rows } as ModelOf<typeof dataSourceSchema>;
    },
  });
}
