/**
 * The shell of every page: a neutral title, the quick-exit button first in the tab order,
 * landmarks (banner, navigation, main, contentinfo), and only our own scripts and styles.
 */
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';

/** Every page has this title, whatever it shows (security-requirements.md T-05). */
export const NEUTRAL_TITLE = 'Notes';

export type NavKey =
  | 'home'
  | 'start'
  | 'results'
  | 'plan'
  | 'talk'
  | 'journal'
  | 'files'
  | 'history'
  | 'help'
  | 'settings';

const NAV: { key: NavKey; href: string; label: string }[] = [
  { key: 'home', href: '/', label: 'Home' },
  { key: 'start', href: '/start', label: 'Assessment' },
  { key: 'results', href: '/results', label: 'Results' },
  { key: 'plan', href: '/plan', label: 'Plan' },
  { key: 'talk', href: '/talk', label: 'Conversation' },
  { key: 'journal', href: '/journal', label: 'Check-ins' },
  { key: 'files', href: '/files', label: 'Chat import' },
  { key: 'history', href: '/history', label: 'History' },
  { key: 'help', href: '/help', label: 'Safety' },
  { key: 'settings', href: '/settings', label: 'Settings' },
];

export type LayoutProps = {
  /** The page's own heading, shown in the page, never in the title. */
  heading: string;
  /** Present when the vault is open: shows the navigation and arms the idle lock in the page. */
  open?: { idleSeconds: number; current?: NavKey };
  /** Load the chart library (pages with a chart). */
  charts?: boolean;
  children?: Child;
};

/**
 * @example
 * c.html(<Layout heading="Unlock"><form>…</form></Layout>)
 */
export function Layout({ heading, open, charts, children }: LayoutProps) {
  return (
    <>
      {raw('<!doctype html>')}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="referrer" content="same-origin" />
          <meta
            name="htmx-config"
            content='{"includeIndicatorStyles":false,"allowEval":false,"allowScriptTags":false,"historyCacheSize":0,"refreshOnHistoryMiss":true,"selfRequestsOnly":true,"responseHandling":[{"code":"204","swap":false},{"code":"[2345]..","swap":true}]}'
          />
          {open ? <meta name="closer-idle-seconds" content={String(open.idleSeconds)} /> : null}
          <title>{NEUTRAL_TITLE}</title>
          <link rel="icon" href="data:," />
          <link rel="stylesheet" href="/assets/app.css" />
          {charts ? <link rel="stylesheet" href="/assets/uplot.css" /> : null}
          <script src="/assets/htmx.js" defer></script>
          {charts ? <script src="/assets/uplot.js" defer></script> : null}
          {charts ? <script src="/assets/charts.js" defer></script> : null}
          <script src="/assets/app.js" defer></script>
        </head>
        <body>
          <form method="post" action="/exit" class="quick-exit" id="quick-exit-form">
            <button type="submit" id="quick-exit" class="quick-exit-button">
              Quick exit
            </button>
            <span class="quick-exit-hint">or press Shift three times</span>
          </form>
          <a class="skip-link" href="#main">
            Skip to content
          </a>
          <header class="site-header">
            <p class="brand">Notes</p>
            {open ? (
              <nav aria-label="Main">
                <ul class="nav">
                  {NAV.map((item) => (
                    <li>
                      <a
                        href={item.href}
                        aria-current={open.current === item.key ? 'page' : undefined}
                      >
                        {item.label}
                      </a>
                    </li>
                  ))}
                  <li>
                    <form method="post" action="/lock" class="inline">
                      <button type="submit" class="link-button">
                        Lock
                      </button>
                    </form>
                  </li>
                </ul>
              </nav>
            ) : null}
          </header>
          <main id="main" tabindex={-1}>
            <h1>{heading}</h1>
            {children}
          </main>
          <footer class="site-footer">
            <p>
              Everything stays on this computer. Nothing is sent anywhere.{' '}
              {open ? <a href="/help">Safety and support</a> : null}
            </p>
          </footer>
        </body>
      </html>
    </>
  );
}

/** A page that shows nothing of closer: where quick exit lands, and what Back finds. */
export function NeutralPage() {
  return (
    <>
      {raw('<!doctype html>')}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{NEUTRAL_TITLE}</title>
          <link rel="icon" href="data:," />
          <link rel="stylesheet" href="/assets/app.css" />
        </head>
        <body class="neutral">
          <main id="main">
            <h1>Notes</h1>
            <p>No notes yet.</p>
          </main>
        </body>
      </html>
    </>
  );
}
