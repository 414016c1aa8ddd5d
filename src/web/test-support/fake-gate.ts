/** An in-memory vault gate for the shell's in-process tests (no Argon2, no disk). */
import type { Gate, VaultState, WebSettings } from '../gate.js';

export function createFakeGate(
  passphrase?: string,
  settings?: WebSettings,
): Gate & { locks: number } {
  let stored = passphrase;
  let state: VaultState = passphrase === undefined ? 'new' : 'locked';
  let current: WebSettings = settings ?? {
    country: 'OTHER',
    partnerName: '',
    pronoun: 'they',
    lockMinutes: 5,
  };
  const gate = {
    locks: 0,
    state: () => Promise.resolve(state),
    create(p: string, s: WebSettings) {
      stored = p;
      current = s;
      state = 'open';
      return Promise.resolve({ ok: true as const, value: undefined });
    },
    unlock(p: string) {
      if (p !== stored)
        return Promise.resolve({ ok: false as const, message: 'That passphrase did not open it.' });
      state = 'open';
      return Promise.resolve({ ok: true as const, value: undefined });
    },
    lock() {
      gate.locks += 1;
      if (state === 'open') state = 'locked';
      return Promise.resolve();
    },
    settings: () => Promise.resolve(current),
  };
  return gate;
}
