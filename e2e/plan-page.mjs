// Helpers for the plan's specs (plan-*.spec.mjs): the stored plan record
// (service-quotient/plan, schema 1, as in
// assessment/tests/fixtures/plan-schema-1.json), a filled plan whose typed
// texts are in the page's language, seeding it with answers before the
// app's first load, opening a step, and what the calendar should hold,
// worked out from the locale files rather than the Rust code.
import { expect, STORAGE_KEY } from './fixtures.mjs';
import { MIXED, answersById } from './questionnaire.mjs';
import { sessionRecord } from './records.mjs';
import { t } from './texts.mjs';
import { storeBeforeFirstLoad } from './tools-page.mjs';

/** The key the plan is stored under, beside the session. */
export const PLAN_KEY = `${STORAGE_KEY}.plan`;
/** Prefix of the keys an unreadable stored plan is copied to. */
export const PLAN_BACKUP_PREFIX = `${PLAN_KEY}.unreadable.`;
/** The plan's steps, in order, as address fragments (without `#`). */
export const STEPS = ['targets', 'issues', 'vision', 'goals', 'policies', 'discretion', 'launch', 'actions', 'document'];
/** Longest short text (a name, an issue, an action's owner), and long one. */
export const SHORT_LIMIT = 200;
export const LONG_LIMIT = 4000;

/** A stored plan record as text: the envelope and stamp, then `fields`. */
export function planRecord(fields = {}, envelope = {}) {
  return JSON.stringify({
    format: 'service-quotient/plan',
    schema: 1,
    app: '0.1.0',
    saved_at: '2026-12-01T10:00:00.000Z',
    revision: 1,
    ...envelope,
    ...fields,
  });
}

