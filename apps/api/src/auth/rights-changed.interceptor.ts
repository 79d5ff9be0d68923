import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UnauthorizedException,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { catchError, Observable, throwError } from 'rxjs';
import { AppendConditionFailedError } from '@chancery/event-store';
import { challenge } from './bearer-token';

/**
 * A write whose user lost rights (token or user revoked, role taken, clearance changed) between
 * authentication and commit: nothing was written, and the client is sent to authenticate again.
 * An interceptor, not a filter, so that it comes before the event store's catch-all filter.
 */
@Injectable()
export class RightsChangedInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof AppendConditionFailedError)) return throwError(() => error);
        void context
          .switchToHttp()
          .getResponse<FastifyReply>()
          .header('WWW-Authenticate', challenge('changed'));
        return throwError(
          () =>
            new UnauthorizedException({
              statusCode: 401,
              code: 'AUTH.RIGHTS_CHANGED',
              message: `Your access changed (${error.breakingType}) while this request ran; nothing was written`,
            }),
        );
      }),
    );
  }
}
