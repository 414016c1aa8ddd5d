/**
 * The web app's default port, on its own so that `closer --help` can show it without loading
 * the server (hono and the pages).
 */
export const DEFAULT_PORT = 4477;
