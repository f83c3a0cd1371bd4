#!/usr/bin/env node
// The truenas provider executable that terraform starts (see `make install`). CommonJS, so that
// each of terraform's many provider starts skips Node's ES module loader.
'use strict';
const { join } = require('node:path');
require('../dist/provider-launch.cjs').launchProvider('truenas', process.argv.slice(2), join(__dirname, '..', 'dist'));
