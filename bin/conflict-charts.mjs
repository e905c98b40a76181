#!/usr/bin/env node
// The conflict-charts command: `conflict-charts render …` and `conflict-charts aggregate …`
// (`conflict-charts --help`). The code is built into dist/cli by `npm run build`.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
