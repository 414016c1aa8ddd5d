/**
 * The gate over the real vault service (src/app/vault.ts): maps its states and settings to the
 * pages' words, and reopens a fresh service after an erase (erasing closes the old one).
 */
import type { Settings, VaultService } from '../app/vault.js';
import type { Gate, Outcome, VaultState, WebSettings } from './gate.js';

export type VaultOpener = () => Promise<
  { ok: true; value: VaultService } | { ok: false; error: { message: string } }
>;

export type VaultGate = Gate & {
  /** The open service (throws only if reopening after an erase failed: an I/O fault). */
  vault(): VaultService;
  /** Erases everything (keys first) and starts a fresh, empty vault in its place. */
  erase(): Promise<Outcome>;
  close(): Promise<void>;
};

export const toWebSettings = (s: Settings): WebSettings => ({
  country: s.country ?? 'OTHER',
  partnerName: s.partnerName ?? '',
  pronoun: s.partnerPronoun,
  lockMinutes: s.lockTimeoutMinutes,
});

export const toVaultSettings = (s: WebSettings): Settings => ({
  country: /^[A-Z]{2}$/.test(s.country) ? s.country : null,
  partnerName: s.partnerName === '' ? null : s.partnerName,
  partnerPronoun: s.pronoun,
  lockTimeoutMinutes: s.lockMinutes,
});

const outcome = (r: { ok: true } | { ok: false; error: { message: string } }): Outcome =>
  r.ok ? { ok: true, value: undefined } : { ok: false, message: r.error.message };

/**
 * @example
 * const first = await openVault({ dataDir });
 * if (first.ok) gate = createVaultGate(first.value, () => openVault({ dataDir }));
 */
export function createVaultGate(first: VaultService, reopen: VaultOpener): VaultGate {
  let service: VaultService | undefined = first;
  const current = async (): Promise<VaultService> => {
    if (service) return service;
    const opened = await reopen();
    if (!opened.ok) throw new Error(opened.error.message);
    service = opened.value;
    return service;
  };
  return {
    async state(): Promise<VaultState> {
      const status = await (await current()).status();
      if (status === 'unlocked') return 'open';
      if (status === 'closed') {
        service = undefined;
        return (await (await current()).status()) === 'new' ? 'new' : 'locked';
      }
      return status;
    },
    async create(passphrase, settings) {
      return outcome(await (await current()).init(passphrase, toVaultSettings(settings)));
    },
    async unlock(passphrase) {
      return outcome(await (await current()).unlock(passphrase));
    },
    async lock() {
      service?.lock();
      return Promise.resolve();
    },
    async settings() {
      const settings = await (await current()).settings.get();
      if (!settings.ok) throw new Error(settings.error.message);
      return toWebSettings(settings.value);
    },
    vault() {
      if (!service) throw new Error('the vault is being reopened');
      return service;
    },
    async erase() {
      const erased = await (await current()).erase(true);
      service = undefined;
      if (!erased.ok) return outcome(erased);
      await current();
      return { ok: true, value: undefined };
    },
    async close() {
      await service?.close();
      service = undefined;
    },
  };
}
