// Ærø (held out, forty-third round): a plan that is ALSO THE COORDINATOR'S OWN TO-DO LIST. One sheet
// "Plan og huskepunkter" (Tema | Aktivitet | Ansvarlig | Frist | Status | Note): the plan's activities
// with a theme, a full name and a status from the list, and between them the coordinator's personal
// to-dos ("Ring til Lars om lokale til temadagen", "Bestil forplejning", "Send referat til
// styregruppen", "Husk at forny aftalen med PPR") typed where they came up: no theme, her own initials
// "AP" as responsible, a date, a tick "✓" or nothing as status, the whole row in grey italic. One row
// in between is not greyed: no theme, "AP", a status from the list ("I gang") and an activity's kind
// of text ("Opdatering af samarbejdsaftalen med PPR"). The cover names 2. halvår 2026. Hand-built.
//
// A careful reader takes the grey italic rows without a theme, with the coordinator's initials, as
// her own to-dos, no activities of the plan. The one not greyed, with a status from the plan's list,
// is read as an activity, but its theme cannot be known: flagged (no theme, to be asked).

import type { Value } from '../build/model';
import { PlanBuilder, unsure, type Exp } from '../build/plan';
import { HEAD, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

interface Act {
  readonly tema: string;
  readonly theme: Exp;
  readonly akt: string;
  readonly ans: string;
  readonly frist: string;
  readonly status: string;
  readonly x: Exp;
  readonly note?: string;
}

type Line = { readonly act: Act } | { readonly todo: string; readonly frist: string; readonly done: boolean };

const A = (tema: string, theme: Exp, akt: string, ans: string, frist: string, status: string, x: Exp, note?: string): Line => ({
  act: { tema, theme, akt, ans, frist, status, x, ...(note ? { note } : {}) },
}); // prettier-ignore
const T = (todo: string, frist: string, done = false): Line => ({ todo, frist, done });

const LINES: readonly Line[] = [
  A('Ledelse', 'leadership', 'Styregruppemøde hvert kvartal', 'Henrik Mørch', '2026-12-31', 'I gang', 'in_progress'),
  A('Kommunikation', 'communication', 'Artikel om korpset i Ærø Avis', 'Anne Poulsen', '2026-10-15', 'Gennemført', 'done'),
  T('Send referat fra styregruppen til Henrik', '2026-10-02', true),
  A('Opkvalificering', 'upskilling', 'Temadag om forældresamarbejde for mentorer', 'Karen Bro', '2026-11-19', 'Gennemført', 'done', '11 deltagere'),
  T('Ring til Lars om lokale til temadagen', '2026-10-20', true),
  T('Bestil forplejning til temadagen', '2026-11-05', true),
  A('Inddragelse', 'involvement', 'Forældremøde om korpsets tilbud på skolerne', 'Karen Bro', '2027-01-28', 'Ikke startet', 'not_started'),
  A('Organisering, roller og ansvar', 'organisation_roles', 'Aftale om fordeling af sager mellem mentorer', 'Henrik Mørch', '2026-12-15', 'I gang', 'in_progress'),
  { act: { tema: '', theme: unsure(null, 'no theme: an activity (not greyed, a status from the list) or a to-do of hers; the theme cannot be known'), akt: 'Opdatering af samarbejdsaftalen med PPR', ans: 'AP', frist: '2026-12-18', status: 'I gang', x: 'in_progress' } },
  T('Husk at forny aftalen om lokale på biblioteket', '2026-12-01'),
  A('Opfølgning på dokumentation', 'documentation', 'Halvårlig opgørelse af forløb og match', 'Anne Poulsen', '2027-01-15', 'Ikke startet', 'not_started'),
  A('Evaluering og tilpasning', 'evaluation', 'Evalueringsmøde med mentorer og ledelse', 'Henrik Mørch', '2027-02-25', 'Ikke startet', 'not_started'),
  T('Mail til Karen om datoer for forældremøder', '2026-12-04'),
  A('Arbejdsproces og kultur', 'process_culture', 'Fast sparring mellem mentorer og sagsbehandlere', 'Karen Bro', '2026-12-31', 'I gang', 'in_progress', 'Hver anden tirsdag'),
]; // prettier-ignore

const d = (iso: string): Value => ({ date: iso });
const TODO = { italic: true, color: '808080' } as const;

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p168-aeroe-plan-og-egen-to-do-liste-graa-kursiv-initialer',
    'hand-built',
    'Ærø: the plan is also the coordinator\'s own to-do list: personal to-dos ("Ring til Lars om lokale til temadagen", "Bestil forplejning …") typed between the activities in grey italic, no theme, her initials "AP" as responsible, a tick "✓" or nothing as status; one row not greyed without a theme, with "AP" and "I gang".',
    [
      'personal-to-dos-among-activities',
      'to-dos-grey-italic',
      'to-dos-no-theme-initials-responsible',
      'tick-as-to-do-status',
      'row-without-theme-not-greyed',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 22).width(2, 40);
  p.sheet(F).set('A1', 'Mentor- og forældrecoachindsatsen – Ærø Kommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Ærø Kommune', 'municipality', '492'],
    ['Halvår', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Anne Poulsen', 'coordinator'],
    ['Leder', 'Henrik Mørch', 'leader'],
  ]);

  const S = 'Plan og huskepunkter';
  const s = p.sheet(S);
  const x = at(S);
  s.width(1, 28).width(2, 48).width(3, 16).width(4, 12).width(5, 13).width(6, 30);
  s.set('A1', 'Implementeringsplan og huskepunkter – Ærø 2026', TITLE);
  s.row('A3', ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status', 'Note'], HEAD);
  let r = 4;
  for (const line of LINES) {
    if ('todo' in line) {
      s.set(`A${r}`, null, TODO)
        .set(`B${r}`, line.todo, TODO)
        .set(`C${r}`, 'AP', TODO)
        .set(`D${r}`, { v: d(line.frist), s: { ...TODO, fmt: 'dd.mm.yyyy' } });
      s.set(`E${r}`, line.done ? '✓' : null, TODO).set(`F${r}`, null, TODO);
      p.notActivity(S, r, "the coordinator's own to-do (grey italic, no theme, her initials)");
    } else {
      const a = line.act;
      if (a.tema) s.set(`A${r}`, a.tema);
      s.set(`B${r}`, a.akt, WRAP)
        .set(`C${r}`, a.ans)
        .set(`D${r}`, { v: d(a.frist), s: { fmt: 'dd.mm.yyyy' } })
        .set(`E${r}`, a.status);
      if (a.note) s.set(`F${r}`, a.note, WRAP);
      p.activity(S, r, {
        theme: x(a.theme, `A${r}`),
        activity: x(a.akt, `B${r}`),
        status: x(a.x, `E${r}`),
        start: x(null, `D${r}`),
        deadline: x(a.frist, `D${r}`),
        responsible: x(a.ans, `C${r}`),
      });
    }
    r++;
  }

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'yes', F6: 'yes', F7: 'partly',
    L1: 'yes', L2: 'partly', L3: 'yes', L4: 'yes', L5: 'partly', L6: ['no', 'Aftale med PPR fornyes'], L7: 'yes', L8: 'partly',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['KB', 'both', 'Familieafdelingen', 12, 4],
    ['LS', 'mentor', 'Ærø Skole', 8, 3],
    ['MT', 'parent_coach', 'Sundhedsplejen', 6, 2],
  ]);
  return p;
}
