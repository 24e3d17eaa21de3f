import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { scrapeMetrics } from './metrics-endpoint';

export interface MetricsServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * `/metrics` for processes without an HTTP server of their own (the TCP services): a bare node:http
 * listener. It does not keep the process alive on its own.
 */
export async function startMetricsServer(options: {
  readonly port: number;
  readonly host?: string;
  readonly token?: string | undefined;
}): Promise<MetricsServer> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    void scrapeMetrics(request.headers.authorization, options.token).then(
      (scrape) => response.writeHead(scrape.status, { 'content-type': scrape.contentType }).end(scrape.body),
      () => response.writeHead(500).end(),
    );
  });
  await listen(server, options.port, options.host ?? '0.0.0.0');
  server.unref();
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done) =>
        server.close(() => {
          done();
        }),
      ),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done();
    });
  });
}
