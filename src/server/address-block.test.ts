import { describe, expect, it } from 'vitest';
import { addressBlock } from './address-block.js';

describe('addressBlock', () => {
  it('keeps an IPv4 address, also written as IPv4-mapped IPv6', () => {
    expect(addressBlock('203.0.113.9')).toBe('203.0.113.9');
    expect(addressBlock('::ffff:203.0.113.9')).toBe('203.0.113.9');
  });

  it('puts every address of one IPv6 /64 in one block, however it is written', () => {
    const block = '2001:0db8:0001:0002::/64';
    expect(addressBlock('2001:db8:1:2::1')).toBe(block);
    expect(addressBlock('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe(block);
    expect(addressBlock('2001:DB8:1:2:0:0:0:7')).toBe(block);
    expect(addressBlock('2001:db8:1:3::1')).not.toBe(block);
    expect(addressBlock('::1')).toBe('0000:0000:0000:0000::/64');
  });
});
