/** Settings: who and where, the lock time, the passphrase, export and erase. */
import type { WebSettings } from '../gate.js';
import { Layout } from '../layout.js';
import {
  CountrySelect,
  ErrorBox,
  PartnerFields,
  PassphraseField,
  type CountryOption,
} from './shell.js';

export function SettingsPage({
  open,
  settings,
  countries,
  message,
  error,
}: {
  open: { idleSeconds: number };
  settings: WebSettings;
  countries: CountryOption[];
  message?: string;
  error?: string;
}) {
  return (
    <Layout heading="Settings" open={{ ...open, current: 'settings' }}>
      {message ? (
        <div class="notice" role="status">
          <p>{message}</p>
        </div>
      ) : null}
      <ErrorBox message={error} />
      <form method="post" action="/settings" aria-labelledby="s-general">
        <h2 id="s-general">You and your partner</h2>
        <CountrySelect countries={countries} selected={settings.country} />
        <PartnerFields settings={settings} />
        <label for="lockMinutes">
          Lock after this many minutes without use
          <span class="hint">Between 1 and 60. Shorter is safer on a shared device.</span>
        </label>
        <input
          type="number"
          id="lockMinutes"
          name="lockMinutes"
          min={1}
          max={60}
          value={String(settings.lockMinutes)}
        />
        <button type="submit" class="primary">
          Save settings
        </button>
      </form>

      <form method="post" action="/settings/passphrase" aria-labelledby="s-pass">
        <h2 id="s-pass">Change your passphrase</h2>
        <PassphraseField id="current" label="Current passphrase" />
        <PassphraseField id="next" label="New passphrase" hint="At least 8 characters." />
        <button type="submit" class="primary">
          Change passphrase
        </button>
      </form>

      <form method="post" action="/settings/export" aria-labelledby="s-export">
        <h2 id="s-export">Export</h2>
        <p>
          Download everything you have saved as one JSON file. The file is not encrypted: keep it
          somewhere only you can reach, and delete it when you no longer need it.
        </p>
        <PassphraseField
          id="exportPassphrase"
          label="Your passphrase"
          hint="Asked again because the file can be read without it. A wrong one locks everything."
        />
        <button type="submit" class="secondary">
          Download my data
        </button>
      </form>

      <form method="post" action="/settings/erase" aria-labelledby="s-erase">
        <h2 id="s-erase">Erase everything</h2>
        <p>
          This destroys the key first, so nothing saved can be read again, then deletes the data. It
          cannot be undone. It does not remove files you exported, your browser history, or backups
          of this computer.
        </p>
        <label for="confirmErase">To confirm, type ERASE</label>
        <input type="text" id="confirmErase" name="confirm" autocomplete="off" />
        <button type="submit" class="danger">
          Erase everything
        </button>
      </form>
    </Layout>
  );
}