/** What the owner types, per language: texts a business would write. */
const TYPED = {
  en: {
    success: 'The first bakery the street thinks of for a birthday cake.',
    reasons: 'Bread baked at five; we remember names.',
    customer_reasons: 'Always fresh, and they know me.',
    steps: 'A complaint book and a weekly huddle.',
    summary: 'Fresh bread, known faces, mistakes put right.',
    statement: 'Fresh every morning, friendly every time',
    issues: ['Deliveries arrive late', 'Nobody answers the phone at lunch', 'Prices unclear on the website'],
    goal: 'Reply to every e-mail the same day',
    unit: 'hours',
    own_goal: 'Loyalty cards stamped per week',
    speed: 'We answer the phone by the third ring',
    complaints: 'Whoever takes a complaint owns it until the customer is happy',
    allowed: 'Replace a damaged item without asking',
    lines: 'Sorry about that, let me put it right now',
    exceptions: 'Refunds above 50 need the manager',
    every: 'Every first Monday',
    who: 'Ravi trains all counter staff',
    actions: ['Log every complaint, with its date; in the book by the till', 'Hold a ten minute huddle every Friday', 'Put the returns policy on the counter'],
    owners: ['Ravi', 'Asha', ''],
  },
  hi: {
    success: 'गली में जन्मदिन के केक के लिए लोग सबसे पहले हमारी बेकरी को याद करें।',
    reasons: 'रोटी सुबह पाँच बजे बनती है; हम ग्राहकों के नाम याद रखते हैं।',
    customer_reasons: 'हमेशा ताज़ा, और वे मुझे पहचानते हैं।',
    steps: 'शिकायत रजिस्टर और हर हफ़्ते एक छोटी बैठक।',
    summary: 'ताज़ी रोटी, जाने-पहचाने चेहरे, ग़लती तुरंत ठीक।',
    statement: 'हर सुबह ताज़ा, हर बार मुस्कान के साथ',
    issues: ['डिलीवरी देर से पहुँचती है', 'दोपहर में कोई फ़ोन नहीं उठाता', 'वेबसाइट पर दाम साफ़ नहीं हैं'],
    goal: 'हर ईमेल का जवाब उसी दिन',
    unit: 'घंटे',
    own_goal: 'हर हफ़्ते लॉयल्टी कार्ड पर मुहर',
    speed: 'हम तीसरी घंटी तक फ़ोन उठाते हैं',
    complaints: 'जो शिकायत लेता है, वही उसे ग्राहक के संतुष्ट होने तक सँभालता है',
    allowed: 'ख़राब सामान बिना पूछे बदल दें',
    lines: 'माफ़ कीजिए, मैं अभी ठीक करता हूँ',
    exceptions: '50 से ज़्यादा की वापसी के लिए मैनेजर चाहिए',
    every: 'हर महीने का पहला सोमवार',
    who: 'रवि काउंटर के सभी कर्मचारियों को सिखाते हैं',
    actions: ['हर शिकायत, तारीख़ के साथ; काउंटर की किताब में लिखें', 'हर शुक्रवार दस मिनट की बैठक करें', 'वापसी का नियम काउंटर पर लगाएँ'],
    owners: ['रवि', 'आशा', ''],
  },
  zh: {
    success: '街坊们想买生日蛋糕时，第一个想到的就是我们的面包店。',
    reasons: '面包每天早上五点出炉；我们记得顾客的名字。',
    customer_reasons: '总是新鲜，而且他们认识我。',
    steps: '一本投诉记录本，每周一次简短碰头会。',
    summary: '新鲜面包，熟悉的面孔，错误当天改正。',
    statement: '每天早上新鲜，每次都热情',
    issues: ['送货总是迟到', '午饭时间没人接电话', '网站上的价格不清楚'],
    goal: '当天回复每一封电子邮件',
    unit: '小时',
    own_goal: '每周盖章的会员卡数量',
    speed: '电话响三声之内一定接听',
    complaints: '谁接到投诉，谁就负责到顾客满意为止',
    allowed: '商品损坏可以直接更换，不必请示',
    lines: '很抱歉，我马上为您处理',
    exceptions: '超过50元的退款需要经理同意',
    every: '每月第一个星期一',
    who: '李明培训所有柜台员工',
    actions: ['把每条投诉, 连同日期; 记在收银台旁的本子上', '每周五开十分钟碰头会', '把退货规定贴在柜台上'],
    owners: ['李明', '王芳', ''],
  },
  te: {
    success: 'పుట్టినరోజు కేక్ కోసం వీధిలో అందరికీ ముందుగా గుర్తొచ్చేది మా బేకరీ.',
    reasons: 'రొట్టె ఉదయం ఐదింటికే తయారవుతుంది; మేము పేర్లు గుర్తుంచుకుంటాం.',
    customer_reasons: 'ఎప్పుడూ తాజాగా, వాళ్లకు నేను తెలుసు.',
    steps: 'ఫిర్యాదుల పుస్తకం, వారానికోసారి చిన్న సమావేశం.',
    summary: 'తాజా రొట్టె, తెలిసిన ముఖాలు, తప్పులు వెంటనే సరిదిద్దడం.',
    statement: 'ప్రతి ఉదయం తాజాగా, ప్రతిసారీ ఆప్యాయంగా',
    issues: ['డెలివరీ ఆలస్యంగా వస్తుంది', 'మధ్యాహ్నం ఎవరూ ఫోన్ ఎత్తరు', 'వెబ్‌సైట్‌లో ధరలు స్పష్టంగా లేవు'],
    goal: 'ప్రతి ఈమెయిల్‌కు అదే రోజు జవాబు',
    unit: 'గంటలు',
    own_goal: 'వారానికి ముద్ర వేసిన లాయల్టీ కార్డులు',
    speed: 'మూడో రింగ్ లోపే ఫోన్ ఎత్తుతాం',
    complaints: 'ఫిర్యాదు తీసుకున్నవారే కస్టమర్ సంతోషపడే వరకు దాన్ని చూసుకుంటారు',
    allowed: 'పాడైన వస్తువును అడగకుండానే మార్చి ఇవ్వండి',
    lines: 'క్షమించండి, నేను ఇప్పుడే సరిచేస్తాను',
    exceptions: '50 కంటే ఎక్కువ వాపసుకు మేనేజర్ అనుమతి కావాలి',
    every: 'ప్రతి నెల మొదటి సోమవారం',
    who: 'రవి కౌంటర్ సిబ్బంది అందరికీ శిక్షణ ఇస్తారు',
    actions: ['ప్రతి ఫిర్యాదును, తేదీతో సహా; కౌంటర్ పుస్తకంలో రాయండి', 'ప్రతి శుక్రవారం పది నిమిషాల సమావేశం', 'వాపసు నియమాన్ని కౌంటర్‌పై పెట్టండి'],
    owners: ['రవి', 'ఆశ', ''],
  },
  ur: {
    success: 'سالگرہ کے کیک کے لیے محلے میں سب سے پہلے ہماری بیکری یاد آئے۔',
    reasons: 'روٹی صبح پانچ بجے بنتی ہے؛ ہم گاہکوں کے نام یاد رکھتے ہیں۔',
    customer_reasons: 'ہمیشہ تازہ، اور وہ مجھے پہچانتے ہیں۔',
    steps: 'شکایت رجسٹر اور ہر ہفتے ایک مختصر میٹنگ۔',
    summary: 'تازہ روٹی، جانے پہچانے چہرے، غلطی فوراً درست۔',
    statement: 'ہر صبح تازہ، ہر بار مسکراہٹ کے ساتھ',
    issues: ['ڈیلیوری دیر سے پہنچتی ہے', 'دوپہر کو کوئی فون نہیں اٹھاتا', 'ویب سائٹ پر قیمتیں واضح نہیں'],
    goal: 'ہر ای میل کا جواب اسی دن',
    unit: 'گھنٹے',
    own_goal: 'ہر ہفتے لائلٹی کارڈ پر مہر',
    speed: 'ہم تیسری گھنٹی تک فون اٹھاتے ہیں',
    complaints: 'جو شکایت لے، وہی گاہک کے مطمئن ہونے تک اسے سنبھالے',
    allowed: 'خراب سامان بغیر پوچھے بدل دیں',
    lines: 'معاف کیجیے، میں ابھی ٹھیک کرتا ہوں',
    exceptions: '50 سے زیادہ کی واپسی کے لیے مینیجر کی اجازت چاہیے',
    every: 'ہر مہینے کا پہلا پیر',
    who: 'رضا کاؤنٹر کے سارے عملے کو سکھاتے ہیں',
    actions: ['ہر شکایت، تاریخ کے ساتھ؛ کاؤنٹر کی کاپی میں لکھیں', 'ہر جمعہ دس منٹ کی میٹنگ کریں', 'واپسی کا اصول کاؤنٹر پر لگائیں'],
    owners: ['رضا', 'عائشہ', ''],
  },
};

