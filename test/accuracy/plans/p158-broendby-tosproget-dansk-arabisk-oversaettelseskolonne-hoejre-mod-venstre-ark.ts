// Brøndby (held out, thirty-eighth round): a BILINGUAL PLAN, Danish and Arabic. The parent-coach
// effort hands its plan to the parents too, so the coordinator keeps an Arabic translation beside
// the Danish: the plan sheet "Handleplan" has "Aktivitet" and "النشاط (arabisk)" side by side, the
// header on two rows (Danish in row 4, Arabic in row 5, and "Frist / الموعد النهائي" merged over
// both), some activities not translated (internal ones), and two information rows for the parents
// in Arabic only between the activities (one merged across the row, one in the Arabic column
// alone), each with a date, a time or a phone number. Statuses are Danish only, the responsible
// names written in Danish. The cover labels are bilingual ("Kommune / البلدية"). A tab "Invitation
// (arabisk)" is set right to left and holds the Arabic invitation to the parents' meeting. The
// Arabic texts carry the direction marks that Arabic keyboards and copy-paste leave (RLM U+200F at
// the start, LRM U+200E around Latin names and numbers, an embedding U+202B…U+202C and an isolate
// U+2066…U+2069): none of their numbers is a CPR number (phone numbers, dates, times, Arabic-Indic
// digits), so the workbook must not be refused. The checklist is Danish, with one comment in
// Arabic. Corps on a sheet of its own. LibreOffice (flat ODS).
//
// A careful reader reads the Danish columns as the plan: the activity is the Danish text alone (the
// Arabic beside it is its translation, not part of it, nor a second activity), the Arabic header row
// and the Arabic-only rows for the parents are no activities, the right-to-left invitation holds
// none, and the Arabic comment is read as written (the invisible marks are no part of what one
// reads; kept, it is just as right), never cut or turned about.

import type { Value } from '../build/model';
import { PlanBuilder, type Exp } from '../build/plan';
import { DMY_DOT, HEAD, ITALIC, TITLE, WRAP } from './common';
import { corpsSheet } from './departments';
import { SEED_QUESTIONS } from './checklist-seed';
import { at, coverPairs } from './round24';

/** Unicode direction marks as Arabic text carries them. */
const RLM = '\u200F';
const LRM = '\u200E';
const RLE = '\u202B';
const PDF = '\u202C';
const LRI = '\u2066';
const PDI = '\u2069';

interface Row {
  readonly tema: string;
  readonly theme: Exp;
  readonly akt: string;
  /** The Arabic translation ('' where the activity is internal and not translated). */
  readonly ar: string;
  readonly ans: string;
  readonly start?: string;
  /** An ISO date, or a time as written. */
  readonly frist: string;
  readonly deadline: string;
  readonly status: string;
  readonly x: Exp;
  readonly note?: string;
  /** An information row for the parents after this activity: merged across, or in the Arabic column alone. */
  readonly info?: { readonly text: string; readonly merged: boolean };
}

