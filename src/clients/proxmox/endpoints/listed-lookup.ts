// Finding one object of a kind the client lists and caches (pools, storages, groups, roles):
// served from the cached list when it holds the id, read on its own otherwise, since Proxmox
// lists only what the caller may audit and only the direct read tells "absent" from "not allowed".
import { unlessNotFound, type EndpointContext } from './context.js';

export interface ListedKind<Row, Found> {
  /** The whole kind, one request. */
  list(): Promise<readonly Row[]>;
  /** The id a row is found by. */
  keyOf(row: Row): string;
  /** What a listed row gives the lookup; without it, the row itself. */
  fromRow?: (row: Row) => Found | undefined;
  /** One object by id; the server's not-found answer means absent. */
  read(key: string): Promise<Found>;
}

/** A finder of one object by id: from the cached list's row, else the direct read; undefined when absent. */
export function listedLookup<Row>(ctx: EndpointContext, kind: ListedKind<Row, Row>): (key: string) => Promise<Row | undefined>;
export function listedLookup<Row, Found>(
  ctx: EndpointContext,
  kind: ListedKind<Row, Found> & Required<Pick<ListedKind<Row, Found>, 'fromRow'>>,
): (key: string) => Promise<Found | undefined>;
export function listedLookup<Row, Found>(ctx: EndpointContext, kind: ListedKind<Row, Found>): (key: string) => Promise<Found | undefined> {
  const rows = ctx.cache.collection(kind.list, kind.keyOf);
  // Only the first overload leaves fromRow out, and there Found is Row.
  const fromRow = kind.fromRow ?? ((row: Row) => row as unknown as Found);
  return (key) => rows.find(key, fromRow, () => unlessNotFound(() => kind.read(key)));
}
