// Glostrup (held out, thirty-fourth round): a plan whose answers live in FORM CONTROLS (Developer ›
// Insert › Form Controls), not in the cells. The readiness checklist "Parathed" is answered by
// OPTION BUTTONS, three per question inside a GROUP BOX, each group's linked cell holding 1, 2 or 3
// (the first, second or third button): for "Forberedelse" the buttons carry their captions "Ja",
// "Delvist", "Nej" and the linked cells are in a HIDDEN column H; for "Løbende implementering" she
// deleted the captions and wrote "Ja | Delvist | Nej" as headings over the button columns, the
// group boxes captioned with the question's id, the linked cells in column I in WHITE text. One
// question is unanswered (no button on, its linked cell empty); one linked cell shows #N/A (the
// column's numbers were pasted as values from last half-year's lookup, and that question's lookup
// found nothing; no button shows as chosen). The activity plan "Handleplan" has a form-control
// CHECK BOX in every row of "Gennemført" (half of them linked to the cell they sit on, its TRUE/FALSE
// hidden by the format ;;;, half with no linked cell: the tick only in the control), two check boxes
// still captioned "Afkrydsningsfelt n", and on three rows the status is a DROP-DOWN (a combo box form
// control over the empty status cell, its input range a list on the hidden sheet "Lister", its linked
// cell in hidden column J holding the chosen item's number). Cover and corps in plain cells.
// Hand-built package: xl/ctrlProps/ctrlPropN.xml, the VML drawing of the controls, the hidden
// drawing shapes Excel 2010+ keeps beside them, the sheet's <controls> in mc:AlternateContent.
//
// A careful reader sees what Excel shows: the chosen button's caption (or the heading over its
// column), a ticked box, the item a drop-down shows. The answer is known at the linked cell (the
// question's row); a drop-down's status at the status cell it covers. A ticked "Gennemført" means
// done; beside a status still "I gang" one of the two was not updated (to be asked). The unanswered
// question has no answer; the one whose linked cell shows #N/A cannot be read (to be asked).

import type { ChecklistIdKey } from '../expected';
import type { AnchorPoint, FormControlDef, Style } from '../build/model';
import { PlanBuilder, toExpected, type Exp } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';
import { BOLD, DMY, HEAD, TITLE, WRAP } from './common';
import { corpsSheet } from './departments';

const EMU_PX = 9525;
const px = (n: number): number => n * EMU_PX;
const pt = (cell: string, dx = 0, dy = 0): AnchorPoint => ({ cell, dx: px(dx), dy: px(dy) });

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

/** The status list on the hidden sheet "Lister" (the drop-downs' input range). */
const STATUSES = ['Ikke startet', 'I gang', 'Gennemført', 'Ændret', 'Lukket'] as const;

/**
 * One row of the plan: theme, activity, responsible, start, deadline, the status as typed (or the
 * drop-down's item number), the "Gennemført" box (ticked or not, linked to its cell or not, the
 * caption left on it), and the reading of the status.
 */
interface Row {
  readonly tema: string;
  readonly akt: string;
  readonly ansv: string;
  readonly start?: string;
  readonly frist: string;
  readonly status: string | { readonly drop: 1 | 2 | 3 | 4 | 5 };
  readonly box: { readonly ticked: boolean; readonly linked: boolean; readonly caption?: string };
  readonly reading: Exp;
}

