import type { Server, ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { createApp, type AppOptions } from "./app.ts";

/**
 * Options of {@link startServer}: the app's options, and where to listen.
 * @example
 * ```ts
 * const options: ServerOptions = { port: 8080, hostname: "0.0.0.0", cors: { origin: "*" } };
 * const server = await startServer(options);
 * ```
 * @category Server
 */
export interface ServerOptions extends AppOptions {
  /** TCP port; 0 picks a free one. Default 8080. */
  readonly port?: number;
  /** Address to listen on. Default `127.0.0.1` (only this machine); `0.0.0.0` for every interface. */
  readonly hostname?: string;
  /** Stop gracefully on SIGTERM and SIGINT (in-flight requests finish first). Default false. */
  readonly handleSignals?: boolean;
  /** Milliseconds that in-flight requests get to finish on close before their connections are cut. Default 10,000. */
  readonly shutdownTimeout?: number;
}

/**
 * A running service.
 * @example
 * ```ts
 * const server: RunningServer = await startServer({ port: 0 });
 * console.log(server.url); // => "http://127.0.0.1:41234"
 * await server.close();
 * ```
 * @category Server
 */
export interface RunningServer {
  /** The base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  /** The port listened on. */
  readonly port: number;
  /** Stops accepting connections, lets in-flight requests finish (up to the shutdown timeout), then resolves. */
  close(): Promise<void>;
  /** Resolves once the server has closed (by {@link RunningServer.close} or a signal). */
  readonly closed: Promise<void>;
}

/**
 * Starts the HTTP service on Node: one shared evaluator, made before the first request. Closing
 * stops new connections, closes idle keep-alive connections, and waits for in-flight requests
 * (a streaming batch included) before resolving.
 * @example
 * ```ts
 * import { startServer } from "netralitas-asn/server";
 *
 * const server = await startServer({ port: 8080, handleSignals: true });
 * console.error(`listening on ${server.url}`);
 * ```
 * @category Server
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const app = createApp(options);
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  // Responses are written in pieces (head, then body): without TCP_NODELAY, Nagle's algorithm and the
  // client's delayed ACK hold each small response back by some 40 ms.
  server.on("connection", (socket: Socket) => socket.setNoDelay(true));
  const hostname = options.hostname ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8080, hostname, () => {
      server.off("error", reject);
      resolve();
    });
  });
  // Once closing, a keep-alive connection whose request finished is idle: close it at once rather
  // than after the keep-alive timeout.
  server.on("request", (_request, response: ServerResponse) => {
    response.once("finish", () => {
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  let resolveClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  let closing: Promise<void> | undefined;
  const onSignal = () => void close();
  function close(): Promise<void> {
    closing ??= new Promise<void>((resolve) => {
      const timer = setTimeout(() => server.closeAllConnections(), options.shutdownTimeout ?? 10_000);
      timer.unref();
      server.close(() => {
        clearTimeout(timer);
        process.off("SIGTERM", onSignal);
        process.off("SIGINT", onSignal);
        resolve();
        resolveClosed();
      });
      // Keep-alive connections with no request in flight would hold close() open.
      server.closeIdleConnections();
    });
    return closing;
  }
  if (options.handleSignals) {
    process.once("SIGTERM", onSignal);
    process.once("SIGINT", onSignal);
  }
  return { url: `http://${host}:${address.port}`, port: address.port, close, closed };
}
