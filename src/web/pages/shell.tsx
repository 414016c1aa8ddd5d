/** The pages every launch passes through: first run, unlock, signed-out, home. */
import { Layout } from '../layout.js';
import type { WebSettings } from '../gate.js';

export type CountryOption = { code: string; name: string };

const PRONOUNS = [
  { value: 'they', label: 'they / them' },
  { value: 'she', label: 'she / her' },
  { value: 'he', label: 'he / him' },
] as const;

export function ErrorBox({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <div class="error" role="alert" id="form-error">
      <p>{message}</p>
    </div>
  );
}

export function SignedOutPage() {
  return (
    <Layout heading="Open the address from the terminal">
      <p>
        For your privacy this page opens only from the address that was printed when the program
        started. Copy that whole address, including the part after <code>?t=</code>, into this
        browser.
      </p>
    </Layout>
  );
}

export function CountrySelect({
  countries,
  selected,
}: {
  countries: CountryOption[];
  selected?: string;
}) {
  return (
    <>
      <label for="country">
        Your country
        <span class="hint">So the support lines shown are ones you can call.</span>
      </label>
      <select id="country" name="country">
        {countries.map((c) => (
          <option value={c.code} selected={c.code === selected}>
            {c.name}
          </option>
        ))}
      </select>
    </>
  );
}

export function PartnerFields({ settings }: { settings?: Partial<WebSettings> }) {
  return (
    <>
      <label for="partnerName">
        What should we call your partner? (optional)
        <span class="hint">A first name or a nickname. Leave empty for “your partner”.</span>
      </label>
      <input
        type="text"
        id="partnerName"
        name="partnerName"
        maxlength={40}
        autocomplete="off"
        value={settings?.partnerName ?? ''}
      />
      <fieldset>
        <legend>Which pronoun should we use for them?</legend>
        {PRONOUNS.map((p) => (
          <label class="choice">
            <input
              type="radio"
              name="pronoun"
              value={p.value}
              checked={(settings?.pronoun ?? 'they') === p.value}
            />
            {p.label}
          </label>
        ))}
      </fieldset>
    </>
  );
}

export function PassphraseField({ id, label, hint }: { id: string; label: string; hint?: string }) {
  // A passphrase typed to confirm who is here, not a new one being chosen.
  const isCurrent = id === 'current' || id === 'exportPassphrase';
  return (
    <>
      <label for={id}>
        {label}
        {hint ? <span class="hint">{hint}</span> : null}
      </label>
      <input
        type="password"
        id={id}
        name={id}
        required
        minlength={isCurrent ? undefined : 8}
        autocomplete={isCurrent ? 'current-password' : 'new-password'}
        data-strength={id === 'passphrase' || id === 'next' ? `${id}-strength` : undefined}
      />
      {id === 'passphrase' || id === 'next' ? (
        <>
          <meter
            id={`${id}-strength`}
            min={0}
            max={100}
            low={40}
            high={60}
            optimum={100}
            value={0}
            aria-label="Passphrase strength"
          ></meter>
          <p id={`${id}-strength-words`} class="hint" aria-live="polite">
            Not set yet.
          </p>
        </>
      ) : null}
    </>
  );
}

export function WelcomePage({
  countries,
  error,
  values,
}: {
  countries: CountryOption[];
  error?: string;
  values?: Partial<WebSettings>;
}) {
  return (
    <Layout heading="Welcome">
      <section aria-labelledby="what">
        <h2 id="what">What this does</h2>
        <p>
          When someone close to you seems to be pulling away, it helps to see the possible reasons
          more clearly. This program asks a few questions, can read a description in your own words,
          your check-ins over time and a chat export if you choose, and shows possible explanations
          with the reasons for each, how things are changing, and a plan you can act on.
        </p>
        <h2 id="not">What it does not do</h2>
        <ul>
          <li>
            It does not diagnose anyone, and it cannot know what your partner thinks or feels.
          </li>
          <li>It never predicts a break-up, and it never helps anyone watch or track a person.</li>
          <li>
            It is not therapy or an emergency service. If you are in danger, call your local
            emergency number.
          </li>
        </ul>
        <h2 id="privacy">Your privacy</h2>
        <ul>
          <li>Everything stays on this computer. Nothing is sent anywhere, ever.</li>
          <li>
            What you save is encrypted with your passphrase. Without it nobody can read it,
            including us. There is no way to recover a forgotten passphrase.
          </li>
          <li>
            The Quick exit button (or pressing Shift three times) locks everything and shows a blank
            page. It cannot remove traces such as your browser history or software someone may have
            installed on this device. A device only you use is safer.
          </li>
        </ul>
      </section>
      <form method="post" action="/welcome" aria-labelledby="setup">
        <h2 id="setup">Set up</h2>
        <ErrorBox message={error} />
        <PassphraseField
          id="passphrase"
          label="Choose a passphrase"
          hint="At least 8 characters. A few unrelated words are easy to remember and hard to guess."
        />
        <PassphraseField id="confirm" label="Type the passphrase again" />
        <CountrySelect countries={countries} selected={values?.country ?? 'OTHER'} />
        <PartnerFields settings={values ?? {}} />
        <button type="submit" class="primary">
          Create my private space
        </button>
      </form>
    </Layout>
  );
}

export function UnlockPage({ error }: { error?: string }) {
  return (
    <Layout heading="Unlock">
      <form method="post" action="/unlock">
        <ErrorBox message={error} />
        <label for="passphrase">Passphrase</label>
        <input
          type="password"
          id="passphrase"
          name="passphrase"
          required
          autocomplete="current-password"
          autofocus
        />
        <button type="submit" class="primary">
          Unlock
        </button>
      </form>
    </Layout>
  );
}
