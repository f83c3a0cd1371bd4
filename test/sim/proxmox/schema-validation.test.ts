// The schema-driven parameter validation the simulator applies (and the conformance test uses).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PveApiSchema, validateParams } from '../../../src/sim/proxmox/schema/api-schema.js';

const schema = PveApiSchema.load();

function methodOf(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string) {
  const lookup = schema.lookup(method, path);
  assert.ok('method' in lookup && lookup.method, `${method} ${path} is in the schema`);
  return lookup.method;
}

test('routes resolve templates and path values; unknown paths and methods do not', () => {
  const lookup = schema.lookup('GET', '/nodes/pve/qemu/100/config');
  assert.equal(lookup.template, '/nodes/{node}/qemu/{vmid}/config');
  assert.deepEqual('pathParams' in lookup && lookup.pathParams, { node: 'pve', vmid: '100' });
  assert.equal(schema.lookup('GET', '/nodes/pve/nothing').template, undefined);
  const lxcPost = schema.lookup('POST', '/nodes/pve/lxc/100/config');
  assert.equal('method' in lxcPost ? lxcPost.method : undefined, undefined, 'LXC has no POST config');
  assert.equal(schema.lookup('GET', '/storage/local%2Dlvm').template, '/storage/{storage}');
});

test('missing, unknown, mistyped, out-of-range and enum-violating parameters', () => {
  const create = methodOf('POST', '/nodes/pve/qemu');
  assert.deepEqual(validateParams(create, { node: 'pve', vmid: '100', cores: '2', onboot: '1' }), {});
  assert.deepEqual(validateParams(create, { node: 'pve' }), { vmid: 'property is missing and it is not optional' });
  const errors = validateParams(create, { node: 'pve', vmid: '99', cores: 'two', onboot: 'true', ostype: 'dos', bogus: '1' });
  assert.equal(errors.vmid, 'value must have a minimum value of 100');
  assert.equal(errors.cores, "type check ('integer') failed - got 'two'");
  assert.equal(errors.onboot, "type check ('boolean') failed - got 'true'");
  assert.match(errors.ostype ?? '', /^value 'dos' does not have a value in the enumeration 'other, wxp/);
  assert.equal(errors.bogus, 'property is not defined in schema and the schema does not allow additional properties');
});

test('indexed keys and property strings are checked against their formats', () => {
  const update = methodOf('PUT', '/nodes/pve/qemu/100/config');
  const ok = { node: 'pve', vmid: '100' };
  assert.deepEqual(
    validateParams(update, { ...ok, net0: 'virtio=BC:24:11:00:00:01,bridge=vmbr0,firewall=1', scsi3: 'local-lvm:32,ssd=1,discard=on', memory: '2048' }),
    {},
  );
  assert.match(validateParams(update, { ...ok, net0: 'virtio,bridge=vmbr0,speed=9' }).net0 ?? '', /invalid format - property 'speed' is not defined/);
  assert.match(validateParams(update, { ...ok, net0: 'virtio,tag=5000' }).net0 ?? '', /tag: value must have a maximum value of 4094/);
  assert.match(validateParams(update, { ...ok, scsi0: 'local-lvm:8,cache=fast' }).scsi0 ?? '', /cache: value 'fast' does not have a value in the enumeration/);
  assert.match(validateParams(update, { ...ok, net0: 'virtio=ZZ:24:11:00:00:01' }).net0 ?? '', /invalid format/);
  assert.match(validateParams(update, { ...ok, memory: 'current=8' }).memory ?? '', /minimum value of 16/);
  assert.deepEqual(validateParams(update, { ...ok, net31: 'virtio', scsi30: 'local-lvm:1' }), {});
  assert.match(validateParams(update, { ...ok, net32: 'virtio' }).net32 ?? '', /not defined in schema/);
  assert.match(validateParams(update, { ...ok, sata6: 'local-lvm:1' }).sata6 ?? '', /not defined in schema/);
});

test('named formats: storage ids, user ids, ACL lists, size patterns', () => {
  const storage = methodOf('POST', '/storage');
  assert.match(validateParams(storage, { storage: '9bad', type: 'dir', path: '/x' }).storage ?? '', /invalid format/);
  assert.match(validateParams(storage, { storage: 'ok1', type: 'ceph-ish' }).type ?? '', /enumeration/);
  const acl = methodOf('PUT', '/access/acl');
  assert.deepEqual(validateParams(acl, { path: '/vms/100', roles: 'PVEAuditor', users: 'alice@pve', tokens: 'alice@pve!ci' }), {});
  assert.match(validateParams(acl, { path: '/', roles: 'PVEAuditor', users: 'alice' }).users ?? '', /invalid format/);
  const resize = methodOf('PUT', '/nodes/pve/qemu/100/resize');
  assert.deepEqual(validateParams(resize, { node: 'pve', vmid: '100', disk: 'scsi0', size: '+8G' }), {});
  assert.equal(validateParams(resize, { node: 'pve', vmid: '100', disk: 'scsi0', size: '8 GB' }).size, 'value does not match the regex pattern');
});
