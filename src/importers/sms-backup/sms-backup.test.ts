import { describe, expect, it } from 'vitest';
import { entryFrom, headOf, metadataMode, runImporter } from '../shared/test-support/entries.js';
import { expectRobust } from '../shared/test-support/robustness.js';
import { importer } from './index.js';
import {
  createDataAttributeFilter,
  createReferenceRepair,
  repairCharacterReferences,
} from './prefilter.js';

const T = 1716999000000;
const contentModeUtc = { timeZone: 'UTC', keepText: true };
const base64 = '/9j/4AAQSkZJRgABAQ"'.replace('"', '') + 'A'.repeat(400);

const backup = `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<!-- File Created By SMS Backup & Restore v10.20.002 on 29/05/2024 15:10:00 "quoted" -->
<smses count="9" backup_set="x" backup_date="1717000000000" type="full">
  <sms protocol="0" address="+1 555-123-4567" date="${T}" type="1" subject="null" body="dinner friday? &#10;x" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="${T - 1000}" sub_id="1" readable_date="May 29, 2024 3:10:00 PM" contact_name="Sam" />
  <sms protocol="0" address="5551234567" date="${T + 100000}" type="2" body="yes!! &#55357;&#56832;" contact_name="Sam" />
  <sms protocol="0" address="+15551234567" date="${T + 150000}" type="3" body="a draft" contact_name="Sam" />
  <sms protocol="0" address="+15551234567" date="${T + 160000}" type="5" body="failed" contact_name="Sam" />
  <mms date="${T + 200000}" msg_box="1" address="+15551234567" m_type="132" read="1" contact_name="Sam">
    <parts>
      <part seq="-1" ct="application/smil" name="null" text="&lt;smil&gt;&lt;/smil&gt;" />
      <part seq="0" ct="image/jpeg" name="IMG_1.jpg" cl="IMG_1.jpg" text="null" data="${base64}" />
      <part seq="0" ct="text/plain" chset="106" cl="txt000.txt" text="look" />
    </parts>
    <addrs>
      <addr address="+15551234567" type="137" charset="106" />
      <addr address="+15557654321" type="151" charset="106" />
    </addrs>
  </mms>
  <mms date="${T + 300000}" msg_box="2" address="+15551234567" m_type="128" contact_name="Sam">
    <parts><part seq="0" ct="image/png" text="null" data='${base64}' /></parts>
  </mms>
  <mms date="${T + 400000}" msg_box="1" address="+15551234567~+15559999999" m_type="132" contact_name="Sam, Jo">
    <parts><part seq="0" ct="text/plain" text="group hello" /></parts>
  </mms>
  <mms date="${T + 500000}" msg_box="1" address="+15551234567" m_type="134" contact_name="Sam"><parts /></mms>
  <sms protocol="0" address="+15551234567" date="${T + 600000}" type="1" body="&#xD83D;&#xDE0D; &#55357; &#1; ok" contact_name="(Unknown)" />
</smses>
`;

