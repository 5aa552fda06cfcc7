import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { type RunningServer, startHttpServer } from '../../src/server/http-server.js';

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

describe('the edge of the shared HTTP server', () => {
  it('cuts a connection whose headers do not arrive in time (408)', async () => {
    const server = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      logger: createLogger('silent'),
      mounts: [],
      limits: { headersTimeoutMs: 300, requestTimeoutMs: 600 },
    });
    try {
      const started = Date.now();
      const reply = await new Promise<string>((resolve, reject) => {
        const socket = connect(server.port, '127.0.0.1', () => socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n'));
        let text = '';
        socket.on('data', (c: Buffer) => (text += c.toString('utf8')));
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
        setTimeout(() => reject(new Error('still open after 5 s')), 5_000).unref();
      });
      expect(reply).toMatch(/^HTTP\/1\.1 408/);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await server.close();
    }
  });
});
