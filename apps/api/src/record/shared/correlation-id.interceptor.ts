import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { correlationIdOf } from './request-metadata';

/** Echoes the correlation id on every response, errors included, so a client can quote it. */
@Injectable()
export class CorrelationIdInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const id = correlationIdOf(http.getRequest<FastifyRequest>());
    void http.getResponse<FastifyReply>().header('X-Correlation-Id', id);
    return next.handle();
  }
}
