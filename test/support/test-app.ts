import { mkdtempSync, rmSync } from 'node:fs';
import type { Type } from '@nestjs/common';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test, TestingModuleBuilder } from '@nestjs/testing';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { Clearance, Role, UserAdministration } from '@chancery/identity';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/bootstrap';
import { createFastifyAdapter } from '../../apps/api/src/auth/hardening';
import { KurrentDbDouble } from '../kurrentdb/double/kurrentdb-double';

export interface RegisteredRoute {
  method: string;
  url: string;
}

export interface TestApp {
  app: NestFastifyApplication;
  dataDir: string;
  /** Every route the HTTP server registered (HEAD and OPTIONS left out). */
  routes: RegisteredRoute[];
  /** A fresh user holding these roles, and its bearer token (`Authorization: Bearer …`). */
  tokenFor(
    roles: Role | Role[],
    options?: { clearance?: Clearance; ttl?: string; name?: string },
  ): Promise<string>;
  close(): Promise<void>;
}

let users = 0;

/**
 * A read with minPosition waits up to READ_WAIT_MS for the projections, then answers 503. Tests
 * bound it at a minute, under jest's test timeout, rather than the production 5 s: the wait ends as
 * soon as the projections get there, and a busy machine must not turn a slow projection into a 503.
 */
const TEST_READ_WAIT_MS = '60000';

/** Runs `read` with a shorter READ_WAIT_MS (for a read meant to give up), then restores it. */
export async function withReadWait<T>(ms: string, read: () => Promise<T>): Promise<T> {
  const before = process.env.READ_WAIT_MS;
  process.env.READ_WAIT_MS = ms;
  try {
    return await read();
  } finally {
    if (before === undefined) delete process.env.READ_WAIT_MS;
    else process.env.READ_WAIT_MS = before;
  }
}

/**
 * CHANCERY_E2E_STORE=kurrentdb runs the API on the KurrentDB adapter against the wire double:
 * one node per DATA_DIR, stopped on close and restarted with its log when the dir is reopened.
 */
const kurrentDbMode = process.env.CHANCERY_E2E_STORE === 'kurrentdb';
const nodes = new Map<string, KurrentDbDouble>();

async function startKurrentDb(dataDir: string): Promise<KurrentDbDouble> {
  const known = nodes.get(dataDir);
  if (known) {
    if (!known.running) await known.restart();
    return known;
  }
  const node = await KurrentDbDouble.start();
  nodes.set(dataDir, node);
  return node;
}

/**
 * The real API on a fresh store in a temporary DATA_DIR (embedded SQLite, or the KurrentDB double).
 * `override` lets a test replace providers (a FixedClock for CLOCK, say).
 */
export async function createTestApp(
  override: (builder: TestingModuleBuilder) => TestingModuleBuilder = (b) => b,
  options: {
    /** Reopen an existing DATA_DIR (a restart); it is then left in place on close. */
    dataDir?: string;
    /** Modules to mount beside AppModule (one not yet registered there, say). */
    imports?: Type[];
  } = {},
): Promise<TestApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'chancery-e2e-'));
  process.env.DATA_DIR = dataDir;
  process.env.READ_WAIT_MS ??= TEST_READ_WAIT_MS;
  const node = kurrentDbMode ? await startKurrentDb(dataDir) : undefined;
  if (node) process.env.EVENTSTORE_URL = node.connectionString();
  const moduleRef = await override(
    Test.createTestingModule({ imports: [AppModule, ...(options.imports ?? [])] }),
  ).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(), {
    logger: false,
  });
  const routes: RegisteredRoute[] = [];
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  fastify.addHook('onRoute', ({ method, url }) => {
    for (const one of [method].flat())
      if (one !== 'HEAD' && one !== 'OPTIONS') routes.push({ method: one, url });
  });
  configureApp(app);
  await app.init();
  await fastify.ready();
  return {
    app,
    dataDir,
    routes,
    async tokenFor(roles, { clearance = 'confidential', ttl, name } = {}) {
      const roleList = [roles].flat();
      const userName = name ?? `test-${roleList.join('-')}-${++users}`;
      const issued = await app
        .get(UserAdministration)
        .register({ name: userName, roles: roleList, clearance, ttl }, 'test-harness');
      return issued.token;
    },
    async close() {
      await app.close();
      await node?.stop();
      if (!options.dataDir) {
        nodes.delete(dataDir);
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
