// What discovery finds on a server: objects the providers manage, each as the import id its
// resource takes and a label to name the resource block after.

/** One object found on a server. */
export interface DiscoveredObject {
  /** The id `terraform import` (and an `import` block) takes for the object's resource type. */
  readonly id: string;
  /** A readable name (the object's name, path or id), turned into the resource block's label. */
  readonly label: string;
}

/** Lists every object of one resource type on a server, through its API client. */
export type Discoverer<C> = (client: C) => Promise<readonly DiscoveredObject[]>;

/**
 * Per resource type of a provider: how to find its objects, or why it cannot be discovered.
 * A registry test checks that every resource type has one or the other.
 */
export interface DiscoveryRegistry<C> {
  readonly discoverers: Readonly<Record<string, Discoverer<C>>>;
  readonly undiscoverable: Readonly<Record<string, string>>;
}

/** Objects of a list, each with its id and label. */
export function objects<T>(list: readonly T[], id: (item: T) => string | number, label: (item: T) => string | number = id): DiscoveredObject[] {
  return list.map((item) => ({ id: String(id(item)), label: String(label(item)) }));
}

/** Objects of a list whose import id is the row's numeric id (most TrueNAS objects), each with its label. */
export function byNumericId<T extends { readonly id: number }>(list: readonly T[], label: (item: T) => string | number): DiscoveredObject[] {
  return objects(list, (item) => item.id, label);
}
