// Herning (held out, twenty-first round: plans pasted from other Office programs and never typed
// again): the implementation plan was first a Word document, and its table was copied into Excel
// as it stood. What arrives keeps Word's shape: a shaded "Tema 1: Ledelse" row spanning the table
// above each theme's activities; cells Word had spanning two rows (a status, a deadline, the
// corps' hours) as merged cells; a cell of several paragraphs joined by line breaks (the activity,
// then a sentence or two describing it); a cell holding two or three activities as bullet lines
// under one responsible, deadline and status; footnote marks after a deadline ("30.10.2026¹") with
// the footnotes' text under the table; the cover as Word's two-column form with the e-mail or the
// post as a second paragraph under the name; corps roles with a second paragraph ("uddannet marts
// 2026"); checklist ticks "X" with one "X¹" whose footnote stands under the list. Hand-built.

import { PlanBuilder, unsure, type Exp, type TableRow } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';
import { DMY_DOT, HEAD, TITLE, WRAP } from './common';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p113-herning-word-tabel-raekkespaend-punktlister-fodnoter',
    'hand-built',
    'Herning: a Word table pasted into Excel: shaded "Tema n: …" rows spanning the table, a status, a deadline and corps hours merged over two rows (Word row spans), activities with a describing paragraph under them, two or three activities as bullet lines in one cell, footnote marks after deadlines with the footnotes under the table, the cover as a Word form with a second paragraph under the name, checklist ticks "X" and one "X¹".',
    [
      'word-paste',
      'numbered-theme-rows-spanning-table',
      'status-merged-over-rows',
      'deadline-merged-over-rows',
      'several-paragraphs-in-cell',
      'several-activities-as-bullets-in-cell',
      'footnote-marks-after-deadline',
      'footnotes-under-table',
      'cover-form-second-paragraph',
      'corps-role-second-paragraph',
      'corps-hours-merged-over-rows',
      'checklist-tick-with-footnote-mark',
    ],
  );

  // --- Cover: Word's two-column form ---------------------------------------------------------------
  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 24).width(2, 48);
  f.set('A1', 'Implementeringsplan for mentor- og forældrecoachindsatsen', TITLE);
  const form: [string, string][] = [
    ['Kommune', 'Herning Kommune'],
    ['Periode', '2. halvår 2026'],
    ['Fase', 'Indledende implementering'],
    ['Koordinator', 'Pia Nørgaard\npia.noergaard@herning.dk'],
    ['Leder', 'Jens Aagaard\nBørne- og familiechef'],
    ['Organisatorisk forankring', 'Socialområdet'],
    ['Supervision', 'Intern supervision ved erfaren mentor'],
  ];
  form.forEach(([l, v], i) => {
    f.set(`A${3 + i}`, l, { bold: true, wrap: true });
    f.set(`B${3 + i}`, v, WRAP);
  });
  p.fact('municipality', '657', F, 'B3');
  p.fact('period', '2026-H2', F, 'B4');
  p.fact('phase', 'initial', F, 'B5');
  p.fact(
    'coordinator',
    { v: 'Pia Nørgaard', note: 'her e-mail address is a second paragraph in the cell' },
    F,
    'B6',
  );
  p.fact('leader', { v: 'Jens Aagaard', note: 'his post is a second paragraph in the cell' }, F, 'B7');
  p.fact('organisation', 'social', F, 'B8');
  p.fact('supervisionModel', 'internal', F, 'B9');

  // --- Plan -------------------------------------------------------------------------------------------
  const S = 'Plan';
  const s = p.sheet(S);
  s.set('A1', 'Herning Kommune – implementeringsplan 2. halvår 2026', TITLE);
  const d = (iso: string) => ({ v: { date: iso }, s: DMY_DOT });
  const w = (t: string) => ({ v: t, s: WRAP });
  const section = (n: number, text: string, theme: Exp): TableRow => ({
    section: `Tema ${n}: ${text}`,
    theme,
    style: { bold: true, fill: { rgb: 'D9D9D9' } },
    merge: true,
  });
  const rows: TableRow[] = [
    section(1, 'Ledelse', 'leadership'),
    {
      cells: {
        akt: w('Styregruppemøde om korpsets mål\nDer følges op på økonomi og bemanding til næste møde.'),
        ms: 'Referat godkendt',
        who: 'Jens Aagaard',
        start: d('2026-08-03'),
        dl: d('2026-08-31'),
        st: 'Gennemført',
      },
      x: {
        activity: {
          v: 'Styregruppemøde om korpsets mål',
          alt: ['Styregruppemøde om korpsets mål Der følges op på økonomi og bemanding til næste møde.'],
          note: 'the second paragraph describes the activity',
        },
        start: '2026-08-03',
        deadline: '2026-08-31',
        status: 'done',
      },
    },
    {
      cells: { akt: 'Ledermøde om tid til forløb i arbejdsplanerne', ms: 'Aftale om timer', who: 'Jens Aagaard', dl: d('2026-09-30') },
      x: {
        deadline: '2026-09-30',
        status: { v: 'done', cell: 'F5', note: 'Word spanned the status cell over both rows: merged F5:F6' },
      },
    },
    section(2, 'Kommunikation', 'communication'),
    {
      cells: {
        akt: w('• Infomøde for skolerne\n• Infomøde for sundhedsplejen'),
        ms: 'Møder holdt',
        who: 'Pia Nørgaard',
        dl: 'uge 38',
        st: 'I gang',
      },
      x: {
        activity: unsure(
          'Infomøde for skolerne; Infomøde for sundhedsplejen',
          'two activities as bullet lines in one cell under one responsible, deadline and status: both, to be confirmed (split?)',
        ),
        deadline: '2026-09-20',
        status: 'in_progress',
      },
    },
    {
      cells: {
        akt: 'Artikel på intranettet om henvisning til mentorforløb',
        ms: 'Artikel publiceret',
        who: 'Pia Nørgaard',
        dl: '30.10.2026¹',
        st: 'Ikke startet',
      },
      x: { deadline: { v: '2026-10-30', note: 'a footnote mark after the date' }, status: 'not_started' },
    },
    section(3, 'Inddragelse', 'involvement'),
    {
      cells: {
        akt: w('Dialogmøde med forældre og unge\nInvitation sendes via Aula.\nReferat lægges på intranettet.'),
        ms: 'Dialogmøde holdt',
        who: 'Karen Lund',
        dl: d('2026-11-12'),
        st: 'Ikke startet',
      },
      x: {
        activity: {
          v: 'Dialogmøde med forældre og unge',
          alt: ['Dialogmøde med forældre og unge Invitation sendes via Aula. Referat lægges på intranettet.'],
          note: 'three paragraphs: the activity, then two describing it',
        },
        deadline: '2026-11-12',
        status: 'not_started',
      },
    },
    section(4, 'Organisering, roller og ansvar', 'organisation_roles'),
    {
      cells: {
        akt: 'Rollebeskrivelse for koordinator, mentorer og forældrecoaches',
        ms: 'Rollebeskrivelse godkendt',
        who: 'Pia Nørgaard',
        dl: d('2026-09-30'),
        st: 'Gennemført',
      },
      x: { deadline: '2026-09-30', status: 'done' },
    },
    {
      cells: { akt: 'Aftale om sparring mellem mentorer og sagsbehandlere', ms: 'Aftale underskrevet', who: 'Karen Lund', st: 'I gang' },
      x: {
        deadline: { v: '2026-09-30', cell: 'E13', note: 'Word spanned the deadline over both rows: merged E13:E14' },
        status: 'in_progress',
      },
    },
    section(5, 'Opkvalificering', 'upskilling'),
    {
      cells: {
        akt: w('• LAT-kursus modul 1\n• LAT-kursus modul 2\n• LAT-kursus modul 3'),
        ms: 'Alle moduler gennemført',
        who: 'Nationalt center',
        start: d('2026-09-01'),
        dl: d('2026-11-30'),
        st: 'I gang',
      },
      x: {
        activity: unsure(
          'LAT-kursus modul 1; LAT-kursus modul 2; LAT-kursus modul 3',
          'three activities as bullet lines in one cell: all three, to be confirmed (split?)',
        ),
        start: '2026-09-01',
        deadline: '2026-11-30',
        status: 'in_progress',
      },
    },
    section(6, 'Opfølgning på dokumentation', 'documentation'),
    {
      cells: {
        akt: 'Registrering af forløb i fagsystemet',
        ms: 'Første udtræk',
        who: 'Karen Lund',
        dl: '15.12.2026²',
        st: 'Ikke startet',
      },
      x: { deadline: { v: '2026-12-15', note: 'a footnote mark after the date' }, status: 'not_started' },
    },
    section(7, 'Evaluering og tilpasning', 'evaluation'),
    {
      cells: { akt: 'Halvårsstatus til styregruppen', ms: 'Status fremlagt', who: 'Pia Nørgaard', dl: d('2026-12-17'), st: 'Ikke startet' },
      x: { deadline: '2026-12-17', status: 'not_started' },
    },
    section(8, 'Arbejdsproces og kultur', 'process_culture'),
    {
      cells: {
        akt: 'Fælles visitationsmøde hver 14. dag',
        ms: 'Fast mødekalender',
        who: 'Karen Lund',
        start: d('2026-09-01'),
        dl: d('2026-12-31'),
        st: 'I gang',
      },
      x: { start: '2026-09-01', deadline: '2026-12-31', status: 'in_progress' },
    },
    { blank: true },
    { not: 'footnote 1 under the table', cells: { akt: '¹ Afhænger af, hvornår intranettet er flyttet til den nye platform.' } },
    { not: 'footnote 2 under the table', cells: { akt: '² Fristen er aftalt med fagsystemets leverandør.' } },
  ]; // prettier-ignore
  p.table({
    sheet: S,
    headerRow: 3,
    columns: [
      { key: 'akt', header: 'Aktivitet', width: 48 },
      { key: 'ms', header: 'Milepæl', width: 24 },
      { key: 'who', header: 'Ansvarlig', width: 18 },
      { key: 'start', header: 'Start', width: 12 },
      { key: 'dl', header: 'Frist', width: 12 },
      { key: 'st', header: 'Status', width: 14 },
    ],
    headerStyle: HEAD,
    fields: { activity: 'akt', responsible: 'who', start: 'start', deadline: 'dl', status: 'st' },
    rows,
  });
  s.merge('F5:F6');
  s.merge('E13:E14');

  // --- Checklist: Word's table of ticks -------------------------------------------------------------
  const T = 'Huskeliste';
  const t = p.sheet(T);
  t.width(2, 70);
  t.set('A1', 'Huskeliste', TITLE);
  t.row('A2', ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej', 'Bemærkning'], HEAD);
  const col = { yes: 'C', partly: 'D', no: 'E' } as const;
  const ans: Record<string, ['yes' | 'partly' | 'no' | null, string | null]> = {
    F1: ['yes', null], F2: ['yes', null], F3: ['partly', 'Plan for skolerne mangler'], F4: ['yes', null],
    F5: ['yes', null], F6: ['partly', null], F7: ['yes', null], L1: ['yes', null], L2: ['partly', null],
    L3: ['no', 'Kurset starter i september'], L4: ['partly', null], L5: ['yes', null], L6: ['partly', null],
    L7: ['no', null], L8: [null, null],
  }; // prettier-ignore
  let r = 2;
  const shaded = { bold: true, fill: { rgb: 'D9D9D9' } };
  SEED_QUESTIONS.forEach(([id, q]) => {
    if (id === 'F1' || id === 'L1') {
      r++;
      t.set(`A${r}`, id === 'F1' ? 'Forberedelse' : 'Løbende implementering', shaded);
      for (const c of 'BCDEF') t.set(`${c}${r}`, null, shaded);
      t.merge(`A${r}:F${r}`);
    }
    r++;
    const [a, comment] = ans[id]!;
    t.set(`A${r}`, id).set(`B${r}`, q, WRAP);
    const mark = id === 'F4' ? 'X¹' : 'X';
    if (a) t.set(`${col[a]}${r}`, mark);
    if (comment) t.set(`F${r}`, comment, WRAP);
    p.answer(
      id,
      mark === 'X¹' ? { v: a, note: 'a tick with a footnote mark' } : a,
      T,
      a ? `${col[a]}${r}` : `C${r}`,
      comment ? { v: comment, cell: `F${r}` } : undefined,
    );
  });
  t.set(`A${r + 2}`, '¹ Besluttet på styregruppemødet den 31. august 2026.');

  // --- Corps: Word's table, one hours cell spanning two rows ----------------------------------------
  const K = 'Korps';
  const k = p.sheet(K);
  k.row('A1', ['Initialer', 'Rolle', 'Timer pr. uge', 'Aktive forløb'], HEAD);
  type KR = [string, string, Exp, number | null, number, number];
  const corps: KR[] = [
    [
      'PN',
      'Mentor\nuddannet marts 2026',
      { v: 'mentor', note: 'a second paragraph with the training date' },
      8,
      8,
      3,
    ],
    ['KL', 'Forældrecoach', 'parent_coach', 6, 6, 2],
    ['MS', 'Mentor og forældrecoach\n(fra 1. oktober)', 'both', null, 6, 1],
    ['AB', 'Mentor', 'mentor', 10, 10, 4],
  ];
  corps.forEach(([ini, roleT, role, hT, h, c], i) => {
    const row = 2 + i;
    k.set(`A${row}`, ini).set(`B${row}`, roleT, WRAP).set(`D${row}`, c);
    if (hT !== null) k.set(`C${row}`, hT);
    p.corpsRow(K, row, {
      initials: [ini, `A${row}`],
      role: [role, `B${row}`],
      hoursPerWeek: [
        hT === null ? { v: h, note: 'Word spanned the hours over both rows: merged C3:C4' } : h,
        hT === null ? 'C3' : `C${row}`,
      ],
      activeCases: [c, `D${row}`],
    });
  });
  k.merge('C3:C4');
  return p;
}
