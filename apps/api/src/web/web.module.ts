import fastifyStatic from '@fastify/static';
import { Logger, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectoryController } from './directory/directory.controller';
import { DirectoryFeed } from './directory/directory.feed';
import { wantsHtml, webAssetsDir } from './web-assets';

/**
 * Serves the staff web app (built by `npm run build:web`) from the API's own origin, so the
 * browser talks to the API without CORS. API routes are more specific than the catch-all and
 * always win; the catch-all answers only page loads (Accept: text/html) with the app's shell,
 * and everything else falls through to the API's 404. The shell and assets hold no data.
 */
@Module({ controllers: [DirectoryController], providers: [DirectoryFeed] })
export class WebModule implements OnModuleInit {
  private readonly logger = new Logger('Web');

  constructor(private readonly adapter: HttpAdapterHost) {}

  onModuleInit(): void {
    const root = webAssetsDir();
    const shell = join(root, 'index.html');
    if (!existsSync(shell)) {
      this.logger.log(`No web app at ${root} (run npm run build:web); serving the API only`);
      return;
    }
    const html = readFileSync(shell);
    const fastify = this.adapter.httpAdapter.getInstance<FastifyInstance>();
    void fastify.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      decorateReply: false,
      globIgnore: ['index.html'],
      setHeaders: (reply, path) => {
        // Vite names assets by content hash, so they never change; the shell must always be fresh.
        void reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    fastify.get('/', (_request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html));
    fastify.get('/*', (request, reply) => {
      if (!wantsHtml(request.headers.accept)) return reply.callNotFound();
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
    });
    this.logger.log(`Serving the web app from ${root}`);
  }
}
