import { checkFile, importFile, readFiles, type NamedFile, type Send } from './importer';
import { patientSend } from './patient-send';

/**
 * `chancery import [--check] FILE...`: every file is read and checked before any is written.
 * Returns the exit status: 1 when a file cannot be read, the API refuses a fact, or (with --check)
 * any fact is unfaithful.
 */
export async function runImport(
  send: Send,
  files: NamedFile[],
  options: { check: boolean },
  print: (line: string) => void,
): Promise<number> {
  send = patientSend(send);
  let releases;
  try {
    releases = readFiles(files);
  } catch (error) {
    print((error as Error).message);
    return 1;
  }
  if (!options.check) {
    let anyRefused = false;
    for (const { name, release } of releases) {
      const { facts, refused } = await importFile(send, release);
      const left = facts.filter((f) => f.body === null).length + refused.length;
      print(`${name}: ${facts.length - left} of ${facts.length} facts recorded, ${left} left out`);
      for (const r of refused) print(`  ${r.path} (${r.kind}): ${r.reasons.join('; ')}`);
      anyRefused ||= refused.length > 0;
    }
    return anyRefused ? 1 : 0;
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