const ROWS: readonly Row[] = [
  { tema: 'Kommunikation', theme: 'communication', akt: 'Informationsmøde for forældre om forældrecoaching',
    ar: `${RLM}لقاء إعلامي للأهالي حول إرشاد الأهالي`, ans: 'Louise Dam', start: '2026-08-17', frist: '2026-09-10', deadline: '2026-09-10', status: 'Gennemført', x: 'done', note: '23 forældre deltog' },
  { tema: 'Kommunikation', theme: 'communication', akt: 'Folder om forældrecoaching på dansk og arabisk',
    ar: `${RLM}كتيّب عن إرشاد الأهالي بالدنماركية والعربية`, ans: 'Karim Saleh', frist: '2026-09-30', deadline: '2026-09-30', status: 'Gennemført', x: 'done', note: 'Trykt i 300 eksemplarer',
    info: { merged: true, text: `${RLM}معلومة للأهالي: اللقاء القادم يوم ${LRM}12.11.2026${LRM} الساعة 17:00 في ${LRI}Brøndby Strand Skole${PDI}` } },
  { tema: 'Inddragelse', theme: 'involvement', akt: 'Forældrecafé hver anden onsdag i Brøndby Strand',
    ar: `${RLM}مقهى الأهالي كل أسبوعين يوم الأربعاء في ${LRM}Brøndby Strand${LRM}`, ans: 'Karim Saleh', start: '2026-09-02', frist: '2026-12-16', deadline: '2026-12-16', status: 'I gang', x: 'in_progress', note: 'Tolk deltager' },
  { tema: 'Opkvalificering', theme: 'upskilling', akt: 'Kursus for forældrecoaches i kultursensitiv vejledning',
    ar: `${RLM}دورة لمرشدي الأهالي في الإرشاد المراعي للثقافات`, ans: 'Hanne Vestergaard', frist: '2026-10-28', deadline: '2026-10-28', status: 'Gennemført', x: 'done' },
  { tema: 'Organisering, roller og ansvar', theme: 'organisation_roles', akt: 'Aftale om tolkebistand ved samtaler med forældre',
    ar: `${RLM}اتفاقية بشأن خدمات الترجمة الفورية في المقابلات مع الأهالي`, ans: 'Louise Dam', frist: '2026-10-15', deadline: '2026-10-15', status: 'Gennemført', x: 'done', note: 'Rammeaftale med tolkebureauet' },
  // Internal: not translated.
  { tema: 'Arbejdsproces og kultur', theme: 'process_culture', akt: 'Fast sparring mellem forældrecoaches og sagsbehandlere',
    ar: '', ans: 'Hanne Vestergaard', start: '2026-09-01', frist: '2026-12-18', deadline: '2026-12-18', status: 'I gang', x: 'in_progress', note: 'Hver anden torsdag',
    info: { merged: false, text: `${RLM}للاستفسار اتصلوا بمنسقة المشروع على الرقم ${LRM}43 28 23 00${LRM} من الاثنين إلى الخميس` } },
  { tema: 'Inddragelse', theme: 'involvement', akt: 'Dialogmøde med forældre om skolestart',
    ar: `${RLE}لقاء حواري مع الأهالي حول بدء الدراسة${PDF}`, ans: 'Karim Saleh', frist: '2026-11-12', deadline: '2026-11-12', status: 'I gang', x: 'in_progress', note: 'Invitation sendt på arabisk og dansk' },
  { tema: 'Ledelse', theme: 'leadership', akt: 'Status til styregruppen om forældrecoaching',
    ar: '', ans: 'Per Holm', frist: '2026-11-26', deadline: '2026-11-26', status: 'Ikke startet', x: 'not_started' },
  // ISO week 48 of 2026 ends on Sunday 29 November.
  { tema: 'Opfølgning på dokumentation', theme: 'documentation', akt: 'Registrering af forældreforløb i dokumentationsplatformen',
    ar: '', ans: 'Louise Dam', frist: 'uge 48', deadline: '2026-11-29', status: 'I gang', x: 'in_progress' },
  { tema: 'Kommunikation', theme: 'communication', akt: 'Oversættelse af samtykkeerklæringen til arabisk',
    ar: `${RLM}ترجمة إقرار الموافقة إلى اللغة العربية`, ans: 'Karim Saleh', frist: '2026-12-04', deadline: '2026-12-04', status: 'Ikke startet', x: 'not_started' },
  { tema: 'Evaluering og tilpasning', theme: 'evaluation', akt: 'Evaluering med forældrene (spørgeskema på dansk og arabisk)',
    ar: `${RLM}تقييم مع الأهالي (استبيان بالدنماركية والعربية)`, ans: 'Hanne Vestergaard', frist: '2026-12-15', deadline: '2026-12-15', status: 'Ikke startet', x: 'not_started' },
  { tema: 'Opkvalificering', theme: 'upskilling', akt: 'Netværksmøde med frivillige brobyggere',
    ar: `${RLM}اجتماع شبكة مع الوسطاء المتطوعين`, ans: 'Louise Dam', frist: '2026-12-09', deadline: '2026-12-09', status: 'Ikke startet', x: 'not_started' },
]; // prettier-ignore

