// Lejre (held out, thirty-seventh round): THE MUNICIPALITY'S OWN TEMPLATE, PLACEHOLDERS LEFT. Børn og
// Familie in Lejre made its own plan template (not korpsplan's): every cell to fill in holds an
// instruction text the coordinator is to type over — "Vælg fra listen" (theme, a drop-down),
// "Skriv aktivitet her", "Beskriv kort…" (milestone, remark), "[Navn]", "dd-mm-åååå" (start),
// "<indsæt dato>" (deadline), "Vælg status" (a drop-down whose first item it is) — and the
// coordinator left them wherever she had nothing to write: a start not decided, a responsible not
// found, a status not chosen, a deadline not set, one theme not chosen, and the template's last three
// rows untouched. Above the table an instructions block "Sådan udfylder du skemaet:" with five
// numbered lines (on a pale yellow fill, each merged across the table), and directly under the header
// the template's example row in grey italics ("Eksempel: Forældremøde på skolen | Mette |
// 15-03-2027 | I gang") with "← Slet denne række" in red beside it, which nobody deleted. The
// template's placeholders are grey; in the rows the coordinator copied down from a filled row they
// are black. The cover ("Forside") is the template's too: the leader "[Navn]", the organisational
// anchoring "Vælg fra listen", the e-mail "[navn]@lejre.dk". On "Tjekliste" two answers are still
// "Vælg svar" and most remarks still "Beskriv kort…"; on "Korps" the template's empty member row
// ("[Initialer]", "Vælg fra listen") under the four members. The lists behind the drop-downs are on
// a hidden sheet "Lister". Hand-built package with the drop-downs as data validations.
//
// A careful reader reads a placeholder as no value: the field is missing, and says so at its cell
// (a start left at "dd-mm-åååå" is no start; "[Navn]" no responsible; "Vælg status" no status;
// "Vælg svar" no answer; "Beskriv kort…" no remark). The example row is no activity, nor are the
// untouched template rows, the instructions block or the "Slet denne række" note.

import type { ChecklistIdKey } from '../expected';
import type { Style, Value } from '../build/model';
import { PlanBuilder, unsure, type Exp } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';
import { BOLD, HEAD, ITALIC, TITLE, WRAP } from './common';
import { at } from './round24';

const GREY: Style = { color: '808080' };
const EXAMPLE: Style = { color: '808080', italic: true };
const NOTE: Style = { color: 'C00000', bold: true };
const INSTR: Style = { fill: { rgb: 'FFF2CC' } };
const DATE: Style = { fmt: 'dd-mm-yyyy' };

/** The template's instruction texts, one per column. */
const PH = {
  tema: 'Vælg fra listen',
  akt: 'Skriv aktivitet her',
  mil: 'Beskriv kort…',
  ans: '[Navn]',
  start: 'dd-mm-åååå',
  frist: '<indsæt dato>',
  status: 'Vælg status',
  bem: 'Beskriv kort…',
} as const;

const START_LEFT = unsure(null, 'the template\'s "dd-mm-åååå" left in Start: no start, to be filled in');

interface Row {
  readonly tema: string;
  readonly theme: Exp;
  readonly akt: string;
  readonly mil: string;
  readonly ans: string;
  readonly start: string | { date: string };
  readonly frist: string | { date: string };
  readonly status: string;
  readonly bem: string;
  /** Placeholders in this row are black (copied down from a filled row), not the template's grey. */
  readonly copied?: boolean;
}

const d = (date: string): { date: string } => ({ date });

