// Hedensted (held out, eighth round): an activity table whose header is on two rows, a group
// header over its sub-headers ("Periode" over "Start | Slut", "Ansvar" over "Team | Kontakt"),
// with an empty narrow column between the groups; the responsible is the contact person's initials
// ("AB") under "Kontakt" beside the team, explained in a legend of initials under the table
// ("AB = Anna Berg"); progress as a bar of five blocks ("▮▮▮▯▯": full is done, empty is not
// started, anything between is in progress); times as "uge 6", "marts" / "maj 2027", "Q1 2027",
// "efterår 2027", "løbende" and "hele perioden" (the last two merged over Start and Slut: no day a
// careful reader can give, so a check). The readiness checklist is answered on a four-step scale
// ("I høj grad", "I nogen grad", "I mindre grad", "Slet ikke", one "Ved ikke"); the corps' roles as
// codes "M", "FC", "M+FC" explained in a note; the phase as "2 – Klargøring". Hand-built package.

import { PlanBuilder, unsure, type Exp, type TableRow } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';
import { BOLD, DMY_DOT, HEAD, ITALIC, TITLE, WRAP } from './common';

const NAMES: Record<string, string> = {
  AB: 'Anna Berg',
  HJ: 'Henrik Juul',
  KS: 'Karina Strand',
  MN: 'Mads Nygaard',
  LP: 'Lene Pind',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p63-hedensted-gruppeoverskrifter-fremdriftsbjaelker-skala',
    'hand-built',
    'Hedensted: a two-row header with group headers ("Periode" over Start | Slut, "Ansvar" over Team | Kontakt) and empty columns between the groups, the contact as initials explained by a legend under the table, progress as block bars "▮▮▮▯▯", times "uge 6", "marts"–"maj 2027", "Q1 2027", "efterår 2027", "løbende", "hele perioden"; a checklist on a four-step scale (I høj grad … Slet ikke, Ved ikke); corps roles as codes M / FC / M+FC.',
    [
      'header-two-rows-group-over-sub-headers',
      'blank-column-between-groups',
      'responsible-team-and-contact',
      'responsible-initials-with-legend-under-table',
      'status-progress-bar-blocks',
      'week-without-year',
      'month-without-year',
      'quarter',
      'season',
      'ongoing-whole-period-merged-over-dates',
      'checklist-scale-words',
      'checklist-dont-know',
      'corps',
      'corps-role-codes-with-note',
      'cover-phase-numbered',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 18).width(2, 36);
  f.set('A1', 'Mentorkorps Hedensted', TITLE);
  f.row('A3', ['Kommune', 'Hedensted']);
  f.row('A4', ['Periode', '1. halvår 2027']);
  f.row('A5', ['Fase', '2 – Klargøring']);
  f.row('A6', ['Koordinator', 'Karina Strand']);
  f.row('A7', ['Leder', 'Henrik Juul']);
  p.fact('municipality', '766', F, 'B3');
  p.fact('period', '2027-H1', F, 'B4');
  p.fact('phase', 'readiness', F, 'B5');
  p.fact('coordinator', 'Karina Strand', F, 'B6');
  p.fact('leader', 'Henrik Juul', F, 'B7');

  const S = 'Handleplan 2027';
  const s = p.sheet(S);
  s.set('A1', 'Handleplan 2027 – mentor- og forældrecoachindsatsen', TITLE);
  const TH: Record<string, string> = {
    Ledelse: 'leadership',
    Kommunikation: 'communication',
    Inddragelse: 'involvement',
    'Arbejdsproces og kultur': 'process_culture',
    'Organisering, roller og ansvar': 'organisation_roles',
    Opkvalificering: 'upskilling',
    'Opfølgning på dokumentation': 'documentation',
    'Evaluering og tilpasning': 'evaluation',
  };
  const BAR: Record<string, string> = {
    '▮▮▮▮▮': 'done',
    '▮▮▮▮▯': 'in_progress',
    '▮▮▮▯▯': 'in_progress',
    '▮▮▯▯▯': 'in_progress',
    '▮▯▯▯▯': 'in_progress',
    '▯▯▯▯▯': 'not_started',
  };
  type When =
    | { start?: string | { date: string }; slut?: string | { date: string }; s: Exp; d: Exp }
    | { across: string; why: string };
  // [theme, activity, when, team, contact, bar, remark]
  type R = [string, string, When, string, string, string, string | null];
  const rows: R[] = [
    ['Ledelse', 'Ledergruppen godkender rammen for korpset', { slut: 'uge 6', s: null, d: '2027-02-14' }, 'Ledelse', 'HJ', '▮▮▮▮▮', null],
    ['Kommunikation', 'Informationsfolder til forældre', { start: 'marts', slut: 'maj 2027', s: '2027-03-01', d: '2027-05-31' }, 'Kommunikation', 'AB', '▮▮▮▯▯', 'Tekst skrevet, mangler layout'],
    ['Inddragelse', 'Dialogmøder med unge og forældre', { start: 'uge 14', slut: 'uge 16', s: '2027-04-05', d: '2027-04-25' }, 'Skole', 'AB', '▮▯▯▯▯', null],
    ['Arbejdsproces og kultur', 'Fast sparringsmøde for mentorer', { across: 'løbende', why: '"løbende" names no day' }, 'Familie', 'KS', '▮▮▯▯▯', 'Hver anden torsdag'],
    ['Organisering, roller og ansvar', 'Samarbejdsaftale mellem skole og familieafdeling', { start: 'Q1 2027', slut: 'Q2 2027', s: '2027-01-01', d: '2027-06-30' }, 'Skole / Familie', 'HJ', '▯▯▯▯▯', null],
    ['Opkvalificering', 'LAT-uddannelse af mentorer (hold 1)', { start: { date: '2027-03-01' }, slut: { date: '2027-04-30' }, s: '2027-03-01', d: '2027-04-30' }, 'Korps', 'MN', '▮▮▮▮▯', null],
    ['Opkvalificering', 'Uddannelse af forældrecoaches', { slut: 'efterår 2027', s: null, d: unsure(null, '"efterår" names no day: no date, checked') }, 'Korps', 'MN', '▯▯▯▯▯', 'Afventer kursusdatoer'],
    ['Opfølgning på dokumentation', 'Månedlig opgørelse af forløb', { across: 'hele perioden', why: '"hele perioden": the whole period, no day of its own' }, 'Sekretariat', 'LP', '▮▮▯▯▯', null],
    ['Evaluering og tilpasning', 'Midtvejsevaluering med styregruppen', { slut: { date: '2027-06-24' }, s: null, d: '2027-06-24' }, 'Ledelse', 'HJ', '▯▯▯▯▯', null],
    ['Kommunikation', 'Artikel i lokalavisen', { slut: 'april 2027', s: null, d: '2027-04-30' }, 'Kommunikation', 'AB', '▮▮▮▮▮', null],
  ]; // prettier-ignore
  const headerRow = 3;
  const body: TableRow[] = rows.map(([tema, akt, when, team, kontakt, bar, rem], i) => {
    const r = headerRow + 2 + i;
    const dateCell = (v: string | { date: string } | undefined) =>
      v === undefined ? undefined : typeof v === 'string' ? v : { v, s: DMY_DOT };
    const cells =
      'across' in when ? { start: when.across } : { start: dateCell(when.start), slut: dateCell(when.slut) };
    const x: Partial<Record<'start' | 'deadline', Exp>> =
      'across' in when
        ? {
            start: { v: null, flag: true, note: when.why },
            deadline: { v: null, flag: true, note: when.why, cell: `C${r}` },
          }
        : { start: when.s, deadline: when.d };
    return {
      cells: {
        tema,
        akt: { v: akt, s: WRAP },
        ...cells,
        team,
        kontakt,
        frem: bar,
        bem: rem ?? undefined,
      },
      x: {
        theme: TH[tema]!,
        status: BAR[bar]!,
        ...x,
        responsible: { v: NAMES[kontakt]!, alt: [kontakt], note: 'initials explained under the table' },
      },
    };
  });
  const last = p.table({
    sheet: S,
    headerRow,
    gap: 1,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 44 },
      { key: 'start', header: 'Periode', width: 12 },
      { key: 'slut', header: undefined, width: 12 },
      { key: 'gap1', header: undefined, width: 2 },
      { key: 'team', header: 'Ansvar', width: 16 },
      { key: 'kontakt', header: undefined, width: 9 },
      { key: 'gap2', header: undefined, width: 2 },
      { key: 'frem', header: 'Fremdrift', width: 11 },
      { key: 'bem', header: 'Bemærkning', width: 30 },
    ],
    fields: {
      theme: 'tema',
      activity: 'akt',
      start: 'start',
      deadline: 'slut',
      responsible: 'kontakt',
      status: 'frem',
    },
    rows: body,
  });
  // The second header row and the group headers' merges.
  s.row(`C${headerRow + 1}`, ['Start', 'Slut'], HEAD);
  s.row(`F${headerRow + 1}`, ['Team', 'Kontakt'], HEAD);
  s.set(`D${headerRow}`, null, HEAD).set(`G${headerRow}`, null, HEAD);
  s.set(`A${headerRow + 1}`, null, HEAD).set(`B${headerRow + 1}`, null, HEAD);
  s.set(`I${headerRow + 1}`, null, HEAD).set(`J${headerRow + 1}`, null, HEAD);
  s.merge(`C${headerRow}:D${headerRow}`).merge(`F${headerRow}:G${headerRow}`);
  s.merge(`A${headerRow}:A${headerRow + 1}`).merge(`B${headerRow}:B${headerRow + 1}`);
  s.merge(`I${headerRow}:I${headerRow + 1}`).merge(`J${headerRow}:J${headerRow + 1}`);
  rows.forEach(([, , when], i) => {
    if ('across' in when) {
      const r = headerRow + 2 + i;
      s.merge(`C${r}:D${r}`);
    }
  });
  // The legend under the table: the progress bar, then the initials.
  let r = last + 2;
  s.set(`A${r}`, 'Fremdrift: hver ▮ er ca. 20 % af aktiviteten', ITALIC);
  p.notActivity(S, r, 'a legend line for the progress bars');
  r += 1;
  s.set(`A${r}`, 'Forkortelser:', BOLD);
  p.notActivity(S, r, 'the heading of the legend of initials');
  for (const [ini, name] of Object.entries(NAMES)) {
    r += 1;
    s.set(`A${r}`, `${ini} = ${name}`);
    p.notActivity(S, r, 'a line of the legend of initials');
  }

  const T = 'Parathed';
  const t = p.sheet(T);
  t.width(1, 6).width(2, 80).width(3, 16).width(4, 36);
  t.set('A1', 'Tjekliste: hvor langt er vi?', TITLE);
  t.row('A3', ['Nr.', 'Spørgsmål', 'Vurdering', 'Kommentar'], HEAD);
  const scale: Record<string, Exp> = {
    'I høj grad': 'yes',
    'I nogen grad': 'partly',
    'I mindre grad': {
      v: 'partly',
      flag: true,
      alt: ['no'],
      note: '"to a small degree": between Delvist and Nej, to be checked',
    },
    'Slet ikke': 'no',
    'Ved ikke': unsure(null, '"Ved ikke" (do not know) is no answer: checked'),
  };
  const ans: Record<string, [string | null, string | null]> = {
    F1: ['I høj grad', null],
    F2: ['I nogen grad', 'Skolerne er hørt, ikke familieafdelingen'],
    F3: ['I mindre grad', null],
    F4: ['I høj grad', null],
    F5: ['I høj grad', null],
    F6: ['I nogen grad', null],
    F7: ['I nogen grad', null],
    L1: ['I høj grad', null],
    L2: ['Slet ikke', 'Aftales i juni'],
    L3: ['I mindre grad', 'Kun mentorerne er i gang'],
    L4: ['Slet ikke', null],
    L5: ['I nogen grad', null],
    L6: ['Ved ikke', null],
    L7: [null, null],
    L8: ['Slet ikke', null],
  };
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const row = 4 + i;
    const [a, comment] = ans[id]!;
    t.set(`A${row}`, id).set(`B${row}`, q, WRAP);
    if (a) t.set(`C${row}`, a);
    if (comment) t.set(`D${row}`, comment, WRAP);
    p.answer(id, a ? scale[a]! : null, T, `C${row}`, comment ? { v: comment, cell: `D${row}` } : undefined);
  });

  const K = 'Korps';
  const k = p.sheet(K);
  k.width(1, 10).width(2, 10).width(3, 24).width(4, 12).width(5, 12);
  k.row('A1', ['Initialer', 'Rolle', 'Afdeling', 'Timer/uge', 'Forløb'], HEAD);
  type KR = [string, string, 'mentor' | 'parent_coach' | 'both', string, number, number];
  const corps: KR[] = [
    ['SR', 'M', 'mentor', 'Skole', 8, 3],
    ['TK', 'FC', 'parent_coach', 'Familie', 6, 2],
    ['BO', 'M+FC', 'both', 'Familie', 14, 5],
    ['IL', 'M', 'mentor', 'Ungeindsats', 10, 4],
  ];
  corps.forEach(([ini, code, id, dept, h, n], i) => {
    const row = 2 + i;
    k.row(`A${row}`, [ini, code, dept, h, n]);
    p.corpsRow(K, row, {
      initials: [ini, `A${row}`],
      role: [{ v: id, note: 'role code explained in the note under the table' }, `B${row}`],
      hoursPerWeek: [h, `D${row}`],
      activeCases: [n, `E${row}`],
    });
  });
  k.set('A7', 'M = mentor, FC = forældrecoach', ITALIC);
  return p;
}
