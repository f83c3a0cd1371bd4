// The typed validators: IP addresses, CIDR networks with each family's prefix range, MACs, URLs,
// and list elements named by position.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validators } from '../../src/framework/validators.js';
import { ipConfigProblem } from '../../src/providers/proxmox/shared/ip-config.js';

describe('typed validators', () => {
  it('ipAddress: both families by default, one when asked', () => {
    const any = validators.ipAddress();
    assert.equal(any.validate('10.0.0.1'), undefined);
    assert.equal(any.validate('fe80::1'), undefined);
    assert.equal(any.validate('999.1.1.1'), 'must be an IPv4 or IPv6 address, got "999.1.1.1"');
    assert.equal(validators.ipAddress(4).validate('fe80::1'), 'must be an IPv4 address, got "fe80::1"');
    assert.equal(validators.ipAddress(6).validate('10.0.0.1'), 'must be an IPv6 address, got "10.0.0.1"');
  });

  it('cidr: prefix 0-32 for IPv4, 0-128 for IPv6, nothing after the digits', () => {
    const cidr = validators.cidr();
    for (const good of ['192.168.1.0/24', '0.0.0.0/0', '10.0.0.0/32', 'fd00::/64', '::/0', '2001:db8::/128'])
      assert.equal(cidr.validate(good), undefined, good);
    assert.match(cidr.validate('192.168.1.0/33') ?? '', /prefix length from 0 to 32/);
    assert.match(cidr.validate('10.0.0.0/8x') ?? '', /prefix length from 0 to 32.*got "10\.0\.0\.0\/8x"/);
    assert.match(cidr.validate('fd00::/129') ?? '', /prefix length from 0 to 128/);
    assert.match(cidr.validate('10.0.0.0') ?? '', /prefix length/);
    assert.match(cidr.validate('10.0.0.300/24') ?? '', /network in CIDR notation/);
    assert.match(validators.cidr(4).validate('fd00::/64') ?? '', /must be an IPv4 network/);
  });

  it('macAddress: six octets; unicast refuses group addresses', () => {
    assert.equal(validators.macAddress().validate('bc:24:11:00:00:01'), undefined);
    assert.match(validators.macAddress().validate('BC-24-11-00-00-01') ?? '', /must be a MAC address/);
    assert.equal(validators.macAddress().validate('01:00:5E:00:00:01'), undefined);
    assert.match(validators.macAddress({ unicast: true }).validate('01:00:5E:00:00:01') ?? '', /unicast/);
  });

  it('url: the scheme is required and must be one of those given', () => {
    const url = validators.url(['https', 'http']);
    assert.equal(url.validate('https://pve.lan:8006'), undefined);
    assert.equal(url.validate('http://127.0.0.1:8080/'), undefined);
    assert.equal(url.validate('127.0.0.1:8080'), 'must be a URL starting with https:// or http://, such as "https://127.0.0.1:8080", got "127.0.0.1:8080"');
    assert.match(url.validate('nas.lan:8080') ?? '', /such as "https:\/\/nas\.lan:8080"/);
    assert.match(url.validate('ftp://nas.lan') ?? '', /starting with https:\/\/ or http:\/\//);
  });

  it('each: names the first bad element by position', () => {
    assert.equal(
      validators.each(validators.cidr()).validate(['10.0.0.0/8', '192.168.1.0/33']),
      'element 2 must be an address with a prefix length from 0 to 32 (such as "192.168.1.0/24"), got "192.168.1.0/33"',
    );
    assert.equal(validators.each(validators.cidr()).validate([]), undefined);
  });

  it('cloud-init ipconfig strings', () => {
    for (const good of ['ip=dhcp', 'ip=10.0.0.5/24,gw=10.0.0.1', 'ip6=auto', 'ip6=fd00::5/64,gw6=fd00::1', 'ip=dhcp,ip6=dhcp'])
      assert.equal(ipConfigProblem(good), undefined, good);
    assert.match(ipConfigProblem('ip=10.0.0.5/33') ?? '', /^ip= must be an address with a prefix length from 0 to 32/);
    assert.match(ipConfigProblem('ip=10.0.0.5') ?? '', /^ip= /);
    assert.match(ipConfigProblem('gw=10.0.0.1,gw=10.0.0.2') ?? '', /sets gw= twice/);
    assert.match(ipConfigProblem('dhcp') ?? '', /takes only ip=, gw=, ip6= and gw6= parts/);
  });
});
