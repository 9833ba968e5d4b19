// Furesø (held out, forty-first round): a plan SHARED BY THREE PARTNERS and co-edited in Excel
// Online. The joint columns (Tema | Aktivitet) come first; then each partner has its OWN BLOCK of
// columns side by side for the same activities — "Skole", "Sundhedspleje", "Familieafdelingen" —
// merged over its "Status | Ansvarlig | Frist", and a "Bemærkning" last. Each partner updates its own
// block in its own words (the school: "Færdig", "I gang", "Ikke startet"; the health visitors:
// "Gennemført", "I proces", "Ikke påbegyndt", their deadlines as "uge 47"; the family department:
// "Afsluttet", "Igang", "Ikke startet"). A partner not taking part says "Ikke relevant", "–" in the
// block, or leaves it empty. A line under the title says how the plan is read: "Aktivitetens
// samlede status er den mindst færdige partners status." Cover, checklist and corps on sheets of their
// own. Hand-built package (merged group headings, date cells).
//
// A careful reader takes one activity per row: its status the least finished of the partners taking
// part (as the line under the title says); responsible all of the partners' named people (in block
// order); deadline the latest of the partners' deadlines (the activity is done when the last partner
// is); no start. A partner saying "Ikke relevant" or leaving its block empty takes no part.

