// The plan's document leaves the browser as a printed PDF (A4 and Letter),
// a Markdown file, a self-contained HTML file and a calendar file, in each
// of the four languages. A filled plan, its typed texts in the page's
// language, is seeded with answers; each output holds the vision statement,
// a goal, a policy area's text and an action; the PDF embeds the script's
// font; markup the owner typed stays text (HTML-escaped in .html,
// backslash-escaped in .md); the calendar, read with ical.js, holds one
// all-day event per dated item, on its day, titled in the page's language.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { test, expect } from './fixtures.mjs';
import { LANGUAGES } from './questionnaire.mjs';
import { htmlLang, t } from './texts.mjs';
import { downloadText } from './tools-page.mjs';
import {
  TYPED_MARKUP,
  expectedEvents,
  filledPlan,
  goalName,
  htmlEscaped,
  markdownEscaped,
  openPlan,
  seedPlan,
  typed,
} from './plan-page.mjs';

/** The Noto font each language's script is printed in (as tools-print). */
const FONTS = { en: /NotoSans-Regular/, hi: /NotoSansDevanagari-/, zh: /NotoSansCJK(sc|SC)-/, te: /NotoSansTelugu-/, ur: /NotoNaskhArabic/ };
/** Page sizes in points, as Chromium writes them (see tools-print). */
const SIZES = { A4: [595.5, 842.5], Letter: [612, 792] };
const FILE_NAME = (extension) => new RegExp(`^service-quotient-\\d{4}-\\d\\d-\\d\\d\\.${extension}$`);

/** Text for comparing pdftotext's output: NFC, without whitespace or
 *  zero-width (non-)joiners (see tools-print.spec.mjs for why). */
function normalize(text) {
  // pdftotext also wraps right-to-left runs in bidi embedding marks, puts
  // an Urdu comma on either side of a number and an Arabic vowel mark on
  // either side of its letter (it reads runs in visual order): these go too.
  return text.normalize('NFC').replace(/[\s\u200b-\u200d\u2060\u202a-\u202e\u2066-\u2069\u060c\u064b-\u065f\u0670]/g, '');
}

function run(command, args) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Names of the fonts embedded in a PDF (pdffonts' names and Type 3 fonts'
 *  FontDescriptor names), expecting every font embedded and mapped to
 *  Unicode. */
function embeddedFonts(path) {
  const listing = run('pdffonts', [path]);
  const rows = listing.split('\n').slice(2).filter((line) => line.trim());
  expect(rows.length).toBeGreaterThan(0);
  const names = [];
  for (const row of rows) {
    const fields = row.trim().split(/\s+/);
    const [emb, , uni] = fields.slice(-5, -2);
    expect(emb, `embedded: ${row}`).toBe('yes');
    expect(uni, `mapped to Unicode: ${row}`).toBe('yes');
    if (fields[0] !== '[none]') names.push(fields[0].replace(/^[A-Z]{6}\+/, ''));
  }
  const raw = readFileSync(path).toString('latin1');
  for (const [, name] of raw.matchAll(/\/FontName\s*\/([A-Za-z0-9+_-]+)/g)) names.push(name.replace(/^[A-Z]{6}\+/, ''));
  return { names: [...new Set(names)], listing };
}

/** The items every output must hold, as typed in `lang`. */
function keyItems(lang) {
  const plan = filledPlan(lang);
  return {
    statement: plan.vision.statement,
    goal: goalName(lang, plan.goals[0]),
    area: typed(lang).speed,
    action: plan.actions[1].text,
  };
}

