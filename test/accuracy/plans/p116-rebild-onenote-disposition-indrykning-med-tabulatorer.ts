// Rebild (held out, twenty-first round: plans pasted from other Office programs and never typed
// again): the coordinator keeps the plan as a OneNote page of notes and pasted the page into one
// column of a sheet. The outline's levels arrive as leading whitespace, tabs in the part she wrote
// first and runs of spaces in the part pasted in from a colleague's page: the theme at level one,
// the activity at level two, and under it lines "Ansvarlig: …", "Frist: …", "Status: …" at level
// three (one activity with two fields on one line, "Frist: uge 9 – Status: I gang"). OneNote's page
// title, date and time stand at the top ("tirsdag 12. januar 2027", "09:14"), then the cover facts
// as lines; the checklist is an outline too (a question per line, its answer on the line under it,
// some with a remark after a dash), and the corps one member a line ("AK: mentor, 8 t/uge, 3
// forløb"). SheetJS.

import { PlanBuilder, toExpected, unsure, type Exp } from '../build/plan';
import { ACTIVITY_FIELDS, type ActivityField, type ExpectedValue } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p116-rebild-onenote-disposition-indrykning-med-tabulatorer',
    'sheetjs',
    'Rebild: a OneNote page pasted into one column: outline levels as leading tabs or runs of spaces (theme, activity, then "Ansvarlig:", "Frist:", "Status:" lines under it), the page title, date and time at the top, cover facts as lines, the checklist as an outline with the answer on the line under each question, the corps one member a line.',
    [
      'onenote-paste',
      'outline-levels-as-leading-tabs',
      'outline-levels-as-leading-spaces',
      'field-lines-under-activity',
      'two-fields-on-one-line',
      'page-date-and-time-lines',
      'checklist-as-outline-answer-under-question',
      'corps-one-member-a-line',
    ],
  );
  const S = 'Ark1';
  const s = p.sheet(S);
  s.width(1, 90);
  let r = 0;
  const line = (text: string): number => {
    r++;
    if (text) s.set(`A${r}`, text);
    return r;
  };
  line('Implementeringsplan – mentor- og forældrecoachindsatsen');
  line('tirsdag 12. januar 2027');
  line('09:14');
  line('');
  p.fact('municipality', '840', S, `A${line('Kommune: Rebild Kommune')}`);
  p.fact('period', '2027-H1', S, `A${line('Periode: 1. halvår 2027')}`);
  p.fact('phase', 'full', S, `A${line('Fase: Fuld implementering')}`);
  p.fact('coordinator', 'Camilla Bruun', S, `A${line('Koordinator: Camilla Bruun')}`);
  p.fact('leader', 'Torben Falk', S, `A${line('Leder: Torben Falk')}`);
  line('');
  line('Aktiviteter');

  type A = {
    activity: string;
    who?: string;
    whoX?: Exp;
    frist?: string;
    fristX?: Exp;
    status?: string;
    statusX?: Exp;
    /** Frist and status on one line. */
    joined?: boolean;
  };
  // Each theme: [indent unit ('\t' or four spaces), theme text, theme, activities]
  const outline: [string, string, Exp, A[]][] = [
    ['\t', 'Ledelse', 'leadership', [
      { activity: 'Styregruppemøde om korpsets mål for 2027', who: 'Torben Falk', frist: '29. januar 2027', fristX: '2027-01-29', status: 'Gennemført', statusX: 'done' },
      { activity: 'Ledermøde om tid til forløb i arbejdsplanerne', who: 'Torben Falk', frist: 'uge 9', fristX: '2027-03-07', status: 'I gang', statusX: 'in_progress', joined: true },
    ]],
    ['\t', 'Kommunikation', 'communication', [
      { activity: 'Infomøde for skoler og sundhedsplejen', who: 'Camilla Bruun', frist: '15. februar 2027', fristX: '2027-02-15', status: 'Gennemført', statusX: 'done' },
      { activity: 'Pjece til familier om forældrecoaching', who: 'Camilla Bruun', frist: '31. marts 2027', fristX: '2027-03-31', status: 'Ikke startet', statusX: 'not_started' },
    ]],
    ['\t', 'Inddragelse', 'involvement', [
      { activity: 'Forældrepanel om forældrecoaching', who: 'Jesper Vang', frist: 'uge 14', fristX: '2027-04-11', status: 'Ikke startet', statusX: 'not_started' },
    ]],
    ['    ', 'Organisering, roller og ansvar', 'organisation_roles', [
      { activity: 'Rollebeskrivelse for koordinator og mentorer', who: 'Camilla Bruun', frist: '28. februar 2027', fristX: '2027-02-28', status: 'I gang', statusX: 'in_progress' },
    ]],
    ['    ', 'Opkvalificering', 'upskilling', [
      { activity: 'LAT-kursus for fem nye mentorer', who: 'Nationalt center', frist: '30. april 2027', fristX: '2027-04-30', status: 'I gang', statusX: 'in_progress' },
      { activity: 'Supervisionsmøde med ekstern supervisor', who: 'Jesper Vang', frist: 'maj 2027', fristX: '2027-05-31', status: 'Ikke startet', statusX: 'not_started' },
    ]],
    ['    ', 'Opfølgning på dokumentation', 'documentation', [
      { activity: 'Månedligt udtræk af forløb fra fagsystemet', who: 'Jesper Vang', frist: 'løbende', fristX: unsure(null, '"løbende": no day'), status: 'I gang', statusX: 'in_progress' },
    ]],
    ['\t', 'Evaluering og tilpasning', 'evaluation', [
      { activity: 'Halvårsstatus til styregruppen', who: 'Camilla Bruun', frist: '24. juni 2027', fristX: '2027-06-24', status: 'Ikke startet', statusX: 'not_started' },
    ]],
  ]; // prettier-ignore
  for (const [unit, themeText, theme, acts] of outline) {
    const themeAt = `A${line(unit + themeText)}`;
    for (const a of acts) {
      const row = line(unit.repeat(2) + a.activity);
      const cells: Partial<Record<ActivityField, string>> = { activity: `A${row}` };
      const deeper = unit.repeat(3);
      if (a.who) cells.responsible = `A${line(`${deeper}Ansvarlig: ${a.who}`)}`;
      if (a.joined) {
        const at = `A${line(`${deeper}Frist: ${a.frist} – Status: ${a.status}`)}`;
        cells.deadline = at;
        cells.status = at;
      } else {
        cells.deadline = `A${line(`${deeper}Frist: ${a.frist}`)}`;
        cells.status = `A${line(`${deeper}Status: ${a.status}`)}`;
      }
      const x: Record<ActivityField, Exp> = {
        theme,
        activity: a.activity,
        status: a.statusX ?? null,
        start: null,
        deadline: a.fristX ?? null,
        responsible: a.whoX ?? a.who ?? null,
      };
      const fields = {} as Record<ActivityField, ExpectedValue>;
      for (const f of ACTIVITY_FIELDS)
        fields[f] = toExpected(x[f], f === 'theme' ? themeAt : (cells[f] ?? cells.deadline));
      p.activity(S, row, fields);
    }
  }

  // The checklist as an outline: question, then its answer on the line under it.
  line('');
  line('Huskeliste');
  const ans: Record<string, [string | null, 'yes' | 'partly' | 'no' | null, string | null]> = {
    F1: ['Ja', 'yes', null], F2: ['Ja', 'yes', null], F3: ['Ja', 'yes', null], F4: ['Ja', 'yes', null],
    F5: ['Delvist – mentorerne fra skoleområdet mangler', 'partly', 'mentorerne fra skoleområdet mangler'],
    F6: ['Ja', 'yes', null], F7: ['Ja', 'yes', null], L1: ['Ja', 'yes', null], L2: ['Delvist', 'partly', null],
    L3: ['Ja', 'yes', null], L4: ['Nej – aftales med supervisor i maj', 'no', 'aftales med supervisor i maj'],
    L5: ['Ja', 'yes', null], L6: ['Delvist', 'partly', null], L7: ['Ja', 'yes', null], L8: [null, null, null],
  }; // prettier-ignore
  for (const [id, q] of SEED_QUESTIONS) {
    if (id === 'F1') line('\tForberedelse');
    if (id === 'L1') line('\tLøbende implementering');
    const qRow = line(`\t\t${id} ${q}`);
    const [text, a, comment] = ans[id]!;
    const at = text ? `A${line(`\t\t\t${text}`)}` : `A${qRow}`;
    p.answer(id, a, S, at, comment ? comment : undefined);
  }

  // The corps, one member a line.
  line('');
  line('Korps');
  const corps: [string, string, Exp, number, number][] = [
    ['CB', 'mentor', 'mentor', 8, 3],
    ['JV', 'mentor og forældrecoach', 'both', 12, 4],
    ['LH', 'forældrecoach', 'parent_coach', 6, 2],
  ];
  for (const [ini, roleT, role, h, c] of corps) {
    const row = line(`\t${ini}: ${roleT}, ${h} t/uge, ${c} forløb`);
    p.corpsRow(S, row, {
      initials: [ini, `A${row}`],
      role: [role, `A${row}`],
      hoursPerWeek: [h, `A${row}`],
      activeCases: [c, `A${row}`],
    });
  }
  return p;
}
