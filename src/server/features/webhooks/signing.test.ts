import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signWebhook } from './signing.js';

describe('Standard Webhooks signing', () => {
  it('matches the example of the Standard Webhooks specification', () => {
    // From the specification's reference libraries (standard-webhooks, "test vectors").
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
    const body = '{"test": 2432232314}';
    expect(signWebhook([secret], id, 1614265330, body)).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
  });

  it('signs with each secret, separated by a space, while two are valid', () => {
    const a = newWebhookSecret();
    const b = newWebhookSecret();
    const both = signWebhook([a, b], 'msg_1', 1, '{}').split(' ');
    expect(both).toEqual([signWebhook([a], 'msg_1', 1, '{}'), signWebhook([b], 'msg_1', 1, '{}')]);
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  });
});
