import { Global, Module, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_STORE_OBSERVER } from '@chancery/event-store';
import { AuditIndexEngine } from '../audit/audit-index.engine';
import { ReadModelEngine } from '../read-models/shared/engine.provider';
import { ApiMetrics } from './metrics';
import { RequestDrain } from './request-drain';
import { StoreInstrumentation } from './store-instrumentation';
import { traceCommands } from './command-tracing';
import { activeTracer } from './tracing';

/**
 * Metrics and traces for the whole API. Global so that the event-store module finds the
 * observer it optionally injects; the engines are looked up when first needed, since they are
 * built after the store.
 */
@Global()
@Module({
  providers: [
    RequestDrain,
    {
      provide: ApiMetrics,
      inject: [ModuleRef, RequestDrain],
      useFactory: (modules: ModuleRef, drain: RequestDrain) =>
        new ApiMetrics(
          () => engines(modules),
          () => drain.pending,
        ),
    },
    {
      provide: EVENT_STORE_OBSERVER,
      inject: [ApiMetrics, ModuleRef],
      useFactory: (metrics: ApiMetrics, modules: ModuleRef) =>
        new StoreInstrumentation(metrics, () => engines(modules)),
    },
  ],
  exports: [ApiMetrics, RequestDrain, EVENT_STORE_OBSERVER],
})
export class OpsModule implements OnModuleInit {
  constructor(private readonly modules: ModuleRef) {}

  onModuleInit(): void {
    if (activeTracer()) traceCommands(this.modules.get(CommandBus, { strict: false }));
  }
}

function engines(modules: ModuleRef): Array<ReadModelEngine | AuditIndexEngine> {
  return [ReadModelEngine, AuditIndexEngine].flatMap((type) => {
    try {
      return [modules.get<ReadModelEngine | AuditIndexEngine>(type, { strict: false })];
    } catch {
      return [];
    }
  });
}
