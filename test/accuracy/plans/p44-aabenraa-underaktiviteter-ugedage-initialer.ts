// Aabenraa (held out, fourth round): an outline plan. Activities are numbered "1", "1.1", "1.2" in a
// "Nr." column; a parent row ("2  Opstart af første mentorhold") only groups its children: it names
// the theme, spans the children's time ("marts-april 2027") and has no status of its own, and its
// children (written indented with leading spaces, the theme cell left empty) inherit its theme. The
// times are written with weekday names ("man. 1. marts 2027", "torsdag d. 10. juni 2027"), as month
// ranges ("marts-april 2027"), or relative to something else ("2 uger efter opstart", "løbende",
// "efter behov": no date a careful reader can give, so a check). The responsible are initials only,
// explained on a sheet "Forkortelser" ("LK – Line Kristensen, koordinator"). The header is frozen.
// Hand-built package.

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import type { ExpectedValue } from '../expected';
import { BOLD, HEAD, TITLE, WRAP } from './common';

function ev(e: Exp, cell: string): ExpectedValue {
  if (e === null || typeof e !== 'object') return { value: e, cell };
  return {
    value: e.v,
    cell: e.cell ?? cell,
    ...(e.flag ? { flag: true as const } : {}),
    ...(e.alt ? { alt: [...e.alt] } : {}),
    ...(e.note ? { note: e.note } : {}),
  };
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p44-aabenraa-underaktiviteter-ugedage-initialer',
    'hand-built',
    'Aabenraa: an outline plan numbered 1, 1.1, 1.2 whose parent rows only group their indented children (theme on the parent only), dates with weekday names, month ranges and relative times ("2 uger efter opstart", "løbende", "efter behov"), responsible as initials explained on a sheet of their own, frozen header.',
    [
      'outline-numbered-sub-activities',
      'parent-row-groups-children',
      'indented-children',
      'theme-on-parent-only',
      'dates-with-weekday-names',
      'month-range-dash',
      'relative-deadlines',
      'responsible-initials-with-legend-sheet',
      'frozen-header-row',
      'cover-label-value',
    ],
  );
  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Mentor- og forældrecoachindsatsen i Aabenraa Kommune', TITLE);
  f.row('A3', ['Kommune:', 'Aabenraa']);
  f.row('A4', ['Halvår:', '1. halvår 2027']);
  f.row('A5', ['Fase:', 'Klargøring']);
  f.row('A6', ['Koordinator:', 'Line Kristensen (LK)']);
  f.row('A7', ['Leder:', 'Søren Juhl (SJ)']);
  f.width(1, 16).width(2, 30);
  p.fact('municipality', '580', F, 'B3');
  p.fact('period', '2027-H1', F, 'B4');
  p.fact('phase', 'readiness', F, 'B5');
  p.fact('coordinator', { v: 'Line Kristensen', alt: ['Line Kristensen (LK)'] }, F, 'B6');
  p.fact('leader', { v: 'Søren Juhl', alt: ['Søren Juhl (SJ)'] }, F, 'B7');

  const L = 'Forkortelser';
  const l = p.sheet(L);
  l.set('A1', 'Forkortelser brugt i handleplanen', BOLD);
  const WHO: Record<string, [string, string]> = {
    LK: ['Line Kristensen', 'koordinator'],
    SJ: ['Søren Juhl', 'afdelingsleder, Familie og Forebyggelse'],
    MB: ['Mads Bruun', 'mentor og tovholder for mentorgruppen'],
    HA: ['Hanne Andersen', 'skolekonsulent'],
  };
  Object.entries(WHO).forEach(([ini, [name, role]], i) => l.row(`A${3 + i}`, [ini, `– ${name}, ${role}`]));
  l.width(2, 50);

  const S = 'Handleplan';
  const s = p.sheet(S);
  s.set('A1', 'Handleplan 2027 – mentorkorpset', TITLE);
  s.set('A2', 'Underpunkter hører under punktet over dem. Se fanen Forkortelser.');
  s.row('A4', ['Nr.', 'Tema', 'Aktivitet', 'Hvornår', 'Ansv.', 'Status', 'Bemærkninger'], HEAD);
  s.frozenRows = 4;
  [6, 24, 50, 26, 8, 16, 30].forEach((w, i) => s.width(i + 1, w));
  const TH: Record<string, string> = {
    'Ledelse og forankring': 'leadership',
    Kompetenceudvikling: 'upskilling',
    'Samarbejde og inddragelse': 'involvement',
    'Dokumentation og opfølgning': 'documentation',
  };
  const ST: Record<string, string> = {
    'Ikke påbegyndt': 'not_started',
    Igangsat: 'in_progress',
    Afsluttet: 'done',
    Udsat: 'changed',
  };
  const REL = (text: string): Exp =>
    unsure(null, `"${text}" is relative to something the plan does not date: no deadline a reader can give`);
  // A parent: [nr, theme, text, when, who]; a child: [nr, undefined, text, when, who, status, start, deadline, remark]
  type P = { nr: string; tema: string; text: string; when?: string; who?: string };
  type C = {
    nr: string;
    text: string;
    when: string;
    who: string;
    status: string;
    start: Exp;
    deadline: Exp;
    remark?: string;
  };
  const plan: (P | C)[] = [
    { nr: '1', tema: 'Ledelse og forankring', text: 'Forankring i ledelsen', when: 'januar-marts 2027', who: 'SJ' },
    { nr: '1.1', text: '   Ledergruppen godkender mål og ressourcer', when: 'man. 1. marts 2027', who: 'SJ', status: 'Afsluttet', start: null, deadline: '2027-03-01' },
    { nr: '1.2', text: '   Fast punkt om mentorkorpset på ledermøder', when: 'løbende', who: 'SJ', status: 'Igangsat', start: null, deadline: REL('løbende') },
    { nr: '2', tema: 'Kompetenceudvikling', text: 'Opstart af første mentorhold', when: 'marts-april 2027', who: 'LK' },
    { nr: '2.1', text: '   Rekruttering af fire mentorer', when: 'tirs. 16. marts 2027', who: 'LK', status: 'Afsluttet', start: null, deadline: '2027-03-16' },
    { nr: '2.2', text: '   LAT-grunduddannelse', when: 'marts-april 2027', who: 'LK', status: 'Igangsat', start: '2027-03-01', deadline: '2027-04-30' },
    { nr: '2.3', text: '   Opfølgende sparring med nye mentorer', when: '2 uger efter opstart', who: 'MB', status: 'Ikke påbegyndt', start: null, deadline: REL('2 uger efter opstart') },
    { nr: '3', tema: 'Samarbejde og inddragelse', text: 'Samarbejde med skolerne' },
    { nr: '3.1', text: '   Møde med skoleledere om henvisning', when: 'ons. 7. april 2027', who: 'HA', status: 'Ikke påbegyndt', start: null, deadline: '2027-04-07' },
    { nr: '3.2', text: '   Oplæg for lærerne på to skoler', when: 'maj 2027', who: 'HA', status: 'Udsat', start: null, deadline: '2027-05-31', remark: 'Flyttes til efteråret' },
    { nr: '3.3', text: '   Sparring med AKT-lærere', when: 'efter behov', who: 'MB', status: 'Igangsat', start: null, deadline: REL('efter behov') },
    { nr: '4', tema: 'Dokumentation og opfølgning', text: 'Dokumentation' },
    { nr: '4.1', text: '   Skabelon for forløbsnotat', when: 'fre. 28. maj 2027', who: 'LK', status: 'Ikke påbegyndt', start: null, deadline: '2027-05-28' },
    { nr: '4.2', text: '   Første opgørelse af forløb til ledergruppen', when: 'torsdag d. 10. juni 2027', who: 'LK', status: 'Ikke påbegyndt', start: null, deadline: '2027-06-10' },
  ]; // prettier-ignore
  let parent: { cell: string; theme: string } | undefined;
  plan.forEach((item, i) => {
    const r = 5 + i;
    if ('tema' in item) {
      s.set(`A${r}`, item.nr, BOLD).set(`B${r}`, item.tema, BOLD).set(`C${r}`, item.text, BOLD);
      if (item.when) s.set(`D${r}`, item.when, BOLD);
      if (item.who) s.set(`E${r}`, item.who, BOLD);
      parent = { cell: `B${r}`, theme: TH[item.tema]! };
      p.notActivity(S, r, 'a parent row: it only groups the activities numbered under it');
      return;
    }
    s.row(`A${r}`, [
      item.nr,
      undefined,
      { v: item.text, s: WRAP },
      item.when,
      item.who,
      item.status,
      item.remark,
    ]);
    const [name] = WHO[item.who]!;
    p.activity(S, r, {
      theme: ev(parent!.theme, parent!.cell),
      activity: ev(item.text.trim(), `C${r}`),
      status: ev(ST[item.status]!, `F${r}`),
      start: ev(item.start, `D${r}`),
      deadline: ev(item.deadline, `D${r}`),
      responsible: ev({ v: name, alt: [item.who], note: 'initials explained on Forkortelser' }, `E${r}`),
    });
  });
  return p;
}
