// Every `truemox` subcommand answers --help with its usage and exits 0 (no stack trace, no
// simulator or provider started).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { CLI_MAIN } from '../helpers/cli-process.js';

const COMMANDS: ReadonlyArray<{ args: string[]; mentions: RegExp }> = [
  { args: [], mentions: /sim[\s\S]*serve[\s\S]*install[\s\S]*demo/ },
  { args: ['sim'], mentions: /truenas[\s\S]*proxmox[\s\S]*lab/ },
  { args: ['sim', 'truenas'], mentions: /--api-key[\s\S]*--cert-out/ },
  { args: ['sim', 'proxmox'], mentions: /--token[\s\S]*--cert-out[\s\S]*--truenas <url>[\s\S]*--iscsi-lun/ },
  { args: ['sim', 'lab'], mentions: /--truenas-port[\s\S]*--proxmox-port[\s\S]*--tls[\s\S]*--cert-out[\s\S]*--env-out/ },
  { args: ['serve'], mentions: /--debug/ },
  { args: ['install'], mentions: /--dir/ },
  { args: ['uninstall'], mentions: /--dir/ },
  { args: ['schema'], mentions: /providers/ },
  { args: ['demo'], mentions: /--config/ },
];

describe('truemox --help', () => {
  for (const { args, mentions } of COMMANDS) {
    it(`truemox ${[...args, '--help'].join(' ')}`, () => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', CLI_MAIN, ...args, '--help'], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, new RegExp(`^Usage: truemox ${args.join(' ')}`.trimEnd()));
      assert.match(run.stdout, mentions);
      assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /, 'no stack trace');
    });
  }
});