/** Markup the owner typed into the complaints policy (its second line),
 *  which every file must show as typed. */
export const TYPED_MARKUP = '# heading <b>x</b> *stars* [link](javascript:alert(1))';

/** The texts typed in `lang` (see TYPED). */
export function typed(lang) {
  return TYPED[lang];
}

/** A filled plan, its typed texts in `lang`: every part written, and dated
 *  items (and some left undated, which the calendar must leave out). */
export function filledPlan(lang) {
  const w = TYPED[lang];
  return {
    made_at: '2026-12-01T09:00:00.000Z',
    baseline: answersById(MIXED.ratings),
    targets: [
      { section: 'knowing', score: 3.75, by: '2027-03-01' },
      { section: 'products', score: 4.25, by: '2027-03-15' },
      { section: 'improvement', score: 4.5, by: null },
    ],
    issues: [
      { id: 7, text: w.issues[0], often: 4, cost: 3, actionable: 5, section: 'products' },
      { id: 1204, text: w.issues[1], often: 5, cost: 4, actionable: 4, section: 'contact' },
      { id: 3861254907, text: w.issues[2], often: 2, cost: 2, actionable: 2, section: null },
    ],
    vision: {
      success: w.success,
      reasons: w.reasons,
      customer_reasons: w.customer_reasons,
      steps: w.steps,
      summary: w.summary,
      statement: w.statement,
    },
    goals: [
      { id: 9, measure: 'email-reply', name: w.goal, unit: w.unit, start: '48', target: '24', by: '2027-06-30', readings: [{ on: '2027-01-31', value: '36' }] },
      // No name: the calendar and document name it by its measure.
      { id: 21, measure: 'complaints-satisfied', name: '', unit: '%', start: '60', target: '85', by: '2027-12-31', readings: [] },
      { id: 30, measure: 'own', name: w.own_goal, unit: '', start: '40', target: '55', by: null, readings: [] },
    ],
    areas: [
      { area: 'speed', text: w.speed, state: 'done' },
      { area: 'complaints', text: `${w.complaints}\n${TYPED_MARKUP}`, state: 'open' },
      { area: 'offer', text: '', state: 'not-relevant' },
    ],
    discretion: { allowed: w.allowed, lines: w.lines, exceptions: w.exceptions },
    launch: { meeting_on: '2027-01-10', training_every: w.every, training_who: w.who, review_on: '2027-04-05' },
    actions: [
      { id: 3, text: w.actions[0], advice: 'statement:feedback.review-complaints', owner: w.owners[0], due: '2027-01-15', status: 'doing', moves: { statement: 'feedback.review-complaints' } },
      { id: 5, text: w.actions[1], advice: null, owner: w.owners[1], due: '2027-02-01', status: 'to-do', moves: null },
      { id: 8, text: w.actions[2], advice: null, owner: w.owners[2], due: null, status: 'done', moves: null },
    ],
    retake_on: '2027-06-01',
  };
}

