// Halsnæs (held out, sixteenth round): the plan kept as a status memo to the director ("Notat")
// in one sheet: a memo head ("Til: Direktør Lene Friis", "Fra: Peter Dahl, koordinator for …",
// "Dato:", "Emne: Status på implementeringsplanen, 2. halvår 2026"), an opening paragraph in a cell
// merged across the page that names the phase in a sentence, then per theme a heading in the
// report's own words ("Ledelse og forankring", "Inddragelse af forældre og unge",
// "Kompetenceudvikling") and under it one bullet a row, each a sentence merged across the page with
// the status told by its verb ("… er gennemført i september", "… er i gang og afsluttes i uge 48",
// "… er udskudt til foråret", "… er aflyst pga. …", "… forventes truffet den 3. december", "… er
// endnu ikke påbegyndt; den planlægges til januar 2027", "… holdes i uge 50") and the responsible in
// brackets at the end; a closing paragraph and a greeting. Hand-built package.

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import type { ExpectedValue } from '../expected';
import { BOLD, TITLE, WRAP } from './common';

const ev = (e: Exp, cell: string): ExpectedValue =>
  e !== null && typeof e === 'object'
    ? {
        value: e.v,
        cell,
        ...(e.flag ? { flag: true as const } : {}),
        ...(e.alt ? { alt: [...e.alt] } : {}),
        ...(e.note ? { note: e.note } : {}),
      }
    : { value: e, cell };

