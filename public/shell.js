// The page shell: what must work around the wasm app, or without it.
//  1. If the app cannot start (no WebAssembly, a file that fails to load,
//     first visit while offline), show a clear message instead of a blank page.
//  2. Register the service worker (offline use) once the app has started and
//     the browser is idle and, when a new version has been installed, show
//     the app's "a new version is ready" notice; reload only when the person
//     asks, after the new worker has taken over.
//  3. Ask the browser to keep this site's storage; where it may still erase
//     it (Safari), show the app's notice saying so.
// It talks to the app only through classes on <html> and the app's own
// button (#update-reload); it never touches the answers. The build inlines it
// at the top of each page's <head> (scripts/post-build.mjs), so it listens
// before anything else can fail or start.
(() => {
  'use strict';
  const root = document.documentElement;

  // 1. Start-up failure.
  const BOOT_MESSAGES = {
    en: 'Service Quotient could not start. It needs a recent browser with JavaScript and WebAssembly turned on, and a connection the first time it is opened. Please reload the page or try another browser.',
    hi: 'Service Quotient शुरू नहीं हो सका। इसके लिए ब्राउज़र का हाल का वर्ज़न चाहिए, जिसमें JavaScript और WebAssembly चालू हों, और पहली बार खोलते समय इंटरनेट कनेक्शन भी चाहिए। कृपया पेज रीलोड करें या कोई दूसरा ब्राउज़र आज़माएँ।',
    zh: 'Service Quotient 无法启动。它需要较新版本的浏览器，并开启 JavaScript 和 WebAssembly；首次打开时还需要联网。请刷新页面，或换一个浏览器试试。',
    te: 'Service Quotient ప్రారంభం కాలేదు. దీనికి JavaScript, WebAssembly ఆన్ చేసి ఉన్న ఇటీవలి వెర్షన్ బ్రౌజర్ కావాలి; మొదటిసారి తెరిచేటప్పుడు ఇంటర్నెట్ కనెక్షన్ కూడా ఉండాలి. దయచేసి పేజీని రీలోడ్ చేయండి, లేదా వేరే బ్రౌజర్‌లో ప్రయత్నించండి.',
    ur: 'Service Quotient شروع نہیں ہو سکا۔ اس کے لیے نئے ورژن والا براؤزر چاہیے جس میں JavaScript اور WebAssembly چالو ہوں، اور پہلی بار کھولتے وقت انٹرنیٹ کنکشن بھی ضروری ہے۔ براہ کرم صفحہ دوبارہ لوڈ کریں یا کوئی دوسرا براؤزر آزما کر دیکھیں۔',
  };
  const GIVE_UP_AFTER_MS = 20000;
  // Trunk sets window.wasmBindings just before TrunkApplicationStarted.
  let started = Boolean(window.wasmBindings);
  const fail = () => {
    const box = document.getElementById('boot-error');
    if (started || !box) return;
    const wanted = [new URLSearchParams(location.search).get('lang'), ...(navigator.languages || [])];
    const lang = wanted.map((tag) => String(tag || '').slice(0, 2).toLowerCase()).find((l) => l in BOOT_MESSAGES) || 'en';
    box.lang = lang;
    box.dir = lang === 'ur' ? 'rtl' : 'ltr';
    box.textContent = BOOT_MESSAGES[lang];
    box.hidden = false;
    // The first screen drawn before the app (first-screen.js) would take
    // answers that nothing keeps.
    document.getElementById('first-screen')?.remove();
  };
  addEventListener('TrunkApplicationStarted', () => {
    started = true;
    document.getElementById('boot-error')?.remove();
  });
  addEventListener('unhandledrejection', fail);
  addEventListener(
    'error',
    (event) => {
      // Before the app has started, an uncaught error (the loader's failed
      // `await init()` among them) or a script or the wasm failing to load
      // means it will not start; a missing icon does not.
      const target = event.target;
      if (target === window || target instanceof HTMLScriptElement) return fail();
      if (target instanceof HTMLLinkElement && /preload/.test(target.rel)) fail();
    },
    true,
  );
  if (typeof WebAssembly !== 'object') addEventListener('DOMContentLoaded', fail);
  setTimeout(fail, GIVE_UP_AFTER_MS);

  // 2. Offline use and updates. The worker is registered (and so precaches
  // the build) only once the app has started and the browser is idle, so
  // its downloads never compete with the first screen.
  const whenStartedAndIdle = (work) => {
    const idle = () => (window.requestIdleCallback ? requestIdleCallback(work, { timeout: 3000 }) : setTimeout(work, 1000));
    if (started) idle();
    else addEventListener('TrunkApplicationStarted', idle, { once: true });
  };
  if ('serviceWorker' in navigator) {
    let reloading = false;
    whenStartedAndIdle(() => navigator.serviceWorker
      .register('./sw.js')
      .then((registration) => {
        const offerUpdate = () => {
          // Only an update: a first install has no previous worker in control.
          if (registration.waiting && navigator.serviceWorker.controller) root.classList.add('update-ready');
        };
        offerUpdate();
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          worker?.addEventListener('statechange', () => worker.state === 'installed' && offerUpdate());
        });
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') registration.update().catch(() => {});
        });
        document.addEventListener('click', (event) => {
          if (!event.target.closest?.('#update-reload')) return;
          if (registration.waiting) {
            reloading = true;
            registration.waiting.postMessage('skip-waiting');
          } else {
            // Another tab already switched to the new version.
            location.reload();
          }
        });
      })
      .catch(() => {
        // No service worker (private mode, blocked): the app still works online.
      }));
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      // The new version has taken over; the answers were saved as they were given.
      if (reloading) location.reload();
    });
  }

  // 3. Keep storage.
  const safari = /^((?!chrome|chromium|android|crios|fxios|edg).)*safari/i.test(navigator.userAgent);
  const persist = navigator.storage?.persist ? navigator.storage.persist() : Promise.resolve(false);
  persist.then((kept) => {
    if (!kept && safari) root.classList.add('may-be-erased');
  }, () => {});
})();
