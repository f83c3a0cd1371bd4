#!/usr/bin/env node
// The `truemox` command: serve, sim, install, uninstall (see `truemox --help`).
import '../dist/main.js';
