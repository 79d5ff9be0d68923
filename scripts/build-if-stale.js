// @ts-check
// Plain JavaScript so that `npm start` runs it with node alone: a TypeScript loader (tsx) cost
// 1.5-2 s of every start on a busy 2-core machine. Its types are in build-if-stale.d.ts.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, run by node as it is */
'use strict';
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const {
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { join, relative, sep } = require('node:path');

/**
 * Builds only what changed: each build step's output folder holds a stamp, the hash of every
 * file it was built from. `npm start` runs this first, so a start with unchanged sources skips
 * the build (minutes from scratch on this machine) and a change anywhere in a step's inputs
 * rebuilds that step. The stamp lives inside the output folder, which each build empties first,
 * so an output that was removed or half-built never passes for up to date.
 */

const SHARED = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'nest-cli.json',
];

/** @type {import('./build-if-stale').BuildStep[]} */
const STEPS = [
  {
    name: 'api',
    command: 'npm run build:api',
    // The API commits drafts through the importer (apps/cli/src/import): a change there is the API's too.
    inputs: ['apps/api', 'apps/cli/src/import', 'libs', ...SHARED],
    output: 'dist/apps/api',
  },
  {
    name: 'cli',
    command: 'npm run build:cli',
    inputs: ['apps/cli', 'libs', ...SHARED],
    output: 'dist/apps/cli',
  },
  {
    name: 'web',
    command: 'npm run build:web',
    inputs: ['apps/web', 'package.json', 'package-lock.json'],
    output: 'dist/web',
  },
];

const STAMP = '.build-stamp';
/** Specs are never compiled into a build, so editing one does not make it stale. */
const notBuilt = /\.(spec|test)\.tsx?$/;
const skippedFolders = new Set(['node_modules', 'dist']);

/** @type {typeof import('./build-if-stale').inputsHash} */
function inputsHash(root, step) {
  const hash = createHash('sha256').update(step.command);
  for (const file of step.inputs.flatMap((input) => filesUnder(root, input)).sort()) {
    hash.update(`\0${file}\0`).update(readFileSync(join(root, file)));
  }
  return hash.digest('hex');
}

/** @type {(root: string, path: string) => string[]} */
function filesUnder(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [path];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !notBuilt.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter((file) => !file.split(sep).some((part) => skippedFolders.has(part)));
}

/** @type {typeof import('./build-if-stale').isUpToDate} */
function isUpToDate(root, step) {
  const stamp = join(root, step.output, STAMP);
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === inputsHash(root, step);
}

/** @type {typeof import('./build-if-stale').buildIfStale} */
function buildIfStale(root, steps, options = {}) {
  const log = options.log ?? (() => undefined);
  const built = [];
  for (const step of steps) {
    if (!options.all && isUpToDate(root, step)) {
      log(`build: ${step.name} is up to date (${step.output})`);
      continue;
    }
    const hash = inputsHash(root, step);
    rmSync(join(root, step.output, STAMP), { force: true });
    const started = Date.now();
    log(`build: ${step.name}: ${step.command}`);
    const run = spawnSync(step.command, { cwd: root, shell: true, stdio: 'inherit' });
    if (run.status !== 0)
      throw new Error(
        `build of ${step.name} failed (${step.command}, exit ${run.status ?? run.signal})`,
      );
    writeFileSync(join(root, step.output, STAMP), hash);
    log(`build: ${step.name} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    built.push(step.name);
  }
  return built;
}

module.exports = { STEPS, inputsHash, isUpToDate, buildIfStale };

if (require.main === module) {
  const started = Date.now();
  try {
    const built = buildIfStale(join(__dirname, '..'), STEPS, {
      all: process.argv.includes('--all'),
      log: console.log,
    });
    const took = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `build: ${built.length ? `built ${built.join(', ')}` : 'nothing to build'} (${took} s)`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
