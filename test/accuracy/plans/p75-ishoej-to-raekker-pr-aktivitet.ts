// Ishøj (held out, eleventh round): two rows per activity, as a coordinator lays a plan out to fit a
// printed A4 page. The header is two rows as well: "Tema | Aktivitet | Ansvarlig" over "  | Start |
// Frist | Status". Each activity's first row holds its theme, text and responsible; the row under it
// holds the start, the deadline and the status in the columns under "Aktivitet" and "Ansvarlig"
// (and "Status" in a column of its own). Some activities have a third row "Bemærkning: …". The
// cover facts are "Label:" | value on "Forside". LibreOffice (flat ODS, real dates as dd.mm.yyyy).

import { PlanBuilder } from '../build/plan';
import type { ActivityField, ExpectedValue } from '../expected';

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
const ST: Record<string, string> = {
  'Ikke påbegyndt': 'not_started',
  'I gang': 'in_progress',
  Afsluttet: 'done',
  Gennemført: 'done',
};
const D = { fmt: 'dd.mm.yyyy' } as const;

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p75-ishoej-to-raekker-pr-aktivitet',
    'libreoffice-fods',
    'Ishøj: two rows per activity under a two-row header ("Tema | Aktivitet | Ansvarlig" over " | Start | Frist | Status"): theme, activity and responsible on the first row, start, deadline and status on the second, sometimes a third row "Bemærkning: …".',
    [
      'two-rows-per-activity',
      'two-row-header-stacked-fields',
      'remark-row-under-activity',
      'cover-colon-labels',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Implementeringsplan – mentorkorps og forældrecoaches', { bold: true, size: 14 });
  f.row('A3', ['Kommune:', 'Ishøj']);
  f.row('A4', ['Halvår:', '2. halvår 2027']);
  f.row('A5', ['Fase:', 'Fuld implementering']);
  f.row('A6', ['Koordinator:', 'Rikke Bech']);
  f.row('A7', ['Leder:', 'Martin Kjær']);
  f.width(1, 14).width(2, 34);
  p.fact('municipality', '183', F, 'B3');
  p.fact('period', '2027-H2', F, 'B4');
  p.fact('phase', 'full', F, 'B5');
  p.fact('coordinator', 'Rikke Bech', F, 'B6');
  p.fact('leader', 'Martin Kjær', F, 'B7');

  const S = 'Plan';
  const s = p.sheet(S);
  s.set('A1', 'Aktiviteter 2. halvår 2027', { bold: true, size: 13 });
  s.row('A3', ['Tema', 'Aktivitet', 'Ansvarlig', 'Status'], { bold: true });
  s.row('A4', [undefined, 'Start', 'Frist'], { bold: true, italic: true });
  s.width(1, 28).width(2, 46).width(3, 18).width(4, 14);

  // [theme, activity, responsible, start, deadline, status, remark]
  type R = [string, string, string, string | null, string, string, string | null];
  const rows: R[] = [
    ['Ledelse', 'Halvårsmøde i styregruppen', 'Martin Kjær', null, '2027-08-26', 'Afsluttet', null],
    ['Kommunikation', 'Film om et mentorforløb til hjemmesiden', 'Rikke Bech', '2027-08-02', '2027-10-29', 'I gang', 'Bemærkning: optagelser aftalt med to familier'],
    ['Inddragelse', 'Forældrecafé på biblioteket', 'Yasmin Ali', '2027-09-01', '2027-11-24', 'I gang', null],
    ['Arbejdsproces og kultur', 'Fast visitationsmøde hver 14. dag', 'Rikke Bech', '2027-08-09', '2027-12-17', 'I gang', null],
    ['Organisering, roller og ansvar', 'Aftale om mentorernes tid med deres ledere', 'Martin Kjær', null, '2027-09-30', 'Afsluttet', 'Bemærkning: underskrevet af alle tre afdelingsledere'],
    ['Opkvalificering', 'Opfølgningskursus i LAT', 'Peter Holm', '2027-10-04', '2027-11-12', 'Ikke påbegyndt', null],
    ['Opkvalificering', 'Supervision i grupper for forældrecoaches', 'Peter Holm', '2027-08-16', '2027-12-13', 'I gang', null],
    ['Opfølgning på dokumentation', 'Kvartalsopgørelse af aktive forløb', 'Yasmin Ali', null, '2027-10-08', 'Gennemført', null],
    ['Evaluering og tilpasning', 'Evalueringsdag med korpset', 'Rikke Bech', '2027-11-01', '2027-12-09', 'Ikke påbegyndt', 'Bemærkning: dato afventer kursuskalenderen'],
    ['Kommunikation', 'Nyhedsbrev til samarbejdspartnere', 'Rikke Bech', null, '2027-12-15', 'Ikke påbegyndt', null],
  ]; // prettier-ignore

  let r = 5;
  for (const [th, act, who, start, dl, st, remark] of rows) {
    s.row(`A${r}`, [th, act, who]);
    s.row(`A${r + 1}`, [
      undefined,
      start ? { v: { date: start }, s: D } : undefined,
      { v: { date: dl }, s: D },
      st,
    ]);
    if (remark) s.set(`B${r + 2}`, remark, { italic: true });
    const e = (v: string | null, cell: string, note?: string): ExpectedValue => ({
      value: v,
      cell,
      sheet: S,
      ...(note ? { note } : {}),
    });
    const fields: Record<ActivityField, ExpectedValue> = {
      theme: e(TH[th]!, `A${r}`),
      activity: e(act, `B${r}`),
      status: e(ST[st]!, `D${r + 1}`, 'on the second row of the activity'),
      start: e(
        start,
        `B${r + 1}`,
        'under "Aktivitet" on the second row: the header\'s second row says Start',
      ),
      deadline: e(
        dl,
        `C${r + 1}`,
        'under "Ansvarlig" on the second row: the header\'s second row says Frist',
      ),
      responsible: e(who, `C${r}`),
    };
    p.activity(S, r, fields);
    p.notActivity(S, r + 1, 'the second row of the activity above: its dates and status');
    if (remark) p.notActivity(S, r + 2, 'a remark on the activity above');
    r += remark ? 3 : 2;
  }
  return p;
}
