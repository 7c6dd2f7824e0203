#!/usr/bin/env node
/**
 * cs-insight launcher: runs src/cli/main.ts through ts-node (transpile only, no type check and no
 * build step; ts-node is a dev dependency of this repo). Usage: `cs-insight --help`.
 *   node bin/cs-insight.js report survey.csv --out report.xlsx
 *   npm run report -- survey.csv --out report.xlsx
 */
"use strict";
const path = require("path");

require("ts-node").register({
  transpileOnly: true,
  project: path.join(__dirname, "..", "tsconfig.json"),
  compilerOptions: { sourceMap: false },
});

require("../src/cli/main")
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
