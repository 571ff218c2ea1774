#!/usr/bin/env node
// The `crossdialog` command. Runs the TypeScript sources through tsx, so no separate build step is needed.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
