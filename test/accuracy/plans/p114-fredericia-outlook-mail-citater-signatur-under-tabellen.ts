// Fredericia (held out, twenty-first round: plans pasted from other Office programs and never typed
// again): the coordinator received the plan in an Outlook reply and pasted the whole mail into a
// sheet: the mail's own lines above it ("Fra: … <…@fredericia.dk>", "Sendt: 12. januar 2027 09:14",
// "Til:", "Cc:", "Emne: SV: …"), the greeting, the cover facts as lines of the mail, the plan as the
// mail's table, with Outlook's smart quotes and apostrophes („…“, “…”, ’) and a responsible as a
// resolved recipient ("Mikkel Dahl <mikkel.dahl@fredericia.dk>"), then the checklist as a second
// table, the corps as a third, the signature block pasted under them (name, post, phone, e-mail),
// and the mail it answers quoted below with "> " before each line. LibreOffice (flat ODS).

import { PlanBuilder, unsure, type Exp, type TableRow } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p114-fredericia-outlook-mail-citater-signatur-under-tabellen',
    'libreoffice-fods',
    'Fredericia: an Outlook reply pasted whole into a sheet: "Fra:", "Sendt: 12. januar 2027 09:14", "Til:", "Cc:", "Emne: SV: …" above, the cover facts as mail lines, the plan, the checklist and the corps as the mail\'s tables with smart quotes and a responsible as "Name <address>", the signature block under the tables, the earlier mail quoted with "> " below.',
    [
      'mail-paste',
      'mail-header-lines-above-table',
      'mail-sent-date-line',
      'smart-quotes',
      'responsible-as-mail-recipient',
      'signature-block-under-table',
      'quoted-mail-lines',
      'cover-facts-as-mail-lines',
      'several-tables-in-one-mail',
    ],
  );
  const S = 'Ark1';
  const s = p.sheet(S);
  s.width(1, 30).width(2, 52).width(3, 30).width(4, 16).width(5, 14);
  const lines = (at: number, texts: readonly string[]): void =>
    texts.forEach((t, i) => {
      if (t) s.set(`A${at + i}`, t);
    });
  lines(1, [
    'Fra: Lone Vestergaard <lone.vestergaard@fredericia.dk>',
    'Sendt: 12. januar 2027 09:14',
    'Til: Mikkel Dahl <mikkel.dahl@fredericia.dk>',
    'Cc: Henrik Bang <henrik.bang@fredericia.dk>',
    'Emne: SV: Implementeringsplan 1. halvår 2027',
    '',
    'Hej Mikkel',
    '',
    'Her er planen for 1. halvår, som vi talte om på mødet. Den går også til styregruppen på fredag.',
    '',
    'Kommune: Fredericia Kommune',
    'Periode: 1. halvår 2027',
    'Fase: Indledende implementering',
    'Koordinator: Lone Vestergaard',
    'Leder: Henrik Bang',
  ]);
  p.fact('municipality', '607', S, 'A11');
  p.fact('period', '2027-H1', S, 'A12');
  p.fact('phase', 'initial', S, 'A13');
  p.fact('coordinator', 'Lone Vestergaard', S, 'A14');
  p.fact('leader', 'Henrik Bang', S, 'A15');

  const d = (iso: string) => ({ date: iso });
  type R = [string, Exp, string, string, Exp, string | { date: string }, Exp, string, Exp];
  // [theme text, theme, activity, responsible cell, responsible, deadline cell, deadline, status, status]
  const rows: R[] = [
    ['Ledelse', 'leadership', 'Styregruppemøde om korpsets mål for 2027', 'Henrik Bang', 'Henrik Bang', d('2027-01-29'), '2027-01-29', 'Gennemført', 'done'],
    ['Ledelse', 'leadership', 'Aftale om timer til forløb i teamets arbejdsplan', 'Henrik Bang', 'Henrik Bang', '28.02.2027', '2027-02-28', 'I gang', 'in_progress'],
    ['Kommunikation', 'communication', 'Temadag „Forældre i fokus“ for skolernes ledere', 'Lone Vestergaard', 'Lone Vestergaard', '5. marts 2027', '2027-03-05', 'Ikke startet', 'not_started'],
    ['Kommunikation', 'communication', 'Artikel i “Børn & Unge Nyt” om mentorkorpset', 'Mikkel Dahl <mikkel.dahl@fredericia.dk>', { v: 'Mikkel Dahl', note: 'Outlook pasted the recipient with his address' }, 'uge 12', '2027-03-28', 'Ikke startet', 'not_started'],
    ['Inddragelse', 'involvement', 'Forældrepanel om forældrecoaching', 'Lone Vestergaard', 'Lone Vestergaard', d('2027-04-15'), '2027-04-15', 'Ikke startet', 'not_started'],
    ['Organisering, roller og ansvar', 'organisation_roles', 'Rollebeskrivelse for mentorer og forældrecoaches', 'Lone Vestergaard', 'Lone Vestergaard', d('2027-02-15'), '2027-02-15', '“Gennemført”', { v: 'done', note: 'smart quotes' }],
    ['Opkvalificering', 'upskilling', 'LAT-kursus for fire nye mentorer (KL’s kursusforløb)', 'Nationalt center', 'Nationalt center', d('2027-05-31'), '2027-05-31', 'I gang', 'in_progress'],
    ['Opfølgning på dokumentation', 'documentation', 'Månedligt udtræk af forløb fra fagsystemet', 'Mikkel Dahl <mikkel.dahl@fredericia.dk>', { v: 'Mikkel Dahl', note: 'the recipient with his address' }, '30.06.2027', '2027-06-30', 'I gang', 'in_progress'],
    ['Evaluering og tilpasning', 'evaluation', 'Halvårsstatus til styregruppen', 'Lone Vestergaard', 'Lone Vestergaard', d('2027-06-24'), '2027-06-24', 'Ikke startet', 'not_started'],
    ['Arbejdsproces og kultur', 'process_culture', 'Fast sparringsmøde for mentorer hver anden uge', 'Mikkel Dahl', 'Mikkel Dahl', 'løbende', unsure(null, '"løbende": no day'), 'I gang', 'in_progress'],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([tt, theme, akt, whoT, who, dl, dlX, st, stX]) => ({
    cells: { tema: tt, akt, who: whoT, dl, st },
    x: { theme, responsible: who, deadline: dlX, status: stX, activity: akt },
  }));
  const last = p.table({
    sheet: S,
    headerRow: 17,
    columns: [
      { key: 'tema', header: 'Tema' },
      { key: 'akt', header: 'Aktivitet' },
      { key: 'who', header: 'Ansvarlig' },
      { key: 'dl', header: 'Frist' },
      { key: 'st', header: 'Status' },
    ],
    headerStyle: { bold: true },
    fields: { theme: 'tema', activity: 'akt', responsible: 'who', deadline: 'dl', status: 'st' },
    rows: body,
  });

  // The checklist: the mail's second table.
  let r = last + 2;
  s.set(`A${r}`, 'Og så huskelisten – jeg har svaret på det hele undtagen L8:');
  r += 2;
  s.row(`A${r}`, ['Nr.', 'Spørgsmål', 'Svar', 'Bemærkning'], { bold: true });
  const ans: Record<string, [string | null, 'yes' | 'partly' | 'no' | null, string | null]> = {
    F1: ['Ja', 'yes', null], F2: ['Ja', 'yes', null], F3: ['Delvist', 'partly', 'Skolerne mangler'],
    F4: ['Ja', 'yes', null], F5: ['Ja', 'yes', null], F6: ['Delvist', 'partly', '“Lokaler på plads i marts”'],
    F7: ['Ja', 'yes', null], L1: ['Ja', 'yes', null], L2: ['Nej', 'no', 'Aftales på styregruppemødet'],
    L3: ['Delvist', 'partly', null], L4: ['Nej', 'no', null], L5: ['Ja', 'yes', null],
    L6: ['Delvist', 'partly', null], L7: ['Ja', 'yes', null], L8: [null, null, null],
  }; // prettier-ignore
  for (const [id, q] of SEED_QUESTIONS) {
    r++;
    const [text, a, comment] = ans[id]!;
    s.set(`A${r}`, id).set(`B${r}`, q);
    if (text) s.set(`C${r}`, text);
    if (comment) s.set(`D${r}`, comment);
    p.answer(id, a, S, `C${r}`, comment ? { v: comment, cell: `D${r}` } : undefined);
  }

  // The corps: the mail's third table.
  r += 2;
  s.set(`A${r}`, 'Korpset pr. januar:');
  r++;
  s.row(`A${r}`, ['Initialer', 'Rolle', 'Timer pr. uge', 'Aktive forløb'], { bold: true });
  const corps: [string, string, Exp, number, number][] = [
    ['LV', 'Mentor', 'mentor', 8, 3],
    ['MD', 'Forældrecoach', 'parent_coach', 6, 2],
    ['SK', 'Mentor og forældrecoach', 'both', 10, 4],
  ];
  for (const [ini, roleT, role, h, c] of corps) {
    r++;
    s.row(`A${r}`, [ini, roleT, h, c]);
    p.corpsRow(S, r, {
      initials: [ini, `A${r}`],
      role: [role, `B${r}`],
      hoursPerWeek: [h, `C${r}`],
      activeCases: [c, `D${r}`],
    });
  }

  // The signature, then the mail it answers, quoted.
  r += 2;
  lines(r, [
    'Sig endelig til, hvis noget er uklart.',
    '',
    'Med venlig hilsen',
    '',
    'Lone Vestergaard',
    'Koordinator, mentor- og forældrecoachkorpset',
    'Børn og Unge | Fredericia Kommune',
    'Direkte: +45 7210 6543',
    'lone.vestergaard@fredericia.dk',
    '',
    'Fra: Mikkel Dahl <mikkel.dahl@fredericia.dk>',
    'Sendt: 8. januar 2027 14:02',
    'Til: Lone Vestergaard <lone.vestergaard@fredericia.dk>',
    'Emne: Implementeringsplan 1. halvår 2027',
    '',
    '> Hej Lone',
    '> Kan du sende den opdaterede plan og huskelisten inden mødet på fredag?',
    '> Jeg har overtaget artiklen til “Børn & Unge Nyt” og udtrækket fra fagsystemet.',
    '> Mvh Mikkel',
  ]);
  return p;
}
