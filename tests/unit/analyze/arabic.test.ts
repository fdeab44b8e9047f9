// Arabic (no capital letters): speakers, roles and people from the words around names, Arabic figures and dates.
// The four articles are written for these tests (tests/fixtures/analyze/arabic-*.txt, paragraphs split by blank lines).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, type Digest } from '../../../src/core/analyze/index';
import { digestProblems } from '../fuzz/support/shape';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/analyze');
const article = (name: string): string[] =>
  fs.readFileSync(path.join(fixtures, `arabic-${name}.txt`), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

/** Published on a Thursday: "يوم الاثنين" is the Monday before, "أمس" the Wednesday. */
const PUBLISHED = '2024-05-09T10:00:00+03:00';

function digest(name: string): Digest {
  const paragraphs = article(name);
  const d = analyzeArticle({ paragraphs, published: PUBLISHED });
  expect(digestProblems(d, paragraphs)).toEqual([]);
  return d;
}

const quoteSpeakers = (d: Digest) => d.quotes.map((q) => [q.speaker, q.role ?? null]);
const people = (d: Digest) => d.facts.people.map((p) => [p.name, p.role ?? null]);
const figures = (d: Digest) => d.facts.figures.map((f) => [f.text, f.kind, f.value, f.unit ?? null]);

describe('Arabic: the farm-support article', () => {
  const d = digest('farm-plan');

  it('is read as Arabic and its summary skips the dateline', () => {
    expect(d.lang).toBe('ar');
    expect(d.summary[0]?.text.startsWith('أعلنت الحكومة المصرية')).toBe(true);
  });

  it('names every speaker with the role they were introduced with', () => {
    expect(quoteSpeakers(d)).toEqual([
      ['أحمد حسن', 'وزير الزراعة'], // وقال وزير الزراعة أحمد حسن …: «…»
      ['أحمد حسن', 'وزير الزراعة'], // «…»، قال حسن للصحفيين
      ['محمد علي', 'رئيس اتحاد الفلاحين'], // قال رئيس اتحاد الفلاحين محمد علي إن "…"
      ['محمد علي', 'رئيس اتحاد الفلاحين'], // وتابع علي: «…»
      ['سارة إبراهيم', 'أستاذة الاقتصاد الزراعي بجامعة القاهرة'], // وبحسب الدكتورة سارة إبراهيم، أستاذة …، فإن "…"
    ]);
    expect(d.quotes[0]?.text).toBe('هذه الخطة ستساعد أكثر من مليون أسرة على مواجهة ارتفاع الأسعار');
  });

  it('lists the people, a family name alone counting as a mention, and nothing else', () => {
    expect(people(d)).toEqual([
      ['أحمد حسن', 'وزير الزراعة'],
      ['محمد علي', 'رئيس اتحاد الفلاحين'],
      ['سارة إبراهيم', 'أستاذة الاقتصاد الزراعي بجامعة القاهرة'],
    ]);
    expect(d.facts.people[0]?.mentions).toBe(2);
  });

  it('reads scales after the number, Arabic currency words and "في المئة"', () => {
    expect(figures(d)).toEqual([
      ['500 مليون جنيه', 'money', 500e6, 'EGP'],
      ['ثلاث محافظات', 'count', 3, null],
      ['40 في المئة', 'percent', 40, '%'],
      ['2.5 مليار جنيه', 'money', 2.5e9, 'EGP'],
    ]);
  });

  it('resolves "يوم الاثنين" against the publish date and reads "15 مارس 2024"', () => {
    expect(d.facts.dates.map((x) => [x.text, x.iso])).toEqual([
      ['الاثنين', '2024-05-06'],
      ['15 مارس 2024', '2024-03-15'],
    ]);
  });
});

describe('Arabic: the airline article (Arabic-Indic digits, Levantine months)', () => {
  const d = digest('airline-results');

  it('follows a role back to its holder and a bare verb back to the last speaker', () => {
    expect(quoteSpeakers(d)).toEqual([
      ['تيم كلارك', 'الرئيس التنفيذي للشركة'],
      ['تيم كلارك', 'الرئيس التنفيذي للشركة'], // «…»، أضاف كلارك
      ['ليلى الحمادي', 'وزيرة الاقتصاد الإماراتية'],
      ['ليلى الحمادي', 'وزيرة الاقتصاد الإماراتية'], // وأضافت الوزيرة: «…»
      ['سامي يوسف', 'المحلل الاقتصادي'], // وبحسب المحلل الاقتصادي الدكتور سامي يوسف، فإن "…"
      ['سامي يوسف', 'المحلل الاقتصادي'], // وتابع: «…»
    ]);
    expect(d.facts.people.map((p) => [p.name, p.mentions])).toEqual([['تيم كلارك', 3], ['ليلى الحمادي', 1], ['سامي يوسف', 1]]);
  });

  it('reads Arabic-Indic digits with the Arabic decimal mark and keeps them as written', () => {
    expect(figures(d)).toEqual([
      ['١٧٫٢ مليار درهم', 'money', 17.2e9, 'AED'],
      ['٢٥٪', 'percent', 25, '%'],
      ['٥٣٫٧ مليون مسافر', 'count', 53.7e6, null],
      ['١٥ طائرة', 'count', 15, null],
      ['١٣ في المئة', 'percent', 13, '%'],
      ['٣ مليارات دولار أمريكي', 'money', 3e9, 'USD'],
      ['١٠٪', 'percent', 10, '%'],
      ['٥٫٥ مليار درهم', 'money', 5.5e9, 'AED'],
    ]);
  });

  it('reads relative days, weekdays and both calendars\' month names', () => {
    expect(d.facts.dates.map((x) => [x.text, x.iso, x.mentions])).toEqual([
      ['الأربعاء', '2024-05-08', 2], // "أمس الأربعاء": yesterday and Wednesday are one day
      ['أبريل ٢٠٢٣', '2023-04', 1],
      ['مارس ٢٠٢٤', '2024-03', 1],
      ['كانون الأول ٢٠٢٥', '2025-12', 1],
      ['٢٠٢٠', '2020', 1],
    ]);
  });
});

describe('Arabic: anonymous sources and organisations are nobody', () => {
  const d = digest('lebanon-imf');

  it('leaves a source "مصدر مطلع" unnamed and finds the named ones', () => {
    expect(quoteSpeakers(d)).toEqual([
      [null, null], // وقال مصدر مطلع على المفاوضات لرويترز: "…"
      ['نجيب ميقاتي', 'رئيس الوزراء'],
      ['جاد شعبان', 'الخبير الاقتصادي'],
      ['إيمانويل ماكرون', 'الرئيس الفرنسي'], // the family name alone in "وقال ماكرون"
      ['إبراهيم منيمنة', 'النائب في البرلمان اللبناني'],
    ]);
  });

  it('takes no ministry, official or source for a person', () => {
    expect(d.facts.people.map((p) => p.name).sort()).toEqual(['إبراهيم منيمنة', 'إيمانويل ماكرون', 'جاد شعبان', 'نجيب ميقاتي'].sort());
  });

  it('reads "بالمئة", a trailing "%", number words before a scale and "بـ55"', () => {
    expect(figures(d)).toEqual([
      ['ثلاثة مليارات دولار', 'money', 3e9, 'USD'],
      ['95 بالمئة', 'percent', 95, '%'],
      ['200%', 'percent', 200, '%'],
      ['90 مليار دولار', 'money', 90e9, 'USD'],
      ['18 مليار دولار', 'money', 18e9, 'USD'],
      ['55 مليار دولار', 'money', 55e9, 'USD'],
      ['100 مليار دولار', 'money', 100e9, 'USD'],
      ['150%', 'percent', 150, '%'],
    ]);
  });
});

describe('Arabic: honorifics, compound names and a role held somewhere', () => {
  const d = digest('riyadh-visit');

  it('keeps "الأمير" out of the role, joins "عبد العزيز" and "بن", and reads "الباحث في مركز …"', () => {
    expect(people(d)).toEqual([
      ['أنتوني بلينكن', 'وزير الخارجية الأمريكي'],
      ['مارغريت ماكليود', 'المتحدثة باسم وزارة الخارجية الأمريكية'],
      ['عبد العزيز صقر', 'الباحث في مركز الخليج للأبحاث'],
      ['محمد بن سلمان', 'ولي العهد السعودي'],
      ['جو بايدن', 'الرئيس الأمريكي'],
    ]);
  });

  it('gives an agency\'s report no speaker', () => {
    // The second McLeod quotation is a partial one ("وأضافت ماكليود … أن الزيارة تأتي في «توقيت بالغ الأهمية»").
    expect(d.quotes.map((q) => q.speaker)).toEqual([null, 'أنتوني بلينكن', 'مارغريت ماكليود', 'مارغريت ماكليود', 'عبد العزيز صقر']);
  });
});

describe('Arabic: a verb without a named subject', () => {
  it('goes back to the last speaker of the verb\'s gender', () => {
    const paragraphs = [
      'وقالت وزيرة التضامن نيفين القباج في مؤتمر صحفي: «سنضاعف عدد المستفيدين من برنامج الدعم النقدي».',
      'من جهته، قال وزير المالية محمد معيط إن "الموازنة تتحمل هذه الزيادة دون عجز إضافي".',
      'وأضافت أن "البرنامج سيصل إلى خمسة ملايين أسرة بحلول نهاية العام".',
      'وتابع: «لن نرفع الضرائب على الدخل المحدود».',
    ];
    expect(analyzeArticle({ paragraphs }).quotes.map((q) => q.speaker)).toEqual(['نيفين القباج', 'محمد معيط', 'نيفين القباج', 'محمد معيط']);
  });
});

describe('Arabic figures and dates in single sentences', () => {
  const facts = (t: string) => analyzeArticle({ paragraphs: [t], lang: 'ar', published: PUBLISHED }).facts;

  it('Arabic-Indic and Persian digits, the thousands mark ٬ and the percent sign written first', () => {
    const f = facts('وصل ٢٬٥٠٠ شخص، وارتفعت الأسعار بنسبة %12.5 بينما خصصت الحكومة بـ۳۰۰ مليون دينار كويتي للدعم.');
    expect(f.figures.map((x) => [x.text, x.kind, x.value, x.unit ?? null])).toEqual([
      ['٢٬٥٠٠ شخص', 'count', 2500, null],
      ['%12.5', 'percent', 12.5, '%'],
      ['۳۰۰ مليون دينار كويتي', 'money', 300e6, 'KWD'],
    ]);
  });

  it('a dinar without its country keeps its name; a pound sterling is not Egyptian', () => {
    const f = facts('دفعت الشركة 40 ألف دينار، وتلقت 12 مليون جنيه إسترليني.');
    expect(f.figures.map((x) => [x.value, x.unit])).toEqual([[40e3, 'دينار'], [12e6, 'GBP']]);
  });

  it('Levantine months, a weekday with its date and "غداً" with its vowel mark', () => {
    const f = facts('عقد الاجتماع يوم الاثنين، 6 أيار 2024، ويستأنف في ١٥ كانون الثاني ٢٠٢٥، على أن يصدر القرار غداً.');
    expect(f.dates.map((x) => [x.text, x.iso])).toEqual([
      ['الاثنين، 6 أيار 2024', '2024-05-06'],
      ['١٥ كانون الثاني ٢٠٢٥', '2025-01-15'],
      ['غدا', '2024-05-10'],
    ]);
  });
});

describe('other scripts written in Arabic letters', () => {
  it('Persian is told from Arabic and summarised without Arabic word lists', () => {
    const paragraphs = [
      'تهران - وزیر امور خارجه ایران روز دوشنبه گفت: «ما آماده مذاکره هستیم و پیشنهادهای جدیدی داریم.»',
      'او افزود که ۲۰ درصد از ذخایر تحت نظارت است و جلسه بعدی در هفته آینده برگزار می‌شود.',
      'به گفته سخنگوی دولت، بودجه سال آینده افزایش خواهد یافت و کارشناسان آن را بررسی می‌کنند.',
    ];
    const d = analyzeArticle({ paragraphs, lang: 'fa' });
    expect(d.lang).toBe('fa');
    expect(d.langSource).toBe('page+text');
    expect(digestProblems(d, paragraphs)).toEqual([]);
    expect(d.summary.length).toBeGreaterThan(0);
    expect(d.facts.people).toEqual([]);
    // A Persian page mislabelled as Arabic is still read as Persian.
    expect(analyzeArticle({ paragraphs, lang: 'ar' }).lang).toBe('fa');
  });
});
