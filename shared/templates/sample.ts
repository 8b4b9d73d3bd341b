import type { WorkshopBundle } from '../model/bundle';
import type { LaneKind, Lens, RequirementType, Sticky } from '../model/board';
import type { GroupId } from '../model/common';
import type { Id, IdPrefix } from '../lib/ids';
import { ordersBetween } from '../lib/order';
import { buildWorkshop } from './build';
import { CATS_AND_DOGS } from './cats-and-dogs';
import { isLanguage, type LanguageCode } from '../i18n';

export const SAMPLE_WORKSHOP_ID = 'workshop:sample-nothere' as Id<'workshop'>;
const SHIPPED_AT = '2026-01-05T09:00:00.000Z';

interface SampleSticky {
  kind: LaneKind;
  by: 'dev' | 'ops';
  text: string;
  type?: RequirementType;
  lens?: Lens;
}

interface Person {
  name: string;
  role: string;
}

/** The sample told in one language: the case in our own words, facts only, and its stickies. */
interface SampleContent {
  title: string;
  location: string;
  goal: string;
  chair: string;
  facilitator: string;
  groups: readonly [string, string];
  participants: readonly [readonly Person[], readonly Person[]];
  caseText: string;
  stickies: readonly SampleSticky[];
}

const SAMPLE_EN: SampleContent = {
  title: 'NotHere, Inc.: Making Cats Work with Dogs',
  location: 'Jerusalem, main conference room',
  goal: 'Delivery over Development: agree how Dev and Ops will cut the time it takes to deliver service to our retailers.',
  chair: 'The CEO',
  facilitator: 'Workshop facilitator',
  groups: ['Dev', 'Ops'],
  participants: [
    [
      { name: 'Dana', role: 'CTO' },
      { name: 'Yoni', role: 'Team lead' },
      { name: 'Maya', role: 'Test lead' },
    ],
    [
      { name: 'Avi', role: 'CIO' },
      { name: 'Noa', role: 'Change manager' },
      { name: 'Eli', role: 'On-call engineer' },
    ],
  ],
  caseText: [
    'NotHere, Inc. is a Jerusalem-based company, about $500M in size, whose e-commerce platform and data centre give tens of thousands of small and medium retailers their whole online business: store fronts, shopping carts, orders, inventory, billing and marketing, with the big marketplaces and payment services connected through one partner.',
    'When the data centre is down, those retailers cannot sell. Operations therefore runs mature ITIL service support and delivery processes and holds availability at four nines (99.99%), which the company sells as a differentiator.',
    "Product management, development and test moved to Agile over the last two years, with real gains in code quality, productivity and time to produce code; those three figures are measured and drive the CTO's and marketing's evaluations.",
    'Turning fast development into fast delivery has failed so far: early attempts to extend continuous integration into continuous deployment caused availability incidents and audit findings. Dev is a competence culture and Ops a control culture, and a picture from Dev circles showing Ops "lagging behind" made the tension worse.',
    "The CEO wants Delivery over Development: the time to deliver service to the retailers is the only metric that matters, not either department's own. She asked Dev and Ops each to write its Outmodel of the other and the requirements it puts on the other, and she will chair a meeting where each presents and hears the other's reactions.",
    'Source: the case study "A Devops Case Study" by Israel Gat (The Agile Executive, 2010), retold here in our own words.',
  ].join('\n\n'),
  stickies: [
    { kind: 'outmodel', by: 'dev', text: 'Treats every change as a threat to the four nines.' },
    { kind: 'outmodel', by: 'dev', text: 'Decides by ITIL process and checklist, not by talking to us.' },
    { kind: 'outmodel', by: 'dev', text: 'Is rewarded for uptime, never for how fast retailers get what we built.' },
    { kind: 'outmodel', by: 'dev', text: 'Our finished releases wait a week for the change board.' },
    { kind: 'outmodel', by: 'ops', text: 'Is measured on velocity and time to code, not on what reaches retailers.' },
    { kind: 'outmodel', by: 'ops', text: 'Hands releases over with thin notes and no rollback plan.' },
    { kind: 'outmodel', by: 'ops', text: 'Their continuous deployment trial cost us outages and an audit finding.' },
    { kind: 'outmodel', by: 'ops', text: 'Values new tools and clever fixes over predictability.' },
    { kind: 'requirement', by: 'dev', text: 'Give us a self-service staging environment that matches production.', type: 'do-more', lens: 'automation' },
    { kind: 'requirement', by: 'dev', text: 'Stop requiring a manual sign-off for low-risk configuration changes.', type: 'do-less', lens: 'lean' },
    { kind: 'requirement', by: 'dev', text: 'Keep the four nines: our customers buy them too.', type: 'keep-doing', lens: 'measurement' },
    { kind: 'requirement', by: 'ops', text: 'Ship a runbook and a tested rollback with every release.', type: 'do-more', lens: 'sharing' },
    { kind: 'requirement', by: 'ops', text: 'Stop releasing late on Fridays without on-call cover.', type: 'do-less', lens: 'culture' },
    { kind: 'requirement', by: 'ops', text: 'Run deployments through the same pipeline, with automated checks we both trust.', type: 'do-more', lens: 'automation' },
    { kind: 'parking', by: 'ops', text: 'Who owns the audit trail once deployments are automated?' },
  ],
};

