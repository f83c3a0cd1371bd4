// A folder of files kept by the content they were made from, shared by concurrent processes:
// the tests build the same single-executable archive in several files (each costs tens of CPU
// seconds), and the first build serves the others. A process that finds another one making the
// same file waits for it (a lock folder holding the maker's pid; a dead maker's lock is taken
// over); a finished file appears whole (written aside, then renamed). Only the newest file of
// each family is kept, so the folder does not grow with every change of the sources.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Whether the process that wrote `lockDir` is gone (or never wrote its pid: a crash mid-creation). */
function lockIsStale(lockDir: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
  } catch {
    // The maker may be between mkdir and writing its pid: a lock stays without one only when
    // its maker died in that instant.
    try {
      return Date.now() - statSync(lockDir).mtimeMs > 60_000;
    } catch {
      return false; // already released
    }
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Takes the lock folder, waiting while a live process holds it. */
async function lock(lockDir: string): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (lockIsStale(lockDir)) rmSync(lockDir, { recursive: true, force: true });
    else await sleep(250); // polls the other maker's progress; never a limit on how long it may take
  }
}

/**
 * The file `family`-`key` in `dir`: read when there, else made by `make` (once, whoever asks
 * at the same time) and kept, replacing the family's older files. `key` must change with
 * everything the file is made from.
 */
export async function cachedFile(dir: string, family: string, key: string, make: () => Promise<Buffer>): Promise<Buffer> {
  mkdirSync(dir, { recursive: true });
  const name = `${family}-${key}`;
  const path = join(dir, name);
  if (existsSync(path)) return readFileSync(path);
  const lockDir = `${path}.lock`;
  await lock(lockDir);
  try {
    if (existsSync(path)) return readFileSync(path);
    const data = await make();
    const partial = `${path}.${process.pid}.tmp`;
    writeFileSync(partial, data);
    renameSync(partial, path);
    for (const other of readdirSync(dir)) {
      if (other.startsWith(`${family}-`) && other !== name && !other.endsWith('.lock') && !other.endsWith('.tmp')) rmSync(join(dir, other), { force: true });
    }
    return data;
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
