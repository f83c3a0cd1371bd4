// Whose a job is, as far as the job queue cares (job.py:126-150 @TS-25.10.6): a caller whose
// credential is limited to its own jobs is not handed another user's job when the lock's queue
// is full. Limited: a user session without the FULL_ADMIN role (utils/privilege.py:22-32,90-94
// @TS-25.10.6, the same in 25.04 and at :97 in 26.0); the middleware's own jobs have no
// credential and are not limited.
import type { SimState } from './state.js';

/** The credential a job was started with: the logged-in user, or null for the middleware's own. */
export interface JobCaller {
  readonly username: string;
  readonly limitedToOwnJobs: boolean;
}

/**
 * The caller of a session logged in as `username`: its roles are those of the privileges whose
 * local groups it belongs to (privileges_group_mapping, utils/privilege.py:71-87). A credential
 * the simulator was given without an account row (a test's user) counts as full admin, as every
 * login did before the simulator knew roles.
 */
export function jobCaller(state: SimState, username: string | null): JobCaller | null {
  if (username === null) return null;
  const user = state.users.list().find((row) => row.username === username);
  if (!user) return { username, limitedToOwnJobs: false };
  const gids = new Set([user.group, ...user.groups].map((id) => state.groups.get(id)?.gid));
  const roles = state.privileges
    .list()
    .filter((privilege) => privilege.local_groups.some((gid) => gids.has(gid)))
    .flatMap((privilege) => privilege.roles);
  return { username, limitedToOwnJobs: !roles.includes('FULL_ADMIN') };
}
