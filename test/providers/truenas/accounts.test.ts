// Account and permission resources in process: plan-time refusals the server would make at apply.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateObject } from '../../../src/framework/validate.js';
import { filesystemPermissionsResource } from '../../../src/providers/truenas/resources/filesystem-permissions.js';
import type { Value } from '../../../src/values/types.js';

describe('truenas_filesystem_permissions mode', () => {
  const problems = (mode: string) => {
    const config: Record<string, Value> = Object.fromEntries(Object.keys(filesystemPermissionsResource.schema.attributes).map((name) => [name, null]));
    Object.assign(config, { path: '/mnt/tank/a', user: 'root', group: 'wheel', mode });
    return validateObject(filesystemPermissionsResource.schema, config).map((d) => d.detail ?? d.summary);
  };
  it('takes three octal digits', () => assert.deepEqual(problems('750'), []));
  it('refuses "000", which the server refuses as empty permissions', () => assert.match(problems('000').join('\n'), /refuses empty permissions/));
  it('refuses what is not three octal digits', () => assert.match(problems('0750').join('\n'), /three octal digits/));
});
