// Hedensted (held out, twenty-fifth round). The plan is a Microsoft Lists list on the team's
// SharePoint site. Asked for "the plan with its history", the coordinator ran the site's flow
// "Eksportér versionshistorik" that writes every version of every item to Excel: one row per
// version, in the columns the list has (ID, Version, Titel, Tema, Ansvarlig, Startdato,
// Forfaldsdato, Status) and the version's own "Ændret" (a date-time) and "Ændret af". Items come in
// ID order, each item's versions newest first as SharePoint's Version History page lists them
// ("3.0", "2.0", "1.0"). Between versions an item was renamed, had its deadline moved, its
// responsible changed or its status moved on. A careful reader takes each item's newest version as
// the plan and the older versions as its history: no activities of their own. The cover facts on a
// sheet typed in front, the checklist on a sheet of its own. Hand-built.

import { PlanBuilder } from '../build/plan';
import { HEAD, TITLE } from './common';
import { checklistSheet } from './departments';
import { at, coverPairs } from './round24';

const DT = { fmt: 'dd-mm-yyyy hh:mm' } as const;
const D = { fmt: 'dd-mm-yyyy' } as const;

const THEME: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  'Organisering, roller og ansvar': 'organisation_roles',
  'Arbejdsproces og kultur': 'process_culture',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const STATUS: Record<string, string> = {
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
  Gennemført: 'done',
  Ændret: 'changed',
  Lukket: 'closed',
};

