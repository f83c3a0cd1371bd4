// How a network interface change reaches the server without risking the API: interface.create,
// update and delete only stage it (plugins/network.py @TS-25.10.6); `interface.commit` with
// `rollback` applies it and arms a timer that reverts it unless `interface.checkin` comes within
// `checkin_timeout` seconds. We check in only after a NEW connection to the endpoint (new socket,
// new login) has answered: a change that cuts the API off is then never checked in, and the
// server puts the previous configuration back by itself.
import { AttributeError, ProviderError } from '../../../framework/diagnostics.js';
import type { InterfaceCommitOptions } from '../../../clients/truenas/index.js';

/** The part of the client's `interfaces` group the cycle uses (a fake stands in for it in tests). */
export interface InterfaceCommitApi {
  hasPendingChanges(): Promise<boolean>;
  checkinWaiting(): Promise<number | null>;
  commit(options: InterfaceCommitOptions): Promise<void>;
  checkin(): Promise<void>;
  rollback(): Promise<void>;
}

export interface CommitClient {
  readonly interfaces: InterfaceCommitApi;
  close(): void;
}

export interface InterfaceChange<T> {
  /** The provider's client, whose connection stages the change and commits it. */
  readonly client: CommitClient;
  /** Opens a client of its own (new connection, new login) with the provider's settings. */
  readonly openClient: () => Promise<CommitClient>;
  /** Seconds the server waits for the check-in before it rolls back. */
  readonly checkinTimeout: number;
  /** The attributes the change sets, named in errors (the first one carries the diagnostic). */
  readonly attributes: readonly string[];
  /** What is changed, for messages: `interface br0`. */
  readonly what: string;
  /** Stages the change (interface.create / update / delete). */
  readonly stage: () => Promise<T>;
}

/** One chain per provider client: the server has one set of pending changes for everyone. */
const chains = new WeakMap<object, Promise<unknown>>();

/** Runs `work` after every earlier change through the same client has finished (one lock per provider). */
export function serialised<T>(client: object, work: () => Promise<T>): Promise<T> {
  const previous = chains.get(client) ?? Promise.resolve();
  const next = previous.then(work, work);
  chains.set(
    client,
    next.catch(() => undefined),
  );
  return next;
}

/** How long the old connection gets to roll back at once before we leave it to the server's timer. */
export const ROLLBACK_GRACE_MS = 5_000;

/**
 * Asks for the rollback over the old connection, which may still work where a new one does not;
 * the server's own timer rolls back anyway, so a failure or a hang here is not waited for. Done
 * now, a read after the failure already finds the previous configuration.
 */
async function bestEffortRollback(api: InterfaceCommitApi): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ROLLBACK_GRACE_MS).unref()));
  const done = await Promise.race([
    api.rollback().then(
      () => true,
      () => false,
    ),
    grace,
  ]);
  clearTimeout(timer);
  return done;
}

/** Per client: the change of ours that was not checked in and whose rollback the server's timer does. */
const awaitingRollback = new WeakMap<object, string>();

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Refuses to start while someone else's change is staged or waits for its check-in. */
async function requireNoForeignChanges(client: CommitClient, what: string): Promise<void> {
  const api = client.interfaces;
  const waiting = await api.checkinWaiting();
  const ours = awaitingRollback.get(client);
  if (waiting !== null && ours !== undefined)
    throw new ProviderError(
      'An earlier network change is being rolled back',
      `The change to ${ours} made by this apply was not checked in; TrueNAS rolls it back in ${waiting} s. Not changing ${what} before that: apply again afterwards.`,
    );
  if (waiting !== null)
    throw new ProviderError(
      'Another network change waits for its check-in',
      `A committed network interface change that was not made by this apply waits for its check-in (rolled back in ${waiting} s unless checked in). Not changing ${what} now: check it in or let it roll back (Network page of the web UI), then apply again.`,
    );
  if (await api.hasPendingChanges())
    throw new ProviderError(
      'Pending network changes on the server',
      `The server holds network interface changes that were not made by this apply. Committing ${what} would apply them too, so nothing was changed: test and save them, or revert them (Network page of the web UI, or interface.rollback), then apply again.`,
    );
}

/**
 * Stages a change, commits it with rollback armed, proves the API answers over a new connection,
 * then checks in. Whatever fails, nothing the server keeps differs from what it held before:
 * a refused stage or commit is rolled back, a commit whose apply fails rolls back by itself, and an API that
 * does not answer afterwards gets no check-in, so the server rolls back after `checkinTimeout`.
 */
export function commitInterfaceChange<T>(change: InterfaceChange<T>): Promise<T> {
  return serialised(change.client, async () => {
    const api = change.client.interfaces;
    await requireNoForeignChanges(change.client, change.what);
    awaitingRollback.delete(change.client);
    let staged: T;
    try {
      staged = await change.stage();
    } catch (error) {
      // Nothing was pending before: whatever a partly staged change left is ours to drop.
      if (await api.hasPendingChanges().catch(() => false)) await api.rollback().catch(() => undefined);
      throw error;
    }
    try {
      await api.commit({ rollback: true, checkin_timeout: change.checkinTimeout });
    } catch (error) {
      // interface.commit validates before it applies anything (plugins/network.py:653-657
      // @TS-25.10.6): refused, our staged change is still pending and would block every later
      // change as "not made by this apply". With its answer lost it may be applied and waiting
      // for its check-in. Either way it is ours to roll back (a failed apply rolls itself back, :659-664).
      if (!(await bestEffortRollback(api))) awaitingRollback.set(change.client, change.what);
      throw error;
    }
    let probe: CommitClient | undefined;
    try {
      probe = await change.openClient();
      // Any call that needs a login proves the endpoint answers over the new path.
      await probe.interfaces.checkinWaiting();
      await probe.interfaces.checkin();
    } catch (error) {
      if (!(await bestEffortRollback(api))) awaitingRollback.set(change.client, change.what);
      throw new AttributeError(
        change.attributes[0] ?? 'name',
        'The API is unreachable after the network change',
        `After committing the change to ${change.what} (${change.attributes.join(', ')}), a new connection to the TrueNAS API failed: ${describe(error)}. ` +
          `The change was not checked in and its rollback was asked for: TrueNAS goes back to the previous configuration (by itself within ${change.checkinTimeout} s at the latest), which the state keeps too. ` +
          'Correct the configuration (an address the API is reached on must stay on an interface) and apply again.',
      );
    } finally {
      probe?.close();
    }
    return staged;
  });
}
