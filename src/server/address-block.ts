import { isIP } from 'node:net';

/** The eight 16-bit groups of an IPv6 address as 4-digit hex (`::` expanded, IPv4 tail converted). */
function ipv6Groups(address: string): string[] {
  let text = address.toLowerCase().split('%')[0] ?? '';
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((group) => group.padStart(4, '0'));
}

/**
 * The block a client address belongs to for per-address limits: an IPv4 address itself (an
 * IPv4-mapped IPv6 address as IPv4), an IPv6 address as its /64, which one subscriber usually holds
 * whole: otherwise a single host could step through 2^64 addresses and never meet a limit.
 */
export function addressBlock(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) {
    return mapped[1];
  }
  if (isIP(address) !== 6) {
    return address;
  }
  return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
}
