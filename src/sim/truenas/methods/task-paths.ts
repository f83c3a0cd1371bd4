// The local path of a backup task (cloud sync, rsync, cloud backup): where it must lie, whether
// it is locked, and the dataset it belongs to. Sources @TS-25.10.6: service/sharing_service.py
// (`validate_path_field`: "EXTERNAL: path type is not allowed." for the EXTERNAL: prefix),
// validators.py `check_path_resides_within_volume_sync`, `sharing_task_determine_locked`;
// 26.0's rows add `dataset` and `relative_path` (api/v26_0_0 rsync.py, cloud_sync.py, cloud_backup.py).
import type { Verrors } from '../sim-errors.js';
import type { SimDataset, SimState } from '../state.js';
import { encryptionRootOf } from '../dataset-encryption.js';
import { effectiveProperty } from '../zfs-props.js';

const EXTERNAL_PREFIX = 'EXTERNAL:';

/** The dataset whose mountpoint holds `path` (the deepest one), if any. */
export function datasetOfPath(state: SimState, path: string): SimDataset | undefined {
  if (!path.startsWith('/mnt/')) return undefined;
  let name = path.slice('/mnt/'.length).replace(/\/+$/, '');
  while (name) {
    const dataset = state.datasets.get(name);
    if (dataset?.type === 'FILESYSTEM') return dataset;
    const cut = name.lastIndexOf('/');
    name = cut < 0 ? '' : name.slice(0, cut);
  }
  return undefined;
}

/** `check_path_resides_within_volume`: under /mnt/<pool>; `mustBeDir`: an existing directory (a dataset's mountpoint or one made there). */
export function checkWithinPool(state: SimState, path: string, attribute: string, verrors: Verrors, mustBeDir = false): void {
  if (path.startsWith(EXTERNAL_PREFIX)) {
    verrors.add(attribute, 'Path is external to TrueNAS.');
    return;
  }
  const normalized = path.replace(/\/+$/, '');
  const isDir = datasetOfPath(state, normalized)?.name === normalized.slice('/mnt/'.length) || state.directories.has(normalized);
  if (mustBeDir && !isDir) verrors.add(attribute, 'The path must be a directory');
  const inPool = state.pools.some((pool) => normalized === `/mnt/${pool.name}` || normalized.startsWith(`/mnt/${pool.name}/`));
  if (!path.startsWith('/mnt/') || !inPool) verrors.add(attribute, 'The path must reside within a pool mount point');
}

/** `validate_path_field` of a task whose path must be local (`allowed_path_types = [LOCAL]`). */
export function checkTaskPath(state: SimState, path: string, attribute: string, verrors: Verrors): void {
  if (path.startsWith(EXTERNAL_PREFIX)) verrors.add(attribute, 'EXTERNAL: path type is not allowed.');
  else checkWithinPool(state, path, attribute, verrors);
}

/** Whether the task's path lies in a locked encrypted dataset (`locked` in its rows). */
export function pathLocked(state: SimState, path: string): boolean {
  const dataset = datasetOfPath(state, path);
  return dataset !== undefined && encryptionRootOf(state, dataset.name)?.encryption?.locked === true;
}

/** 26.0's read-only `dataset` and `relative_path` of a task's path (null when no dataset holds it). */
export function pathFields(state: SimState, path: string): { dataset: string | null; relative_path: string | null } {
  const dataset = datasetOfPath(state, path);
  if (!dataset) return { dataset: null, relative_path: null };
  const relative = path.replace(/\/+$/, '').slice(`/mnt/${dataset.name}`.length).replace(/^\/+/, '');
  return { dataset: dataset.name, relative_path: relative };
}

/** Whether the dataset holding `path` is read-only (`statfs` flags RO). */
export function pathReadonly(state: SimState, path: string): boolean {
  const dataset = datasetOfPath(state, path);
  return dataset !== undefined && effectiveProperty(state, dataset, 'readonly') === 'on';
}

/** Python's shlex.split error for a string it cannot split, or undefined. */
export function shlexProblem(text: string): string | undefined {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '\\') {
      if (i === text.length - 1) return 'No escaped character';
      i++;
    }
  }
  return quote ? 'No closing quotation' : undefined;
}
