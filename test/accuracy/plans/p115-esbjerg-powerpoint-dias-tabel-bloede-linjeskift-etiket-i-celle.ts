// Esbjerg (held out, twenty-first round: plans pasted from other Office programs and never typed
// again): the plan lived on the slides the coordinator shows the steering group, and the tables were
// copied from PowerPoint into Excel slide by slide. Every cell is a text box's text: PowerPoint's
// soft line breaks (Shift+Enter, the vertical tab U+000B, which Excel keeps as "_x000B_") in the
// middle of sentences, the slide's title as a row merged across each table ("Implementeringsplan
// 2. halvår 2026 (1/2)", then "(2/2)" over the header again), the title slide's text box as one cell
// of soft-broken lines (municipality, half-year, coordinator, leader, phase), cells that hold a
// field with its label ("Ansvarlig: Peter Juhl", "Frist: uge 36", "Status: I gang") beside bare
// ones, and the readiness slide's answers and the corps slide's roles broken the same way. SheetJS.

import { PlanBuilder, unsure, type Exp, type TableRow } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';

/** PowerPoint's soft line break (Shift+Enter). */
const VT = '\u000b';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p115-esbjerg-powerpoint-dias-tabel-bloede-linjeskift-etiket-i-celle',
    'sheetjs',
    'Esbjerg: tables copied slide by slide from PowerPoint: soft line breaks (U+000B, "_x000B_") inside every text, a slide title merged over each table and the header repeated, the title slide as one cell of soft-broken lines, cells holding a field with its label ("Ansvarlig: …", "Frist: uge 36", "Status: I gang"), the readiness and corps slides broken the same way.',
    [
      'powerpoint-paste',
      'soft-line-breaks-vertical-tab',
      'slide-title-row-merged-over-table',
      'header-repeated-per-slide',
      'title-slide-as-one-cell',
      'field-label-in-responsible-cell',
      'field-label-in-deadline-cell',
      'field-label-in-status-cell',
      'week-without-year-in-label',
    ],
  );
  const S = 'Ark1';
  const s = p.sheet(S);
  s.width(1, 26).width(2, 40).width(3, 26).width(4, 18).width(5, 18);

  // The title slide's text box.
  s.set(
    'A1',
    [
      'Mentor- og forældrecoachkorpset',
      'Esbjerg Kommune',
      '2. halvår 2026',
      'Koordinator: Sara Holm',
      'Leder: Peter Juhl',
      'Fase: Klargøring',
    ].join(VT),
  );
  s.merge('A1:E1');
  p.fact('municipality', '561', S, 'A1');
  p.fact('period', '2026-H2', S, 'A1');
  p.fact('coordinator', 'Sara Holm', S, 'A1');
  p.fact('leader', 'Peter Juhl', S, 'A1');
  p.fact('phase', 'readiness', S, 'A1');

  const d = (iso: string) => ({ date: iso });
  const br = (...parts: string[]) => parts.join(VT);
  // [theme cell, theme, activity cell, activity, responsible cell, responsible, deadline cell, deadline, status cell, status]
  type R = [string, Exp, string, string, string, string, string | { date: string }, Exp, string, Exp];
  const slide1: R[] = [
    ['Ledelse', 'leadership', br('Styregruppemøde om', 'korpsets mål'), 'Styregruppemøde om korpsets mål', 'Ansvarlig: Peter Juhl', 'Peter Juhl', d('2026-08-27'), '2026-08-27', 'Gennemført', 'done'],
    ['Ledelse', 'leadership', br('Ledermøde om tid til', 'forløb i arbejdsplanerne'), 'Ledermøde om tid til forløb i arbejdsplanerne', 'Ansvarlig: Peter Juhl', 'Peter Juhl', 'Frist: uge 36', '2026-09-06', 'Status: Gennemført', 'done'],
    ['Kommunikation', 'communication', br('Infomøde for skoler,', 'PPR og sundhedsplejen'), 'Infomøde for skoler, PPR og sundhedsplejen', 'Sara Holm', 'Sara Holm', 'Frist: uge 40', '2026-10-04', 'Status: I gang', 'in_progress'],
    ['Kommunikation', 'communication', 'Pjece til familier', 'Pjece til familier', 'Ansvarlig: Sara Holm', 'Sara Holm', 'Frist: 30.10.2026', '2026-10-30', 'Ikke startet', 'not_started'],
    [br('Organisering,', 'roller og ansvar'), 'organisation_roles', br('Rollebeskrivelse for', 'mentorer og', 'forældrecoaches'), 'Rollebeskrivelse for mentorer og forældrecoaches', 'Ansvarlig: Sara Holm', 'Sara Holm', d('2026-09-30'), '2026-09-30', 'Status: I gang', 'in_progress'],
  ]; // prettier-ignore
  const slide2: R[] = [
    ['Inddragelse', 'involvement', br('Dialogmøde med', 'forældre og unge'), 'Dialogmøde med forældre og unge', 'Ansvarlig: Nanna Krogh', 'Nanna Krogh', 'Frist: uge 45', '2026-11-08', 'Ikke startet', 'not_started'],
    ['Opkvalificering', 'upskilling', br('LAT-kursus for seks', 'nye mentorer'), 'LAT-kursus for seks nye mentorer', 'Nationalt center', 'Nationalt center', d('2026-11-30'), '2026-11-30', 'Status: I gang', 'in_progress'],
    [br('Arbejdsproces', 'og kultur'), 'process_culture', br('Fælles visitationsmøde', 'hver 14. dag'), 'Fælles visitationsmøde hver 14. dag', 'Ansvarlig: Nanna Krogh', 'Nanna Krogh', 'Frist: løbende', unsure(null, '"løbende": no day'), 'I gang', 'in_progress'],
    [br('Opfølgning på', 'dokumentation'), 'documentation', br('Registrering af forløb', 'i fagsystemet'), 'Registrering af forløb i fagsystemet', 'Ansvarlig: Nanna Krogh', 'Nanna Krogh', 'Frist: 15.12.2026', '2026-12-15', 'Ikke startet', 'not_started'],
    [br('Evaluering og', 'tilpasning'), 'evaluation', br('Halvårsstatus til', 'styregruppen'), 'Halvårsstatus til styregruppen', 'Ansvarlig: Sara Holm', 'Sara Holm', 'Frist: uge 50', '2026-12-13', 'Status: Ikke startet', 'not_started'],
  ]; // prettier-ignore
  const body = (rows: R[]): TableRow[] =>
    rows.map(([tt, theme, aktT, akt, whoT, who, dl, dlX, st, stX]) => ({
      cells: { tema: tt, akt: aktT, who: whoT, dl, st },
      x: { theme, activity: akt, responsible: who, deadline: dlX, status: stX },
    }));
  const columns = [
    { key: 'tema', header: 'Tema' },
    { key: 'akt', header: 'Aktivitet' },
    { key: 'who', header: 'Ansvarlig' },
    { key: 'dl', header: 'Frist' },
    { key: 'st', header: 'Status' },
  ];
  const fields = {
    theme: 'tema',
    activity: 'akt',
    responsible: 'who',
    deadline: 'dl',
    status: 'st',
  } as const;
  s.set('A3', 'Implementeringsplan 2. halvår 2026 (1/2)');
  s.merge('A3:E3');
  const end1 = p.table({ sheet: S, headerRow: 4, columns, fields, rows: body(slide1) });
  const title2 = end1 + 2;
  s.set(`A${title2}`, 'Implementeringsplan 2. halvår 2026 (2/2)');
  s.merge(`A${title2}:E${title2}`);
  const end2 = p.table({ sheet: S, headerRow: title2 + 1, columns, fields, rows: body(slide2) });

  // The readiness slide: questions soft-broken in the middle, answers with a note on a second line.
  let r = end2 + 2;
  s.set(`A${r}`, br('Parathed', 'huskelisten pr. 1. december 2026'));
  s.merge(`A${r}:E${r}`);
  r++;
  s.row(`A${r}`, ['Nr.', 'Spørgsmål', 'Svar']);
  const ans: Record<string, [string | null, 'yes' | 'partly' | 'no' | null, string | null]> = {
    F1: ['Ja', 'yes', null], F2: ['Ja', 'yes', null], F3: [br('Delvist', '(mangler skolerne)'), 'partly', 'mangler skolerne'],
    F4: ['Ja', 'yes', null], F5: ['Ja', 'yes', null], F6: ['Delvist', 'partly', null], F7: ['Ja', 'yes', null],
    L1: ['Ja', 'yes', null], L2: ['Delvist', 'partly', null], L3: [br('Nej', '(kursus i november)'), 'no', 'kursus i november'],
    L4: ['Nej', 'no', null], L5: ['Ja', 'yes', null], L6: ['Delvist', 'partly', null], L7: ['Ja', 'yes', null],
    L8: ['Delvist', 'partly', null],
  }; // prettier-ignore
  for (const [id, q] of SEED_QUESTIONS) {
    r++;
    const [text, a, comment] = ans[id]!;
    const words = q.split(' ');
    const half = Math.ceil(words.length / 2);
    s.set(`A${r}`, id).set(`B${r}`, br(words.slice(0, half).join(' '), words.slice(half).join(' ')));
    if (text) s.set(`C${r}`, text);
    p.answer(id, a, S, `C${r}`, comment ? { v: comment, alt: [`(${comment})`] } : undefined);
  }

  // The corps slide.
  r += 2;
  s.set(`A${r}`, 'Korpset');
  s.merge(`A${r}:E${r}`);
  r++;
  s.row(`A${r}`, ['Initialer', 'Rolle', br('Timer', 'pr. uge'), br('Aktive', 'forløb')]);
  const corps: [string, string, Exp, number, number][] = [
    ['SH', 'Mentor', 'mentor', 8, 3],
    ['NK', br('Mentor og', 'forældrecoach'), 'both', 12, 4],
    ['JB', 'Forældrecoach', 'parent_coach', 6, 2],
    ['LM', 'Mentor', 'mentor', 7.5, 2],
  ];
  for (const [ini, roleT, role, h, c] of corps) {
    r++;
    s.row(`A${r}`, [ini, roleT, h, c]);
    p.corpsRow(S, r, {
      initials: [ini, `A${r}`],
      role: [role, `B${r}`],
      hoursPerWeek: [h, `C${r}`],
      activeCases: [c, `D${r}`],
    });
  }
  return p;
}
