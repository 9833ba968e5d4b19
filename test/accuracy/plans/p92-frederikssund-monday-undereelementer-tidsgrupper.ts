// Frederikssund (held out, fifteenth round): the plan kept on a monday.com board whose groups are
// not themes but stages the coordinator drags items between ("Igangværende", "Kommende",
// "Afsluttet"), exported to Excel as monday exports a board with subitems: the board's name, then
// each group's title row, its own header row ("Name | Subitems | Person | Status | Tema | Dato |
// Timeline | Item ID"), and its items; under an item with subitems comes a header row of the
// subitems ("Subitems | Name | Owner | Status | Date", one column in) and the subitems themselves,
// one column in, with their own people, states and dates (tasks of the activity, no activities);
// the item's own "Subitems" cell lists their names. The theme is a label column "Tema"; the
// statuses are monday's English labels ("Done", "Working on it", "Stuck", empty). One item was
// dragged to "Afsluttet" with its status still "Working on it". The coordinator typed a title line
// and her name above the board's name and filled the "Afsluttet" group grey. Hand-built package.

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import type { ExpectedValue } from '../expected';
import { BOLD, TITLE } from './common';

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
const DAY = { fmt: 'yyyy-mm-dd' } as const;
const GROUP = { bold: true, size: 12, color: '579BFC' } as const;
const GREY = { fill: { rgb: 'E7E6E6' } } as const;

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

