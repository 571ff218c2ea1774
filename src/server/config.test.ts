import { describe, expect, it } from 'vitest';
import { isLoopbackHost, loadConfig, shouldLoadDemo } from './config.js';

describe('safe defaults', () => {
  it('listens on loopback unless told otherwise', () => {
    expect(loadConfig({}).HOST).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
  });

  it('knows loopback addresses', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', 'LOCALHOST']) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    for (const host of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'example.org', '127.0.0.1.nip.io']) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });

  it('loads the demo by default only on a loopback start outside production', () => {
    expect(shouldLoadDemo(loadConfig({})).load).toBe(true);
    expect(shouldLoadDemo(loadConfig({ HOST: '0.0.0.0' })).load).toBe(false);
    expect(shouldLoadDemo(loadConfig({ NODE_ENV: 'production' })).load).toBe(false);
    expect(shouldLoadDemo(loadConfig({ DEMO_DATA: 'false' })).load).toBe(false);
  });

  it('loads the demo on an explicit flag, but never on a network address in production', () => {
    expect(shouldLoadDemo(loadConfig({ HOST: '0.0.0.0', DEMO_DATA: 'true' })).load).toBe(true);
    expect(shouldLoadDemo(loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'true' })).load).toBe(true);
    const refused = shouldLoadDemo(
      loadConfig({ NODE_ENV: 'production', HOST: '0.0.0.0', DEMO_DATA: 'true' }),
    );
    expect(refused.load).toBe(false);
    expect(refused.reason).toMatch(/production/);
  });

  it('takes no demo password shorter than the password rules allow', () => {
    expect(() => loadConfig({ DEMO_ORGANIZER_PASSWORD: 'short' })).toThrow(/DEMO_ORGANIZER_PASSWORD/);
  });
});

describe('TRUST_PROXY', () => {
  it('reads a switch, a number of proxies or proxy addresses', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toEqual({ hops: 1 });
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toEqual({ hops: 2 });
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, ::1, loopback' }).TRUST_PROXY).toEqual({
      addresses: ['10.0.0.0/8', '::1', 'loopback'],
    });
    for (const bad of ['everyone', '10.0.0.0/33', '11', '1.2.3']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
    }
  });
});
