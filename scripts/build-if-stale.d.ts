/** One build step: what it runs, what it reads, where it writes (see build-if-stale.js). */
export interface BuildStep {
  name: string;
  /** Run with a shell from the root. */
  command: string;
  /** Folders and files, relative to the root, whose content the build depends on. */
  inputs: string[];
  /** The folder the build empties and writes; the stamp goes in it. */
  output: string;
}

/** The project's steps: the API, the CLI and the web app. */
export const STEPS: BuildStep[];

/** The hash of the step's command and of every input file's path and content, in a stable order. */
export function inputsHash(root: string, step: BuildStep): string;

export function isUpToDate(root: string, step: BuildStep): boolean;

/** Builds the steps that are stale (or all of them); returns the names built, throws on a failed build. */
export function buildIfStale(
  root: string,
  steps: BuildStep[],
  options?: { all?: boolean; log?: (line: string) => void },
): string[];
