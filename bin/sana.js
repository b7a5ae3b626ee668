#!/usr/bin/env node
// The `sana` command: registers the TypeScript loader, then hands over to src/cli/main.ts.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
