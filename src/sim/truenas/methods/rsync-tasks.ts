// rsynctask.*: rsync tasks (plugins/rsync.py RsyncTaskService `validate_rsync_task` @TS-25.04.2.6,
// @TS-25.10.6, @TS-26.0.0-BETA.3): the user must exist (no spaces), the path lie under a pool,
// `extra` split as a shell line; MODULE mode needs remotehost and remotemodule and takes no SSH
// credentials; SSH mode takes a keychain SSH_CREDENTIALS connection (keychaincredential.get_of_type
// errors), or else remotehost, remoteport and a private key in the user's ~/.ssh (the simulated
// users have none), and needs remotepath. With `validate_rpath` (the default) an enabled SSH task
// connects to the remote to test the path: the simulator reaches no remote host, so that fails
// as an unreachable host does ("Connection to the remote host … failed."); send
// validate_rpath false. `validate_rpath` and `ssh_keyscan` are not stored. Rows expand
// `ssh_credentials`, split `extra`, and add `job`, `locked` (26.0: `dataset`, `relative_path`).
import { crud, deleteFrom, mustExist, type CallContext, type MethodTable } from '../registry.js';
import { SimValidationErrors, Verrors } from '../sim-errors.js';
import type { SimRsyncTask } from '../state.js';
import { mergedUpdate, taskCron } from './cloud-tasks.js';
import { fitReturns } from './fit-returns.js';
import { checkTaskPath, pathFields, pathLocked, shlexProblem } from './task-paths.js';

const NOUN = 'RsyncTask';
const TRANSIENT = ['validate_rpath', 'ssh_keyscan'] as const;
type Options = Record<(typeof TRANSIENT)[number], boolean>;

function validateSsh(ctx: CallContext, task: SimRsyncTask, schema: string, options: Options, verrors: Verrors): void {
  let host: { host: string; port: number } | undefined;
  if (task.ssh_credentials) {
    const credential = ctx.state.keychain.get(task.ssh_credentials);
    if (!credential) verrors.add(`${schema}.ssh_credentials`, 'Credential does not exist');
    else if (credential.type !== 'SSH_CREDENTIALS') verrors.add(`${schema}.ssh_credentials`, 'Credential is not of type SSH_CREDENTIALS');
    else host = { host: credential.attributes.host, port: credential.attributes.port };
  } else {
    if (!task.remotehost) verrors.add(`${schema}.remotehost`, 'This field is required');
    if (!task.remoteport) verrors.add(`${schema}.remoteport`, 'This field is required');
    verrors.add(`${schema}.user`, 'In order to use rsync over SSH you need a user with a private key (DSA/ECDSA/RSA) set up in home dir.');
  }
  if (!task.remotepath) verrors.add(`${schema}.remotepath`, 'This field is required');
  if (task.enabled && host && options.validate_rpath) {
    verrors.check();
    verrors.add(`${schema}.remotehost`, `Connection to the remote host ${host.host} on port ${host.port} failed.`);
  }
}

function validate(ctx: CallContext, task: SimRsyncTask, schema: string, options: Options): void {
  const verrors = new Verrors();
  if (task.user.includes(' ')) throw new SimValidationErrors([[`${schema}.user`, 'User names cannot have spaces', 22]]);
  if (!ctx.state.users.list().some((u) => u.username === task.user))
    throw new SimValidationErrors([[`${schema}.user`, `Provided user "${task.user}" does not exist`, 22]]);
  checkTaskPath(ctx.state, task.path, `${schema}.path`, verrors);
  const parse = shlexProblem(task.extra.join(' '));
  if (parse) verrors.add(`${schema}.extra`, `Please specify valid value: ${parse}`);
  if (task.mode === 'MODULE') {
    if (!task.remotehost) verrors.add(`${schema}.remotehost`, 'This field is required');
    if (!task.remotemodule) verrors.add(`${schema}.remotemodule`, 'This field is required');
    if (task.ssh_credentials) verrors.add(`${schema}.ssh_credentials`, "SSH credentials can't be used when mode is MODULE");
  } else validateSsh(ctx, task, schema, options, verrors);
  verrors.check();
}