const ROWS: readonly Row[] = [
  { tema: 'Ledelse', akt: 'Styregruppemøde om korpsets mål og måltal', ansv: 'Bo Esbensen', start: '2026-08-03', frist: '2026-08-28',
    status: 'Gennemført', box: { ticked: true, linked: true }, reading: 'done' },
  { tema: 'Ledelse', akt: 'Ledelsesinformation til direktionen hvert kvartal', ansv: 'Bo Esbensen', start: '2026-09-01', frist: '2026-12-18',
    status: 'I gang', box: { ticked: false, linked: false }, reading: 'in_progress' },
  { tema: 'Kommunikation', akt: 'Informationsmøde for skolernes AKT-lærere', ansv: 'Camilla Juhl', frist: '2026-09-17',
    status: '', box: { ticked: true, linked: false },
    reading: { v: 'done', note: 'no status typed, but the "Gennemført" check box (no linked cell: the tick is only in the control) is ticked: done' } },
  { tema: 'Kommunikation', akt: 'Pjece til forældre om forældrecoaching', ansv: 'Camilla Juhl', start: '2026-10-01', frist: '2026-11-30',
    status: { drop: 2 }, box: { ticked: false, linked: true },
    reading: { v: 'in_progress', note: 'the drop-down over the status cell shows item 2 of the list on "Lister": "I gang"' } },
  { tema: 'Inddragelse', akt: 'Dialogmøde med forældrerådet', ansv: 'Sara Lind', frist: '2026-10-22',
    status: 'Ikke startet', box: { ticked: false, linked: false, caption: 'Afkrydsningsfelt 11' }, reading: 'not_started' },
  { tema: 'Inddragelse', akt: 'Ungepanel om mentorforløbene', ansv: 'Sara Lind', start: '2026-11-02', frist: '2026-12-11',
    status: { drop: 1 }, box: { ticked: false, linked: false },
    reading: { v: 'not_started', note: 'the drop-down shows item 1: "Ikke startet"' } },
  { tema: 'Opkvalificering', akt: 'LAT-grundkursus for nye mentorer', ansv: 'Jonas Friis', start: '2026-09-07', frist: '2026-11-06',
    status: 'I gang', box: { ticked: true, linked: false },
    reading: { v: 'in_progress', alt: ['done'], flag: true, note: 'the status says "I gang" and the "Gennemført" box is ticked: one of them was not updated; to be confirmed' } },
  { tema: 'Opkvalificering', akt: 'Temadag om forældresamarbejde', ansv: 'Jonas Friis', frist: '2026-10-29',
    status: { drop: 3 }, box: { ticked: true, linked: true },
    reading: { v: 'done', note: 'the drop-down shows item 3, "Gennemført", and the box is ticked' } },
  { tema: 'Organisering, roller og ansvar', akt: 'Rollebeskrivelser for koordinator, ledere og mentorer', ansv: 'Camilla Juhl', frist: '2026-08-31',
    status: 'Gennemført', box: { ticked: true, linked: true, caption: 'Afkrydsningsfelt 17' }, reading: 'done' },
  { tema: 'Arbejdsproces og kultur', akt: 'Fast sparring i korpset hver 14. dag', ansv: 'Jonas Friis', start: '2026-09-14', frist: '2026-12-18',
    status: 'I gang', box: { ticked: false, linked: true }, reading: 'in_progress' },
  { tema: 'Opfølgning på dokumentation', akt: 'Registrering af forløb på dokumentationsplatformen', ansv: 'Sara Lind', start: '2026-10-01', frist: '2026-12-15',
    status: 'Ikke startet', box: { ticked: false, linked: false }, reading: 'not_started' },
  { tema: 'Evaluering og tilpasning', akt: 'Midtvejsevaluering med mentorer og forældrecoaches', ansv: 'Camilla Juhl', frist: '2026-12-17',
    status: 'Ikke startet', box: { ticked: false, linked: true }, reading: 'not_started' },
]; // prettier-ignore

/** The button on in each group (1 Ja, 2 Delvist, 3 Nej; null none), the linked cell's content, the reading, a comment. */
const ANSWERS: Readonly<Record<ChecklistIdKey, readonly [1 | 2 | 3 | null, number | '#N/A' | null, Exp, string?]>> = {
  F1: [1, 1, 'yes'],
  F2: [1, 1, 'yes'],
  F3: [2, 2, 'partly', 'Plan for samarbejdspartnere drøftes i styregruppen'],
  F4: [1, 1, 'yes'],
  F5: [null, null, { v: null, note: 'no button on and the linked cell empty: unanswered' }],
  F6: [2, 2, 'partly'],
  F7: [3, 3, 'no'],
  L1: [1, 1, 'yes'],
  L2: [2, 2, 'partly'],
  L3: [null, '#N/A', { v: null, flag: true, note: 'the linked cell shows #N/A (pasted from a lookup that found nothing) and no button shows as chosen: the answer cannot be read; to be asked' }],
  L4: [2, 2, 'partly', 'Aktionslæring aftales med PPR'],
  L5: [1, 1, 'yes'],
  L6: [3, 3, 'no'],
  L7: [2, 2, 'partly'],
  L8: [1, 1, 'yes'],
}; // prettier-ignore