// One version: [version, title, theme, responsible, start (ISO or null), due (ISO), status, modified (serial), modified by]
type V = readonly [string, string, string, string, string | null, string, string, number, string];
// Items in ID order, each item's versions newest first.
const ITEMS: readonly (readonly V[])[] = [
  [
    ['2.0', 'Styregruppemøde om korpsets mål', 'Ledelse', 'Per Thomsen', null, '2027-01-29', 'Gennemført', 46421.6135, 'Anne Krogh'],
    ['1.0', 'Styregruppemøde om korpsets mål', 'Ledelse', 'Per Thomsen', null, '2027-01-29', 'Ikke startet', 46378.4107, 'Anne Krogh'],
  ],
  [
    ['3.0', 'Nyhedsbrev til skoler og dagtilbud', 'Kommunikation', 'Anne Krogh', '2027-02-01', '2027-03-31', 'I gang', 46440.3944, 'Anne Krogh'],
    ['2.0', 'Nyhedsbrev til skolerne', 'Kommunikation', 'Anne Krogh', '2027-02-01', '2027-02-26', 'I gang', 46421.6201, 'Anne Krogh'],
    ['1.0', 'Nyhedsbrev til skolerne', 'Kommunikation', 'Anne Krogh', '2027-02-01', '2027-02-26', 'Ikke startet', 46378.4160, 'Anne Krogh'],
  ],
  [
    ['1.0', 'Workshop med forældre om forældrecoaching', 'Inddragelse', 'Lene Bak', '2027-04-05', '2027-04-22', 'Ikke startet', 46378.4213, 'Anne Krogh'],
  ],
  [
    ['2.0', 'LAT-kursus for nye mentorer', 'Opkvalificering', 'Bo Lind', '2027-03-01', '2027-05-14', 'I gang', 46447.5530, 'Per Thomsen'],
    ['1.0', 'LAT-kursus for nye mentorer', 'Opkvalificering', 'Anne Krogh', '2027-03-01', '2027-05-14', 'Ikke startet', 46378.4259, 'Anne Krogh'],
  ],
  [
    ['1.0', 'Aftale om henvisning med PPR', 'Organisering, roller og ansvar', 'Per Thomsen', null, '2027-02-15', 'Gennemført', 46378.4302, 'Anne Krogh'],
  ],
  [
    ['3.0', 'Fast mødestruktur i korpset', 'Arbejdsproces og kultur', 'Anne Krogh', '2027-01-11', '2027-03-19', 'Gennemført', 46467.3411, 'Anne Krogh'],
    ['2.0', 'Fast mødestruktur i korpset', 'Arbejdsproces og kultur', 'Anne Krogh', '2027-01-11', '2027-03-19', 'I gang', 46400.5875, 'Anne Krogh'],
    ['1.0', 'Fast mødestruktur i korpset', 'Arbejdsproces og kultur', 'Anne Krogh', '2027-01-11', '2027-02-26', 'Ikke startet', 46378.4351, 'Anne Krogh'],
  ],
  [
    ['1.0', 'Månedlig registrering i dokumentationsplatformen', 'Opfølgning på dokumentation', 'Lene Bak', '2027-01-04', '2027-06-30', 'I gang', 46378.4398, 'Anne Krogh'],
  ],
  [
    ['2.0', 'Midtvejsevaluering med mentorerne', 'Evaluering og tilpasning', 'Anne Krogh', null, '2027-06-11', 'Ikke startet', 46455.4420, 'Per Thomsen'],
    ['1.0', 'Midtvejsevaluering med mentorerne', 'Evaluering og tilpasning', 'Anne Krogh', null, '2027-05-14', 'Ikke startet', 46378.4446, 'Anne Krogh'],
  ],
  [
    ['1.0', 'Oplæg på lærermøde i Juelsminde', 'Kommunikation', 'Lene Bak', null, '2027-04-08', 'Ikke startet', 46386.3721, 'Lene Bak'],
  ],
  [
    ['2.0', 'Ledelsesinformation til direktionen hvert kvartal', 'Ledelse', 'Per Thomsen', '2027-01-04', '2027-06-30', 'Ændret', 46452.6013, 'Per Thomsen'],
    ['1.0', 'Ledelsesinformation til direktionen', 'Ledelse', 'Per Thomsen', '2027-01-04', '2027-03-31', 'I gang', 46378.4492, 'Anne Krogh'],
  ],
]; // prettier-ignore

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p130-hedensted-sharepoint-versionshistorik-hver-version-en-raekke',
    'hand-built',
    'Hedensted: a Microsoft Lists list exported with its version history, one row per version (ID, Version "3.0"/"2.0"/"1.0", the list\'s columns, "Ændret" as a date-time and "Ændret af"), items in ID order with the newest version first; items renamed, deadlines moved, a responsible changed and statuses moved on between versions: each item\'s newest version is the plan, the older versions no activities.',
    [
      'sharepoint-version-history-export',
      'one-row-per-version',
      'newest-version-first',
      'version-numbers-as-text',
      'modified-date-time-not-plan-date',
      'renamed-item-between-versions',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Hedensted Kommune – mentor- og forældrecoachindsatsen', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Hedensted', 'municipality', '766'],
    ['Halvår', '1. halvår 2027', 'period', '2027-H1'],
    ['Fase', 'Klargøring', 'phase', 'readiness'],
    ['Koordinator', 'Anne Krogh', 'coordinator'],
    ['Leder', 'Per Thomsen', 'leader'],
  ]);
  f.width(1, 16).width(2, 30);

  const S = 'Versionshistorik';
  const s = p.sheet(S);
  s.row(
    'A1',
    [
      'ID',
      'Version',
      'Titel',
      'Tema',
      'Ansvarlig',
      'Startdato',
      'Forfaldsdato',
      'Status',
      'Ændret',
      'Ændret af',
    ],
    HEAD,
  );
  [5, 8, 46, 28, 16, 12, 13, 13, 17, 16].forEach((w, i) => s.width(i + 1, w));
  const x = at(S);
  let r = 1;
  ITEMS.forEach((versions, i) => {
    const id = i + 1;
    versions.forEach(([ver, title, tema, ans, start, due, status, modified, by], k) => {
      r++;
      s.set(`A${r}`, id).set(`B${r}`, ver);
      s.row(`C${r}`, [title, tema, ans]);
      if (start) s.set(`F${r}`, { date: start }, D);
      s.set(`G${r}`, { date: due }, D).set(`H${r}`, status);
      s.set(`I${r}`, modified, DT).set(`J${r}`, by);
      if (k > 0) {
        p.notActivity(S, r, `version ${ver} of item ${id}: an older version, history, not the plan`);
        return;
      }
      p.activity(S, r, {
        theme: x(THEME[tema]!, `D${r}`),
        activity: x(title, `C${r}`),
        status: x(STATUS[status]!, `H${r}`),
        start: x(start, `F${r}`),
        deadline: x(due, `G${r}`),
        responsible: x(ans, `E${r}`),
      });
    });
  });
  s.table = { name: 'Versionshistorik', ref: `A1:J${r}` };

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'partly', F6: 'no', F7: 'yes',
    L1: 'partly', L2: 'yes', L3: 'no', L4: ['partly', 'Første møde holdt i marts'], L5: 'yes', L6: 'partly', L7: 'no', L8: 'yes',
  }); // prettier-ignore
  return p;
}
