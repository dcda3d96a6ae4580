/**
 * Starts the check worker. webpack 5 sees `new Worker(new URL(…, import.meta.url))`, builds
 * check.worker.ts into its own chunk (hashed name, same origin: the pane's CSP allows it through
 * script-src/default-src 'self', no blob: URL) and puts its URL here. Loaded with import() only
 * where Worker exists, so jest (CommonJS, no import.meta) never loads this file.
 */
export function startCheckWorker(): Worker {
  return new Worker(
    /* webpackChunkName: "check-worker" */ new URL(
      "./check.worker.ts",
      // @ts-expect-error -- tsconfig's module is commonjs for tsc and jest; webpack compiles this file as an ES module.
      import.meta.url,
    ),
  );
}
