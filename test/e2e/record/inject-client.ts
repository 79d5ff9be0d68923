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

/** `send`, handing the position each write returned to `seen`: what read-your-writes specs ask for. */
export function notingPositions(send: Send, seen: (position: number) => void): Send {
  return async (...args) => {
    const reply = await send(...args);
    if (typeof reply.body?.position === 'number') seen(reply.body.position);
    return reply;
  };
}
