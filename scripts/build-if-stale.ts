import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Builds only what changed: each build step's output folder holds a stamp, the hash of every
 * file it was built from. `npm start` runs this first, so a start with unchanged sources skips
 * the build (~75 s cold on this machine) and a change anywhere in a step's inputs rebuilds it.
 * The stamp lives inside the output folder, which each build empties first, so an output that
 * was removed or half-built never passes for up to date.
 */
export interface BuildStep {
  name: string;
  /** Run with a shell from the root. */
  command: string;
  /** Folders and files, relative to the root, whose content the build depends on. */
  inputs: string[];
  /** The folder the build empties and writes; the stamp goes in it. */
  output: string;
}

const SHARED = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'nest-cli.json',
];

export const STEPS: BuildStep[] = [
  {
    name: 'api',
    command: 'npm run build:api',
    inputs: ['apps/api', 'libs', ...SHARED],
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

/** The hash of the step's command and of every input file's path and content, in a stable order. */
export function inputsHash(root: string, step: BuildStep): string {
  const hash = createHash('sha256').update(step.command);
  for (const file of step.inputs.flatMap((input) => filesUnder(root, input)).sort()) {
    hash.update(`\0${file}\0`).update(readFileSync(join(root, file)));
  }
  return hash.digest('hex');
}

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [path];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !notBuilt.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter((file) => !file.split(sep).some((part) => skippedFolders.has(part)));
}

export function isUpToDate(root: string, step: BuildStep): boolean {
  const stamp = join(root, step.output, STAMP);
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === inputsHash(root, step);
}

/** Builds the steps that are stale (or all of them); returns the names built, throws on a failed build. */
export function buildIfStale(
  root: string,
  steps: BuildStep[],
  options: { all?: boolean; log?: (line: string) => void } = {},
): string[] {
  const log = options.log ?? (() => undefined);
  const built: string[] = [];
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

if (require.main === module) {
  try {
    buildIfStale(join(__dirname, '..'), STEPS, {
      all: process.argv.includes('--all'),
      log: console.log,
    });
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
