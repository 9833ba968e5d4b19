// Guldborgsund (held out, thirty-fifth round): A PICTURE OF THE PLAN. On "Handleplan" the
// coordinator pasted a screenshot of last half-year's plan (Win+Shift+S, Ctrl+V: a picture
// "Billede 1" in the sheet's drawing, xdr:pic in a twoCellAnchor, the image in xl/media, Excel's
// automatic alt text "Et billede, der indeholder tekst, skærmbillede …") with a note in A1 "Se
// skærmbillede – opdateret plan nedenfor", and typed the CURRENT plan as ordinary cells below it —
// but the picture grew when she resized it, so its bottom edge now lies over the plan's header row
// and its first activity row (they are there in the cells, hidden from sight under the picture).
// On "Tjekliste" the answers are partly in cells (F1–F7, L1–L3) and partly only in a pasted picture
// "Tjekliste marts" (renamed in the Selection Pane), a photo of the answers given at the steering
// group's March meeting laid over the EMPTY answer and comment cells of L4–L8, with a line under
// the list saying so. Cover and corps in plain cells. Hand-built package.
//
// A careful reader reads the cells and invents nothing from the pictures: a picture is not text,
// and what it shows can be neither checked nor submitted. The screenshot on "Handleplan" is last
// half-year's plan (the note says so): no activity of it is read, and the rows under its edge are
// read as the cells hold them. On "Tjekliste" the answers of L4–L8 are not in the workbook's cells:
// each is unanswered as far as the file goes, and the reader says that a picture ("Tjekliste
// marts", anchored at C12) lies over those answer cells and may hold the answers, to be typed in —
// a check at each answer cell it covers (the key: null, flagged). That the screenshot on
// "Handleplan" may hold plan content is said too (a check naming the sheet and the picture's anchor
// cell, A2), though no field of the key depends on it: the note in A1 tells a human it is old.

import type { AnchorPoint } from '../build/model';
import { PlanBuilder, toExpected, type Exp } from '../build/plan';
import { tableScreenshot } from '../build/png';
import type { ChecklistIdKey } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';
import { BOLD, DMY, HEAD, TITLE, WRAP } from './common';
import { corpsSheet } from './departments';

const EMU_PX = 9525;
const pt = (cell: string, dx = 0, dy = 0): AnchorPoint => ({ cell, dx: dx * EMU_PX, dy: dy * EMU_PX });

const THEME: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  'Organisering, roller og ansvar': 'organisation_roles',
  'Arbejdsproces og kultur': 'process_culture',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const STATUS: Record<string, string> = {
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
  Gennemført: 'done',
};

/** The current plan: theme, activity, responsible, start, deadline, status, remark. */
const ROWS: readonly (readonly [string, string, string, string | null, string, string, string?])[] = [
  ['Ledelse', 'Styregruppemøde: mål og måltal for 2027', 'Henrik Fogh', '2027-01-04', '2027-01-22', 'Ikke startet'],
  ['Ledelse', 'Halvårlig status til Børne- og Familieudvalget', 'Henrik Fogh', null, '2027-06-16', 'Ikke startet'],
  ['Kommunikation', 'Nyhedsbrev til skoler og daginstitutioner om korpset', 'Pernille Skov', '2026-11-15', '2027-01-31', 'I gang', 'Første udgave sendt 20/11'],
  ['Kommunikation', 'Oplæg på skoleledermøde i Nykøbing F.', 'Pernille Skov', null, '2027-02-10', 'Ikke startet'],
  ['Inddragelse', 'Forældrecafé i Sakskøbing om forældrecoaching', 'Dorthe Lund', '2027-03-01', '2027-03-25', 'Ikke startet'],
  ['Inddragelse', 'Fokusgruppe med unge i mentorforløb', 'Dorthe Lund', null, '2027-04-29', 'Ikke startet'],
  ['Opkvalificering', 'LAT-opfølgningskursus for mentorer, hold 1', 'Kasper Nygaard', '2026-10-05', '2027-01-29', 'I gang'],
  ['Opkvalificering', 'Supervision i grupper hver 6. uge', 'Kasper Nygaard', '2026-09-01', '2027-06-30', 'I gang'],
  ['Organisering, roller og ansvar', 'Aftale om frikøb af mentortimer med skolerne', 'Henrik Fogh', null, '2027-02-26', 'Ikke startet'],
  ['Arbejdsproces og kultur', 'Fælles skabelon for forløbsplaner', 'Pernille Skov', '2026-10-01', '2026-11-27', 'Gennemført', 'Godkendt i styregruppen'],
  ['Opfølgning på dokumentation', 'Månedlig tjek af registreringer på platformen', 'Dorthe Lund', '2027-01-01', '2027-06-30', 'Ikke startet'],
  ['Evaluering og tilpasning', 'Evalueringsworkshop med korpset', 'Kasper Nygaard', null, '2027-05-20', 'Ikke startet'],
]; // prettier-ignore