/** The call's transient options, and the task without them. */
function split(data: Record<string, unknown>, defaults: Options): [Record<string, unknown>, Options] {
  const task = { ...data };
  const options = { ...defaults };
  for (const key of TRANSIENT) {
    if (typeof task[key] === 'boolean') options[key] = task[key];
    delete task[key];
  }
  return [task, options];
}

/** Python's `shlex.split` (POSIX mode): words split at whitespace, quotes and backslashes resolved; undefined where it raises. */
function shlexSplit(text: string): string[] | undefined {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote === "'") {
      if (c === "'") quote = null;
      else word += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) word += text[++i];
      else word += c;
    } else if (' \t\r\n'.includes(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      inWord = true;
      if (c === "'" || c === '"') quote = c;
      else if (c === '\\') {
        if (i === text.length - 1) return undefined;
        word += text[++i];
      } else word += c;
    }
  }
  if (quote !== null) return undefined;
  if (inWord) words.push(word);
  return words;
}

/**
 * `extra` as rsync_task_extend reads it back: stored as one space-joined line, split like a shell
 * line with every quote made literal, or at whitespace where that fails (plugins/rsync.py:116-122,157 @TS-25.10.6).
 */
function extraAsRead(extra: readonly string[]): string[] {
  const line = extra.join(' ');
  return shlexSplit(line.replace(/"/g, '"\\"').replace(/'/g, '"\\"')) ?? line.split(/\s+/).filter(Boolean);
}

function rsyncRow(ctx: CallContext, task: SimRsyncTask): Record<string, unknown> {
  const credential = task.ssh_credentials === null ? null : (ctx.state.keychain.get(task.ssh_credentials) ?? null);
  return fitReturns(ctx, 'rsynctask.query', {
    ...structuredClone(task),
    extra: extraAsRead(task.extra),
    ssh_credentials: credential && structuredClone(credential),
    job: null,
    locked: pathLocked(ctx.state, task.path),
    ...pathFields(ctx.state, task.path),
  });
}

const DEFAULT_OPTIONS: Options = { validate_rpath: true, ssh_keyscan: false };

/** The create model's defaults (RsyncTaskCreate @TS-25.10.6; 25.04's legacy schema leaves them to the table's column defaults, the same values). */
const DEFAULTS = {
  mode: 'MODULE',
  remotehost: null,
  remoteport: null,
  remotemodule: null,
  ssh_credentials: null,
  remotepath: '',
  direction: 'PUSH',
  desc: '',
  recursive: true,
  times: true,
  compress: true,
  archive: false,
  delete: false,
  quiet: false,
  preserveperm: false,
  preserveattr: false,
  delayupdates: true,
  extra: [],
  enabled: true,
};

export const rsyncTaskMethods: MethodTable = crud<number>('rsynctask', {
  noun: NOUN,
  rows: (ctx) => ctx.state.rsyncTasks.list().map((task) => rsyncRow(ctx, task)),
  create: (data, ctx) => {
    const [fields, options] = split({ ...structuredClone(DEFAULTS), ...structuredClone(data), schedule: taskCron(data['schedule']) }, DEFAULT_OPTIONS);
    const task = fields as unknown as SimRsyncTask;
    validate(ctx, task, 'rsync_task_create', options);
    return rsyncRow(ctx, ctx.state.rsyncTasks.insert(task));
  },
  update: (id, data, ctx) => {
    const stored = mustExist(ctx.state.rsyncTasks.get(id), NOUN, id);
    const [fields, options] = split(data, DEFAULT_OPTIONS);
    const merged = mergedUpdate(stored, fields);
    validate(ctx, merged, 'rsync_task_update', options);
    Object.assign(stored, merged, { id });
    return rsyncRow(ctx, stored);
  },
  delete: deleteFrom((state) => state.rsyncTasks, NOUN),
});