const ROWS: readonly Row[] = [
  { tema: 'Ledelse', theme: 'leadership', akt: 'Styregruppemøde om korpsets mål og måltal', mil: 'Mål og måltal vedtaget', ans: 'Birgitte Lund', start: d('2027-01-04'), frist: d('2027-01-21'), status: 'Gennemført', bem: PH.bem },
  { tema: 'Kommunikation', theme: 'communication', akt: 'Informationsmøde for lærere på skolerne', mil: 'Møde holdt på alle fem skoler', ans: 'Thomas Bach', start: PH.start, frist: d('2027-02-25'), status: 'I gang', bem: 'Osted og Kirke Hyllinge mangler' },
  { tema: 'Kommunikation', theme: 'communication', akt: 'Nyhedsbrev til forældre om korpset', mil: PH.mil, ans: 'Thomas Bach', start: PH.start, frist: d('2027-03-31'), status: 'Ikke startet', bem: PH.bem },
  // Responsible and status not yet decided.
  { tema: 'Inddragelse', theme: 'involvement', akt: 'Dialogmøde med unge og forældre', mil: 'Opsamling fra mødet', ans: PH.ans, start: d('2027-03-01'), frist: d('2027-04-15'), status: PH.status, bem: PH.bem },
  // Theme not chosen.
  { tema: PH.tema, theme: null, akt: 'Netværksmøde med SSP og ungdomsskolen', mil: PH.mil, ans: 'Karina Holst', start: PH.start, frist: d('2027-04-30'), status: 'Ikke startet', bem: PH.bem },
  { tema: 'Organisering, roller og ansvar', theme: 'organisation_roles', akt: 'Rollebeskrivelser for koordinator og mentorer', mil: 'Godkendt i styregruppen', ans: 'Birgitte Lund', start: d('2027-01-04'), frist: d('2027-02-26'), status: 'Gennemført', bem: PH.bem },
  // From here the rows were copied down from a filled row: their placeholders are black.
  // No deadline set.
  { tema: 'Opkvalificering', theme: 'upskilling', akt: 'LAT-grundkursus for nye mentorer', mil: 'Kursusbevis til alle nye mentorer', ans: 'Karina Holst', start: d('2027-02-01'), frist: PH.frist, status: 'I gang', bem: 'Datoen for sidste kursusdag kommer fra VIA', copied: true },
  { tema: 'Opkvalificering', theme: 'upskilling', akt: 'Supervision af forældrecoaches', mil: PH.mil, ans: 'Jens Mikkelsen', start: PH.start, frist: d('2027-06-30'), status: PH.status, bem: PH.bem, copied: true },
  { tema: 'Arbejdsproces og kultur', theme: 'process_culture', akt: 'Fast sparring mellem mentorer hver 14. dag', mil: 'Sparring lagt i kalenderen', ans: 'Jens Mikkelsen', start: d('2027-01-11'), frist: d('2027-06-30'), status: 'I gang', bem: PH.bem, copied: true },
  { tema: 'Opfølgning på dokumentation', theme: 'documentation', akt: 'Alle forløb registreres i dokumentationsplatformen', mil: PH.mil, ans: 'Karina Holst', start: PH.start, frist: d('2027-05-31'), status: 'I gang', bem: PH.bem, copied: true },
  { tema: 'Evaluering og tilpasning', theme: 'evaluation', akt: 'Midtvejsevaluering med korpset og ledelsen', mil: 'Evalueringsnotat', ans: PH.ans, start: PH.start, frist: d('2027-06-17'), status: 'Ikke startet', bem: PH.bem, copied: true },
  // Planned, nothing decided but the owner.
  { tema: 'Ledelse', theme: 'leadership', akt: 'Temadag for skoleledere om korpset', mil: PH.mil, ans: 'Birgitte Lund', start: PH.start, frist: PH.frist, status: PH.status, bem: PH.bem, copied: true },
]; // prettier-ignore

