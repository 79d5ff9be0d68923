import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildIfStale, STEPS, type BuildStep } from '../../scripts/build-if-stale';

/**
 * `npm start` skips the build when nothing it reads changed, and rebuilds exactly the steps whose
 * inputs did. Here in a scratch root, with a stand-in build that empties its output folder (as
 * nest and vite do), writes its inputs' text there and logs its name; a file named `fail-<step>`
 * makes it fail halfway.
 */
describe('build-if-stale', () => {
  let root: string;
  /** A stand-in build in the shell (a node process per build would take seconds on a busy machine). */
  const step = (name: string, inputs: string[]): BuildStep => ({
    name,
    command: [
      `rm -rf out/${name}`,
      `mkdir -p out/${name}`,
      `echo ${name} >> builds.log`,
      `test ! -e fail-${name}`,
      `cat $(find ${inputs.join(' ')} -type f | sort) > out/${name}/main.js`,
    ].join(' && '),
    inputs,
    output: `out/${name}`,
  });
  const steps = [
    step('api', ['apps/api', 'libs']),
    step('cli', ['apps/cli', 'libs']),
    step('web', ['apps/web']),
  ];
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  const build = () => buildIfStale(root, steps);
  const output = (name: string) => readFileSync(join(root, 'out', name, 'main.js'), 'utf8');

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'chancery-build-'));
    write('apps/api/src/main.ts', 'api');
    write('apps/cli/src/main.ts', 'cli');
    write('apps/web/src/main.tsx', 'web');
    write('libs/common/src/index.ts', 'common');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds every step the first time, none the second', () => {
    expect(build()).toEqual(['api', 'cli', 'web']);
    expect(build()).toEqual([]);
    expect(readFileSync(join(root, 'builds.log'), 'utf8')).toBe('api\ncli\nweb\n');
  });

  it('rebuilds exactly the steps that read a changed file, and the output has the change', () => {
    build();
    write('libs/common/src/index.ts', 'common, changed');
    expect(build()).toEqual(['api', 'cli']);
    expect(output('api')).toContain('common, changed');
    write('apps/web/src/main.tsx', 'web, changed');
    expect(build()).toEqual(['web']);
    expect(output('web')).toContain('web, changed');
    write('apps/cli/src/new-command.ts', 'new');
    expect(build()).toEqual(['cli']);
    write('apps/api/src/main.ts', 'api, changed');
    expect(build()).toEqual(['api']);
    expect(build()).toEqual([]);
  });

  it('does not rebuild for a spec, which no build compiles', () => {
    build();
    write('libs/common/src/index.unit.spec.ts', 'a spec');
    expect(build()).toEqual([]);
  });

  it('builds again after a build that failed, or an output that was removed', () => {
    build();
    write('apps/api/src/main.ts', 'api, changed');
    write('fail-api', '');
    expect(build).toThrow('build of api failed');
    expect(existsSync(join(root, 'out/api/main.js'))).toBe(false);
    rmSync(join(root, 'fail-api'));
    expect(build()).toEqual(['api']);
    rmSync(join(root, 'out/web'), { recursive: true });
    expect(build()).toEqual(['web']);
    expect(output('web')).toBe('web');
  });

  it('rebuilds everything when asked to, whatever the stamps say', () => {
    build();
    expect(buildIfStale(root, steps, { all: true })).toEqual(['api', 'cli', 'web']);
  });

  it("the project's steps read every app, the libraries and the lockfile", () => {
    const repo = join(__dirname, '../..');
    const inputsOf = (name: string) => STEPS.find((s) => s.name === name)!.inputs;
    for (const app of readdirSync(join(repo, 'apps')))
      expect(STEPS.some((s) => s.inputs.includes(`apps/${app}`))).toBe(true);
    for (const name of ['api', 'cli'])
      expect(inputsOf(name)).toEqual(expect.arrayContaining(['libs', 'package-lock.json']));
    expect(inputsOf('web')).toContain('package-lock.json');
  });
});
