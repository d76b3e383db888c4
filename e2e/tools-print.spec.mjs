// The printed report: the keep page printed to PDF (A4, and Letter once) in
// each language holds the total as the page shows it, every section's name
// in that language, the report's title and date, and none of the page's
// controls; the fonts for the language's script are embedded. Page 1 of
// each is also rendered to /tmp/sq-print-<lang>-<format>.png for a person to
// look at (and attached to the test's report).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, App, STORAGE_KEY } from './fixtures.mjs';
import { MIXED, SECTIONS } from './questionnaire.mjs';
import { htmlLang, t } from './texts.mjs';
import { bandTitle, displayDate, expectResults, openTool, sessionRecord, storeBeforeFirstLoad } from './tools-page.mjs';

// Each language reached a different way: the stored language, the picker
// in the header, the `?lang=` address option. The answers are the mixed
// set: 3.75 + 3.25 + 11/3 + 8/3 + 13/3 + 3.4 + 10/3 = 24.4 (adequate).
const CASES = [
  { lang: 'en', how: 'stored', format: 'A4', font: /NotoSans-Regular/ },
  { lang: 'en', how: 'stored', format: 'Letter', font: /NotoSans-Regular/ },
  { lang: 'hi', how: 'picker', format: 'A4', font: /NotoSansDevanagari-/ },
  { lang: 'zh', how: 'address', format: 'A4', font: /NotoSansCJK(sc|SC)-/ },
  { lang: 'te', how: 'picker', format: 'A4', font: /NotoSansTelugu-/ },
  { lang: 'ur', how: 'picker', format: 'A4', font: /NotoNaskhArabic/ },
];
const TOTAL = '24.4';
/** The name and note that head the printed report. */
const NAME = 'Asha Bakery';
const NOTE = 'after the new returns policy';

// Page sizes in points (1/72 inch), as Chromium writes them: A4 is
// 8.27 x 11.7 inches (595.44 x 842.4 pt, pdfinfo shows 595.92 x 842.88),
// Letter 8.5 x 11 (612 x 792).
const SIZES = { A4: [595.5, 842.5], Letter: [612, 792] };

/** Text for comparing what pdftotext extracts with the locale files: NFC,
 *  without whitespace or zero-width (non-)joiners. pdftotext puts spaces
 *  inside some Devanagari and Telugu words (it extracts "कार्य-संस्कृ ति"
 *  for "कार्य-संस्कृति", "ఉత్పత్తు లు" for "ఉత్పత్తులు": shaped clusters
 *  become separate runs) and drops the ZWNJ of "కస్టమర్‌కే", so both sides
 *  lose all spacing; the letters themselves, in order, must still match. */
function normalize(text) {
  // pdftotext also wraps right-to-left runs in bidi embedding marks, puts
  // an Urdu comma between a month and a year on either side of the year (it
  // reads runs in visual order) and an Arabic vowel mark on either side of
  // its letter: these go too.
  return text.normalize('NFC').replace(/[\s\u200b-\u200d\u2060\u202a-\u202e\u2066-\u2069\u060c\u064b-\u065f\u0670]/g, '');
}