describe('sms-backup importer', () => {
  it('reads sms and mms records with the right direction, skipping drafts, failures and groups', async () => {
    const { result, messages } = await runImporter(importer, [
      entryFrom('sms-20240529.xml', backup),
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(messages.map((m) => [m.author, m.kind, m.text])).toEqual([
      ['Sam', 'text', 'dinner friday? \nx'],
      ['Me', 'text', 'yes!! 😀'],
      ['Sam', 'text', 'look'],
      ['Me', 'media', undefined],
      ['Sam', 'text', '😍 \ufffd \ufffd ok'],
    ]);
    expect(messages[0]?.time).toBe(T);
    expect(result.value.participants).toEqual(['Sam', 'Me']);
    expect(result.value).toMatchObject({ selfName: 'Me', chatName: 'Sam' });
    expect(result.value.lines).toEqual({ message: 5, continuation: 0, system: 1, skipped: 3 });
    const codes = result.value.warnings.map((w) => w.code);
    expect(codes).toEqual(['draft', 'failed', 'group', 'attachments-skipped']);
    expect(result.value.warnings[0]?.message).toMatch(/line \d+ of sms-20240529\.xml/);
    expect(result.value.warnings[3]?.message).toMatch(/^2 attached files/);
  });

  it('gives the same result whatever the chunk size', async () => {
    const reference = await runImporter(importer, [entryFrom('b.xml', backup, 4096)]);
    for (const chunk of [1, 3, 13]) {
      const run = await runImporter(importer, [entryFrom('b.xml', backup, chunk)]);
      expect(run.messages).toEqual(reference.messages);
    }
  });

  it('passes only length and words in metadata mode', async () => {
    const { messages } = await runImporter(importer, [entryFrom('b.xml', backup)], metadataMode);
    expect(messages.every((m) => m.text === undefined)).toBe(true);
    expect(messages[1]).toMatchObject({ author: 'Me', length: 7, words: 2 });
  });

  describe('a full backup of several conversations', () => {
    // Sam under two spellings of one number and once without a name; Jo; an unnamed number.
    const full = `<smses count="8">
  <sms address="+1 555-123-4567" date="${T}" type="1" body="hi from sam" contact_name="Sam" />
  <sms address="+15550000000" date="${T + 1000}" type="1" body="hi from jo" contact_name="Jo" />
  <sms address="5551234567" date="${T + 2000}" type="2" body="hi sam" contact_name="Sam" />
  <sms address="+15550000000" date="${T + 3000}" type="2" body="hi jo" contact_name="Jo" />
  <sms address="+15551234567" date="${T + 4000}" type="1" body="dinner?" contact_name="(Unknown)" />
  <sms address="+4915112345678" date="${T + 5000}" type="1" body="your code is 1234" contact_name="(Unknown)" />
  <sms address="+15550000000" date="${T + 6000}" type="1" body="ok" contact_name="Jo" />
  <mms date="${T + 7000}" msg_box="2" address="+15551234567" m_type="128" contact_name="Sam"><parts><part ct="text/plain" text="yes" /></parts></mms>
</smses>`;

    it("emits only the chosen conversation's messages and counts the others as skipped", async () => {
      const { result, messages } = await runImporter(importer, [entryFrom('sms.xml', full)], {
        ...contentModeUtc,
        conversation: 'sam',
      });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(messages.map((m) => [m.author, m.text])).toEqual([
        ['Sam', 'hi from sam'],
        ['Me', 'hi sam'],
        ['Sam', 'dinner?'],
        ['Me', 'yes'],
      ]);
      expect(result.value.participants).toEqual(['Sam', 'Me']);
      expect(result.value).toMatchObject({ chatName: 'Sam' });
      expect(result.value.lines).toEqual({ message: 4, continuation: 0, system: 0, skipped: 4 });
      const other = result.value.warnings.find((w) => w.code === 'another-conversation');
      expect(other?.message).toMatch(/^4 records skipped: a message in another conversation/);
    });

    it('picks a conversation by its number, however it is written', async () => {
      const { result, messages } = await runImporter(importer, [entryFrom('sms.xml', full)], {
        ...contentModeUtc,
        conversation: '(555) 000-0000',
      });
      expect(result.ok).toBe(true);
      expect(messages.map((m) => [m.author, m.text])).toEqual([
        ['Jo', 'hi from jo'],
        ['Me', 'hi jo'],
        ['Jo', 'ok'],
      ]);
      if (result.ok) expect(result.value.lines.skipped).toBe(5);
    });

    it('without a choice, refuses and lists every conversation, busiest first', async () => {
      const { result } = await runImporter(importer, [entryFrom('sms.xml', full)]);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('several-conversations');
      expect(result.error.conversations).toEqual(['Sam', 'Jo', '+4915112345678']);
      expect(result.error.message).toMatch(
        /^sms\.xml: this backup holds 3 conversations: Sam \(4\), Jo \(3\), \+4915112345678 \(1\); .*--partner NAME/,
      );
    });

    it('names the conversations when the chosen one is not there', async () => {
      const { result, messages } = await runImporter(importer, [entryFrom('sms.xml', full)], {
        ...contentModeUtc,
        conversation: 'Robin',
      });
      expect(messages).toEqual([]);
      expect(result.ok ? '' : result.error.code).toBe('conversation-not-found');
      expect(result.ok ? '' : result.error.message).toMatch(
        /no conversation called "Robin"; it holds Sam \(4\)/,
      );
    });

    it('lists at most ten conversations in the message', async () => {
      const records = Array.from(
        { length: 14 },
        (_, i) =>
          `<sms address="+1555000${String(i).padStart(4, '0')}" date="${T + i}" type="1" body="x" contact_name="P${i}" />`,
      );
      const { result } = await runImporter(importer, [
        entryFrom('sms.xml', `<smses>${records.join('')}</smses>`, 64),
      ]);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.conversations).toHaveLength(14);
      expect(result.error.message).toMatch(/P9 \(1\), and 4 more;/);
      expect(result.error.message).not.toMatch(/P10/);
    });
  });

  it('reports a truncated backup, naming the file', async () => {
    const { result } = await runImporter(importer, [entryFrom('b.xml', backup.slice(0, 900))]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^b\.xml: the XML ends too early/);
  });

  it('refuses other XML and broken XML', async () => {
    const calls = await runImporter(importer, [
      entryFrom('calls.xml', '<calls count="0"></calls>'),
    ]);
    expect(calls.result.ok ? '' : calls.result.error.code).toBe('not-this-format');
    const broken = await runImporter(importer, [
      entryFrom('b.xml', '<smses><sms a="1" a="2"/></smses>'),
    ]);
    expect(broken.result.ok ? '' : broken.result.error.code).toBe('bad-xml');
  });

  it('detects backups and nothing else', () => {
    expect(importer.detect([headOf('sms-1.xml', backup)])).toBeGreaterThan(0.9);
    expect(
      importer.detect([headOf('WhatsApp Chat with Sam.txt', '12/09/2020, 23:56 - Sam: hi\n')]),
    ).toBe(0);
    expect(
      importer.detect([
        headOf('result.json', '{"name":"Sam","type":"personal_chat","messages":[]}'),
      ]),
    ).toBe(0);
  });

  it('never throws or hangs on random or mutated input', async () => {
    await expectRobust(importer, 'sms.xml', [backup.replaceAll(base64, 'QUJD')]);
  });
});

describe('data attribute filter', () => {
  const run = (xml: string, chunk: number) => {
    const filter = createDataAttributeFilter();
    const bytes = new TextEncoder().encode(xml);
    const decoder = new TextDecoder();
    let out = '';
    for (let i = 0; i < bytes.length; i += chunk) {
      for (const part of filter.push(bytes.subarray(i, i + chunk)))
        out += decoder.decode(part, { stream: true });
    }
    return { out, dropped: filter.dropped };
  };

  it('empties data values only, at any chunk size', () => {
    const xml = `<a data="xyz" text='data="keep"'><!-- data="c" --><b metadata="m" data = 'q"q' /></a>`;
    for (const chunk of [1, 2, 5, 100]) {
      const { out, dropped } = run(xml, chunk);
      expect(out).toBe(
        `<a data="" text='data="keep"'><!-- data="c" --><b metadata="m" data = '' /></a>`,
      );
      expect(dropped).toEqual({ values: 2, bytes: 6 });
    }
  });
});

describe('character reference repair', () => {
  it('joins surrogate pairs and replaces what XML forbids', () => {
    expect(repairCharacterReferences('&#55357;&#56832;')).toBe('&#128512;');
    expect(repairCharacterReferences('&#xd83d;&#XDE0D;')).toBe('&#128525;');
    expect(repairCharacterReferences('&#56832;&#55357;')).toBe('&#65533;&#65533;');
    expect(repairCharacterReferences('&#0;a\u0001b&amp;&#233;')).toBe(
      '&#65533;a\ufffdb&amp;&#233;',
    );
  });

  it('holds a reference split across chunks', () => {
    const text = 'hi &#55357;&#56832; &#233;&amp; end &#55357;&#56845;';
    for (let cut = 0; cut <= text.length; cut++) {
      const repair = createReferenceRepair();
      const out = repair.push(text.slice(0, cut)) + repair.push(text.slice(cut)) + repair.end();
      expect(out).toBe('hi &#128512; &#233;&amp; end &#128525;');
    }
  });
});
