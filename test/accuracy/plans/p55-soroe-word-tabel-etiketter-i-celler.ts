// Sorø (held out, sixth round): the plan was written as a table in Word and pasted into Excel: the
// theme is merged down over its activities (Word's vertical merge), each activity cell holds the
// activity and, on a line of its own, "Ansvarlig: name"; the time cell holds "Start: …" and
// "Slut: …" (or only "Frist: …") on separate lines; some cells end in an empty paragraph. There is
// no column for the responsible. Hand-built package.

import { PlanBuilder } from '../build/plan';
import type { TableRow } from '../build/plan';
import { BOLD, HEAD, TITLE, WRAP } from './common';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  'Arbejdsproces og kultur': 'process_culture',
  Opkvalificering: 'upskilling',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, string> = {
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
  Gennemført: 'done',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p55-soroe-word-tabel-etiketter-i-celler',
    'hand-built',
    'Sorø: a Word table pasted into Excel: the theme merged down over its activities, "Ansvarlig: name" on its own line in the activity cell, "Start: … / Slut: …" or "Frist: …" lines in the time cell, trailing empty paragraphs.',
    ['word-paste', 'vertical-merge-theme', 'label-lines-in-cell', 'responsible-in-activity-cell'],
  );
  const S = 'Ark1';
  const s = p.sheet(S);
  s.set('A1', 'Implementeringsplan for familie- og mentorkorps', TITLE);
  s.set('A2', 'Kommune: Sorø', BOLD);
  s.set('A3', 'Koordinator: Lars Holt');
  s.set('A4', 'Ledelsesansvarlig: Birgitte Winther');
  s.set('A5', 'Periode: 2. halvår 2027');
  p.fact('municipality', '340', S, 'A2');
  p.fact('coordinator', 'Lars Holt', S, 'A3');
  p.fact('leader', 'Birgitte Winther', S, 'A4');
  p.fact('period', '2027-H2', S, 'A5');

  // [theme, activity, responsible, time text, start, deadline, status]
  type R = [string, string, string, string, string | null, string, string];
  const rows: R[] = [
    ['Ledelse', 'Styregruppemøde om korpsets mål', 'Birgitte Winther', 'Frist: 20.08.2027', null, '2027-08-20', 'Gennemført'],
    ['Ledelse', 'Ledelsesinformation hvert kvartal', 'Birgitte Winther', 'Start: 01.09.2027\nSlut: 31.12.2027', '2027-09-01', '2027-12-31', 'I gang'],
    ['Kommunikation', 'Artikel på intranettet', 'Lars Holt', 'Frist: 15.09.2027', null, '2027-09-15', 'I gang'],
    ['Kommunikation', 'Præsentation for skolesocialrådgivere', 'Lars Holt', 'Start: 01.10.2027\nSlut: 29.10.2027', '2027-10-01', '2027-10-29', 'Ikke startet'],
    ['Kommunikation', 'Pjece til familier', 'Nina Berg', 'Frist: 30.11.2027', null, '2027-11-30', 'Ikke startet'],
    ['Arbejdsproces og kultur', 'Faste mentormøder hver anden uge', 'Nina Berg', 'Start: 02.08.2027\nSlut: 17.12.2027', '2027-08-02', '2027-12-17', 'I gang'],
    ['Arbejdsproces og kultur', 'Fælles skabelon til forløbsplaner', 'Lars Holt', 'Frist: 30.09.2027', null, '2027-09-30', 'I gang'],
    ['Opkvalificering', 'Kursus i motiverende samtale', 'Nina Berg', 'Start: 04.10.2027\nSlut: 08.10.2027', '2027-10-04', '2027-10-08', 'Ikke startet'],
    ['Opkvalificering', 'Temadag om forældresamarbejde', 'Lars Holt', 'Frist: 11.11.2027', null, '2027-11-11', 'Ikke startet'],
    ['Evaluering og tilpasning', 'Evaluering af første halvår med korpset', 'Birgitte Winther', 'Frist: 16.12.2027', null, '2027-12-16', 'Ikke startet'],
  ]; // prettier-ignore
  const header = 7;
  const firstOf = new Map<string, number>();
  const lastOf = new Map<string, number>();
  rows.forEach(([t], i) => {
    const r = header + 1 + i;
    if (!firstOf.has(t)) firstOf.set(t, r);
    lastOf.set(t, r);
  });
  const body: TableRow[] = rows.map(([t, akt, ans, tid, start, deadline, st], i) => {
    const r = header + 1 + i;
    const top = firstOf.get(t)!;
    const trail = i % 3 === 1 ? '\n' : '';
    return {
      cells: {
        tema: r === top ? { v: t, s: WRAP } : undefined,
        akt: { v: `${akt}\nAnsvarlig: ${ans}${trail}`, s: WRAP },
        tid: { v: tid, s: WRAP },
        st,
      },
      x: {
        theme: { v: TH[t]!, cell: `A${top}` },
        activity: akt,
        responsible: ans,
        status: ST[st]!,
        start,
        deadline,
      },
    };
  });
  p.table({
    sheet: S,
    headerRow: header,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 24 },
      { key: 'akt', header: 'Aktivitet', width: 46 },
      { key: 'tid', header: 'Tidsplan', width: 20 },
      { key: 'st', header: 'Status', width: 14 },
    ],
    fields: { theme: 'tema', activity: 'akt', responsible: 'akt', when: 'tid', status: 'st' },
    rows: body,
  });
  for (const [t, top] of firstOf) {
    const last = lastOf.get(t)!;
    if (last > top) s.merge(`A${top}:A${last}`);
  }
  return p;
}
