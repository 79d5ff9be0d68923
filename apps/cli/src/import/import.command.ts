import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Command } from 'commander';
import type { Send } from './importer';
import { runImport } from './run-import';

/** `chancery import`: press-release records through the HTTP API, as a recorder. */
export function registerImportCommands(program: Command): Command {
  return program
    .command('import')
    .description(
      'Record press-release files (shared/press-releases/*.expected.json) through the API',
    )
    .argument('<files...>', 'JSON files in the press-release shape')
    .option(
      '--check',
      'read every fact back and print facts faithful N/M; exit 1 on any unfaithful',
    )
    .option('--url <url>', 'the API (default: CHANCERY_URL or http://localhost:3000)')
    .option('--token <token>', 'a recorder token (default: CHANCERY_TOKEN)')
    .action(async (paths: string[], options: { check?: boolean; url?: string; token?: string }) => {
      const token = options.token ?? process.env.CHANCERY_TOKEN;
      if (!token) throw new Error('A recorder token is needed: pass --token or set CHANCERY_TOKEN');
      const base = options.url ?? process.env.CHANCERY_URL ?? 'http://localhost:3000';
      const files = paths.map((path) => ({
        name: basename(path),
        text: readFileSync(path, 'utf8'),
      }));
      const status = await runImport(
        httpSend(base, token),
        files,
        { check: options.check === true },
        (line) => console.log(line),
      );
      process.exitCode = status;
    });
}

function httpSend(base: string, token: string): Send {
  return async (method, path, body, headers = {}) => {
    const response = await fetch(new URL(path, base), {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      body: text ? JSON.parse(text) : null,
    };
  };
}
