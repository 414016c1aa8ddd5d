/**
 * Sign-in for this launch only. The server prints an address with a random launch token;
 * opening it gives the browser a session cookie that holds nothing but another random id.
 * Both live in memory, so a restart signs everybody out (security-requirements.md T-14, T-06).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 bits, URL-safe: well above the 128 bits T-14 asks for. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

export const SESSION_COOKIE = 'sid';

export type Sessions = {
  /** The token printed in the address at launch. */
  readonly launchToken: string;
  /** A new session id when `token` is this launch's token, otherwise undefined. */
  signIn(token: string): string | undefined;
  isSignedIn(sessionId: string | undefined): boolean;
};

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * @example
 * const sessions = createSessions();
 * const id = sessions.signIn(sessions.launchToken); // a fresh session id
 * sessions.isSignedIn(id); // true
 */
export function createSessions(launchToken: string = newSecret()): Sessions {
  const ids = new Set<string>();
  return {
    launchToken,
    signIn(token) {
      if (!sameSecret(token, launchToken)) return undefined;
      const id = newSecret();
      ids.add(id);
      return id;
    },
    isSignedIn(sessionId) {
      return sessionId !== undefined && ids.has(sessionId);
    },
  };
}