for (const lang of LANGUAGES) {
  test(`${lang}: the plan printed to PDF, A4 and Letter, holds the vision, a goal, a policy and an action, in the script's font`, async ({
    page,
  }, testInfo) => {
    await seedPlan(page, { lang, plan: filledPlan(lang) });
    await openPlan(page, 'document', lang);
    const items = keyItems(lang);
    await expect(page.getByTestId('plan-document')).toContainText(items.statement);
    await page.emulateMedia({ media: 'print' });

    for (const format of ['A4', 'Letter']) {
      const path = testInfo.outputPath(`plan-${lang}-${format}.pdf`);
      writeFileSync(path, await page.pdf({ format }));
      const size = run('pdfinfo', [path]).match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
      const [width, height] = SIZES[format];
      expect(Math.abs(Number(size[1]) - width), `${format} page width ${size[1]} pt`).toBeLessThan(2);
      expect(Math.abs(Number(size[2]) - height), `${format} page height ${size[2]} pt`).toBeLessThan(2);

      const text = normalize(run('pdftotext', [path, '-']));
      for (const [what, item] of Object.entries(items)) {
        expect(text, `${what} in the ${format} PDF`).toContain(normalize(item));
      }
      expect(text).toContain(normalize(t(lang, 'plan.document.doc_title')));
      // The page's controls are not printed, only the document.
      for (const key of ['plan.document.print', 'plan.document.markdown', 'plan.document.html', 'plan.all_steps', 'plan.document.intro']) {
        expect(text, `no "${t(lang, key)}" in print`).not.toContain(normalize(t(lang, key)));
      }

      const { names, listing } = embeddedFonts(path);
      await testInfo.attach(`pdffonts-${lang}-${format}.txt`, { body: listing, contentType: 'text/plain' });
      expect(names.some((name) => FONTS[lang].test(name)), `a font matching ${FONTS[lang]} among ${names.join(', ')}`).toBe(true);
    }
  });

  test(`${lang}: the Markdown and HTML files hold the plan, with typed markup escaped`, async ({ page, context }) => {
    await seedPlan(page, { lang, plan: filledPlan(lang) });
    await openPlan(page, 'document', lang);
    const items = keyItems(lang);
    const complaints = filledPlan(lang).areas[1].text;

    const md = await downloadText(page, page.getByTestId('download-md'));
    expect(md.name).toMatch(FILE_NAME('md'));
    expect(md.text.startsWith(`# ${markdownEscaped(t(lang, 'plan.document.doc_title'))}\n`), md.text.slice(0, 80)).toBe(true);
    expect(md.text).toContain(`## ${markdownEscaped(t(lang, 'plan.document.vision'))}\n`);
    for (const [what, item] of Object.entries(items)) {
      expect(md.text, `${what} in the Markdown file`).toContain(markdownEscaped(item));
    }
    // The typed markup, backslash-escaped, on its own line after a hard break.
    expect(md.text).toContain(`${markdownEscaped(typed(lang).complaints)}  \n${markdownEscaped(TYPED_MARKUP)}\n`);
    expect(md.text).toContain('\\# heading \\<b\\>x\\</b\\> \\*stars\\* \\[link\\]\\(javascript:alert\\(1\\)\\)');
    expect(md.text).not.toContain('<b>');
    expect(md.text).not.toMatch(/^# heading/m);
    expect(md.text).not.toMatch(/(^|[^\\])\*stars/);
    expect(md.text).not.toContain('](javascript:');

    const html = await downloadText(page, page.getByTestId('download-html'));
    expect(html.name).toMatch(FILE_NAME('html'));
    expect(html.text).toMatch(/^<!DOCTYPE html>/i);
    expect(html.text).toContain(`<html lang="${htmlLang(lang)}">`);
    expect(html.text).toMatch(/<head>[\s\S]*<style>[^<]+<\/style>[\s\S]*<\/head>/);
    expect(html.text).not.toMatch(/<script/i);
    // Self-contained: nothing it would load.
    expect(html.text).not.toMatch(/<link\b|\ssrc=|\shref=/i);
    expect(html.text).toContain(`<title>${htmlEscaped(t(lang, 'plan.document.doc_title'))}</title>`);
    for (const [what, item] of Object.entries(items)) {
      expect(html.text, `${what} in the HTML file`).toContain(htmlEscaped(item));
    }
    expect(html.text).toContain(htmlEscaped(complaints));
    expect(html.text).toContain('# heading &lt;b&gt;x&lt;/b&gt; *stars* [link](javascript:alert(1))');
    expect(html.text).not.toContain('<b>');
    // Opened in a browser (a blank page: the app's CSP would refuse the
    // file's inline style), the markup is text and made no element.
    const viewer = await context.newPage();
    const dialogs = [];
    viewer.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss();
    });
    await viewer.setContent(html.text);
    const parsed = await viewer.evaluate(() => ({
      lang: document.documentElement.lang,
      body: document.body.innerText,
      bold: document.querySelectorAll('b').length,
      scripts: document.querySelectorAll('script').length,
      links: document.querySelectorAll('a').length,
      styled: getComputedStyle(document.body).maxWidth,
    }));
    expect(parsed).toMatchObject({ lang: htmlLang(lang), bold: 0, scripts: 0, links: 0, styled: '672px' });
    expect(parsed.body).toContain(TYPED_MARKUP);
    expect(dialogs).toEqual([]);
    await viewer.close();
    for (const item of Object.values(items)) expect(parsed.body).toContain(item);
  });

  test(`${lang}: the calendar file holds one event per dated item, on its day, titled in the language`, async ({ page }) => {
    const plan = filledPlan(lang);
    await seedPlan(page, { lang, plan });
    await openPlan(page, 'document', lang);

    const ics = await downloadText(page, page.getByTestId('download-ics'));
    expect(ics.name).toMatch(FILE_NAME('ics'));
    // RFC 5545: CRLF line ends, lines folded at 75 octets.
    expect(ics.text.endsWith('\r\n')).toBe(true);
    const lines = ics.text.slice(0, -2).split('\r\n');
    expect(lines.filter((line) => line.includes('\n'))).toEqual([]);
    expect(lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75)).toEqual([]);

    const calendar = new ICAL.Component(ICAL.parse(ics.text));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const got = events.map((event) => {
      const start = event.startDate;
      const end = event.endDate;
      expect(start.isDate, `${event.summary} is an all-day event`).toBe(true);
      expect(end.isDate).toBe(true);
      expect(end.subtractDate(start).toSeconds(), `${event.summary} lasts one day`).toBe(24 * 3600);
      return { day: start.toString(), title: event.summary };
    });
    const order = (a, b) => a.day.localeCompare(b.day) || a.title.localeCompare(b.title);
    const expected = expectedEvents(lang, plan);
    // Launch meeting, review, two dated targets, two dated goals, two dated
    // actions, the retake: the undated target, goal and action have none.
    expect(expected).toHaveLength(9);
    expect(got.sort(order)).toEqual(expected.sort(order));
    const uids = events.map((event) => event.uid);
    expect(new Set(uids).size, `distinct UIDs: ${uids.join(' ')}`).toBe(events.length);
  });
}