/** pdftotext's text of a PDF (all pages, or `first`..`last`). */
function pdfText(path, first, last) {
  const range = first ? ['-f', String(first), '-l', String(last)] : [];
  return execFileSync('pdftotext', [...range, path, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Names of the fonts embedded in a PDF: pdffonts' names, and the
 *  FontDescriptor names of Type 3 fonts, which pdffonts lists as "[none]"
 *  (Chromium's PDF writer embeds the CFF-based Noto Sans CJK as Type 3
 *  glyph procedures, named only in their descriptors). Also checks that
 *  pdffonts reports every font embedded and mapped to Unicode. */
function embeddedFonts(path) {
  const listing = execFileSync('pdffonts', [path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const rows = listing.split('\n').slice(2).filter((line) => line.trim());
  expect(rows.length).toBeGreaterThan(0);
  const names = [];
  for (const row of rows) {
    // name, type (one to three words), encoding, emb, sub, uni, object id, generation
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

for (const { lang, how, format, font } of CASES) {
  test(`printed to PDF (${lang}, ${format}): total, section names, title and date, and the script's font`, async ({ page }, testInfo) => {
    const app = new App(page);
    await storeBeforeFirstLoad(page, { [STORAGE_KEY]: sessionRecord(MIXED.ratings, { language: how === 'stored' ? lang : 'en' }) });
    await openTool(page, 'keep', how === 'address' ? `?lang=${lang}` : '');
    if (how === 'picker') await app.chooseLanguage(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', htmlLang(lang));
    await expectResults(page, { ...MIXED, total: TOTAL }, lang);
    const shownTotal = await page.getByTestId('total').textContent();
    expect(shownTotal).toBe(TOTAL);
    // The name the results are kept under, and a note, head the report.
    await page.getByLabel(t(lang, 'keep.name_label')).fill(NAME);
    await page.getByLabel(t(lang, 'keep.note_label')).fill(NOTE);

    await page.emulateMedia({ media: 'print' });
    const pdfPath = testInfo.outputPath(`report-${lang}-${format}.pdf`);
    writeFileSync(pdfPath, await page.pdf({ format }));

    const [width, height] = SIZES[format];
    const size = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
    expect(Math.abs(Number(size[1]) - width), `page width ${size[1]} pt`).toBeLessThan(2);
    expect(Math.abs(Number(size[2]) - height), `page height ${size[2]} pt`).toBeLessThan(2);

    const all = normalize(pdfText(pdfPath));
    const first = normalize(pdfText(pdfPath, 1, 1));
    // Page 1 opens with the report: the total and its band.
    expect(first).toContain(shownTotal);
    expect(first).toContain(normalize(bandTitle(lang, 'adequate')));
    // The date it was printed, in the language; the title word by word (in
    // Chinese pdftotext reads the Latin "Service Quotient" and the Han
    // "报告" of the title as separate lines, out of order).
    // The date line word by word too: in Urdu the date is isolated inside
    // the sentence, and pdftotext reads an isolated run's first number out
    // of place (the page itself shows it in order).
    const today = await displayDate(page, new Date().toISOString(), lang);
    for (const word of t(lang, 'report.date', { date: today }).split(/\s+/)) expect(first).toContain(normalize(word));
    expect(first).toContain(normalize(NAME));
    // The note's label and the typed note (mixed directions in Urdu: the
    // PDF gives them back in visual order, the label's colon after the note).
    for (const part of t(lang, 'report.note', { note: '\n' }).split('\n').concat(NOTE)) {
      expect(first).toContain(normalize(part).replace(/[:：]/g, ''));
    }
    for (const word of t(lang, 'report.title').split(/\s+/)) expect(first).toContain(normalize(word));
    // Every section's name in the language, and each section's score.
    for (const [i, section] of SECTIONS.entries()) {
      expect(all, `section title ${section.id}`).toContain(normalize(t(lang, `sections.${section.id}.title`)));
      expect(all, `section short name ${section.id}`).toContain(normalize(t(lang, `sections.${section.id}.short`)));
      expect(all).toContain(MIXED.shown[i]);
    }
    // None of the page's controls are printed.
    for (const key of ['keep.save', 'keep.json', 'keep.csv', 'keep.print', 'keep.share_title', 'keep.copy', 'nav.back', 'nav.history']) {
      expect(all, `no "${t(lang, key)}" in print`).not.toContain(normalize(t(lang, key)));
    }
    expect(all).not.toContain('#r=');

    // The script's Noto font is embedded (and, for Latin text, Noto Sans).
    const { names, listing } = embeddedFonts(pdfPath);
    await testInfo.attach(`pdffonts-${lang}-${format}.txt`, { body: listing, contentType: 'text/plain' });
    expect(names.some((name) => font.test(name)), `a font matching ${font} among ${names.join(', ')}`).toBe(true);
    expect(names.some((name) => /^NotoSans-/.test(name)), `Noto Sans among ${names.join(', ')}`).toBe(true);

    // Page 1 as an image, to look at.
    const png = `/tmp/sq-print-${lang}-${format}`;
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', pdfPath, png], { stdio: ['ignore', 'pipe', 'pipe'] });
    await testInfo.attach(`page-1-${lang}-${format}.png`, { path: `${png}.png`, contentType: 'image/png' });
  });
}
