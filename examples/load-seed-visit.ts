/**
 * `npm run example:load`: records the 14 October 2024 visit through the HTTP API of a running
 * Chancery, as a client would. CHANCERY_URL (default http://localhost:3000) and CHANCERY_TOKEN
 * (a recorder's or admin's bearer token) tell it where and as whom.
 */
import { loadSeedVisit, type Send } from './seed-visit/load';

const baseUrl = (process.env.CHANCERY_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const token = process.env.CHANCERY_TOKEN;

const send: Send = async (method, path, body, headers = {}) => {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      'x-correlation-id': 'example-load-seed-visit',
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: text ? JSON.parse(text) : null,
  };
};

loadSeedVisit(send)
  .then((report) => {
    for (const [kind, ids] of Object.entries(report.recorded))
      console.log(`${kind}: ${ids.length}`);
    for (const note of report.skipped) console.log(`skipped ${note}`);
  })
  .catch((error: Error) => {
    console.error(error.message);
    if (!token)
      console.error(
        'Hint: set CHANCERY_TOKEN to a recorder token (npm run chancery -- users token <name>).',
      );
    process.exitCode = 1;
  });
