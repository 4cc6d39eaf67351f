#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so the same sources serve the CLI, the tests and the viewer.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
