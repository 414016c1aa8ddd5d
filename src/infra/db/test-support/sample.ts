/**
 * Made-up records of every kind, written through the use cases; `mark` is put into every
 * free-text field (the canary test searches the disk for it).
 */
import type { VaultService } from '../../../app/vault.js';

export async function writeSampleRecords(vault: VaultService, mark: string): Promise<void> {
  const must = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }) => {
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  must(
    await vault.settings.update({
      country: 'NZ',
      partnerName: `Sam ${mark}-name`,
      partnerPronoun: 'she',
      lockTimeoutMinutes: 7,
    }),
  );
  must(
    await vault.assessments.add({
      answers: { 'q.work-hours': `${mark}-answer`, 'q.since': 'months' },
      text: `We used to talk every evening ${mark}-text`,
      result: { causes: [{ id: 'external-stress', name: `${mark}-result`, score: 0.61 }] },
    }),
  );
  must(
    await vault.checkins.add({
      date: '2026-03-02',
      communication: 2,
      affection: 3,
      availability: 2,
      future: 1,
      criticism: 4,
      connection: 2,
      note: `Quiet dinner ${mark}-note`,
    }),
  );
  must(
    await vault.events.add({
      date: '2026-02-20',
      end: null,
      kind: 'stressor',
      label: `Job change ${mark}-label`,
      note: `${mark}-event-note`,
    }),
  );
  must(
    await vault.chatImports.add({
      format: 'whatsapp',
      mode: 'content',
      participants: [
        { name: `Me ${mark}-me`, role: 'me', messages: 120 },
        { name: `Sam ${mark}-partner`, role: 'partner', messages: 80 },
      ],
      first: '2026-01-05T08:00:00.000Z',
      last: '2026-03-01T21:00:00.000Z',
      weeks: [{ week: '2026-W02', people: { [`${mark}-person`]: { messages: 40 } } }],
      signals: [{ id: 'chat.partner-initiation-falling', detail: `${mark}-signal` }],
      excerpts: [
        { text: `miss you ${mark}-excerpt`, week: '2026-W05', person: 'Sam', signalId: null },
      ],
    }),
  );
  must(
    await vault.plans.add({
      title: `This week ${mark}-plan-title`,
      content: { steps: [{ text: `Ask about work ${mark}-step` }] },
    }),
  );
  must(
    await vault.drafts.save({
      topic: `${mark}-topic`,
      text: `I have noticed ${mark}-draft`,
      review: { notes: [`${mark}-review`] },
    }),
  );
}