const HIDDEN_TEXT: Style = { color: 'FFFFFF' };
const NO_TEXT: Style = { fmt: ';;;' };

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p149-glostrup-formularkontroller-alternativknapper-afkrydsning-rulleliste',
    'hand-built',
    'Glostrup: answers kept in form controls: the checklist answered by option buttons (Ja / Delvist / Nej) in a group box per question, each group\'s linked cell holding 1, 2 or 3 (a hidden column for Forberedelse, white text for Løbende implementering, whose buttons lost their captions under headings), one question unanswered, one linked cell #N/A; a form-control check box "Gennemført" on every activity (half linked to their own cell hidden by ;;;, half with no linked cell), and drop-downs (combo box form controls over the empty status cell, input range on a hidden sheet, the item number in a hidden linked cell) for status on three rows.',
    [
      'form-control-option-buttons-in-group-boxes',
      'linked-cell-index-1-2-3',
      'linked-cells-in-hidden-column',
      'linked-cells-in-white-text',
      'option-buttons-without-captions-under-headings',
      'checklist-question-unanswered',
      'linked-cell-na-error',
      'form-control-check-boxes',
      'check-box-without-linked-cell',
      'check-box-linked-cell-hidden-by-format',
      'ticked-box-beside-stale-status',
      'form-control-drop-down-status',
      'drop-down-list-on-hidden-sheet',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 18).width(2, 40);
  f.set('A1', 'Mentor- og forældrecoachindsatsen – Glostrup Kommune', TITLE);
  f.row('A3', [{ v: 'Kommune', s: BOLD }, 'Glostrup Kommune']);
  f.row('A4', [{ v: 'Halvår', s: BOLD }, '2. halvår 2026']);
  f.row('A5', [{ v: 'Fase', s: BOLD }, 'Indledende implementering']);
  f.row('A6', [{ v: 'Koordinator', s: BOLD }, 'Camilla Juhl']);
  f.row('A7', [{ v: 'Leder', s: BOLD }, 'Bo Esbensen']);
  p.fact('municipality', '161', F, 'B3');
  p.fact('period', '2026-H2', F, 'B4');
  p.fact('phase', 'initial', F, 'B5');
  p.fact('coordinator', 'Camilla Juhl', F, 'B6');
  p.fact('leader', 'Bo Esbensen', F, 'B7');

  // --- Handleplan: check boxes in "Gennemført", drop-downs for status on three rows ---------------
  const S = 'Handleplan';
  const s = p.sheet(S);
  s.set('A1', 'Handleplan – mentor- og forældrecoachindsatsen, 2. halvår 2026', TITLE);
  s.set('A2', 'Sæt flueben i "Gennemført", når en aktivitet er afsluttet. Status vælges i listen.');
  s.row(
    'A3',
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status', 'Gennemført', 'Bemærkning'],
    HEAD,
  );
  s.width(1, 28).width(2, 48).width(3, 16).width(4, 12).width(5, 12).width(6, 16).width(7, 12).width(8, 30);
  s.width(10, 4);
  s.hiddenCols.add(10);
  const x = (v: Exp, cell: string): ReturnType<typeof toExpected> => toExpected(v, cell, S);
  ROWS.forEach((row, i) => {
    const r = 4 + i;
    s.set(`A${r}`, row.tema).set(`B${r}`, row.akt, WRAP).set(`C${r}`, row.ansv);
    if (row.start) s.set(`D${r}`, { v: { date: row.start }, s: DMY });
    s.set(`E${r}`, { v: { date: row.frist }, s: DMY });
    if (typeof row.status === 'string' && row.status) s.set(`F${r}`, row.status);
    else s.set(`F${r}`, null, { fill: { rgb: 'F2F2F2' } });
    if (typeof row.status === 'object') {
      // The drop-down covers the status cell; its linked cell in hidden column J holds the item number.
      s.set(`J${r}`, row.status.drop);
      s.controls.push({
        type: 'Drop',
        from: pt(`F${r}`),
        to: pt(`G${r}`, 0, 0),
        link: `$J$${r}`,
        range: 'Lister!$A$2:$A$6',
        sel: row.status.drop,
      });
    }
    if (row.box.linked) s.set(`G${r}`, row.box.ticked, NO_TEXT);
    s.controls.push({
      type: 'CheckBox',
      from: pt(`G${r}`, 30, 1),
      to: pt(`G${r}`, 60, 19),
      text: row.box.caption ?? '',
      checked: row.box.ticked,
      ...(row.box.linked ? { link: `$G$${r}` } : {}),
    });
    p.activity(S, r, {
      theme: x(THEME[row.tema]!, `A${r}`),
      activity: x(row.akt, `B${r}`),
      status: x(row.reading, `F${r}`),
      start: x(row.start ?? null, `D${r}`),
      deadline: x(row.frist, `E${r}`),
      responsible: x(row.ansv, `C${r}`),
    });
  });

  // --- Parathed: option buttons in group boxes ----------------------------------------------------
  const H = 'Parathed';
  const h = p.sheet(H);
  h.set('A1', 'Parathed – huskelister', TITLE);
  h.set('A2', 'Klik på det svar, der passer bedst. Skriv evt. en bemærkning.');
  h.row('A3', ['Nr.', 'Spørgsmål', 'Svar', '', '', 'Bemærkning'], HEAD);
  h.merge('C3:E3');
  h.width(1, 6)
    .width(2, 80)
    .width(3, 9)
    .width(4, 9)
    .width(5, 9)
    .width(6, 40)
    .width(7, 3)
    .width(8, 4)
    .width(9, 4);
  h.hiddenCols.add(8);
  h.set('A4', 'Forberedelse', BOLD);
  h.set('A13', 'Løbende implementering', BOLD);
  h.row('C13', ['Ja', 'Delvist', 'Nej'], { bold: true });
  const controls: FormControlDef[] = [];
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const prep = id.startsWith('F');
    const r = prep ? 5 + i : 14 + (i - 7);
    const linkCol = prep ? 'H' : 'I';
    const [on, linked, reading, comment] = ANSWERS[id];
    h.row(`A${r}`, [id, { v: q, s: WRAP }]);
    if (comment) h.set(`F${r}`, comment, WRAP);
    if (linked === '#N/A') h.set(`${linkCol}${r}`, { v: '#N/A', error: true, s: HIDDEN_TEXT });
    else if (linked !== null) h.set(`${linkCol}${r}`, linked, prep ? undefined : HIDDEN_TEXT);
    // The group box around the question's three buttons: no caption in Forberedelse, the id in Løbende.
    controls.push({ type: 'GBox', from: pt(`C${r}`, 2, 1), to: pt(`F${r}`, 0, 19), text: prep ? '' : id });
    const words = ['Ja', 'Delvist', 'Nej'] as const;
    (['C', 'D', 'E'] as const).forEach((c, k) => {
      controls.push({
        type: 'Radio',
        from: pt(`${c}${r}`, 6, 2),
        to: pt(`${c}${r}`, 62, 18),
        text: prep ? words[k]! : '',
        checked: on === k + 1,
        ...(k === 0 ? { firstButton: true, link: `$${linkCol}$${r}` } : {}),
      });
    });
    p.answer(id, reading, H, `${linkCol}${r}`, comment ? { v: comment, cell: `F${r}` } : undefined);
  });
  h.controls.push(...controls);

  corpsSheet(p, 'Korps', [
    ['AK', 'mentor', 'Skole og Familie', 8, 3],
    ['RT', 'mentor', 'Ungeenheden', 10, 4],
    ['HN', 'parent_coach', 'Familieafdelingen', 7, 2],
    ['MV', 'both', 'Familieafdelingen', 12, 5],
  ]);

  const L = p.sheet('Lister');
  L.set('A1', 'Status', BOLD);
  STATUSES.forEach((st, i) => L.set(`A${2 + i}`, st));
  L.hidden = true;
  return p;
}
