// Finding one object of a kind the client lists and caches (pools, storages): served from the
// cached list when it holds the id, read on its own otherwise, since Proxmox lists only what the
// caller may audit and only the direct read tells "absent" from "not allowed".
import { unlessNotFound, type EndpointContext } from './context.js';

export interface ListedKind<Row> {
  /** The whole kind, one request. */
  list(): Promise<readonly Row[]>;
  /** The id a row is found by. */
  keyOf(row: Row): string;
  /** One object by id; the server's not-found answer means absent. */
  read(key: string): Promise<Row>;
}

/** A finder of one object by id: the row of the cached list, else the direct read; undefined when absent. */
export function listedLookup<Row>(ctx: EndpointContext, kind: ListedKind<Row>): (key: string) => Promise<Row | undefined> {
  const rows = ctx.cache.collection(kind.list, kind.keyOf);
  return (key) =>
    rows.find(
      key,
      (row) => row,
      () => unlessNotFound(() => kind.read(key)),
    );
}
