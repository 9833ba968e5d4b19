// Kerteminde (held out, twenty-seventh round): the plan kept in Excel 365 in 2026 with Copilot in
// the grid. The coordinator types rough notes in a "Noter" column and lets the COPILOT function
// write the rest: =COPILOT("Omskriv noten til en kort aktivitet", K3) in the activity column, a
// milestone and an evaluation from the notes (some results long and bulleted), a status chosen from
// the note on some rows, a responsible ("Ansvarlig: Lene Bak") and a deadline ("Inden udgangen af
// marts 2027") on one row each, and a column of Copilot-suggested themes ("Foreslået tema") beside
// her own "Tema" — the suggestion sometimes another theme than hers, once her own theme left empty.
// Two calls had not come back when she saved: "#BUSY!" in an activity cell, "#CONNECT!" in a
// milestone and a status cell. The Copilot cells carry the note she pasted from the pane,
// "Genereret af AI – gennemse indholdet …", and Copilot's disclaimer line sits under the table.
// Sent with the formulas, korpsplan refuses the file by design (COPILOT sends the workbook's data to
// an online service; the refusal names Plan!C2 and says to paste the formulas as values), as it
// refuses Power Query (p127): this is the file as she sends it again after following that advice —
// every Copilot cell pasted as values, the cached text kept, the two errors kept as error values,
// the notes kept. (The formula version read 0 of 75, refused, 75 counted silent.)
// A careful reader takes what the cells say, her own theme before Copilot's suggestion (a
// suggestion alone is a reading to confirm), and no value where the call failed. Hand-built.

import { PlanBuilder, type Exp } from '../build/plan';
import type { Cell } from '../build/model';
import { DMY_DOT, HEAD, TITLE, WRAP } from './common';
import { checklistSheet } from './departments';
import { at, coverPairs } from './round24';

const AI_NOTE = 'Genereret af AI – gennemse indholdet for nøjagtighed.';

/** A COPILOT cell pasted as values: its cached text (the prompt and the referenced note gone). */
function copilot(_prompt: string, _ref: string, cached: string): Cell {
  return { v: cached, s: WRAP };
}

/** A COPILOT call that had not come back ("#BUSY!", "#CONNECT!"), pasted as values: an error value. */
function failed(text: '#BUSY!' | '#CONNECT!'): Cell {
  return { v: text, error: true };
}

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  'Organisering, roller og ansvar': 'organisation_roles',
  'Arbejdsproces og kultur': 'process_culture',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};

