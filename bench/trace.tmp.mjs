import { chromium } from '@playwright/test';
import { startServer } from '../scripts/static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
const server = startServer({ dir: '/tmp/probe/site', port: 4190 });
await new Promise((r) => setTimeout(r, 300));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const name = process.argv[2] || 'app';
const ctx = await browser.newContext({ viewport: { width: 1000, height: 900 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,loading,v8.execute,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
await page.goto(`http://127.0.0.1:4190/${name}/`, { waitUntil: 'load' });
await page.waitForTimeout(2500);
await cdp.send('Tracing.end'); await done;
const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.includes(name));
const t0 = nav ? nav.ts : Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
const fcp = events.find((e) => e.name === 'firstContentfulPaint');
console.log('fcp', fcp ? Math.round((fcp.ts - t0) / 1000) : null);
const main = events.filter((e) => e.ph === 'X' && e.dur && ['ParseHTML','EvaluateScript','v8.compile','v8.run','FunctionCall','UpdateLayoutTree','Layout','Paint','PrePaint','Layerize','RunTask','TimerFire','FireAnimationFrame','v8.compileModule','v8.evaluateModule','ParseAuthorStyleSheet','HitTest','Commit','EventDispatch','RunMicrotasks','v8.wasm.streamFromResponseCallback','v8.wasm.compiledModule','v8.wasm.moduleCacheHit','ResourceReceivedData','ResourceFinish','XHRLoad','MajorGC','MinorGC','V8.GC_SCAVENGER','BlinkGC.AtomicPhase'].includes(e.name));
const upto = (fcp ? fcp.ts : t0 + 1e6) + 50000;
for (const e of main.filter((e) => e.ts < upto && e.ts > t0 && e.name !== 'RunTask' && e.dur > 3000).sort((a, b) => a.ts - b.ts))
  console.log(String(Math.round((e.ts - t0) / 1000)).padStart(5), String(Math.round(e.dur / 1000)).padStart(4), e.name, JSON.stringify(e.args?.data?.url || e.args?.data?.functionName || e.args?.beginData?.url || '').slice(-40));
for (const e of events.filter((e) => ['ResourceSendRequest','ResourceReceiveResponse','ResourceFinish'].includes(e.name) && e.ts > t0).sort((a,b)=>a.ts-b.ts))
  console.log(String(Math.round((e.ts - t0) / 1000)).padStart(5), e.name, (e.args?.data?.url || e.args?.data?.requestId || '').toString().slice(-40));
await browser.close(); server.close();