const isPh = (v: unknown): boolean => typeof v === 'string' && Object.values(PH).includes(v as never);

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p156-lejre-kommunens-skabelon-pladsholdere-eksempelraekke-vejledning',
    'hand-built',
    'Lejre: the municipality\'s own plan template with its instruction texts left in the cells not filled in ("Vælg fra listen", "Skriv aktivitet her", "Beskriv kort…", "[Navn]", "dd-mm-åååå", "<indsæt dato>", "Vælg status"; grey, black where rows were copied down), an instructions block "Sådan udfylder du skemaet: 1. …" above the table, the template\'s example row in grey italics under the header ("Eksempel: Forældremøde på skolen – Mette – 15-03-2027 – I gang") with "← Slet denne række" beside it, three untouched template rows at the bottom; the cover\'s leader "[Navn]" and anchoring "Vælg fra listen"; two checklist answers "Vælg svar" and remarks "Beskriv kort…"; a template member row under the corps; drop-downs as data validations from a hidden "Lister" sheet.',
    [
      'municipal-template',
      'placeholder-texts-left',
      'placeholder-start-date-format',
      'placeholder-responsible-brackets',
      'placeholder-deadline-angle-brackets',
      'placeholder-status-dropdown',
      'placeholder-theme-dropdown',
      'example-row-under-header',
      'delete-this-row-note',
      'instructions-block-above-table',
      'untouched-template-rows',
      'cover-placeholders',
      'checklist-answer-placeholder',
      'checklist-remark-placeholder',
      'corps-template-row',
      'data-validation-dropdowns',
    ],
  );

  // --- Lister (hidden): the drop-downs' lists -------------------------------------------------------
  const L = 'Lister';
  const THEMES = ['Vælg fra listen', 'Ledelse', 'Kommunikation', 'Inddragelse', 'Arbejdsproces og kultur', 'Organisering, roller og ansvar', 'Opkvalificering', 'Opfølgning på dokumentation', 'Evaluering og tilpasning']; // prettier-ignore
  const STATUSES = ['Vælg status', 'Ikke startet', 'I gang', 'Gennemført', 'Ændret', 'Lukket'];
  const ANSWERS = ['Vælg svar', 'Ja', 'Delvist', 'Nej'];
  const ORG = ['Vælg fra listen', 'Socialområdet', 'Beskæftigelsesområdet', 'På tværs', 'Andet'];
  const ROLES = ['Vælg fra listen', 'Mentor', 'Forældrecoach', 'Mentor og forældrecoach'];

  // --- Forside ----------------------------------------------------------------------------------------
  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 28).width(2, 40);
  f.set('A1', 'Handleplan – mentor- og forældrecoachkorpset', TITLE);
  f.set('A2', 'Udfyld de hvide felter. Grå tekst er vejledning og skal skrives over.', ITALIC);
  const cover: [string, Value, Style | undefined][] = [
    ['Kommune', 'Lejre Kommune', undefined],
    ['Periode', '1. halvår 2027', undefined],
    ['Fase', 'Klargøring', undefined],
    ['Koordinator', 'Birgitte Lund', undefined],
    ['E-mail', '[navn]@lejre.dk', GREY],
    ['Leder', '[Navn]', GREY],
    ['Organisatorisk forankring', 'Vælg fra listen', GREY],
    ['Supervisionsmodel', 'Ekstern supervision', undefined],
    ['Dato for indsendelse', '<indsæt dato>', GREY],
  ];
  cover.forEach(([label, v, st], i) => {
    f.set(`A${4 + i}`, label, BOLD).set(`B${4 + i}`, v, st);
  });
  p.fact('municipality', '350', F, 'B4');
  p.fact('period', '2027-H1', F, 'B5');
  p.fact('phase', 'readiness', F, 'B6');
  p.fact('coordinator', 'Birgitte Lund', F, 'B7');
  p.fact('leader', unsure(null, 'the template\'s "[Navn]" left: no leader named, to be filled in'), F, 'B9');
  p.fact(
    'organisation',
    unsure(null, 'the drop-down left at "Vælg fra listen": no anchoring chosen, to be filled in'),
    F,
    'B10',
  );
  p.fact('supervisionModel', 'external', F, 'B11');
  f.validations.push({ ref: 'B10', list: `${L}!$D$2:$D$${1 + ORG.length}` });

  // --- Handleplan ---------------------------------------------------------------------------------------
  const S = 'Handleplan';
  const s = p.sheet(S);
  const x = at(S);
  [26, 44, 30, 18, 13, 13, 14, 34].forEach((w, i) => s.width(i + 1, w));
  s.set('A1', 'Handleplan for mentor- og forældrecoachkorpset', TITLE);
  s.set('A2', 'Lejre Kommune · Børn og Familie · skabelon version 2.1', { ...ITALIC, color: '808080' });
  const instructions = [
    'Sådan udfylder du skemaet:',
    '1. Skriv én aktivitet pr. række – kopiér en række ned, hvis du mangler flere.',
    '2. Vælg tema og status fra listen (klik i cellen og brug pilen).',
    '3. Skriv datoer som dd-mm-åååå, fx 15-03-2027. Kendes datoen ikke, så lad feltet stå.',
    '4. Ansvarlig: navnet på én person – ikke en afdeling.',
    '5. Eksempelrækken (grå) skal slettes, før planen sendes ind.',
  ];
  instructions.forEach((t, i) => {
    const r = 4 + i;
    s.set(`A${r}`, t, i === 0 ? { ...INSTR, bold: true } : INSTR).merge(`A${r}:H${r}`);
    p.notActivity(S, r, "the template's instructions block, no activity");
  });
  const HR = 11;
  s.row(
    `A${HR}`,
    ['Tema', 'Aktivitet', 'Milepæl', 'Ansvarlig', 'Start', 'Frist', 'Status', 'Bemærkning'],
    HEAD,
  );
  s.frozenRows = HR;
  // The template's example row, grey italics, with the note to delete it beside it.
  const E = HR + 1;
  s.row(`A${E}`, ['Inddragelse', 'Eksempel: Forældremøde på skolen', 'Invitationer sendt', 'Mette'], EXAMPLE);
  s.set(`E${E}`, { date: '2027-02-01' }, { ...EXAMPLE, ...DATE })
    .set(`F${E}`, { date: '2027-03-15' }, { ...EXAMPLE, ...DATE })
    .set(`G${E}`, 'I gang', EXAMPLE)
    .set(`H${E}`, 'Husk lokale og kaffe', EXAMPLE)
    .set(`I${E}`, '← Slet denne række', NOTE);
  s.width(9, 20);
  p.notActivity(S, E, 'the template\'s example row (grey italics, "Eksempel:"), marked to be deleted');

  let r = E + 1;
  for (const row of ROWS) {
    const ph = row.copied ? undefined : GREY;
    const put = (col: string, v: string | { date: string }, wrap = false): void => {
      if (typeof v === 'object') s.set(`${col}${r}`, v, DATE);
      else s.set(`${col}${r}`, v, isPh(v) ? ph : wrap ? WRAP : undefined);
    };
    put('A', row.tema);
    put('B', row.akt, true);
    put('C', row.mil, true);
    put('D', row.ans);
    put('E', row.start);
    put('F', row.frist);
    put('G', row.status);
    put('H', row.bem, true);
    const iso = (v: string | { date: string }): string | null => (typeof v === 'object' ? v.date : null);
    const STATUS: Record<string, string> = {
      'Ikke startet': 'not_started',
      'I gang': 'in_progress',
      Gennemført: 'done',
    };
    p.activity(S, r, {
      theme: x(row.theme, `A${r}`),
      activity: x(row.akt, `B${r}`),
      status: x(STATUS[row.status] ?? null, `G${r}`),
      start: x(typeof row.start === 'object' ? row.start.date : START_LEFT, `E${r}`),
      deadline: x(iso(row.frist), `F${r}`),
      responsible: x(isPh(row.ans) ? null : row.ans, `D${r}`),
    });
    r++;
  }
  // The template's own rows, untouched.
  for (let k = 0; k < 3; k++) {
    s.row(`A${r}`, [PH.tema, PH.akt, PH.mil, PH.ans, PH.start, PH.frist, PH.status, PH.bem], GREY);
    p.notActivity(S, r, 'a row of the template left untouched: only its instruction texts');
    r++;
  }
  const last = r - 1;
  s.validations.push(
    { ref: `A${E}:A${last}`, list: `${L}!$A$2:$A$${1 + THEMES.length}`, prompt: 'Vælg tema fra listen' },
    { ref: `G${E}:G${last}`, list: `${L}!$B$2:$B$${1 + STATUSES.length}`, prompt: 'Vælg status fra listen' },
  );

  // --- Tjekliste ------------------------------------------------------------------------------------
  const C = 'Tjekliste';
  const c = p.sheet(C);
  c.width(1, 6).width(2, 80).width(3, 12).width(4, 36);
  c.set('A1', 'Tjekliste – parathed', TITLE);
  c.set(
    'A2',
    'Vælg svar i kolonne C (Ja / Delvist / Nej). Skriv evt. en kort bemærkning i kolonne D.',
    ITALIC,
  );
  c.row('A3', ['Nr.', 'Spørgsmål', 'Svar', 'Bemærkning'], HEAD);
  type Ans = 'yes' | 'partly' | 'no' | null;
  const WORD: Record<string, string> = { yes: 'Ja', partly: 'Delvist', no: 'Nej' };
  const ANS: Record<ChecklistIdKey, readonly [Ans, string?]> = {
    F1: ['yes'], F2: ['yes'], F3: ['partly', 'Plan for samarbejdspartnere er i udkast'], F4: ['yes'], F5: ['yes'], F6: [null], F7: ['partly'],
    L1: ['yes'], L2: ['partly'], L3: ['no', 'Lederne kommer på kursus i maj'], L4: ['partly'], L5: ['yes'], L6: ['yes'], L7: [null], L8: ['partly'],
  }; // prettier-ignore
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const row = 4 + i;
    const [a, comment] = ANS[id];
    c.set(`A${row}`, id).set(`B${row}`, q, WRAP);
    c.set(`C${row}`, a === null ? 'Vælg svar' : WORD[a]!, a === null ? GREY : undefined);
    // Remarks: the coordinator's own, else the template's "Beskriv kort…" (left in all but three).
    const left = comment === undefined && !['F1', 'L5', 'L6'].includes(id);
    if (comment !== undefined) c.set(`D${row}`, comment, WRAP);
    else if (left) c.set(`D${row}`, PH.bem, GREY);
    p.answer(
      id,
      a,
      C,
      `C${row}`,
      comment !== undefined
        ? { v: comment, cell: `D${row}` }
        : left
          ? { v: null, cell: `D${row}` }
          : undefined,
    );
  });
  c.validations.push({ ref: 'C4:C18', list: `${L}!$C$2:$C$${1 + ANSWERS.length}` });

  // --- Korps: four members and the template's empty member row ---------------------------------------
  const K = 'Korps';
  const k = p.sheet(K);
  k.row('A1', ['Initialer', 'Rolle', 'Afdeling', 'Timer pr. uge', 'Aktive forløb'], HEAD);
  k.width(2, 26).width(3, 22);
  const ROLE: Record<string, string> = {
    mentor: 'Mentor',
    parent_coach: 'Forældrecoach',
    both: 'Mentor og forældrecoach',
  };
  const members: [string, string, string, number, number][] = [
    ['KH', 'mentor', 'Skoleafdelingen', 8, 3],
    ['TB', 'mentor', 'Ungdomsskolen', 10, 4],
    ['JM', 'parent_coach', 'Familieafdelingen', 6, 2],
    ['AS', 'both', 'PPR', 12, 5],
  ];
  members.forEach(([ini, role, dept, h, n], i) => {
    const row = 2 + i;
    k.row(`A${row}`, [ini, ROLE[role]!, dept, h, n]);
    p.corpsRow(K, row, {
      initials: [ini, `A${row}`],
      role: [role, `B${row}`],
      hoursPerWeek: [h, `D${row}`],
      activeCases: [n, `E${row}`],
    });
  });
  k.row('A6', ['[Initialer]', 'Vælg fra listen', '[Afdeling]', '[Antal]', '[Antal]'], GREY);
  k.validations.push({ ref: 'B2:B20', list: `${L}!$E$2:$E$${1 + ROLES.length}` });

  const l = p.sheet(L);
  l.row('A1', ['Tema', 'Status', 'Svar', 'Forankring', 'Rolle'], BOLD);
  [THEMES, STATUSES, ANSWERS, ORG, ROLES].forEach((list, col) =>
    list.forEach((v, i) => l.set(`${'ABCDE'[col]!}${2 + i}`, v)),
  );
  l.hidden = true;
  return p;
}
