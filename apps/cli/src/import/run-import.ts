import { checkFile, importFile, readFiles, type NamedFile, type Send } from './importer';

/**
 * `chancery import [--check] FILE...`: every file is read and checked before any is written.
 * Returns the exit status: 1 when a file cannot be read, or (with --check) any fact is unfaithful.
 */
export async function runImport(
  send: Send,
  files: NamedFile[],
  options: { check: boolean },
  print: (line: string) => void,
): Promise<number> {
  let releases;
  try {
    releases = readFiles(files);
  } catch (error) {
    print((error as Error).message);
    return 1;
  }
  if (!options.check) {
    for (const { name, release } of releases) {
      const facts = await importFile(send, release);
      const left = facts.filter((f) => f.body === null).length;
      print(
        `${name}: ${facts.length - left} of ${facts.length} facts recordable, ${left} left out`,
      );
    }
    return 0;
  }
  let faithful = 0;
  let total = 0;
  for (const { name, release } of releases) {
    const result = await checkFile(send, name, release);
    print(`${name}: facts faithful ${result.faithful}/${result.facts}`);
    for (const u of result.unfaithful) print(`  ${u.path} (${u.kind}): ${u.reasons.join('; ')}`);
    faithful += result.faithful;
    total += result.facts;
  }
  print(`total: facts faithful ${faithful}/${total}`);
  return faithful === total ? 0 : 1;
}
