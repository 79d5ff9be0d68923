import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { createFastifyAdapter, harden } from './auth/hardening';
import { EventStoreErrorFilter } from './http/event-store-error.filter';
import { validationPipe } from './http/validation';
import { echoCorrelationId } from './http/correlation-id.hook';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { createLogger, PinoNestLogger } from './ops/logger';
import { ApiMetrics } from './ops/metrics';
import { serveMetrics } from './ops/metrics-endpoint';
import { observeHttp } from './ops/observe-http';
import { RequestDrain } from './ops/request-drain';

/** Builds the HTTP application exactly as it runs in production; e2e tests use it too. */
export async function createApp({
  logger = createLogger(),
}: { logger?: Logger } = {}): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createFastifyAdapter(), {
    bufferLogs: true,
  });
  app.useLogger(new PinoNestLogger(logger));
  configureApp(app, { logger });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** `logger` writes the request log; in-process tests leave it out. */
export function configureApp(app: INestApplication, { logger }: { logger?: Logger } = {}): void {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  const metrics = app.get(ApiMetrics);
  observeHttp(fastify, { metrics, drain: app.get(RequestDrain), logger });
  serveMetrics(fastify, metrics);
  harden(app);
  echoCorrelationId(app.getHttpAdapter().getInstance());
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new EventStoreErrorFilter());
  const config = new DocumentBuilder()
    .setTitle('Chancery')
    .setDescription('Event-sourced tracker of diplomatic activity')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config));
}