/** The activity as a human lifts it from the sentence: the subject, or the whole sentence. */
const act = (subject: string, sentence: string): Exp => {
  const noDot = sentence.replace(/\.$/, '');
  return {
    v: subject,
    alt: [sentence, noDot],
    note: 'the sentence names the activity before its verb; the whole sentence is as right',
  };
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p95-halsnaes-statusnotat-til-direktionen-punkter-i-prosa',
    'hand-built',
    'Halsnæs: the plan as a status memo to the director: memo head "Til: Direktør …" / "Fra: …, koordinator" / "Emne: … 2. halvår 2026", the phase in an opening paragraph, theme headings in report words, one bullet sentence a row merged across the page with the status told by its verb ("er gennemført i september", "er udskudt til foråret", "forventes truffet den 3. december") and the responsible in brackets.',
    [
      'plan-as-memo-to-leader',
      'memo-head-til-fra-emne',
      'phase-in-prose-paragraph',
      'bullet-sentence-per-row-merged',
      'status-told-by-verb-in-sentence',
      'time-in-sentence-month-week-day',
      'responsible-in-brackets-at-end',
      'theme-headings-report-words',
      'closing-paragraph-and-greeting',
    ],
  );

  const S = 'Statusnotat';
  const s = p.sheet(S);
  for (let c = 1; c <= 6; c++) s.width(c, 18);
  s.set('A1', 'Halsnæs Kommune', TITLE);
  s.set('A2', 'Center for Børn og Familie');
  s.set('A4', 'NOTAT', BOLD);
  s.set('A5', 'Til: Direktør Lene Friis');
  s.set('A6', 'Fra: Peter Dahl, koordinator for mentor- og forældrecoachindsatsen');
  s.set('A7', 'Dato: 20. november 2026');
  s.set('A8', 'Emne: Status på implementeringsplanen, 2. halvår 2026', BOLD);
  p.fact('municipality', '260', S, 'A1');
  p.fact('leader', 'Lene Friis', S, 'A5');
  p.fact('coordinator', 'Peter Dahl', S, 'A6');
  p.fact('period', '2026-H2', S, 'A8');

  const para = (r: number, text: string): void => {
    s.set(`A${r}`, text, WRAP).merge(`A${r}:F${r}`);
  };
  para(
    10,
    'Indsatsen er nu i indledende implementering. Vi har otte mentorer og tre forældrecoaches i gang, og de fleste af efterårets aktiviteter er gennemført eller i gang. Nedenfor følger status på planens aktiviteter, tema for tema.',
  );
  p.fact(
    'phase',
    { v: 'initial', note: '"Indsatsen er nu i indledende implementering": the phase told in a sentence' },
    S,
    'A10',
  );

  type X = { activity: Exp; status: Exp; deadline: Exp; start?: Exp; responsible: Exp };
  const groups: [string, string, [string, X][]][] = [
    ['Ledelse og forankring', 'leadership', [
      ['• Styregruppemøde om mandatet for 2027 er gennemført i september (Lene Friis).',
        { activity: act('Styregruppemøde om mandatet for 2027', 'Styregruppemøde om mandatet for 2027 er gennemført i september.'), status: 'done', deadline: '2026-09-30', responsible: 'Lene Friis' }],
      ['• Beslutning om korpsets budget for 2027 forventes truffet på direktionsmødet den 3. december (Lene Friis).',
        { activity: act('Beslutning om korpsets budget for 2027', 'Beslutning om korpsets budget for 2027 forventes truffet på direktionsmødet den 3. december.'), status: { v: 'not_started', alt: ['in_progress'], note: '"forventes truffet": still to come' }, deadline: '2026-12-03', responsible: 'Lene Friis' }],
    ]],
    ['Kommunikation', 'communication', [
      ['• Informationsmøder på alle syv skoler er gennemført i uge 38–40 (Peter Dahl).',
        { activity: act('Informationsmøder på alle syv skoler', 'Informationsmøder på alle syv skoler er gennemført i uge 38–40.'), status: 'done', start: '2026-09-14', deadline: '2026-10-04', responsible: 'Peter Dahl' }],
      ['• Ny side om korpset på kommunens hjemmeside er i gang og ventes klar i december (Peter Dahl).',
        { activity: act('Ny side om korpset på kommunens hjemmeside', 'Ny side om korpset på kommunens hjemmeside er i gang og ventes klar i december.'), status: 'in_progress', deadline: '2026-12-31', responsible: 'Peter Dahl' }],
    ]],
    ['Inddragelse af forældre og unge', 'involvement', [
      ['• Dialogmødet med forældrerådet er udskudt til foråret, da rådet først konstitueres i januar (Peter Dahl).',
        { activity: act('Dialogmødet med forældrerådet', 'Dialogmødet med forældrerådet er udskudt til foråret, da rådet først konstitueres i januar.'), status: { v: 'changed', note: 'put off to the spring' }, deadline: unsure(null, '"til foråret": the spring, no day to hold it to ("januar" is when the council is formed, not the deadline)'), responsible: 'Peter Dahl' }],
      ['• Fokusgruppe med unge i forløb er gennemført den 22. oktober (Mentorteamet).',
        { activity: act('Fokusgruppe med unge i forløb', 'Fokusgruppe med unge i forløb er gennemført den 22. oktober.'), status: 'done', deadline: '2026-10-22', responsible: 'Mentorteamet' }],
    ]],
    ['Kompetenceudvikling', 'upskilling', [
      ['• LAT-uddannelsen af fire nye mentorer er i gang og afsluttes i uge 48 (Nationalt center).',
        { activity: act('LAT-uddannelsen af fire nye mentorer', 'LAT-uddannelsen af fire nye mentorer er i gang og afsluttes i uge 48.'), status: 'in_progress', deadline: '2026-11-29', responsible: 'Nationalt center' }],
      ['• Temadag om samtaler med forældre er aflyst pga. for få tilmeldte (Peter Dahl).',
        { activity: act('Temadag om samtaler med forældre', 'Temadag om samtaler med forældre er aflyst pga. for få tilmeldte.'), status: 'closed', deadline: null, responsible: 'Peter Dahl' }],
    ]],
    ['Dokumentation', 'documentation', [
      ['• Fælles skabelon til forløbsnoter er endnu ikke påbegyndt; den planlægges til januar 2027 (Peter Dahl).',
        { activity: act('Fælles skabelon til forløbsnoter', 'Fælles skabelon til forløbsnoter er endnu ikke påbegyndt; den planlægges til januar 2027.'), status: 'not_started', deadline: '2027-01-31', responsible: 'Peter Dahl' }],
    ]],
    ['Evaluering', 'evaluation', [
      ['• Halvårsevalueringen med korpset holdes i uge 50 (Peter Dahl).',
        { activity: act('Halvårsevalueringen med korpset', 'Halvårsevalueringen med korpset holdes i uge 50.'), status: { v: 'not_started', note: '"holdes i uge 50": still to come' }, deadline: '2026-12-13', responsible: 'Peter Dahl' }],
    ]],
  ]; // prettier-ignore
  let r = 12;
  for (const [heading, theme, items] of groups) {
    s.set(`A${r}`, heading, BOLD);
    p.notActivity(S, r, 'a theme heading in the memo');
    const themeCell = `A${r}`;
    r++;
    for (const [text, x] of items) {
      para(r, text);
      const at = `A${r}`;
      p.activity(S, r, {
        theme: ev(theme, themeCell),
        activity: ev(x.activity, at),
        status: ev(x.status, at),
        start: ev(x.start ?? null, at),
        deadline: ev(x.deadline, at),
        responsible: ev(x.responsible, at),
      });
      r++;
    }
    r++;
  }
  para(
    r,
    'Samlet set er planen på sporet. Jeg foreslår, at direktionen på mødet den 3. december også drøfter, hvordan forældrerådet kan inddrages i foråret.',
  );
  p.notActivity(S, r, 'the closing paragraph');
  s.set(`A${r + 2}`, 'Med venlig hilsen');
  s.set(`A${r + 3}`, 'Peter Dahl');
  p.notActivity(S, r + 2, 'the greeting');
  p.notActivity(S, r + 3, 'the signature');
  return p;
}
