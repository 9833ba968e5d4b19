// Hvidovre (held out, eighth round): the plan kept as Microsoft Lists in the team's Teams channel
// and copied to Excel by a Power Automate flow, one sheet per list, each with the list's own
// columns: "Title", "Bucket" (the theme), "Progress" as "0 %", "50 %", "100 %", "Priority"
// ("Haster", "Vigtig", "Mellem", "Lav": not a status), "Assigned to" as e-mail addresses (two
// joined by ";"), and the list's metadata "Modified", "Created", "Created By", "Item Type", "Path".
// The flow writes every date as the service keeps it: an ISO date-time in UTC. A date-only column
// holds Danish midnight, so 1 March 2027 is "2027-02-28T23:00:00Z" and 1 June 2027 (summer time)
// "2027-05-31T22:00:00Z": a careful Danish reader reads the day in Danish time (the next day).
// "Created" and "Modified" are when the item was typed and changed, never the activity's start.
// The cover facts are a small list "Stamdata" (Title | Værdi), the corps a list whose role is a
// multi-choice column ("Mentor;Forældrecoach" = both). SheetJS (a plain workbook, no styles).

import { PlanBuilder, type Exp } from '../build/plan';

/** The UTC date-time at which Danish midnight starts the day `iso` (2027: summer time 28/3–31/10). */
function utcOfDanishMidnight(iso: string): string {
  const summer = iso >= '2027-03-29' && iso <= '2027-10-31';
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return `${d.toISOString().slice(0, 10)}T${summer ? '22' : '23'}:00:00Z`;
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p62-hvidovre-microsoft-lists-utc-tider',
    'sheetjs',
    'Hvidovre: Microsoft Lists copied to Excel by a flow: Title/Bucket/Progress ("50 %")/Priority/Assigned to (e-mail)/Start date/Due date as UTC date-times of Danish midnight ("2027-02-28T23:00:00Z" is 1 March), Modified/Created metadata; cover as a Title | Værdi list; corps role as a multi-choice "Mentor;Forældrecoach".',
    [
      'microsoft-lists-export',
      'power-automate-flow',
      'list-title-column',
      'bucket-as-theme',
      'status-as-progress-percent-text',
      'priority-column',
      'responsible-e-mail',
      'responsible-several-people-semicolon',
      'utc-date-times-of-danish-midnight',
      'created-modified-metadata',
      'cover-list-title-value',
      'checklist-question-in-title-column',
      'corps-role-multi-choice',
      'indicators',
      'no-styles',
    ],
  );

  const C = 'Stamdata';
  const c = p.sheet(C);
  c.width(1, 16).width(2, 44).width(3, 22).width(4, 18);
  c.row('A1', ['Title', 'Værdi', 'Modified', 'Created By']);
  const facts: [string, string][] = [
    ['Kommune', 'Hvidovre'],
    ['Halvår', '1. halvår 2027'],
    ['Fase', 'Indledende implementering'],
    ['Koordinator', 'Camilla Juhl (camilla.juhl@hvidovre.dk)'],
    ['Leder', 'Morten Skov'],
  ];
  facts.forEach(([k, v], i) => c.row(`A${2 + i}`, [k, v, '2027-01-12T09:14:22Z', 'Camilla Juhl']));
  p.fact('municipality', '167', C, 'B2');
  p.fact('period', '2027-H1', C, 'B3');
  p.fact('phase', 'initial', C, 'B4');
  p.fact('coordinator', 'Camilla Juhl', C, 'B5');
  p.fact('leader', 'Morten Skov', C, 'B6');

  const S = 'Aktiviteter';
  const s = p.sheet(S);
  const head = [
    'Title',
    'Bucket',
    'Progress',
    'Priority',
    'Assigned to',
    'Start date',
    'Due date',
    'Description',
    'Modified',
    'Created',
    'Created By',
    'Item Type',
    'Path',
  ];
  s.row('A1', head);
  [40, 28, 10, 10, 44, 22, 22, 40, 22, 22, 16, 10, 40].forEach((w, i) => s.width(i + 1, w));
  const TH: Record<string, Exp> = {
    Ledelse: 'leadership',
    Kommunikation: 'communication',
    Inddragelse: 'involvement',
    'Arbejdsproces og kultur': 'process_culture',
    'Organisering, roller og ansvar': 'organisation_roles',
    Opkvalificering: 'upskilling',
    'Opfølgning på dokumentation': 'documentation',
    'Evaluering og tilpasning': 'evaluation',
  };
  const PR: Record<string, Exp> = { '0 %': 'not_started', '50 %': 'in_progress', '100 %': 'done' };
  // [title, bucket, progress, priority, assigned to, start (ISO day or null), due (ISO day), description, created]
  type R = [string, string, string, string, string, string | null, string, string, string];
  const rows: R[] = [
    ['Opstartsmøde med direktionen', 'Ledelse', '100 %', 'Vigtig', 'morten.skov@hvidovre.dk', null, '2027-01-27', 'Beslutning om korpsets størrelse', '2026-12-14T10:02:51Z'],
    ['Intranetside om mentorkorpset', 'Kommunikation', '100 %', 'Mellem', 'camilla.juhl@hvidovre.dk', '2027-02-01', '2027-02-19', 'Siden er publiceret', '2026-12-14T10:05:12Z'],
    ['Fokusgruppe med unge fra ungdomsskolen', 'Inddragelse', '50 %', 'Mellem', 'sara.holm@hvidovre.dk', '2027-02-15', '2027-03-26', 'To fokusgrupper', '2027-01-05T13:40:09Z'],
    ['Fælles visitationsforløb mellem skole og familie', 'Arbejdsproces og kultur', '50 %', 'Haster', 'sara.holm@hvidovre.dk;camilla.juhl@hvidovre.dk', '2027-03-01', '2027-04-30', 'Ny procedure beskrevet', '2027-01-05T13:44:30Z'],
    ['Aftale om ledelsesopbakning i afdelingerne', 'Organisering, roller og ansvar', '0 %', 'Vigtig', 'morten.skov@hvidovre.dk', null, '2027-04-01', 'Skriftlig aftale', '2027-01-06T08:15:00Z'],
    ['LAT-grundkursus for mentorer', 'Opkvalificering', '50 %', 'Vigtig', 'camilla.juhl@hvidovre.dk', '2027-03-15', '2027-05-21', 'Seks mentorer', '2027-01-06T08:20:44Z'],
    ['Træning af forældrecoaches', 'Opkvalificering', '0 %', 'Mellem', 'camilla.juhl@hvidovre.dk', '2027-04-12', '2027-06-11', 'Fire forældrecoaches', '2027-01-06T08:22:10Z'],
    ['Registrering af forløb i fagsystemet', 'Opfølgning på dokumentation', '0 %', 'Lav', 'peter.aabo@hvidovre.dk', '2027-04-01', '2027-06-01', 'Felter oprettet', '2027-01-07T11:31:26Z'],
    ['Halvårsstatus til styregruppen', 'Evaluering og tilpasning', '0 %', 'Mellem', 'camilla.juhl@hvidovre.dk', null, '2027-06-24', 'Status fremlagt', '2027-01-07T11:35:02Z'],
    ['Møde med ungdomsuddannelserne', 'Kommunikation', '0 %', 'Lav', 'sara.holm@hvidovre.dk', null, '2027-05-03', 'Aftale om kontaktpersoner', '2027-01-07T11:40:47Z'],
  ]; // prettier-ignore
  rows.forEach(([title, bucket, prog, prio, who, start, due, desc, created], i) => {
    const r = 2 + i;
    s.row(`A${r}`, [
      title,
      bucket,
      prog,
      prio,
      who,
      start ? utcOfDanishMidnight(start) : undefined,
      utcOfDanishMidnight(due),
      desc,
      '2027-02-03T15:27:41Z',
      created,
      'Camilla Juhl',
      'Item',
      'sites/Mentorkorps/Lists/Aktiviteter',
    ]);
    const note = 'a UTC date-time of Danish midnight: the next day in Danish time';
    p.activity(S, r, {
      theme: { value: TH[bucket] as string, cell: `B${r}` },
      activity: { value: title, cell: `A${r}` },
      status: { value: PR[prog] as string, cell: `C${r}` },
      start: { value: start, cell: `F${r}`, ...(start ? { note } : {}) },
      deadline: { value: due, cell: `G${r}`, note },
      responsible: { value: who, cell: `E${r}` },
    });
  });

  const T = 'Tjekliste';
  const t = p.sheet(T);
  t.width(1, 90).width(2, 10).width(3, 40).width(4, 22);
  t.row('A1', ['Title', 'Svar', 'Kommentar', 'Modified']);
  const qs: [string, string, string | null, 'yes' | 'partly' | 'no' | null, string | null][] = [
    ['F1', 'Er behovet for indsatsen analyseret?', 'Ja', 'yes', null],
    ['F2', 'Har relevante aktører været involveret i analysen?', 'Ja', 'yes', null],
    ['F3', 'Er der en plan for at involvere og informere samarbejdspartnere?', 'Delvist', 'partly', 'Skoler mangler'],
    ['F4', 'Er der valgt en koordinator?', 'Ja', 'yes', null],
    ['F5', 'Er det besluttet, hvilke områder mentorer og forældrecoaches kommer fra?', 'Ja', 'yes', null],
    ['F6', 'Er der skabt rammer for, at de uddannede kan arbejde med forløb?', 'Delvist', 'partly', null],
    ['F7', 'Er der en klar rolle- og ansvarsfordeling?', 'Nej', 'no', 'Kommer i april'],
    ['L1', 'Er der en implementeringsplan med aktiviteter, mål, deadlines og milepæle?', 'Ja', 'yes', null],
    ['L2', 'Er der planlagt nedslag, hvor vi ser på foreløbige resultater?', 'Nej', 'no', null],
    ['L3', 'Er ledelse, mentorer og forældrecoaches opkvalificeret?', 'Delvist', 'partly', null],
    ['L4', 'Er der en plan for læring og øvelse i LAT-metoden?', null, null, null],
    ['L5', 'Er der en plan for kommunikation om metoden?', 'Delvist', 'partly', null],
    ['L6', 'Er der skabt rammer for at arbejde med forløb (løbende)?', 'Delvist', 'partly', null],
    ['L7', 'Er det planlagt, hvem der skal informeres, og hvordan budskaber målrettes?', 'Nej', 'no', null],
    ['L8', 'Er der en plan for hvad, hvornår og hvordan der kommunikeres?', 'Nej', 'no', null],
  ]; // prettier-ignore
  qs.forEach(([id, q, typed, reading, comment], i) => {
    const r = 2 + i;
    t.row(`A${r}`, [`${id} ${q}`, typed ?? undefined, comment ?? undefined, '2027-01-20T12:00:31Z']);
    p.answer(id as 'F1', reading, T, `B${r}`, comment ? { v: comment, cell: `C${r}` } : undefined);
  });

  const K = 'Korps';
  const k = p.sheet(K);
  k.width(1, 10).width(2, 26).width(3, 14).width(4, 14).width(5, 22);
  k.row('A1', ['Title', 'Rolle', 'Timer pr. uge', 'Aktive forløb', 'Modified']);
  type KR = [string, string, 'mentor' | 'parent_coach' | 'both', number, number];
  const corps: KR[] = [
    ['SH', 'Mentor', 'mentor', 8, 3],
    ['PA', 'Mentor;Forældrecoach', 'both', 12, 5],
    ['LN', 'Forældrecoach', 'parent_coach', 6, 2],
    ['TJ', 'Mentor', 'mentor', 10, 4],
  ];
  corps.forEach(([ini, role, id, h, n], i) => {
    const r = 2 + i;
    k.row(`A${r}`, [ini, role, h, n, '2027-01-18T10:11:12Z']);
    p.corpsRow(K, r, {
      initials: [ini, `A${r}`],
      role: [id, `B${r}`],
      hoursPerWeek: [h, `C${r}`],
      activeCases: [n, `D${r}`],
    });
  });

  const I = 'Indikatorer';
  const ind = p.sheet(I);
  ind.width(1, 44).width(2, 10).width(3, 10).width(4, 10).width(5, 10).width(6, 22);
  ind.row('A1', ['Title', 'Enhed', 'Baseline', 'Mål', 'Resultat', 'Modified']);
  type IR = [string, string, 'count' | 'percent', number, number, number];
  const inds: IR[] = [
    ['Aktive mentorforløb', 'Antal', 'count', 0, 20, 12],
    ['Forløb med positiv progression', 'Procent', 'percent', 35, 60, 48],
    ['Medarbejdere opkvalificeret', 'Antal', 'count', 0, 10, 6],
  ];
  inds.forEach(([name, unitText, unit, b, tg, res], i) => {
    const r = 2 + i;
    ind.row(`A${r}`, [name, unitText, b, tg, res, '2027-02-01T07:45:00Z']);
    p.indicatorRow(I, r, {
      name: [name, `A${r}`],
      unit: [unit, `B${r}`],
      baseline: [b, `C${r}`],
      target: [tg, `D${r}`],
      result: [res, `E${r}`],
    });
  });
  return p;
}
