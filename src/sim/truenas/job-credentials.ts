// Whose a job is, as far as the job queue cares (job.py:126-150 @TS-25.10.6): a caller whose
// credential is limited to its own jobs is not handed another user's job when the lock's queue
// is full. Limited: a user session without the FULL_ADMIN role (utils/privilege.py:22-32,90-94
// @TS-25.10.6, the same in 25.04 and at :97 in 26.0); the middleware's own jobs have no
// credential and are not limited.
import { sessionRoles } from './granted-roles.js';
import type { SimState } from './state.js';

/** The credential a job was started with: the logged-in user, or null for the middleware's own. */
export interface JobCaller {
  readonly username: string;
  readonly limitedToOwnJobs: boolean;
}

/**
 * The caller of a session logged in as `username` (granted-roles.ts: a user without an account
 * row counts as full admin).
 */
export function jobCaller(state: SimState, username: string | null): JobCaller | null {
  if (username === null) return null;
  const roles = sessionRoles(state, username);
  return { username, limitedToOwnJobs: roles !== 'unlimited' && !roles.includes('FULL_ADMIN') };
}
