import type { IncomingMessage, ServerResponse } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyBodyParser, FastifyInstance } from 'fastify';
import helmet from 'helmet';
import { jsonTextProblem, markTextChecked } from '../http/json-body';
import { invalidFields } from '../http/validation';

/** Larger bodies are refused with 413 before any handler runs. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * JSON bodies are parsed as Fastify parses them (prototype poisoning refused), then refused with a
 * 400 naming the field when nested too deep or holding a number that is not the decimal written.
 */
export function createFastifyAdapter(): FastifyAdapter {
  const adapter = new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES });
  const parse = adapter.getInstance().getDefaultJsonParser('error', 'error');
  const checkedJson: FastifyBodyParser<Buffer> = (request, body, done) => {
    const text = body.toString('utf8');
    parse(request, text, (error, parsed) => {
      const problem = error ? null : jsonTextProblem(text);
      if (error || problem) done(error ?? invalidFields([problem!]), undefined);
      else {
        markTextChecked(parsed);
        done(null, parsed);
      }
    });
  };
  adapter.useBodyParser('application/json', false, { bodyLimit: BODY_LIMIT_BYTES }, checkedJson);
  return adapter;
}

/** `CORS_ORIGINS=https://a.example,https://b.example`; unset means no cross-origin access at all. */
export function corsOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
}

/** Helmet, configured for this API. */
export function securityMiddleware() {
  return helmet({
    contentSecurityPolicy: {
      // The API serves JSON; only /docs renders HTML, and Swagger UI needs its inline styles.
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        // TLS is terminated in front of the API; forcing https here would break /docs on plain http.
        upgradeInsecureRequests: null,
      },
    },
  });
}

/**
 * The headers helmet sets, taken once: with no nonce among the directives they are the same for
 * every response, and running helmet's chain and setting each header on the raw response cost
 * about a sixth of a minimal request.
 */
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  securityMiddleware()({} as IncomingMessage, response as unknown as ServerResponse, (error) => {
    if (error) throw error;
  });
  return headers;
}

/** Security headers and CORS; call before `app.init()`. */
export function harden(app: INestApplication, env: NodeJS.ProcessEnv = process.env): void {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  const headers = securityHeaders();
  fastify.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(headers);
    done();
  });
  const origins = corsOrigins(env);
  if (origins.length > 0) {
    app.enableCors({
      origin: origins,
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'If-Match'],
      maxAge: 600,
    });
  }
}
