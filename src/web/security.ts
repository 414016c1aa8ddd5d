/**
 * Hardening for a server on the loopback interface (security-requirements.md T-14, T-06): every
 * web page the user visits can reach 127.0.0.1, so the server trusts nothing about a request
 * until its Host, its origin and its session cookie say it comes from this launch's own tab.
 */
import type { MiddlewareHandler } from 'hono';

/** The only names this server answers to; anything else is a DNS-rebinding attempt. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

/**
 * The Content-Security-Policy of every response: scripts and styles only from this server's
 * own files (no inline script, no inline event handlers, no inline style attributes), nothing
 * framed, forms and fetches only back to this server.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "manifest-src 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // Nothing is kept by the browser: no page in the cache, no back-forward snapshot to reopen.
  'Cache-Control': 'no-store',
  Pragma: 'no-cache',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // same-origin, not no-referrer: with no-referrer Chromium sends `Origin: null` on form posts.
  'Referrer-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** Adds the security headers to every response, including errors and refusals. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  };
}

/**
 * Refuses a request whose Host is not this server's loopback name and port (421 Misdirected
 * Request): a page on evil.example whose name was rebound to 127.0.0.1 still sends
 * `Host: evil.example`.
 */
export function hostGuard(port: number): MiddlewareHandler {
  const hosts = allowedHosts(port);
  return async (c, next) => {
    const host = c.req.header('host')?.toLowerCase();
    if (host === undefined || !hosts.has(host)) {
      return c.text('This address is not served here.', 421);
    }
    await next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a state-changing request that did not come from one of this server's own pages
 * (403): the browser's Sec-Fetch-Site must say `same-origin` when sent, and Origin must be
 * this server. A request that carries neither is refused too: browsers send Origin on every
 * POST, so only a non-browser client would omit both, and it has no reason to.
 */
export function originGuard(port: number): MiddlewareHandler {
  const origins = new Set([...allowedHosts(port)].map((host) => `http://${host}`));
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    if (site !== undefined && site !== 'same-origin') {
      return c.text('This request did not come from closer’s own page.', 403);
    }
    if (origin === undefined ? site === undefined : !origins.has(origin.toLowerCase())) {
      return c.text('This request did not come from closer’s own page.', 403);
    }
    return next();
  };
}
