// Randers: the seed's plan template typed in capitals as the PDF prints it, and the two checklists
// pasted from the PDF: the questions keep the PDF's line breaks and hyphenations ("forældrecoa-
// ches"), the answers are marks in the three columns Ja / Delvist / Nej "(sæt x)" — x, X or ✓ —
// with a comment column; one question is left unanswered. Made in LibreOffice (flat ODS).

import type { Style } from '../build/model';
import type { ChecklistIdKey } from '../expected';
import { PlanBuilder } from '../build/plan';
import { BOLD, DMY, HEAD, TITLE, WRAP } from './common';

/** The checklist questions as pasted from the PDF, line breaks and hyphenation included. */
export const PASTED: Record<ChecklistIdKey, string> = {
  F1: 'Har kommunen gennemført en analyse af behovet for indsatsen\nog for at indgå i det landsdækkende mentorkorps?',
  F2: 'Har relevante aktører i kommunen været involveret i en\nanalyse af behovet?',
  F3: 'Er der udarbejdet en plan for, hvordan eventuelle samarbejdspartnere\nløbende involveres og informeres om kommunens engagement i det\nlandsdækkende mentorkorps og arbejde med LAT-metoden?',
  F4: 'Er der valgt en koordinator, som kan stå for at drive og understøtte\nimplementering af indsatsen organisatorisk og fagligt?',
  F5: 'Er det besluttet, hvilke områder de mentorer og forældrecoaches,\nsom skal uddannes, kommer fra – og hvorfor de er udvalgt?',
  F6: 'Er der skabt rammerne for, at de uddannede mentorer og forældrecoa-\nches kan arbejde med forløb?',
  F7: 'Er der udarbejdet en klar rolle- og ansvarsfordeling mellem ledelsen,\nkoordinatoren og mentorer og forældrecoaches?',
  L1: 'Er der udarbejdet en implementeringsplan, der viser aktiviteter, mål\nog forventede resultater? Og er der deadlines og milepæle for de enkel-\nte aktiviteter?',
  L2: 'Er der en plan for nedslag i implementeringen, hvor koordinatoren\nsammen med mentorer og forældrecoaches stopper op og ser på fore-\nløbige resultater samt det videre forløb?',
  L3: 'Er der gennemført opkvalificering af ledelse og mentorer og forældre-\ncoaches?',
  L4: 'Er der en plan for, hvordan mentorer og forældrecoaches i kommu-\nnerne kan arbejde med læring og øvelser i brug af LAT-metoden og\nunderstøttende redskaber i en aktionslæringscyklus, fx efter kurser og\nopkvalificeringsseminarer, som kan sikre, at kompetencer fastholdes?',
  L5: 'Er der lagt en plan for kommunikation om metoden, som kan bidrage til\nat understøtte, at budskabet om metoden spredes til relevante samar-\nbejdspartnere i kommunen?',
  L6: 'Er der skabt rammerne for, at de uddannede mentorer og forældrecoa-\nches kan arbejde med forløb?',
  L7: 'Er der en plan for, hvem der skal informeres om indsatsen? Og fremgår\ndet, hvordan budskaber i kommunikation målrettes forskellige ledere,\nmentorer, forældrecoaches og samarbejdspartnere?',
  L8: 'Er der en plan for hvad, hvornår og hvordan der skal kommunikeres om\nindsatsen?',
};

