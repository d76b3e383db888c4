// The page links a web app manifest that Chromium accepts, with the fields
// an installable app needs and icons that really are PNGs of the sizes the
// manifest states.
import { test, expect } from './fixtures.mjs';

/** Width and height from a PNG's IHDR chunk, or null if it is not a PNG. */
function pngSize(bytes) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the manifest is linked, complete, and its icons are PNGs of the stated sizes', async ({ app, page, request }) => {
  await app.open();
  const links = page.locator('link[rel="manifest"]');
  await expect(links).toHaveCount(1);
  const href = await links.evaluate((link) => link.href);

  const response = await request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  const manifest = JSON.parse(await response.text());

  expect(typeof manifest.name).toBe('string');
  expect(manifest.name.length).toBeGreaterThan(0);
  expect(typeof manifest.short_name).toBe('string');
  expect(manifest.short_name.length).toBeGreaterThan(0);
  expect(manifest.short_name.length, 'short enough for a home screen').toBeLessThanOrEqual(20);
  expect(new URL(manifest.start_url, href).href).toBe(new URL('./', page.url()).href);
  expect(manifest.display).toBe('standalone');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', manifest.theme_color);

  const icon = (size, purpose) =>
    manifest.icons.find((i) => i.sizes === `${size}x${size}` && (i.purpose ?? 'any').split(/\s+/).includes(purpose));
  const wanted = [
    [192, 'any'],
    [512, 'any'],
    [512, 'maskable'],
  ];
  for (const [size, purpose] of wanted) {
    const entry = icon(size, purpose);
    expect(entry, `a ${size}x${size} ${purpose} icon`).toBeDefined();
    expect(entry.type).toBe('image/png');
    const url = new URL(entry.src, href).href;

    const file = await request.get(url);
    expect(file.status(), url).toBe(200);
    expect(file.headers()['content-type']).toBe('image/png');
    expect(pngSize(await file.body()), url).toEqual({ width: size, height: size });

    // And the browser decodes it at that size.
    const decoded = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return { width: image.naturalWidth, height: image.naturalHeight };
    }, url);
    expect(decoded, url).toEqual({ width: size, height: size });
  }

  // Chromium's own parser finds nothing wrong with it.
  const cdp = await page.context().newCDPSession(page);
  const parsed = await cdp.send('Page.getAppManifest');
  expect(parsed.url).toBe(href);
  expect(parsed.errors).toEqual([]);
});
