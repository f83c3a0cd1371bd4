#!/usr/bin/env node
// The truenas provider executable that terraform starts (see `make install`).
import { runProvider } from '../dist/provider.js';

await runProvider('truenas', process.argv.slice(2));
