/** The plan and the safety centre: rendered from the app's plan report, section by section. */
import type { PlanReport, ResourceItem } from '../../app/plan.js';
import { Layout } from '../layout.js';
import { KeptNote } from './assess.js';

type Open = { idleSeconds: number };

export function Resources({ items, heading }: { items: ResourceItem[]; heading: string }) {
  return (
    <section aria-labelledby="resources-title" class="card">
      <h2 id="resources-title">{heading}</h2>
      <ul>
        {items.map((r) => (
          <li>
            <strong>{r.service}</strong>
            {r.phone ? <> · call {r.phone}</> : null}
            {r.text ? <> · {r.text}</> : null}
            {r.web ? <> · {r.web}</> : null}
            <br />
            <span class="muted">
              {r.for}. {r.hours}.
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function List({ items }: { items: string[] }) {
  return (
    <ul>
      {items.map((i) => (
        <li>{i}</li>
      ))}
    </ul>
  );
}

function Section({ plan, section }: { plan: PlanReport; section: PlanReport['layout'][number] }) {
  switch (section) {
    case 'safety':
      if (plan.safety.level === 'none') return null;
      return (
        <section class="safety" aria-labelledby="plan-safety">
          <h2 id="plan-safety">Your safety comes first</h2>
          <List items={plan.safety.notes} />
          {plan.safety.whatToExpect.length > 0 ? (
            <>
              <h3>What to expect when you call</h3>
              <List items={plan.safety.whatToExpect} />
            </>
          ) : null}
          {plan.safety.safetyPlanning.length > 0 ? (
            <>
              <h3>Planning for safety</h3>
              <List items={plan.safety.safetyPlanning} />
            </>
          ) : null}
          {plan.safety.deviceSafety.length > 0 ? (
            <>
              <h3>Your devices</h3>
              <List items={plan.safety.deviceSafety} />
            </>
          ) : null}
        </section>
      );
    case 'resources':
      return (
        <>
          <Resources
            items={plan.resources.items}
            heading={
              plan.resources.placement === 'top'
                ? 'People you can talk to now'
                : 'Support if you need it'
            }
          />
          {plan.resources.notes.length > 0 ? <List items={plan.resources.notes} /> : null}
        </>
      );
    case 'monitoring':
      return plan.monitoring ? (
        <section class="notice" aria-labelledby="plan-monitoring">
          <h2 id="plan-monitoring">About checking their phone or messages</h2>
          <List items={plan.monitoring} />
        </section>
      ) : null;
    case 'steps':
      return (
        <section aria-labelledby="plan-steps">
          <h2 id="plan-steps">Steps for this week</h2>
          {plan.lowEvidence ? (
            <p class="muted">No explanation is well supported yet, so these steps are general.</p>
          ) : null}
          <ol>
            {plan.steps.map((s) => (
              <li class="card" data-step={s.kind}>
                <h3>{s.title}</h3>
                <p>{s.why}</p>
                {s.causes.length > 0 ? (
                  <p class="muted">For: {s.causes.map((c) => c.name).join(', ')}</p>
                ) : null}
                <List items={s.thisWeek} />
                <p>
                  <strong>Watch for:</strong> {s.watchFor}
                </p>
              </li>
            ))}
          </ol>
        </section>
      );
    case 'warnings':
      return plan.warnings.length > 0 ? (
        <section aria-labelledby="plan-warnings">
          <h2 id="plan-warnings">What tends to backfire</h2>
          <ul>
            {plan.warnings.map((w) => (
              <li>
                <strong>{w.avoid}</strong> {w.why} Instead: {w.instead}
              </li>
            ))}
          </ul>
        </section>
      ) : null;
    case 'honesty':
      return plan.honesty ? (
        <section aria-labelledby="plan-honesty">
          <h2 id="plan-honesty">An honest word</h2>
          <List items={plan.honesty} />
        </section>
      ) : null;
    case 'for-yourself':
      return (
        <section aria-labelledby="plan-self">
          <h2 id="plan-self">For yourself</h2>
          <List items={plan.forYourself} />
        </section>
      );
    case 'recheck':
      return (
        <section aria-labelledby="plan-recheck">
          <h2 id="plan-recheck">When to look again</h2>
          <p>
            In about {plan.recheck.weeks === 1 ? 'a week' : `${plan.recheck.weeks} weeks`}.{' '}
            {plan.recheck.why}
          </p>
        </section>
      );
  }
}

export function PlanPage({
  open,
  plan,
  kept,
}: {
  open: Open;
  plan: PlanReport;
  kept?: { ok: true } | { ok: false; message: string };
}) {
  return (
    <Layout heading="Your plan" open={{ ...open, current: 'plan' }}>
      {plan.focus.length > 0 ? (
        <p>
          Built around:{' '}
          {plan.focus
            .slice(0, 3)
            .map((f) => f.name)
            .join(', ')}
          . <a href="/results">See why</a>
        </p>
      ) : null}
      {plan.layout.map((section) => (
        <Section plan={plan} section={section} />
      ))}
      <p>
        <a href="/talk">Plan a conversation</a>
      </p>
      {kept ? <KeptNote kept={kept} /> : null}
    </Layout>
  );
}

export function SafetyCentrePage({ open, plan }: { open: Open; plan: PlanReport }) {
  return (
    <Layout heading="Safety and support" open={{ ...open, current: 'help' }}>
      <p>
        If you are in danger now, call your local emergency number. The services below are free and
        confidential{plan.country.name ? ` (${plan.country.name})` : ''}.
      </p>
      <Resources items={plan.resources.items} heading="Help lines" />
      <section aria-labelledby="device">
        <h2 id="device">Using this program safely</h2>
        <ul>
          <li>
            <strong>Quick exit</strong> (the red button at the top, or Shift pressed three times)
            locks everything at once and shows a blank notes page. Back does not return here.
          </li>
          <li>
            It locks by itself after a few minutes without use. You can change the time in{' '}
            <a href="/settings">Settings</a>.
          </li>
          <li>
            Quick exit cannot hide that this program is installed, or remove your browser history,
            and it cannot protect against monitoring software someone may have put on this device.
            If you think someone watches your device, a device they cannot reach (a friend’s, a
            library’s) is safer for looking up help.
          </li>
          <li>
            Sudden changes to passwords or apps can alert someone who watches you. Go at your own
            pace.
          </li>
        </ul>
      </section>
    </Layout>
  );
}
