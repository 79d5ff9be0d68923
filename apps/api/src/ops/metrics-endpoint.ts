import type { FastifyInstance } from 'fastify';
import { type AllowedRange, ipBits, parseAllowList } from './config-check';
import type { ApiMetrics } from './metrics';

/**
 * `GET /metrics` for the addresses in METRICS_ALLOW only. Anyone else, and everyone when it is
 * unset, gets the 404 of a route that does not exist: the endpoint's existence is not advertised.
 * Outside the Nest guards on purpose: a scraper holds no bearer token, its address is its pass.
 */
export function serveMetrics(
  fastify: FastifyInstance,
  metrics: ApiMetrics,
  env: NodeJS.ProcessEnv = process.env,
): void {
  const allowed = parseAllowList(env.METRICS_ALLOW ?? '');
  fastify.get('/metrics', async (request, reply) => {
    if (!isAllowed(request.ip, allowed))
      return reply
        .code(404)
        .send({ message: `Cannot GET /metrics`, error: 'Not Found', statusCode: 404 });
    const body = await metrics.registry.metrics();
    return reply.header('content-type', metrics.registry.contentType).send(body);
  });
}

export function isAllowed(ip: string, allowed: AllowedRange[]): boolean {
  if (allowed.length === 0) return false;
  // A dual-stack socket reports an IPv4 client as ::ffff:a.b.c.d.
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  const family = v4 || ip.includes('.') ? 4 : 6;
  const address = v4 ?? ip;
  let bits: bigint;
  try {
    bits = ipBits(address, family);
  } catch {
    return false;
  }
  const width = family === 4 ? 32 : 128;
  return allowed.some((range) => {
    if (range.family !== family) return false;
    const shift = BigInt(width - range.prefix);
    return bits >> shift === range.bits >> shift;
  });
}