/** Before the app's first load, stores the MIXED answers in `lang` and, if
 *  given, `plan` (an object, stored as a plan record, or raw text).
 *  Reloads keep what the app stored since. */
export async function seedPlan(page, { lang = 'en', plan = null } = {}) {
  const entries = { [STORAGE_KEY]: sessionRecord(answersById(MIXED.ratings), { language: lang, place: 'results' }) };
  if (plan !== null) entries[PLAN_KEY] = typeof plan === 'string' ? plan : planRecord(plan);
  await storeBeforeFirstLoad(page, entries);
}

/** Opens `plan.html#<step>` (or the overview, for no step) and waits for
 *  its heading in `lang`. */
export async function openPlan(page, step = null, lang = 'en') {
  await page.goto(step ? `plan.html#${step}` : 'plan.html');
  await expect(page.locator('#view-heading')).toHaveText(t(lang, step ? `plan.${step}.title` : 'plan.title'));
}

/** Moves to another step of the open plan page (the fragment only, as a
 *  link would) and waits for its heading. */
export async function goToStep(page, step, lang = 'en') {
  await page.evaluate((fragment) => {
    location.hash = fragment;
  }, step ? `#${step}` : '#steps');
  await expect(page.locator('#view-heading')).toHaveText(t(lang, step ? `plan.${step}.title` : 'plan.title'));
}

/** The stored plan, parsed (null when none). */
export async function storedPlan(page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key)), PLAN_KEY);
}

/** The stored plan's raw text. */
export async function storedPlanText(page) {
  return page.evaluate((key) => localStorage.getItem(key), PLAN_KEY);
}

/** A goal's name as the app names it: the owner's words, else its measure. */
export function goalName(lang, goal) {
  return goal.name.trim() || t(lang, `plan.goals.m_${goal.measure.replace(/-/g, '_')}`);
}

/** The calendar's events for `plan`, as `{ day: 'YYYY-MM-DD', title }`:
 *  the launch meeting, the review, each dated target, goal and action, and
 *  the day to take the self-check again, titled in `lang`. */
export function expectedEvents(lang, plan) {
  const events = [];
  const add = (day, title) => day && events.push({ day, title });
  add(plan.launch.meeting_on, t(lang, 'plan.document.ev_meeting'));
  add(plan.launch.review_on, t(lang, 'plan.document.ev_review'));
  for (const target of plan.targets) {
    add(target.by, t(lang, 'plan.document.ev_target', { section: t(lang, `sections.${target.section}.title`) }));
  }
  for (const goal of plan.goals) add(goal.by, t(lang, 'plan.document.ev_goal', { goal: goalName(lang, goal) }));
  for (const action of plan.actions) add(action.due, t(lang, 'plan.document.ev_action', { action: action.text.trim() }));
  add(plan.retake_on, t(lang, 'plan.document.ev_retake'));
  return events;
}

/** Text as the HTML file must hold it: `& < > " '` escaped, line breaks
 *  as <br>. */
export function htmlEscaped(text) {
  return text
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\n/g, '<br>');
}

/** Text as the Markdown file must hold it: every character Markdown could
 *  read as markup backslash-escaped, line breaks as hard breaks. */
export function markdownEscaped(text) {
  return text
    .trim()
    .split('\n')
    .map((line) => line.trimEnd().replace(/[\\`*_{}[\]()<>#+\-.!|~&]/g, (c) => `\\${c}`))
    .join('  \n');
}