type Ans = 'yes' | 'partly' | 'no';
const WORD: Record<Ans, string> = { yes: 'Ja', partly: 'Delvist', no: 'Nej' };
/** Answers in cells; null where the answer is only in the picture over the cells. */
const ANSWERS: Readonly<Record<ChecklistIdKey, readonly [Ans | null, string?]>> = {
  F1: ['yes'],
  F2: ['yes', 'Analyse drøftet med skoler og PPR'],
  F3: ['partly'],
  F4: ['yes'],
  F5: ['yes'],
  F6: ['partly', 'Timerne til forløb er ikke afklaret på alle skoler'],
  F7: ['yes'],
  L1: ['yes'],
  L2: ['partly'],
  L3: ['no', 'Ledelseskursus udskudt til foråret'],
  L4: [null],
  L5: [null],
  L6: [null],
  L7: [null],
  L8: [null],
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p152-guldborgsund-skaermbillede-af-planen-billede-over-celler',
    'hand-built',
    'Guldborgsund: a pasted screenshot of last half-year\'s plan ("Billede 1", xdr:pic with Excel\'s automatic alt text) on "Handleplan" under a note in A1, the current plan typed as cells below it with its header and first row under the picture\'s bottom edge; on "Tjekliste" the answers of L4–L8 only in a pasted picture "Tjekliste marts" laid over their empty answer and comment cells.',
    [
      'pasted-screenshot-picture',
      'picture-alt-text-automatic',
      'plan-cells-under-a-picture',
      'checklist-answers-only-in-a-picture',
      'picture-renamed-in-selection-pane',
      'note-pointing-at-a-picture',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 18).width(2, 42);
  f.set('A1', 'Korpsplan – Guldborgsund Kommune', TITLE);
  f.row('A3', [{ v: 'Kommune', s: BOLD }, 'Guldborgsund Kommune']);
  f.row('A4', [{ v: 'Halvår', s: BOLD }, '1. halvår 2027']);
  f.row('A5', [{ v: 'Fase', s: BOLD }, 'Fuld implementering']);
  f.row('A6', [{ v: 'Koordinator', s: BOLD }, 'Pernille Skov']);
  f.row('A7', [{ v: 'Leder', s: BOLD }, 'Henrik Fogh']);
  p.fact('municipality', '376', F, 'B3');
  p.fact('period', '2027-H1', F, 'B4');
  p.fact('phase', 'full', F, 'B5');
  p.fact('coordinator', 'Pernille Skov', F, 'B6');
  p.fact('leader', 'Henrik Fogh', F, 'B7');

  // --- Handleplan: the screenshot, and the current plan in cells below (its top under the picture) --
  const S = 'Handleplan';
  const s = p.sheet(S);
  s.set('A1', 'Se skærmbillede – opdateret plan nedenfor', { bold: true, color: 'C00000' });
  s.width(1, 28).width(2, 50).width(3, 16).width(4, 12).width(5, 12).width(6, 14).width(7, 28);
  s.pictures.push({
    name: 'Billede 1',
    descr: 'Et billede, der indeholder tekst, skærmbillede, nummer, Font\n\nAutomatisk genereret beskrivelse',
    from: pt('A2', 4, 2),
    to: pt('G13', 0, 11),
    png: tableScreenshot(220, 96, 11, [217, 225, 242]),
  });
  s.row('A12', ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status', 'Bemærkning'], HEAD);
  p.notActivity(
    S,
    1,
    "a note pointing at the screenshot of last half-year's plan (the picture anchored at A2)",
  );
  const x = (v: Exp, cell: string): ReturnType<typeof toExpected> => toExpected(v, cell, S);
  ROWS.forEach(([tema, akt, ansv, start, frist, status, bem], i) => {
    const r = 13 + i;
    s.row(`A${r}`, [tema, { v: akt, s: WRAP }, ansv]);
    if (start) s.set(`D${r}`, { v: { date: start }, s: DMY });
    s.set(`E${r}`, { v: { date: frist }, s: DMY });
    s.set(`F${r}`, status);
    if (bem) s.set(`G${r}`, bem, WRAP);
    p.activity(S, r, {
      theme: x(THEME[tema]!, `A${r}`),
      activity: x(akt, `B${r}`),
      status: x(STATUS[status]!, `F${r}`),
      start: x(start, `D${r}`),
      deadline: x(frist, `E${r}`),
      responsible: x(ansv, `C${r}`),
    });
  });

  // --- Tjekliste: L4–L8 answered only in a picture over their empty cells ---------------------------
  const T = 'Tjekliste';
  const t = p.sheet(T);
  t.row('A1', ['Nr.', 'Spørgsmål', 'Svar', 'Bemærkning'], HEAD);
  t.width(2, 80).width(3, 10).width(4, 40);
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const r = 2 + i;
    const [ans, comment] = ANSWERS[id];
    t.row(`A${r}`, [id, { v: q, s: WRAP }, ans ? WORD[ans] : undefined, comment]);
    const reading: Exp =
      ans ??
      ({
        v: null,
        flag: true,
        note: 'the answer cell is empty under the picture "Tjekliste marts" (anchored at C12), which may show the answer: not in the cells, to be typed in; a check at the cell',
      } as const);
    p.answer(id, reading, T, `C${r}`, comment ? { v: comment, cell: `D${r}` } : undefined);
  });
  t.pictures.push({
    name: 'Tjekliste marts',
    from: pt('C12'),
    to: pt('E17'),
    png: tableScreenshot(150, 100, 5, [255, 255, 255]),
  });
  t.set('A18', 'L4–L8: svarene fra styregruppemødet i marts er indsat som billede.', { italic: true });

  corpsSheet(p, 'Korps', [
    ['PS', 'both', 'Familie og Børn', 10, 4],
    ['JM', 'mentor', 'Skoleafdelingen', 8, 3],
    ['AE', 'mentor', 'Ungdommens Uddannelsesvejledning', 12, 5],
    ['TR', 'parent_coach', 'Familie og Børn', 6, 2],
  ]);
  return p;
}