import type { Value } from '../build/model';
import { PlanBuilder, type Exp } from '../build/plan';
import { HEAD, ITALIC, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

/** One partner's block in a row: [status as typed, reading, responsible, frist as typed, ISO] or a word for "not taking part". */
type Block =
  | readonly [string, 'not_started' | 'in_progress' | 'done', string, Value, string]
  | 'Ikke relevant'
  | '–'
  | '';

interface Act {
  readonly tema: string;
  readonly theme: Exp;
  readonly akt: string;
  readonly blocks: readonly [Block, Block, Block];
  readonly note?: string;
}

const d = (iso: string): Value => ({ date: iso });

const ACTS: readonly Act[] = [
  { tema: 'Ledelse', theme: 'leadership', akt: 'Fælles styregruppemøde om korpsets opstart', blocks: [['Færdig', 'done', 'Anne Krogh', d('2026-09-15'), '2026-09-15'], ['Gennemført', 'done', 'Lise Dahl', d('2026-09-15'), '2026-09-15'], ['Afsluttet', 'done', 'Jonas Bruun', d('2026-09-15'), '2026-09-15']], note: 'Referat på Teams' },
  { tema: 'Kommunikation', theme: 'communication', akt: 'Informationsbrev til forældre om tilbuddet', blocks: [['I gang', 'in_progress', 'Anne Krogh', d('2026-10-30'), '2026-10-30'], ['Gennemført', 'done', 'Lise Dahl', 'uge 42', '2026-10-18'], 'Ikke relevant'] },
  { tema: 'Inddragelse', theme: 'involvement', akt: 'Dialogmøder med familier om deres behov', blocks: ['–', ['Ikke påbegyndt', 'not_started', 'Lise Dahl', 'uge 48', '2026-11-29'], ['Igang', 'in_progress', 'Maria Holt', d('2026-12-11'), '2026-12-11']] },
  { tema: 'Organisering, roller og ansvar', theme: 'organisation_roles', akt: 'Fælles visitationsprocedure for mentorforløb', blocks: [['I gang', 'in_progress', 'Peter Lund', d('2026-11-20'), '2026-11-20'], ['I proces', 'in_progress', 'Lise Dahl', 'uge 47', '2026-11-22'], ['Afsluttet', 'done', 'Jonas Bruun', d('2026-11-06'), '2026-11-06']], note: 'Skolen mangler at godkende udkastet' },
  { tema: 'Opkvalificering', theme: 'upskilling', akt: 'Fælles kursusdag om motiverende samtale', blocks: [['Ikke startet', 'not_started', 'Anne Krogh', d('2027-01-14'), '2027-01-14'], ['Ikke påbegyndt', 'not_started', 'Lise Dahl', d('2027-01-14'), '2027-01-14'], ['Ikke startet', 'not_started', 'Maria Holt', d('2027-01-14'), '2027-01-14']] },
  { tema: 'Arbejdsproces og kultur', theme: 'process_culture', akt: 'Faste sparringsmøder på tværs af faggrupper', blocks: [['Færdig', 'done', 'Peter Lund', d('2026-09-30'), '2026-09-30'], ['I proces', 'in_progress', 'Lise Dahl', 'uge 51', '2026-12-20'], ['Afsluttet', 'done', 'Jonas Bruun', d('2026-09-30'), '2026-09-30']] },
  { tema: 'Opfølgning på dokumentation', theme: 'documentation', akt: 'Registrering af forløb i fælles skema', blocks: ['', '', ['Igang', 'in_progress', 'Maria Holt', d('2026-12-18'), '2026-12-18']], note: 'Kun familieafdelingen registrerer' },
  { tema: 'Evaluering og tilpasning', theme: 'evaluation', akt: 'Evaluering af samarbejdet efter første halvår', blocks: [['Ikke startet', 'not_started', 'Anne Krogh', d('2027-01-22'), '2027-01-22'], ['Ikke påbegyndt', 'not_started', 'Lise Dahl', d('2027-01-22'), '2027-01-22'], ['Ikke startet', 'not_started', 'Jonas Bruun', d('2027-01-29'), '2027-01-29']] },
  { tema: 'Kommunikation', theme: 'communication', akt: 'Oplæg om korpset på lærermøder', blocks: [['Færdig', 'done', 'Anne Krogh', d('2026-10-08'), '2026-10-08'], 'Ikke relevant', 'Ikke relevant'] },
  { tema: 'Inddragelse', theme: 'involvement', akt: 'Ungepanel om mentorforløbene', blocks: [['I gang', 'in_progress', 'Peter Lund', d('2026-12-04'), '2026-12-04'], '–', ['Ikke startet', 'not_started', 'Maria Holt', d('2026-12-04'), '2026-12-04']] },
]; // prettier-ignore

const RANK = { not_started: 0, in_progress: 1, done: 2 } as const;
const PARTNERS = ['Skole', 'Sundhedspleje', 'Familieafdelingen'] as const;
const COLS = [
  ['C', 'D', 'E'],
  ['F', 'G', 'H'],
  ['I', 'J', 'K'],
] as const;

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p163-furesoe-partnerblokke-side-om-side-mindst-faerdige-status',
    'hand-built',
    'Furesø: a plan shared by three partners in Excel Online, each with its own block of Status | Ansvarlig | Frist columns side by side under a merged partner heading (Skole, Sundhedspleje, Familieafdelingen), each in its own words; "Ikke relevant", "–" or an empty block for a partner not taking part; the activity\'s status is the least finished partner\'s.',
    [
      'partner-column-blocks-side-by-side',
      'status-per-partner',
      'least-finished-status',
      'responsible-per-partner',
      'latest-partner-deadline',
      'partner-not-taking-part',
      'merged-group-headings-over-repeated-headers',
      'each-partner-own-status-words',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 22).width(2, 40);
  p.sheet(F).set('A1', 'Mentor- og forældrecoachindsatsen – Furesø Kommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Furesø Kommune', 'municipality', '190'],
    ['Halvår', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Anne Krogh', 'coordinator'],
    ['Leder', 'Thomas Vinther', 'leader'],
  ]);

  const S = 'Fælles plan';
  const s = p.sheet(S);
  const x = at(S);
  s.width(1, 26).width(2, 44);
  for (let c = 3; c <= 11; c++) s.width(c, c % 3 === 0 ? 14 : 13);
  s.width(12, 34);
  s.set('A1', 'Fælles handleplan – skole, sundhedspleje og familieafdeling', TITLE);
  s.set(
    'A2',
    'Delt i Excel Online: hver partner opdaterer sin egen blok. Aktivitetens samlede status er den mindst færdige partners status.',
    ITALIC,
  );
  p.notActivity(S, 2, 'a note on how the shared plan is read');
  // Group headings over each partner's block.
  PARTNERS.forEach((name, i) => {
    const [a, b, c] = COLS[i]!;
    s.set(`${a}4`, name, HEAD).set(`${b}4`, null, HEAD).set(`${c}4`, null, HEAD);
    s.merge(`${a}4:${c}4`);
  });
  s.set('A4', null, HEAD).set('B4', null, HEAD).set('L4', null, HEAD);
  s.row(
    'A5',
    ['Tema', 'Aktivitet', 'Status', 'Ansvarlig', 'Frist', 'Status', 'Ansvarlig', 'Frist', 'Status', 'Ansvarlig', 'Frist', 'Bemærkning'],
    HEAD,
  ); // prettier-ignore
  s.frozenRows = 5;

  let r = 6;
  for (const a of ACTS) {
    s.set(`A${r}`, a.tema).set(`B${r}`, a.akt, WRAP);
    let least: { rank: number; x: Exp; cell: string } | undefined;
    let latest: { iso: string; cell: string } | undefined;
    const names: string[] = [];
    let firstName = '';
    a.blocks.forEach((b, i) => {
      const [cs, ca, cf] = COLS[i]!;
      if (b === '') return;
      if (typeof b === 'string') {
        s.set(`${cs}${r}`, b);
        if (b === '–') s.set(`${ca}${r}`, '–').set(`${cf}${r}`, '–');
        return;
      }
      const [typed, reading, who, frist, iso] = b;
      s.set(`${cs}${r}`, typed).set(`${ca}${r}`, who);
      s.set(`${cf}${r}`, typeof frist === 'string' ? frist : { v: frist, s: { fmt: 'dd.mm.yyyy' } });
      if (!least || RANK[reading] < least.rank)
        least = { rank: RANK[reading], x: reading, cell: `${cs}${r}` };
      if (!latest || iso > latest.iso) latest = { iso, cell: `${cf}${r}` };
      names.push(who);
      if (!firstName) firstName = `${ca}${r}`;
    });
    if (a.note) s.set(`L${r}`, a.note, WRAP);
    const responsible: Exp =
      names.length === 1
        ? names[0]!
        : {
            v: names.join(', '),
            alt: [names.join(' / '), names.join('; '), names.slice(0, -1).join(', ') + ' og ' + names.at(-1)],
            note: 'several partners take part: all their named people',
          };
    p.activity(S, r, {
      theme: x(a.theme, `A${r}`),
      activity: x(a.akt, `B${r}`),
      status: x(least!.x, least!.cell),
      start: x(null, `B${r}`),
      deadline: x(latest!.iso, latest!.cell),
      responsible: x(responsible, firstName),
    });
    r++;
  }

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'yes', F4: 'partly', F5: 'yes', F6: 'partly', F7: 'yes',
    L1: 'yes', L2: ['partly', 'Skolen mangler at godkende visitationen'], L3: 'partly', L4: 'yes', L5: 'no', L6: 'yes', L7: 'partly', L8: 'no',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['AK', 'mentor', 'Skole', 10, 4],
    ['LD', 'parent_coach', 'Sundhedspleje', 8, 3],
    ['MH', 'both', 'Familieafdelingen', 12, 5],
    ['PL', 'mentor', 'Skole', 6, 2],
  ]);
  return p;
}
