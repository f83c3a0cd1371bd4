// Data protection mappings and rules, in process: crontab lines to and from the API's schedule,
// naming schemas, the simulator's cron matching, snapshot-name parsing and SSH key handling.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cronProblem, fromSchedule, sameSchedule, toSchedule } from '../../../src/providers/truenas/shared/schedule.js';
import { namingSchemaProblem } from '../../../src/providers/truenas/resources/periodic-snapshot-task.js';
import { fieldMatches, namingSchemaProblem as serverNamingSchemaProblem, parseSnapshotTime, scheduleMatches, strftime } from '../../../src/sim/truenas/cron.js';
import { generateOpenSshKeyPair, isValidPublicKey, publicKeyOf } from '../../../src/sim/truenas/ssh-keys.js';

describe('task schedules as crontab lines', () => {
  const cases: [string, string | undefined][] = [
    ['0 * * * *', undefined],
    ['30 */2 1-15 jan,jul mon-fri', undefined],
    ['00 00 * * 7', undefined],
    ['every hour', 'must have five fields'],
    ['0 * * *', 'got 4'],
    ['0 * * * ?', '"?" is not a cron field'],
  ];
  for (const [line, problem] of cases) {
    it(`${JSON.stringify(line)} is ${problem ? 'refused' : 'accepted'}`, () => {
      const found = cronProblem(line);
      if (problem === undefined) assert.equal(found, undefined);
      else assert.match(found ?? '', new RegExp(problem.replace(/[?*]/g, '\\$&')));
    });
  }

  it('maps to the API fields and back without changing the spelling', () => {
    const schedule = toSchedule('30 */2 1-15 jan mon');
    assert.deepEqual(schedule, { minute: '30', hour: '*/2', dom: '1-15', month: 'jan', dow: 'mon' });
    assert.equal(fromSchedule(schedule), '30 */2 1-15 jan mon');
    assert.equal(sameSchedule('0 0 * * 7', '00 00 * * 7'), true);
    assert.equal(sameSchedule('0 1 * * *', '0 10 * * *'), false);
  });
});

describe('snapshot naming schemas', () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ['auto-%Y-%m-%d_%H-%M', undefined, undefined],
    ['snap_%s', undefined, undefined],
    ['auto-%Y-%m-%d', 'must contain %H, %M', '%H must be present in snapshot naming schema'],
    ['snap_%y%m%d_%H%M', 'must contain %Y', '%Y must be present in snapshot naming schema'],
    ['snap_%Y%m%d_%H%M$', 'may hold only letters', '$ is not an allowed character in ZFS snapshot name'],
    ['snap_%s%H', 'no other placeholder', 'No other placeholder can be used with %s in naming schema'],
    ['auto %Y-%m-%d %H-%M', undefined, undefined],
    ['auto-%%-%Y-%m-%d_%H-%M', 'may not contain', '% is not an allowed character in ZFS snapshot name'],
  ];
  for (const [schema, plan, server] of cases) {
    it(`${schema}: the plan and the (simulated) server agree`, () => {
      if (plan === undefined) assert.equal(namingSchemaProblem(schema), undefined);
      else assert.match(namingSchemaProblem(schema) ?? '', new RegExp(plan.replace(/[$%]/g, '\\$&')));
      assert.equal(serverNamingSchemaProblem(schema), server);
    });
  }

  it('names snapshots by the schema in UTC and reads the time back', () => {
    const at = new Date(Date.UTC(2026, 0, 5, 7, 30));
    assert.equal(strftime('auto-%Y-%m-%d_%H-%M', at), 'auto-2026-01-05_07-30');
    assert.equal(parseSnapshotTime('auto-%Y-%m-%d_%H-%M', 'auto-2026-01-05_07-30')?.getTime(), at.getTime());
    assert.equal(parseSnapshotTime('auto-%Y-%m-%d_%H-%M', 'manual-2026-01-05_07-30'), undefined);
  });
});

describe("the simulator's cron matching", () => {
  const monday0730 = new Date(Date.UTC(2026, 0, 5, 7, 30));
  const cases: [string, Parameters<typeof scheduleMatches>[0], boolean][] = [
    ['hourly at :00 does not fire at :30', { minute: '00' }, false],
    ['every 15 minutes fires at :30', { minute: '*/15' }, true],
    ['a list of hours', { minute: '30', hour: '6,7,8' }, true],
    ['weekdays by name', { minute: '30', dow: 'mon-fri' }, true],
    ['Sunday as 7 is not Monday', { minute: '30', dow: '7' }, false],
    ['outside the begin/end window', { minute: '30', begin: '09:00', end: '18:00' }, false],
    ['inside a window across midnight', { minute: '30', begin: '22:00', end: '08:00' }, true],
  ];
  for (const [name, schedule, fires] of cases) it(name, () => assert.equal(scheduleMatches(schedule, monday0730), fires));

  it('treats day-of-week 0 and 7 as Sunday', () => {
    assert.equal(fieldMatches('dow', '7', 0), true);
    assert.equal(fieldMatches('dow', '0', 0), true);
  });
});

describe("the simulator's SSH keys (as ssh-keygen reads them)", () => {
  it('derives the public key of a generated OpenSSH private key', () => {
    const pair = generateOpenSshKeyPair('test');
    const derived = publicKeyOf(pair.privateKey);
    assert.ok('publicKey' in derived);
    assert.equal(`${derived.publicKey} test`, pair.publicKey);
    assert.equal(isValidPublicKey(pair.publicKey), true);
  });

  it('refuses garbage and keys of another type than they claim', () => {
    assert.deepEqual(publicKeyOf('not a key'), { error: 'Load key "/tmp/key": invalid format' });
    assert.equal(isValidPublicKey('ssh-rsa AAAA'), false);
    const ed = generateOpenSshKeyPair().publicKey.split(' ')[1];
    assert.equal(isValidPublicKey(`ssh-rsa ${ed}`), false);
  });
});