type Id = ChecklistIdKey;
type Ans = 'yes' | 'partly' | 'no' | null;

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p11-randers-huskeliste-fra-pdf',
    'libreoffice-fods',
    'Randers: the seed template in capitals; both checklists pasted from the PDF with its line breaks and hyphenation, answered with x / X / ✓ in Ja / Delvist / Nej columns, comments beside; one unanswered.',
    [
      'checklist-pasted-from-pdf',
      'checklist-marks-x-X-check',
      'checklist-two-tables',
      'checklist-comment-column',
      'seed-headers-capitals',
      'date-cells',
    ],
  );
  const f = p.sheet('Forside');
  f.set('A1', 'Randers Kommune – Implementeringsplan for mentor- og forældrecoachkorpset', TITLE);
  f.row('A3', ['Kommune', 'Randers Kommune']);
  f.row('A4', ['Periode', '2026-H2']);
  f.row('A5', ['Fase', 'Fuld implementering (drift)']);
  f.row('A6', ['Koordinator', 'Anne Frederiksen']);
  f.row('A7', ['Leder', 'Peter Rasmussen']);
  f.width(1, 16).width(2, 36);
  p.fact('municipality', '730', 'Forside', 'B3');
  p.fact('period', '2026-H2', 'Forside', 'B4');
  p.fact('phase', 'full', 'Forside', 'B5');
  p.fact('coordinator', 'Anne Frederiksen', 'Forside', 'B6');
  p.fact('leader', 'Peter Rasmussen', 'Forside', 'B7');

  const STATUS: Record<string, string> = {
    Gennemført: 'done',
    'I gang': 'in_progress',
    'Ikke startet': 'not_started',
    Ændret: 'changed',
  };
  const THEMES: Record<string, string> = {
    Ledelse: 'leadership',
    Kommunikation: 'communication',
    Inddragelse: 'involvement',
    'Arbejdsproces og kultur': 'process_culture',
    'Organisering, roller og ansvar': 'organisation_roles',
    Opkvalificering: 'upskilling',
    'Opfølgning på dokumentation': 'documentation',
    'Evaluering og tilpasning': 'evaluation',
  };
  type R = [string | { date: string }, string, string, string, string, string, string | undefined, string];
  const rows: R[] = [
    [
      { date: '2026-08-13' },
      'Ledelse',
      'Styregruppemøde: status på korpset',
      'Referat godkendt',
      'Peter Rasmussen',
      'Gennemført',
      'Ny mødekadence aftalt',
      '2026-08-13',
    ],
    [
      '15.10.2026',
      'Ledelse',
      'Ledelsesinformation om antal forløb',
      'Notat til direktionen',
      'Peter Rasmussen',
      'Gennemført',
      'Direktionen ønsker halvårlig status',
      '2026-10-15',
    ],
    [
      { date: '2026-09-01' },
      'Kommunikation',
      'Historier fra forløb på intranettet',
      'To historier bragt',
      'Anne Frederiksen',
      'I gang',
      undefined,
      '2026-09-01',
    ],
    [
      '30.11.2026',
      'Kommunikation',
      'Pjece til forældre revideres',
      'Ny pjece trykt',
      'Anne Frederiksen',
      'Ikke startet',
      undefined,
      '2026-11-30',
    ],
    [
      { date: '2026-09-22' },
      'Inddragelse',
      'Læringsmøde om de fire redskaber',
      'Møde afholdt',
      'Anne Frederiksen',
      'Gennemført',
      'Stor tilfredshed',
      '2026-09-22',
    ],
    [
      { date: '2026-10-27' },
      'Arbejdsproces og kultur',
      'Sparringsmøder om konkrete forløb',
      'Fast mødeplan',
      'Anne Frederiksen',
      'I gang',
      undefined,
      '2026-10-27',
    ],
    [
      '01.12.2026',
      'Organisering, roller og ansvar',
      'Ny tovholder i Jobcentret udpeges',
      'Tovholder udpeget',
      'Peter Rasmussen',
      'Ændret',
      'Opgaven lægges hos teamleder',
      '2026-12-01',
    ],
    [
      { date: '2026-11-05' },
      'Opkvalificering',
      'Opfølgningsseminar for mentorer',
      'Alle har deltaget',
      'Anne Frederiksen',
      'Gennemført',
      'Seminaret gav nye ideer til forløb',
      '2026-11-05',
    ],
    [
      '10.12.2026',
      'Opfølgning på dokumentation',
      'Data fra platformen på ledermøde',
      'Data præsenteret',
      'Anne Frederiksen',
      'Ikke startet',
      undefined,
      '2026-12-10',
    ],
    [
      { date: '2026-12-16' },
      'Evaluering og tilpasning',
      'Refleksionsmøde efter mødeguiden',
      'Beslutninger om justeringer',
      'Peter Rasmussen',
      'Ikke startet',
      undefined,
      '2026-12-16',
    ],
  ];
  p.sheet('Implementeringsplan').set('A1', 'IMPLEMENTERINGSPLAN 2. HALVÅR 2026', TITLE);
  p.table({
    sheet: 'Implementeringsplan',
    headerRow: 3,
    headerStyle: HEAD,
    columns: [
      { key: 'tid', header: 'TIDSPLAN', width: 14 },
      { key: 'omr', header: 'INDSATSOMRÅDE', width: 28 },
      { key: 'akt', header: 'AKTIVITETER', width: 44 },
      { key: 'mil', header: 'MILEPÆLE', width: 28 },
      { key: 'ansv', header: 'ANSVARLIG', width: 20 },
      { key: 'status', header: 'STATUS', width: 14 },
      { key: 'eval', header: 'EVALUERING AF RESULTAT', width: 36 },
    ],
    fields: { when: 'tid', theme: 'omr', activity: 'akt', responsible: 'ansv', status: 'status' },
    rows: rows.map(([tid, omr, akt, mil, ansv, status, ev, deadline]) => ({
      cells: {
        tid: typeof tid === 'string' ? tid : { v: tid, s: DMY },
        omr,
        akt,
        mil,
        ansv,
        status,
        eval: ev,
      },
      x: { theme: THEMES[omr]!, status: STATUS[status]!, deadline },
    })),
  });

  const h = p.sheet('Huskeliste');
  h.width(1, 70).width(2, 10).width(3, 10).width(4, 10).width(5, 36);
  const header = ['HUSKELISTE SPØRGSMÅL', 'Ja\n(sæt x)', 'Delvist\n(sæt x)', 'Nej\n(sæt x)', 'Kommentar'];
  const answers: [Id, Ans, string, string?][] = [
    ['F1', 'yes', 'x'],
    ['F2', 'yes', 'X'],
    ['F3', 'partly', 'x', 'Plan for skoler mangler'],
    ['F4', 'yes', '✓'],
    ['F5', 'yes', 'x'],
    ['F6', 'partly', 'X'],
    ['F7', 'no', 'x', 'Drøftes i styregruppen i januar'],
    ['L1', 'yes', 'x'],
    ['L2', 'partly', '✓'],
    ['L3', 'yes', 'x'],
    ['L4', 'no', 'x'],
    ['L5', 'partly', 'x'],
    ['L6', 'yes', 'X'],
    ['L7', null, ''],
    ['L8', 'no', '✓', 'Afventer kommunikationsafdelingen'],
  ];
  const col: Record<'yes' | 'partly' | 'no', string> = { yes: 'B', partly: 'C', no: 'D' };
  const headStyle: Style = { ...HEAD, wrap: true };
  const table = (titleRow: number, title: string, items: typeof answers): void => {
    h.set(`A${titleRow}`, title, BOLD);
    h.row(`A${titleRow + 1}`, header, headStyle);
    items.forEach(([id, ans, mark, comment], i) => {
      const r = titleRow + 2 + i;
      h.set(`A${r}`, PASTED[id], WRAP);
      const at = `${ans ? col[ans] : 'B'}${r}`;
      if (ans) h.set(at, mark);
      if (comment) h.set(`E${r}`, comment, WRAP);
      p.answer(id, ans, 'Huskeliste', at, comment ? { v: comment, cell: `E${r}` } : undefined);
    });
  };
  table(1, 'Tabel 1: Huskeliste til forberedelse', answers.slice(0, 7));
  table(11, 'Tabel 2: Huskeliste til den løbende implementering', answers.slice(7));
  return p;
}
