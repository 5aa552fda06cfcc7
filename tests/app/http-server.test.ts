import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { startHttpServer, type RunningServer } from '../../src/server/http-server.js';

describe('shared HTTP server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      logger: createLogger('silent'),
      mounts: [
        {
          name: 'direct-and-express',
          mount(app, direct) {
            direct.post('/direct', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('direct'));
            app.post('/via-express', (_req, res) => void res.send('express'));
          },
        },
      ],
    });
  });
  afterAll(async () => server.close());

  it('serves a direct POST route ahead of Express, also with a query string', async () => {
    for (const path of ['/direct', '/direct?x=1']) {
      const res = await fetch(`${server.url}${path}`, { method: 'POST' });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('direct');
    }
  });

  it('leaves other methods on a direct path, and other paths, to Express', async () => {
    expect((await fetch(`${server.url}/direct`)).status).toBe(404);
    expect(await (await fetch(`${server.url}/via-express`, { method: 'POST' })).text()).toBe('express');
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true });
  });
});
