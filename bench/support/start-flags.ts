import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Node flags `npm start` runs the API with (its young-generation size), so a bench measures the same. */
export function startFlags(): string[] {
  const { scripts } = JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'),
  ) as { scripts: { start: string } };
  return scripts.start.split(' ').filter((arg) => arg.startsWith('--'));
}
