#!/usr/bin/env node
/**
 * cs-insight launcher. Usage: `cs-insight --help`.
 *   npx cs-insight report survey.csv --out report.xlsx
 *   node bin/cs-insight.js report survey.csv --out report.xlsx
 *
 * Runs the compiled command line, lib/cli/main.js (`npm run build:cli`; `prepare` builds it on
 * `npm ci`, and the packed tarball ships it). In a checkout whose src/ is newer than lib/ (you
 * edited a file and did not rebuild), or before the first build, it runs src/cli/main.ts through
 * ts-node instead (a dev dependency), so the command line never runs stale code.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "lib", "cli", "main.js");
const sources = path.join(root, "src");

/** Newest modification time of the .ts files under dir (0 when there is no such dir). */
function newestSource(dir) {
  let newest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function builtTime() {
  try {
    return fs.statSync(path.join(root, "lib", ".tsbuildinfo")).mtimeMs;
  } catch {
    return fs.existsSync(compiled) ? Infinity : -1; // a package without build info: trust lib/
  }
}

function loadMain() {
  const built = builtTime();
  if (built >= 0 && built >= newestSource(sources)) return require(compiled);
  let tsNode;
  try {
    tsNode = require("ts-node");
  } catch {
    if (built >= 0) return require(compiled);
    process.stderr.write("cs-insight: the command line is not built (lib/cli/main.js is missing): run npm run build:cli\n");
    process.exit(1);
  }
  tsNode.register({ transpileOnly: true, project: path.join(root, "tsconfig.json"), compilerOptions: { sourceMap: false } });
  return require(path.join(sources, "cli", "main.ts"));
}

loadMain()
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
