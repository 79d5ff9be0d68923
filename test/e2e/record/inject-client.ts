import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Send } from '../../../examples/seed-visit/load';

/** The example loader's `Send`, over `app.inject` with a bearer token. */
export function injectClient(app: NestFastifyApplication, token: string): Send {
  return async (method, path, body, headers = {}) => {
    const response = await app.inject({
      method,
      url: path,
      headers: { authorization: `Bearer ${token}`, ...headers },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const text = response.body;
    return {
      status: response.statusCode,
      headers: response.headers as Record<string, string | undefined>,
      body: text ? JSON.parse(text) : null,
    };
  };
}