const d = (iso: string): Value => ({ date: iso });
const isIso = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s);

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p158-broendby-tosproget-dansk-arabisk-oversaettelseskolonne-hoejre-mod-venstre-ark',
    'libreoffice-fods',
    'Brøndby: a plan in Danish and Arabic for the parents: "Aktivitet" and "النشاط (arabisk)" side by side, the header on two rows (Danish, then Arabic; "Frist / الموعد النهائي" merged over both), some activities untranslated, two Arabic-only information rows for the parents between activities, bilingual cover labels, a right-to-left tab "Invitation (arabisk)" with the invitation text; direction marks (RLM, LRM, an embedding and an isolate) around dates, times and a phone number, none a CPR number; statuses and names Danish; the checklist Danish with one comment in Arabic.',
    [
      'bilingual-danish-arabic',
      'translation-column-beside-activity',
      'header-on-two-rows-two-languages',
      'bilingual-header-cell-merged-down',
      'arabic-only-information-rows',
      'untranslated-rows',
      'bilingual-cover-labels',
      'right-to-left-sheet',
      'direction-marks-around-numbers',
      'arabic-indic-digits',
      'checklist-comment-in-arabic',
    ],
  );

  // --- Forside (labels in both languages) -------------------------------------------------------------
  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 26).width(2, 34);
  f.set('A1', 'Forældrecoaching i Brøndby Kommune / إرشاد الأهالي في بلدية بروندبي', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune / البلدية', 'Brøndby Kommune', 'municipality', '153'],
    ['Periode / الفترة', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase / المرحلة', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator / المنسقة', 'Louise Dam', 'coordinator'],
    ['Leder / المدير', 'Per Holm', 'leader'],
  ]);
  f.set('A9', 'Planen deles med forældrene – derfor står aktiviteterne også på arabisk.', ITALIC);

  // --- Handleplan ---------------------------------------------------------------------------------------
  const S = 'Handleplan';
  const s = p.sheet(S);
  const x = at(S);
  s.width(1, 24).width(2, 44).width(3, 44).width(4, 18).width(5, 12).width(6, 14).width(7, 13).width(8, 32);
  s.set('A1', 'Handleplan – forældrecoaching 2026 / خطة العمل – إرشاد الأهالي', TITLE);
  s.set('A2', 'Den arabiske oversættelse står i kolonne C / الترجمة العربية في العمود C', ITALIC);
  s.row('A4', ['Tema', 'Aktivitet', 'النشاط (arabisk)', 'Ansvarlig', 'Start'], HEAD);
  s.set('F4', 'Frist / الموعد النهائي', HEAD).merge('F4:F5');
  s.row('G4', ['Status', 'Bemærkning'], HEAD);
  s.row('A5', ['المحور', 'النشاط', 'الترجمة العربية', 'المسؤول', 'البداية'], HEAD);
  s.row('G5', ['الحالة', 'ملاحظات'], HEAD);
  p.notActivity(S, 5, 'the header again in Arabic (a second header row)');
  let r = 6;
  for (const row of ROWS) {
    s.set(`A${r}`, row.tema)
      .set(`B${r}`, row.akt, WRAP)
      .set(`D${r}`, row.ans)
      .set(`F${r}`, isIso(row.frist) ? { v: d(row.frist), s: DMY_DOT } : row.frist)
      .set(`G${r}`, row.status);
    if (row.ar) s.set(`C${r}`, row.ar, WRAP);
    if (row.start) s.set(`E${r}`, { v: d(row.start), s: DMY_DOT });
    if (row.note) s.set(`H${r}`, row.note, WRAP);
    p.activity(S, r, {
      theme: x(row.theme, `A${r}`),
      activity: x(row.akt, `B${r}`),
      status: x(row.x, `G${r}`),
      start: x(row.start ?? null, `E${r}`),
      deadline: x(row.deadline, `F${r}`),
      responsible: x(row.ans, `D${r}`),
    });
    r++;
    if (row.info) {
      if (row.info.merged) s.set(`B${r}`, row.info.text, { italic: true, wrap: true }).merge(`B${r}:H${r}`);
      else s.set(`C${r}`, row.info.text, { italic: true, wrap: true });
      p.notActivity(S, r, 'an information row for the parents in Arabic only, not an activity');
      r++;
    }
  }

  // --- The invitation, right to left ----------------------------------------------------------------------
  const I = 'Invitation (arabisk)';
  const inv = p.sheet(I);
  inv.rightToLeft = true;
  inv.width(1, 80);
  const lines: readonly string[] = [
    'دعوة إلى لقاء الأهالي',
    '',
    `${RLM}أعزاءنا الأهالي،`,
    `${RLE}ندعوكم إلى لقاء حواري حول بدء الدراسة يوم الخميس ${LRM}12.11.2026${LRM} من الساعة 17:00 إلى 19:00.${PDF}`,
    `${RLM}الموعد بالأرقام العربية: الخميس ١٢/١١/٢٠٢٦ الساعة ١٧:٠٠`,
    `${RLM}المكان: ${LRI}Brøndby Strand Skole${PDI}، القاعة الكبيرة.`,
    `${RLM}سيكون هناك مترجم فوري وطعام خفيف للجميع.`,
    `${RLM}للتسجيل اتصلوا بكريم على الرقم ${LRM}+45 43 28 23 00${LRM} قبل ${LRM}5.11.2026${LRM}.`,
    `${RLM}أو بالبريد الإلكتروني: ${LRM}foraeldrecoach@brondby.dk${LRM}`,
    '',
    `${RLM}مع أطيب التحيات،`,
    `${RLM}لويز دام، منسقة المشروع`,
  ];
  lines.forEach((line, i) => {
    if (line) inv.set(`A${i + 1}`, line, i === 0 ? TITLE : WRAP);
  });
  p.notActivity(I, 4, 'the Arabic invitation to the parents (its meeting is activity 7 of the plan)');

  // --- Huskeliste (Danish, one comment in Arabic) ---------------------------------------------------------
  const H = 'Huskeliste';
  const arComment = 'الأهالي يطلبون المعلومات بالعربية أيضاً – الكتيّب جاهز منذ 30.09.2026';
  const marked = `${RLM}الأهالي يطلبون المعلومات بالعربية أيضاً – الكتيّب جاهز منذ ${LRM}30.09.2026${LRM}`;
  const answers: Readonly<Record<string, 'Ja' | 'Delvist' | 'Nej'>> = {
    F1: 'Ja', F2: 'Ja', F3: 'Delvist', F4: 'Ja', F5: 'Ja', F6: 'Delvist', F7: 'Ja',
    L1: 'Ja', L2: 'Delvist', L3: 'Ja', L4: 'Delvist', L5: 'Ja', L6: 'Delvist', L7: 'Delvist', L8: 'Ja',
  }; // prettier-ignore
  const ID: Record<'Ja' | 'Delvist' | 'Nej', 'yes' | 'partly' | 'no'> = {
    Ja: 'yes',
    Delvist: 'partly',
    Nej: 'no',
  };
  const h = p.sheet(H);
  h.row('A1', ['Nr.', 'Spørgsmål', 'Svar', 'Bemærkning'], HEAD);
  h.width(2, 70).width(4, 40);
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const row = i + 2;
    const a = answers[id]!;
    // L7's comment as typed, with the marks an Arabic keyboard leaves: read without them (kept, just as right).
    const comment = id === 'L7' ? marked : undefined;
    h.row(`A${row}`, [id, q, a, comment]);
    p.answer(id, ID[a], H, `C${row}`, comment ? { v: arComment, alt: [marked], cell: `D${row}` } : undefined);
  });
  p.sheet(H).set('A18', 'Kommentaren til L7 er skrevet af Karim Saleh.', ITALIC);

  corpsSheet(p, 'Korps', [
    ['KS', 'parent_coach', 'Familieafdelingen', 12, 6],
    ['HV', 'parent_coach', 'Familieafdelingen', 10, 5],
    ['AM', 'both', 'Ungdomsskolen', 8, 4],
    ['ST', 'mentor', 'Skoleafdelingen', 6, 3],
  ]);
  return p;
}