const SAMPLE_HE: SampleContent = {
  title: 'NotHere בע״מ: לגרום לחתולים לעבוד עם כלבים',
  location: 'ירושלים, חדר הישיבות הראשי',
  goal: 'אספקה לפני פיתוח: להסכים איך הפיתוח והתפעול יקצרו את הזמן שלוקח לספק שירות לקמעונאים שלנו.',
  chair: 'המנכ״לית',
  facilitator: 'מנחת הסדנה',
  groups: ['פיתוח', 'תפעול'],
  participants: [
    [
      { name: 'דנה', role: 'CTO' },
      { name: 'יוני', role: 'ראש צוות' },
      { name: 'מאיה', role: 'ראש צוות בדיקות' },
    ],
    [
      { name: 'אבי', role: 'CIO' },
      { name: 'נועה', role: 'מנהלת שינויים' },
      { name: 'אלי', role: 'מהנדס כוננות' },
    ],
  ],
  caseText: [
    'NotHere בע״מ היא חברה ירושלמית בהיקף של כ־500 מיליון דולר. פלטפורמת המסחר המקוון ומרכז הנתונים שלה נותנים לעשרות אלפי קמעונאים קטנים ובינוניים את כל העסק המקוון שלהם: חלונות ראווה, עגלות קניות, הזמנות, מלאי, חיוב ושיווק, כשהחיבור לשווקים הגדולים ולשירותי התשלום עובר דרך שותף אחד.',
    'כשמרכז הנתונים לא זמין, הקמעונאים האלה לא יכולים למכור. לכן התפעול מפעיל תהליכי ITIL בשלים לתמיכה ולאספקת שירות, ושומר על זמינות של ארבע תשיעיות (99.99%), שהחברה מוכרת כיתרון תחרותי.',
    'ניהול המוצר, הפיתוח והבדיקות עברו לאג׳ייל בשנתיים האחרונות, עם שיפור אמיתי באיכות הקוד, בפריון ובזמן עד לקוד מוכן; שלושת המדדים האלה נמדדים וקובעים את הערכת ה־CTO והשיווק.',
    'הפיכת פיתוח מהיר לאספקה מהירה נכשלה עד כה: ניסיונות ראשונים להרחיב אינטגרציה רציפה לפריסה רציפה גרמו לתקלות זמינות ולממצאי ביקורת. בפיתוח שוררת תרבות של מומחיות ובתפעול תרבות של שליטה, ותמונה שהסתובבה בחוגי הפיתוח והציגה את התפעול כ„מפגר מאחור” החריפה את המתח.',
    'המנכ״לית רוצה אספקה לפני פיתוח: הזמן עד שהשירות מגיע לקמעונאים הוא המדד היחיד שחשוב, לא המדדים של מחלקה זו או אחרת. היא ביקשה מהפיתוח ומהתפעול שכל אחד יכתוב את ה־Outmodel שלו על השני ואת הדרישות שלו ממנו, והיא תעמוד בראש פגישה שבה כל מחלקה תציג ותשמע את תגובות השנייה.',
    'מקור: חקר המקרה "A Devops Case Study" מאת ישראל גת (The Agile Executive, 2010), בסיפור מחדש במילים שלנו.',
  ].join('\n\n'),
  stickies: [
    { kind: 'outmodel', by: 'dev', text: 'מתייחסים לכל שינוי כאיום על ארבע התשיעיות.' },
    { kind: 'outmodel', by: 'dev', text: 'מחליטים לפי תהליך ITIL ורשימות תיוג, לא בשיחה איתנו.' },
    { kind: 'outmodel', by: 'dev', text: 'מתוגמלים על זמינות, אף פעם לא על כמה מהר קמעונאים מקבלים את מה שבנינו.' },
    { kind: 'outmodel', by: 'dev', text: 'גרסאות מוכנות שלנו מחכות שבוע לוועדת השינויים.' },
    { kind: 'outmodel', by: 'ops', text: 'נמדדים על מהירות וזמן עד קוד, לא על מה שמגיע לקמעונאים.' },
    { kind: 'outmodel', by: 'ops', text: 'מעבירים גרסאות עם הערות דלות ובלי תוכנית חזרה לאחור.' },
    { kind: 'outmodel', by: 'ops', text: 'ניסוי הפריסה הרציפה שלהם עלה לנו בהשבתות ובממצא ביקורת.' },
    { kind: 'outmodel', by: 'ops', text: 'מעדיפים כלים חדשים ופתרונות מתוחכמים על פני יציבות.' },
    { kind: 'requirement', by: 'dev', text: 'תנו לנו סביבת staging בשירות עצמי שזהה לייצור.', type: 'do-more', lens: 'automation' },
    { kind: 'requirement', by: 'dev', text: 'הפסיקו לדרוש אישור ידני לשינויי תצורה בסיכון נמוך.', type: 'do-less', lens: 'lean' },
    { kind: 'requirement', by: 'dev', text: 'שמרו על ארבע התשיעיות: גם הלקוחות שלנו קונים אותן.', type: 'keep-doing', lens: 'measurement' },
    { kind: 'requirement', by: 'ops', text: 'צרפו ספר הפעלה ותוכנית חזרה לאחור שנבדקה לכל גרסה.', type: 'do-more', lens: 'sharing' },
    { kind: 'requirement', by: 'ops', text: 'הפסיקו לשחרר גרסאות ביום חמישי בערב בלי כונן זמין.', type: 'do-less', lens: 'culture' },
    { kind: 'requirement', by: 'ops', text: 'העבירו את הפריסות דרך אותו צינור, עם בדיקות אוטומטיות ששנינו סומכים עליהן.', type: 'do-more', lens: 'automation' },
    { kind: 'parking', by: 'ops', text: 'מי אחראי על מסלול הביקורת כשהפריסות יהיו אוטומטיות?' },
  ],
};

