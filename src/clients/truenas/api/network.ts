// `interface.*`: network interfaces, and the commit / check-in cycle their changes go through
// (plugins/network.py @TS-25.10.6): create, update and delete only stage a change; `commit`
// applies every staged change and, with `rollback`, reverts it unless `checkin` follows within
// `checkin_timeout` seconds.
import { z } from 'zod';
import * as net from '../schemas/network.js';
import { byName } from '../query.js';
import type { ApiContext } from './context.js';
import { CrudGroup } from './crud.js';

export class InterfaceGroup extends CrudGroup<net.NetworkInterface, net.InterfaceCreate, net.InterfaceUpdate> {
  constructor(ctx: ApiContext) {
    super(ctx, { namespace: 'interface', schema: net.networkInterfaceSchema, idOf: (row) => row.id, findCreated: byName });
  }

  /** Whether changes are staged and not yet committed (or committed and not yet checked in). */
  hasPendingChanges(): Promise<boolean> {
    return this.ctx.read('interface.has_pending_changes', [], z.boolean());
  }

  /** Seconds left before a commit is rolled back, or null when no commit waits for its check-in. */
  checkinWaiting(): Promise<number | null> {
    return this.ctx.read('interface.checkin_waiting', [], z.number().nullable());
  }

  /** Applies the staged changes; never re-sent after a lost answer (it would apply twice). */
  async commit(options: net.InterfaceCommitOptions): Promise<void> {
    await this.ctx.write('interface.commit', [options], z.unknown(), { kind: 'create' });
  }

  /** Keeps the committed changes: the pending rollback is cancelled. */
  async checkin(): Promise<void> {
    await this.ctx.write('interface.checkin', [], z.unknown(), { kind: 'idempotent' });
  }

  /** Drops the staged changes (and reverts committed ones not checked in). */
  async rollback(): Promise<void> {
    await this.ctx.write('interface.rollback', [], z.unknown(), { kind: 'idempotent' });
  }
}