const SUGGEST = 'Foreslå ét tema fra listen på arket Lister ud fra aktiviteten';
const ACT = 'Omskriv noten til en kort aktivitet til implementeringsplanen';
const MS = 'Foreslå en milepæl for aktiviteten';
const EV = 'Skriv en kort evaluering af resultatet ud fra noten';
const ST = 'Vælg status ud fra noten: Ikke startet, I gang eller Gennemført';
const RESP = 'Hvem er ansvarlig ifølge noten?';
const DUE = 'Hvornår er fristen ifølge noten?';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p135-kerteminde-copilot-funktion-i-celler-foreslaaet-tema-ai-noter',
    'hand-built',
    'Kerteminde: Excel 365 with Copilot in 2026: activities, milestones, evaluations, some statuses, a responsible and a deadline written by =COPILOT("…", K3) from the coordinator\'s notes (cached text, some long and bulleted, "Status: Gennemført – …", "Ansvarlig: …", "Inden udgangen af marts 2027"), one "#BUSY!" activity and one "#CONNECT!" status, a "Foreslået tema" column of Copilot suggestions beside her own "Tema" (once her theme empty), "Genereret af AI" notes on the cells and a disclaimer line under the table.',
    [
      'copilot-function-cached-text',
      'copilot-bulleted-result-in-activity',
      'copilot-busy-or-connect-error',
      'suggested-theme-column-beside-theme',
      'theme-only-as-ai-suggestion',
      'ai-generated-notes-on-cells',
      'ai-disclaimer-line-under-table',
      'label-prefixed-ai-answer',
    ],
  );

  const F = 'Forside';
  p.sheet(F).set(
    'A1',
    'Kerteminde Kommune – implementeringsplan for mentor- og forældrecoachindsatsen',
    TITLE,
  );
  coverPairs(p, F, 3, [
    ['Kommune', 'Kerteminde Kommune', 'municipality', '440'],
    ['Periode', '1. halvår 2027', 'period', '2027-H1'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Kirsten Holm', 'coordinator'],
    ['Leder', 'Ole Brandt', 'leader'],
  ]);
  p.sheet(F).width(1, 16).width(2, 34);

  const S = 'Plan';
  const s = p.sheet(S);
  s.row(
    'A1',
    ['Nr.', 'Tema', 'Foreslået tema', 'Aktivitet', 'Milepæl', 'Ansvarlig', 'Start', 'Frist', 'Status', 'Evaluering af resultat', 'Noter'],
    HEAD,
  ); // prettier-ignore
  [5, 26, 26, 44, 30, 16, 12, 12, 14, 44, 40].forEach((w, i) => s.width(i + 1, w));
  const x = at(S);
  type Row = {
    tema: string;
    forslag: string;
    akt: string | Cell;
    aktRead: Exp;
    ms?: string | Cell;
    ans: string | Cell;
    ansRead: Exp;
    start?: string;
    frist?: string | Cell;
    fristRead: Exp;
    status: string | Cell;
    statusRead: Exp;
    ev?: string | Cell;
    note: string;
    themeRead?: Exp;
  };
  const ROWS: readonly Row[] = [
    {
      tema: 'Ledelse', forslag: 'Ledelse', akt: 'Styregruppemøde om mål for korpset', aktRead: 'Styregruppemøde om mål for korpset',
      ms: copilot(MS, 'K2', 'Mål for korpset vedtaget i styregruppen'), ans: 'Ole Brandt', ansRead: 'Ole Brandt',
      frist: '2027-01-29', fristRead: '2027-01-29', status: 'Gennemført', statusRead: 'done',
      ev: copilot(EV, 'K2', 'Resultat:\n- Målene for 2027 er vedtaget\n- Styregruppen mødes fremover hvert kvartal\n- Næste skridt: måltal for forløb pr. mentor'),
      note: 'styregr. 29/1 mål vedtaget, mødes hvert kvartal',
    },
    {
      tema: 'Kommunikation', forslag: 'Inddragelse',
      akt: copilot(ACT, 'K3', 'Informationsbrev til skoler og dagtilbud om mentorkorpset'), aktRead: 'Informationsbrev til skoler og dagtilbud om mentorkorpset',
      ms: copilot(MS, 'K3', 'Brevet er sendt til alle skoler og dagtilbud'), ans: 'Kirsten Holm', ansRead: 'Kirsten Holm',
      start: '2027-02-01', frist: '2027-02-26', fristRead: '2027-02-26', status: 'I gang', statusRead: 'in_progress',
      note: 'brev til skoler + dagtilbud om korpset, feb',
    },
    {
      tema: 'Inddragelse', forslag: 'Inddragelse',
      akt: copilot(ACT, 'K4', '• Afhold dialogmøde med forældrerådet\n• Indsaml forældrenes ønsker til forløbene\n• Følg op med et kort referat'),
      aktRead: {
        v: '• Afhold dialogmøde med forældrerådet • Indsaml forældrenes ønsker til forløbene • Følg op med et kort referat',
        alt: [
          'Afhold dialogmøde med forældrerådet Indsaml forældrenes ønsker til forløbene Følg op med et kort referat',
          // The corpus's reading of bullet lines in one cell (p113): the lines joined by "; ".
          'Afhold dialogmøde med forældrerådet; Indsaml forældrenes ønsker til forløbene; Følg op med et kort referat',
        ],
      },
      ans: copilot(RESP, 'K4', 'Ansvarlig: Lene Bak'), ansRead: 'Lene Bak',
      frist: '2027-04-22', fristRead: '2027-04-22', status: 'Ikke startet', statusRead: 'not_started',
      note: 'dialogmøde forældrerådet, ønsker til forløb, referat bagefter – Lene står for det',
    },
    {
      tema: 'Opkvalificering', forslag: 'Opkvalificering', akt: 'LAT-kursus for nye mentorer', aktRead: 'LAT-kursus for nye mentorer',
      ans: 'Bo Lind', ansRead: 'Bo Lind', start: '2027-03-01', frist: '2027-05-14', fristRead: '2027-05-14',
      status: copilot(ST, 'K5', 'I gang'), statusRead: 'in_progress',
      note: 'kurset er startet 1/3, 6 ud af 8 gange tilbage',
    },
    {
      tema: 'Organisering, roller og ansvar', forslag: 'Ledelse', akt: 'Samarbejdsaftale med PPR', aktRead: 'Samarbejdsaftale med PPR',
      ans: 'Ole Brandt', ansRead: 'Ole Brandt', frist: '2027-02-15', fristRead: '2027-02-15',
      status: copilot(ST, 'K6', 'Status: Gennemført – aftalen er underskrevet'), statusRead: 'done',
      ev: copilot(EV, 'K6', 'Aftalen er underskrevet af PPR og Familieafdelingen.'),
      note: 'aftale underskrevet 10/2',
    },
    {
      tema: '', forslag: 'Arbejdsproces og kultur', akt: 'Fast mødestruktur i korpset hver anden uge', aktRead: 'Fast mødestruktur i korpset hver anden uge',
      ans: 'Kirsten Holm', ansRead: 'Kirsten Holm', start: '2027-01-11',
      frist: copilot(DUE, 'K7', 'Inden udgangen af marts 2027'), fristRead: '2027-03-31',
      status: 'I gang', statusRead: 'in_progress',
      note: 'møder hver 2. uge, skal køre inden udgangen af marts',
      themeRead: { v: 'process_culture', flag: true, cell: 'C7', note: 'her own Tema is empty: only Copilot\'s suggestion, to be confirmed' },
    },
    {
      tema: 'Opfølgning på dokumentation', forslag: 'Opfølgning på dokumentation',
      akt: failed('#BUSY!'),
      aktRead: { v: null, flag: true, note: 'the COPILOT call had not come back ("#BUSY!"): no activity written; the note says what it is about' },
      ans: 'Lene Bak', ansRead: 'Lene Bak', start: '2027-01-04', frist: '2027-06-30', fristRead: '2027-06-30',
      status: 'I gang', statusRead: 'in_progress',
      note: 'månedlig registrering i dokumentationsplatformen, Lene tjekker',
    },
    {
      tema: 'Evaluering og tilpasning', forslag: 'Evaluering og tilpasning', akt: 'Midtvejsevaluering med mentorerne', aktRead: 'Midtvejsevaluering med mentorerne',
      ms: failed('#CONNECT!'), ans: 'Kirsten Holm', ansRead: 'Kirsten Holm', frist: '2027-06-11', fristRead: '2027-06-11',
      status: failed('#CONNECT!'),
      statusRead: { v: null, flag: true, note: 'the COPILOT call could not connect ("#CONNECT!"): no status' },
      note: 'juni, alle mentorer, spørgeskema først',
    },
    {
      tema: 'Kommunikation', forslag: 'Kommunikation', akt: 'Oplæg på skoleledermøde', aktRead: 'Oplæg på skoleledermøde',
      ms: copilot(MS, 'K10', 'Oplægget er holdt for alle skoleledere'), ans: 'Kirsten Holm', ansRead: 'Kirsten Holm', frist: '2027-03-18', fristRead: '2027-03-18',
      status: 'Ikke startet', statusRead: 'not_started', note: 'skoleledermøde 18/3',
    },
  ]; // prettier-ignore
  ROWS.forEach((row, i) => {
    const r = 2 + i;
    s.set(`A${r}`, i + 1);
    if (row.tema) s.set(`B${r}`, row.tema);
    s.set(`C${r}`, copilot(SUGGEST, `D${r}`, row.forslag));
    s.set(`D${r}`, row.akt);
    if (row.ms) s.set(`E${r}`, row.ms);
    s.set(`F${r}`, row.ans);
    if (row.start) s.set(`G${r}`, { date: row.start }, DMY_DOT);
    if (row.frist)
      s.set(`H${r}`, typeof row.frist === 'string' ? { v: { date: row.frist }, s: DMY_DOT } : row.frist);
    s.set(`I${r}`, row.status);
    if (row.ev) s.set(`J${r}`, row.ev);
    s.set(`K${r}`, row.note, WRAP);
    // The pane's note on every cell Copilot wrote in (the suggested themes get one on the header).
    const byCopilot: Record<string, unknown> = {
      D: row.akt,
      E: row.ms,
      F: row.ans,
      H: row.frist,
      I: row.status,
      J: row.ev,
    };
    for (const [c, v] of Object.entries(byCopilot))
      if (typeof v === 'object') s.comments.set(`${c}${r}`, AI_NOTE);
    p.activity(S, r, {
      theme: x(row.themeRead ?? TH[row.tema]!, `B${r}`),
      activity: x(row.aktRead, `D${r}`),
      status: x(row.statusRead, `I${r}`),
      start: x(row.start ?? null, `G${r}`),
      deadline: x(row.fristRead, `H${r}`),
      responsible: x(row.ansRead, `F${r}`),
    });
  });
  const last = 1 + ROWS.length;
  s.table = { name: 'Plan', ref: `A1:K${last}` };
  s.comments.set('C1', AI_NOTE);
  const disc = last + 2;
  s.set(`A${disc}`, 'Indhold genereret af AI kan være forkert. Gennemse svarene, før planen sendes.');
  p.notActivity(S, disc, "Copilot's disclaimer under the table: a note, no activity");

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'no', F6: 'partly', F7: 'yes',
    L1: 'yes', L2: 'partly', L3: 'no', L4: ['partly', 'Supervision aftalt fra marts'], L5: 'yes', L6: 'partly', L7: 'no', L8: 'yes',
  }); // prettier-ignore
  return p;
}
