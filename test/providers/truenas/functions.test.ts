// The truenas provider functions iqn and cidr_contains.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FunctionArgumentError } from '../../../src/framework/function.js';
import { cidrContainsFunction } from '../../../src/providers/truenas/functions/cidr.js';
import { iqnFunction } from '../../../src/providers/truenas/functions/iscsi.js';

const blames = (argument: number, message: RegExp) => (error: unknown) =>
  error instanceof FunctionArgumentError && error.argument === argument && message.test(error.message);

describe('iqn', () => {
  it('joins the base name and the target name with a colon', () => {
    assert.equal(iqnFunction.run(['iqn.2005-10.org.freenas.ctl', 'proxmox']), 'iqn.2005-10.org.freenas.ctl:proxmox');
    assert.equal(iqnFunction.run(['iqn.2024-01.lan.nas:tier1', 'vm-100']), 'iqn.2024-01.lan.nas:tier1:vm-100');
    assert.equal(iqnFunction.run(['eui.02004567a425678d', 'disk.0']), 'eui.02004567a425678d:disk.0');
  });

  it('blames the argument that is no base name or target name', () => {
    assert.throws(() => iqnFunction.run(['org.freenas.ctl', 'proxmox']), blames(0, /must be an iSCSI base name/));
    assert.throws(() => iqnFunction.run(['iqn.2005-10.org.freenas.ctl', 'Has Space']), blames(1, /must be a target name of lowercase letters/));
    assert.throws(() => iqnFunction.run(['iqn.2005-10.org.freenas.ctl', '']), blames(1, /must be a target name/));
  });
});

describe('cidr_contains', () => {
  const cases: [string, string, boolean][] = [
    ['192.168.1.0/24', '192.168.1.20', true],
    ['192.168.1.0/24', '192.168.2.20', false],
    ['192.168.1.0/24', '192.168.1.0', true],
    ['192.168.1.0/24', '192.168.1.255', true],
    ['10.0.0.0/8', '10.255.1.1', true],
    ['0.0.0.0/0', '203.0.113.9', true],
    ['192.168.1.5/32', '192.168.1.5', true],
    ['192.168.1.5/32', '192.168.1.6', false],
    ['192.168.1.77/24', '192.168.1.1', true],
    ['fd00::/64', 'fd00::1', true],
    ['fd00::/64', 'fd00:0:0:1::1', false],
    ['::/0', '192.168.1.1', false],
    ['0.0.0.0/0', '::ffff:192.168.1.1', false],
  ];
  for (const [cidr, address, inside] of cases) {
    it(`${address} in ${cidr}: ${inside}`, () => assert.equal(cidrContainsFunction.run([cidr, address]), inside));
  }

  it('blames the argument that is no network or no address', () => {
    assert.throws(() => cidrContainsFunction.run(['192.168.1.0/33', '192.168.1.1']), blames(0, /prefix length from 0 to 32/));
    assert.throws(() => cidrContainsFunction.run(['192.168.1.0', '192.168.1.1']), blames(0, /prefix length/));
    assert.throws(() => cidrContainsFunction.run(['192.168.1.0/24', '192.168.1']), blames(1, /must be an IPv4 or IPv6 address/));
  });
});
