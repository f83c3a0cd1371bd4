#!/usr/bin/env node
// The proxmox provider executable that terraform starts (see `make install`).
import { runProvider } from '../dist/provider.js';

await runProvider('proxmox', process.argv.slice(2));
