import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { securityHeaders, securityMiddleware } from './hardening';

describe('security headers', () => {
  it('are exactly what helmet sets on a real response', () => {
    const request = new IncomingMessage(new Socket());
    const response = new ServerResponse(request);
    response.setHeader('X-Powered-By', 'something');
    let passed = false;
    securityMiddleware()(request, response, (error?: unknown) => {
      expect(error).toBeUndefined();
      passed = true;
    });
    expect(passed).toBe(true);
    const fromHelmet = Object.fromEntries(
      Object.entries(response.getHeaders()).map(([name, value]) => [name, String(value)]),
    );
    expect(securityHeaders()).toEqual(fromHelmet);
    expect(Object.keys(fromHelmet).length).toBeGreaterThan(8);
    expect(fromHelmet['x-powered-by']).toBeUndefined();
  });
});