const SAMPLES: Record<LanguageCode, SampleContent> = { en: SAMPLE_EN, he: SAMPLE_HE };

/** The bundled sample in a language, exactly as shipped: fixed ids and times, so "Reset the sample" restores it. */
export function buildSampleWorkshop(language: string = 'en'): WorkshopBundle {
  const lang: LanguageCode = isLanguage(language) ? language : 'en';
  const sample = SAMPLES[lang];
  let counter = 0;
  const makeId = <P extends IdPrefix>(prefix: P) => (prefix === 'workshop' ? SAMPLE_WORKSHOP_ID : `${prefix}:sample-${++counter}`) as Id<P>;
  const [devStyle, opsStyle] = CATS_AND_DOGS.groups;
  const bundle = buildWorkshop(
    CATS_AND_DOGS,
    {
      title: sample.title,
      date: '2026-03-12',
      location: sample.location,
      goal: sample.goal,
      chair: sample.chair,
      facilitator: sample.facilitator,
      language: lang,
      confidentiality: 'anonymised',
      groups: [
        { name: sample.groups[0], colour: devStyle!.colour, mark: devStyle!.mark, participants: [...sample.participants[0]] },
        { name: sample.groups[1], colour: opsStyle!.colour, mark: opsStyle!.mark, participants: [...sample.participants[1]] },
      ],
    },
    { now: SHIPPED_AT, makeId },
  );
  bundle.workshop.caseText = sample.caseText;
  bundle.workshop.sample = true;
  const [dev, ops] = bundle.groups as [(typeof bundle.groups)[0], (typeof bundle.groups)[0]];
  dev.cultureSelfLabel = 'competence';
  ops.cultureSelfLabel = 'control';
  const groupOf = (by: 'dev' | 'ops'): [GroupId, GroupId] => (by === 'dev' ? [dev.id, ops.id] : [ops.id, dev.id]);
  const orders = ordersBetween(null, null, sample.stickies.length);
  bundle.stickies = sample.stickies.map((s, i): Sticky => {
    const [author, subject] = groupOf(s.by);
    return {
      id: makeId('sticky'),
      workshopId: SAMPLE_WORKSHOP_ID,
      kind: s.kind,
      authorGroupId: author,
      subjectGroupId: s.kind === 'parking' ? null : subject,
      order: orders[i]!,
      text: s.text,
      authorName: null,
      clusterId: null,
      requirementType: s.type ?? null,
      lens: s.lens ?? null,
      parkingOwner: null,
      followUpDate: null,
      questions: '',
      createdAt: SHIPPED_AT,
      updatedAt: SHIPPED_AT,
    };
  });
  return bundle;
}
