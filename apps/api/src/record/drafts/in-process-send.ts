import type { FastifyInstance } from 'fastify';
import type { Send } from '../../../../cli/src/import/importer';

/**
 * The importer's `Send`, answered by this API in-process (`inject`): every write goes through the
 * ordinary route, validation, guard and command, as the caller (their own bearer token), in the
 * caller's correlation.
 */
export function inProcessSend(
  fastify: FastifyInstance,
  authorization: string,
  correlationId: string,
): Send {
  return async (method, url, body, headers = {}) => {
    const response = await fastify.inject({
      method,
      url,
      headers: { authorization, 'x-correlation-id': correlationId, ...headers },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    return {
      status: response.statusCode,
      headers: response.headers as Record<string, string | undefined>,
      body: response.body ? JSON.parse(response.body) : null,
    };
  };
}
