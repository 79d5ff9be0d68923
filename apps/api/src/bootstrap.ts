import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { createFastifyAdapter, harden } from './auth/hardening';
import { EventStoreErrorFilter } from './http/event-store-error.filter';
import { validationPipe } from './http/validation';
import { echoCorrelationId } from './http/correlation-id.hook';

/** Builds the HTTP application exactly as it runs in production; e2e tests use it too. */
export async function createApp(): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createFastifyAdapter(), {
    logger: ['error', 'warn', 'log'],
  });
  configureApp(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

export function configureApp(app: INestApplication): void {
  harden(app);
  echoCorrelationId(app.getHttpAdapter().getInstance());
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new EventStoreErrorFilter());
  app.enableShutdownHooks();
  const config = new DocumentBuilder()
    .setTitle('Chancery')
    .setDescription('Event-sourced tracker of diplomatic activity')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config));
}
