import { DEMO_ORGANIZER as ACCOUNT } from '../src/server/demo/load-demo.js';

/**
 * The demo organizer as tests, browser journeys and benches sign in. The demo's password is random per
 * installation; a server they start gets this one through DEMO_ORGANIZER_PASSWORD (see DEMO_ENV).
 */
export const DEMO_ORGANIZER = { ...ACCOUNT, password: 'Testlauf-Demo-Sachsen-2026' };

/** Environment for a started server (production mode, loopback) that loads the demo with that password. */
export const DEMO_ENV = { DEMO_DATA: 'true', DEMO_ORGANIZER_PASSWORD: DEMO_ORGANIZER.password };