interface Sub {
  readonly name: string;
  readonly owner: string;
  readonly status: string;
  readonly date: string;
}
interface Item {
  readonly name: string;
  readonly person: string;
  readonly status: string;
  readonly tema: string;
  readonly dato: string | null;
  readonly timeline: [string, string] | null;
  readonly id: number;
  readonly subs?: readonly Sub[];
  readonly read: { status: Exp; responsible?: Exp };
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p92-frederikssund-monday-undereelementer-tidsgrupper',
    'hand-built',
    'Frederikssund: a monday.com board export whose groups are stages ("Igangværende", "Kommende", "Afsluttet"), not themes (the theme is a "Tema" label column); items with subitems listed under them behind their own header row, one column in ("Subitems | Name | Owner | Status | Date"); English status labels, one item dragged to "Afsluttet" with "Working on it" left; a title line and the coordinator above the board\'s name.',
    [
      'monday-export',
      'groups-are-stages-not-themes',
      'theme-label-column',
      'subitems-under-items-own-header',
      'subitem-names-in-item-cell',
      'english-status-labels',
      'group-contradicts-status',
      'timeline-range-beside-date',
      'coordinator-title-above-export',
      'group-filled-grey',
    ],
  );
  const S = 'Korpsplan Frederikssund';
  const s = p.sheet(S);
  s.width(1, 44).width(2, 36).width(3, 18).width(4, 14).width(5, 28).width(6, 12).width(7, 24).width(8, 12);
  s.set('A1', 'Frederikssund Kommune – mentor- og forældrecoachkorps, 2. halvår 2026', TITLE);
  s.set('A2', 'Koordinator: Louise Kamp');
  s.set('A4', 'Korpsplan Frederikssund', { bold: true, size: 16 });
  p.fact('municipality', { v: '250', note: 'the title line' }, S, 'A1');
  p.fact('period', { v: '2026-H2', note: 'the title line' }, S, 'A1');
  p.fact('coordinator', 'Louise Kamp', S, 'A2');

  const groups: [string, Item[]][] = [
    [
      'Igangværende',
      [
        {
          name: 'Mentorsparring hver anden uge', person: 'Louise Kamp', status: 'Working on it', tema: 'Arbejdsproces og kultur',
          dato: '2026-12-18', timeline: ['2026-09-01', '2026-12-18'], id: 1794455123,
          subs: [
            { name: 'Book lokale for efteråret', owner: 'Louise Kamp', status: 'Done', date: '2026-08-25' },
            { name: 'Årshjul for sparringsmøderne', owner: 'Niels Berg', status: 'Done', date: '2026-08-31' },
          ],
          read: { status: 'in_progress' },
        },
        {
          name: 'Samarbejdsaftale med PPR om henvisning', person: 'Niels Berg', status: 'Stuck', tema: 'Organisering, roller og ansvar',
          dato: '2026-11-30', timeline: null, id: 1794455187,
          read: { status: unsure('in_progress', '"Stuck": begun but held up; not on the list') },
        },
        {
          name: 'Pjece om forældrecoaching til skolerne', person: 'Sofie Lund', status: 'Working on it', tema: 'Kommunikation',
          dato: '2026-12-11', timeline: ['2026-11-09', '2026-12-11'], id: 1794455219,
          read: { status: 'in_progress' },
        },
        {
          name: 'LAT-opfølgningsdag for mentorer', person: 'Louise Kamp, Niels Berg', status: 'Working on it', tema: 'Opkvalificering',
          dato: '2026-12-03', timeline: ['2026-10-05', '2026-12-03'], id: 1794455240,
          subs: [
            { name: 'Invitation sendt', owner: 'Louise Kamp', status: 'Done', date: '2026-10-12' },
            { name: 'Oplægsholder bekræftet', owner: 'Niels Berg', status: 'Working on it', date: '2026-11-06' },
            { name: 'Evalueringsskema', owner: 'Louise Kamp', status: '', date: '2026-12-03' },
          ],
          read: { status: 'in_progress', responsible: { v: 'Louise Kamp, Niels Berg', alt: ['Louise Kamp og Niels Berg', 'Louise Kamp; Niels Berg'] } },
        },
      ],
    ],
    [
      'Kommende',
      [
        {
          name: 'Forældrecafé om forældrecoaching', person: 'Sofie Lund', status: '', tema: 'Inddragelse',
          dato: '2027-01-21', timeline: null, id: 1794455302,
          read: { status: { v: 'not_started', note: 'no status set, in the group "Kommende"' } },
        },
        {
          name: 'Halvårsopfølgning i ledergruppen', person: 'Henrik Aagaard', status: '', tema: 'Evaluering og tilpasning',
          dato: '2027-01-14', timeline: null, id: 1794455366,
          read: { status: { v: 'not_started', note: 'no status set, in the group "Kommende"' } },
        },
        {
          name: 'Temadag om LAT for nye lærere', person: 'Louise Kamp', status: '', tema: 'Opkvalificering',
          dato: '2027-02-04', timeline: null, id: 1794455388,
          read: { status: { v: 'not_started', note: 'no status set, in the group "Kommende"' } },
        },
      ],
    ],
    [
      'Afsluttet',
      [
        {
          name: 'Ledelsesbeslutning om korpsets omfang', person: 'Henrik Aagaard', status: 'Done', tema: 'Ledelse',
          dato: '2026-08-20', timeline: null, id: 1794455401,
          read: { status: 'done' },
        },
        {
          name: 'Nyhedsbrev til skoler og klubber', person: 'Sofie Lund', status: 'Done', tema: 'Kommunikation',
          dato: '2026-09-25', timeline: ['2026-09-01', '2026-09-25'], id: 1794455455,
          subs: [
            { name: 'Tekst godkendt af Henrik', owner: 'Henrik Aagaard', status: 'Done', date: '2026-09-18' },
            { name: 'Udsendt via Aula', owner: 'Sofie Lund', status: 'Done', date: '2026-09-25' },
          ],
          read: { status: 'done' },
        },
        {
          name: 'Fælles mappe til forløbsnotater', person: 'Niels Berg', status: 'Working on it', tema: 'Opfølgning på dokumentation',
          dato: '2026-10-30', timeline: null, id: 1794455512,
          read: { status: unsure('done', 'moved to the group "Afsluttet", the status label still "Working on it": to be asked') },
        },
      ],
    ],
  ]; // prettier-ignore

  let r = 6;
  for (const [group, items] of groups) {
    const grey = group === 'Afsluttet';
    const groupAt = `A${r}`;
    s.set(groupAt, group, GROUP);
    r++;
    s.row(`A${r}`, ['Name', 'Subitems', 'Person', 'Status', 'Tema', 'Dato', 'Timeline', 'Item ID'], BOLD);
    r++;
    for (const it of items) {
      const row = r;
      const fill = grey ? GREY : undefined;
      s.row(
        `A${row}`,
        [
          it.name,
          it.subs ? it.subs.map((x) => x.name).join(', ') : undefined,
          it.person,
          it.status || undefined,
          it.tema,
          it.dato ? { v: { date: it.dato }, s: { ...DAY, ...(fill ?? {}) } } : undefined,
          it.timeline ? `${it.timeline[0]} - ${it.timeline[1]}` : undefined,
          it.id,
        ],
        fill,
      );
      p.activity(S, row, {
        theme: ev(TH[it.tema]!, `E${row}`),
        activity: ev(it.name, `A${row}`),
        // With no status label set, the group the item sits in is what tells it.
        status: ev(it.read.status, it.status ? `D${row}` : groupAt),
        start: ev(it.timeline ? { v: it.timeline[0], note: 'the Timeline range' } : null, it.timeline ? `G${row}` : `F${row}`),
        deadline: ev(it.dato, `F${row}`),
        responsible: ev(it.read.responsible ?? it.person, `C${row}`),
      }); // prettier-ignore
      r++;
      if (it.subs) {
        s.row(`A${r}`, ['Subitems', 'Name', 'Owner', 'Status', 'Date'], BOLD);
        p.notActivity(S, r, 'the header row of the subitems');
        r++;
        for (const sub of it.subs) {
          s.row(
            `B${r}`,
            [sub.name, sub.owner, sub.status || undefined, { v: { date: sub.date }, s: DAY }],
            fill,
          );
          p.notActivity(S, r, `a subitem of "${it.name}": a task of the activity`);
          r++;
        }
      }
    }
    r++;
  }
  return p;
}
