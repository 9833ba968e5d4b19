// Rules found by held-out round 38 (p157–p158: one sheet per person beside a joint sheet; a plan in
// Danish and Arabic), each on a probe of one habit built here with SheetJS or by hand, never the
// round's plans.

import { inspectBytes } from '../../../core/inspect';
import { latinLabel } from '../../../core/structure/cover';
import { WorkbookModel } from '../../accuracy/build/model';
import { mojibake } from '../../accuracy/plans/p151-koebenhavn-mojibake-utf8-laest-som-cp1252';
import { toXlsx } from '../../accuracy/build/xlsx';
import { checkedAt, COVER, inspectSheetjs, TODAY, type Inspected } from '../../fixtures/sheetjs';

const activitiesOf = (r: Inspected) => r.structure.draft.activities;
const who = (r: Inspected) => activitiesOf(r).map((a) => `${a.source.sheet}:${a.values.responsible ?? '—'}`);

// --- One sheet per person beside a joint sheet with its own responsible column -------------------

const OWN = ['Tema', 'Aktivitet', 'Frist', 'Status'];
const JOINT = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];
const ANNE = [
  OWN,
  ['Ledelse', 'Styregruppemøde om mål', '15.03.2027', 'I gang'],
  ['Opkvalificering', 'LAT-kursus for nye mentorer', '30.04.2027', 'Ikke startet'],
];
const BO = [OWN, ['Kommunikation', 'Nyhedsbrev til forældre', '31.05.2027', 'Gennemført']];
const FAELLES = [JOINT, ['Inddragelse', 'Dialogmøde med unge og forældre', 'Alle', '20.06.2027', 'I gang']];
/** An overview counting each person's activities: it lists the sheets beside a value. */
const OVERVIEW = [
  ['Person', 'Antal'],
  ['Anne', 2],
  ['Bo K.', 1],
  ['Fælles', 1],
];

describe('one sheet per person (no responsible column) beside a joint sheet that has one', () => {
  test("each person's sheet names the responsible of its rows, the joint sheet's column its own, checked", () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Oversigt', OVERVIEW],
      ['Fælles', FAELLES],
      ['Anne', ANNE],
      ['Bo K.', BO],
    ]);
    expect(who(r)).toEqual(['Fælles:Alle', 'Anne:Anne', 'Anne:Anne', 'Bo K.:Bo K.']);
    expect(checkedAt(r, 'Anne', 'A1')).toBe(true);
    expect(checkedAt(r, 'Bo K.', 'A1')).toBe(true);
  });

  test('sheets the workbook lists nowhere give no responsible', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Fælles', FAELLES],
      ['Anne', ANNE],
      ['Bo K.', BO],
    ]);
    expect(who(r)).toEqual(['Fælles:Alle', 'Anne:—', 'Anne:—', 'Bo K.:—']);
  });

  test('as many sheets with a responsible column as without: no sheet is read as an owner', () => {
    const other = [
      JOINT,
      ['Evaluering og tilpasning', 'Midtvejsevaluering', 'Per Holm', '30.06.2027', 'Ikke startet'],
    ];
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Oversigt', [...OVERVIEW, ['Plan 2', 1]]],
      ['Fælles', FAELLES],
      ['Plan 2', other],
      ['Anne', ANNE],
      ['Bo K.', BO],
    ]);
    expect(who(r).filter((w) => w.startsWith('Anne') || w.startsWith('Bo'))).toEqual([
      'Anne:—',
      'Anne:—',
      'Bo K.:—',
    ]);
  });
});

// --- The header again in another script under it ------------------------------------------------

const HEAD = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];
const HEAD_AR = ['المحور', 'النشاط', 'المسؤول', 'الموعد النهائي', 'الحالة'];
const ROWS = [
  ['Kommunikation', 'Informationsmøde for forældre', 'Louise Dam', '10.09.2027', 'Gennemført'],
  ['Inddragelse', 'Forældrecafé hver anden onsdag', 'Karim Saleh', '15.12.2027', 'I gang'],
];

