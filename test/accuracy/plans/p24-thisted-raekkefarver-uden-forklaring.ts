// Thisted: a plan whose status is the colour of the whole row (pale green, yellow, red) with no
// legend anywhere, so the usual reading (green done, yellow under way, red not started) is proposed
// and must be checked. The themes are bold heading bands filled blue (not merged) in the
// coordinator's words; the columns are headed by questions ("Hvad skal vi gøre?", "Hvem?",
// "Hvornår?"). Made in LibreOffice (flat ODS).

import type { Style } from '../build/model';
import { PlanBuilder, unsure, type TableRow } from '../build/plan';
import { HEAD, TITLE } from './common';

const BAND: Style = { bold: true, fill: { rgb: 'BDD7EE' } };
const ROW: Record<string, Style> = {
  green: { fill: { rgb: 'C6E0B4' } },
  yellow: { fill: { rgb: 'FFE699' } },
  red: { fill: { rgb: 'FFB3B3' } },
};
const USUAL: Record<string, string> = { green: 'done', yellow: 'in_progress', red: 'not_started' };

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p24-thisted-raekkefarver-uden-forklaring',
    'libreoffice-fods',
    'Thisted: status as the fill of the whole row without a legend (usual reading, checked); theme heading bands filled blue in other words; question headers.',
    [
      'status-colour-on-row',
      'status-colour-without-legend',
      'theme-heading-rows',
      'theme-other-words',
      'question-headers',
      'day-month-dots',
      'cover-label-in-same-cell',
    ],
  );
  const s = p.sheet('Plan');
  s.set('A1', 'Thisted Kommune – vores plan for mentorkorpset, 2. halvår 2026', TITLE);
  s.set('A2', 'Tovholder for indsatsen: Signe Krogh');
  p.fact('municipality', '787', 'Plan', 'A1');
  p.fact('period', '2026-H2', 'Plan', 'A1');
  p.fact('coordinator', 'Signe Krogh', 'Plan', 'A2');

  const sec = (text: string, theme: string): TableRow => ({ section: text, theme, style: BAND });
  const act = (
    what: string,
    who: string,
    when: string,
    iso: string,
    colour: string,
    note?: string,
  ): TableRow => ({
    cells: { hvad: what, hvem: who, hvornaar: when, bem: note },
    style: ROW[colour]!,
    x: {
      status: unsure(USUAL[colour]!, 'a row colour without a legend: the usual reading, checked'),
      deadline: iso,
    },
  });
  p.table({
    sheet: 'Plan',
    headerRow: 4,
    headerStyle: HEAD,
    columns: [
      { key: 'hvad', header: 'Hvad skal vi gøre?', width: 46 },
      { key: 'hvem', header: 'Hvem?', width: 20 },
      { key: 'hvornaar', header: 'Hvornår?', width: 12 },
      { key: 'bem', header: 'Bemærkning', width: 30 },
    ],
    fields: { activity: 'hvad', responsible: 'hvem', deadline: 'hvornaar' },
    rows: [
      sec('Ledelse og styring', 'leadership'),
      act('Styregruppen følger op på planen', 'Jens Lund', '15.09.2026', '2026-09-15', 'green'),
      act(
        'Ledelsen melder mål for 2027 ud',
        'Jens Lund',
        '30.11.2026',
        '2026-11-30',
        'yellow',
        'Udkast drøftet',
      ),
      sec('Kommunikation og formidling', 'communication'),
      act('Artikel i lokalavisen', 'Signe Krogh', '01.10.2026', '2026-10-01', 'green'),
      act('Oplæg på lærermøde', 'Signe Krogh', '10.12.2026', '2026-12-10', 'red'),
      sec('Inddragelse af medarbejdere', 'involvement'),
      act('Workshop med mentorerne om forløb', 'Signe Krogh', '22.10.2026', '2026-10-22', 'green'),
      sec('Kompetenceudvikling', 'upskilling'),
      act('Supervision hver måned', 'Ekstern supervisor', '18.12.2026', '2026-12-18', 'yellow'),
      act('LAT-kursus for to nye forældrecoaches', 'Nationalt Center', '05.11.2026', '2026-11-05', 'red'),
      sec('Dokumentation og opfølgning', 'documentation'),
      act('Forløb registreres på platformen', 'Mentorerne', '31.12.2026', '2026-12-31', 'yellow'),
      act('Kvartalsopgørelse til styregruppen', 'Signe Krogh', '30.09.2026', '2026-09-30', 'green'),
      sec('Evaluering og justering', 'evaluation'),
      act('Evaluering af halvåret med korpset', 'Signe Krogh', '17.12.2026', '2026-12-17', 'red'),
    ],
  });
  return p;
}