describe('a header written again in Arabic (or Cyrillic) in the row under it', () => {
  test("is the header's second row, not an activity", () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Handleplan', [['Handleplan / خطة العمل'], [], HEAD, HEAD_AR, ...ROWS]],
    ]);
    expect(activitiesOf(r).map((a) => a.source.row)).toEqual([5, 6]);
    expect(activitiesOf(r).map((a) => a.values.activity)).toEqual([
      'Informationsmøde for forældre',
      'Forældrecafé hver anden onsdag',
    ]);
  });

  test('in a hand-built package with the sheet right to left and Cyrillic too', () => {
    const wb = new WorkbookModel();
    wb.sheet('Forside').row('A1', ['Kommune', 'Vejle']).row('A2', ['Periode', '1. halvår 2027']);
    const s = wb.sheet('Plan');
    s.row('A1', HEAD).row('A2', ['Тема', 'Мероприятие', 'Ответственный', 'Срок', 'Статус']);
    ROWS.forEach((row, i) => s.row(`A${3 + i}`, row));
    const r = inspectBytes(toXlsx(wb), { today: TODAY });
    expect(activitiesOf(r).map((a) => a.source.row)).toEqual([3, 4]);
  });

  test('a first row in another script over rows in that script too is data, not a header', () => {
    const allArabic = ['المحور', 'لقاء إعلامي للأهالي', 'لويز دام', 'الموعد', 'الحالة'];
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Handleplan', [HEAD, allArabic, ['التواصل', 'مقهى الأهالي', 'كريم', 'الموعد', 'الحالة'], ...ROWS]],
    ]);
    expect(activitiesOf(r).map((a) => a.source.row)).toContain(2);
  });
});

// --- Cover labels in two scripts ---------------------------------------------------------------------

describe('a cover label in two languages of two scripts', () => {
  test('its part in Latin letters is the label', () => {
    expect(latinLabel('Fase / المرحلة')).toBe('Fase');
    expect(latinLabel('Leder (المدير):')).toBe('Leder');
    expect(latinLabel('Koordinator\nКоординатор')).toBe('Koordinator');
    expect(latinLabel('Koordinator')).toBeUndefined();
    expect(latinLabel('المنسقة')).toBeUndefined();
  });

  test('the phase, coordinator and leader are read beside such labels', () => {
    const r = inspectSheetjs([
      [
        'Forside',
        [
          ['Kommune / البلدية', 'Vejle Kommune'],
          ['Periode / الفترة', '1. halvår 2027'],
          ['Fase / المرحلة', 'Klargøring'],
          ['Koordinator / المنسقة', 'Louise Dam'],
          ['Leder (المدير)', 'Per Holm'],
        ],
      ],
      ['Plan', [HEAD, ...ROWS]],
    ]);
    const d = r.structure.draft;
    expect(d.phase).toBe('readiness');
    expect(d.coordinator?.name).toBe('Louise Dam');
    expect(d.leader?.name).toBe('Per Holm');
  });
});

// --- Controls for the CPR door: Arabic with direction marks around numbers that are no CPR --------

describe('Arabic text with direction marks and numbers that are no CPR number', () => {
  test('is not refused', () => {
    const RLM = '\u200F';
    const LRM = '\u200E';
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          HEAD,
          ...ROWS,
          [`${RLM}اتصلوا على الرقم ${LRM}+45 43 28 23 00${LRM} قبل ${LRM}5.11.2027${LRM}`],
          [`\u202Bاللقاء يوم ${LRM}12.11.2027${LRM} الساعة 17:00\u202C`],
          [`${RLM}المكان: \u2066Brøndby Strand Skole\u2069، الخميس ١٢/١١/٢٠٢٧`],
        ],
      ],
    ]);
    expect(r.issues.filter((i) => i.code === 'cpr_number')).toEqual([]);
  });
});

// --- Arabic letters in decomposed form, and Arabic read in the wrong character set ----------------

describe('Arabic text as other tools write it', () => {
  const plan = (activity: string) =>
    inspectSheetjs([
      ['Forside', COVER],
      ['Plan', [HEAD, ['Inddragelse', activity, 'Louise Dam', '10.09.2027', 'I gang']]],
    ]);
  const meant = 'Forældremøde – مقهى الأهالي حوار';

  test('with the hamza written as a combining mark (NFD) is read composed', () => {
    const nfd = meant.normalize('NFD');
    expect(nfd).not.toBe(meant);
    expect(activitiesOf(plan(nfd))[0]?.values.activity).toBe(meant);
  });

  test('saved as UTF-8 and opened as Windows-1252 is read as meant, a soft hyphen of the damage too', () => {
    // "ح" is D8 AD: read as "Ø" and a soft hyphen, which is a byte of the damage, not a hyphen.
    const damaged = mojibake(meant);
    expect(damaged).toContain('\u00ad');
    expect(activitiesOf(plan(damaged))[0]?.values.activity).toBe(meant);
  });
});
