// Kalundborg (held out, twenty-fifth round). The coordinator asked an AI chat assistant to "lave
// implementeringsplanen om til en pæn tabel", pressed the chat's copy button and pasted the answer
// into A1 of an empty workbook: the assistant's Markdown lands as it is, one line a row, all in
// column A. The chat's opening sentence above the title, headings with "#" and an emoji, the cover
// facts as "**Label:** value" lines, the plan, the two checklists and the corps as Markdown tables
// ("| Tema | Aktivitet | … |" over a "|---|---|" separator row, alignment colons "|:---:|"), "**fed**"
// around a theme and a word of an activity, a theme left empty on the rows that carry on its group,
// statuses and answers with an emoji before the word ("✅ Gennemført", "🔄 I gang", "⏳ Ikke
// startet", "❌ Aflyst"; "✅ Ja", "🟡 Delvist", "❌ Nej"), "–" for no start, and the chat's closing
// offer and a tip quoted with ">" under it. A careful reader reads each line's cells between the
// pipes. SheetJS.

import type { ChecklistIdKey } from '../expected';
import { PlanBuilder } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';

const S = 'Ark1';

// [theme as written, theme id, activity as written, activity read, responsible, start, start read,
//  deadline, deadline read, status as written, status id]
type R = readonly [
  string,
  string,
  string,
  string,
  string,
  string,
  string | null,
  string,
  string,
  string,
  string,
];
const ROWS: readonly R[] = [
  ['**Ledelse**', 'leadership', 'Kick-off med styregruppen', 'Kick-off med styregruppen', 'Henrik Skov', '04.01.2027', '2027-01-04', '15.01.2027', '2027-01-15', '✅ Gennemført', 'done'],
  ['', 'leadership', 'Ledelsen godkender kommissorium for korpset', 'Ledelsen godkender kommissorium for korpset', 'Henrik Skov', '–', null, 'uge 6', '2027-02-14', '✅ Gennemført', 'done'],
  ['**Kommunikation**', 'communication', 'Informationsmøde for skoleledere', 'Informationsmøde for skoleledere', 'Louise Dam', '01.02.2027', '2027-02-01', '24.02.2027', '2027-02-24', '🔄 I gang', 'in_progress'],
  ['', 'communication', 'Pjece om mentorordningen til forældre', 'Pjece om mentorordningen til forældre', 'Louise Dam', '–', null, 'marts 2027', '2027-03-31', '⏳ Ikke startet', 'not_started'],
  ['**Inddragelse**', 'involvement', 'Dialogmøde med unge fra Ungerådet', 'Dialogmøde med unge fra Ungerådet', 'Mentorerne', '15.03.2027', '2027-03-15', '15.04.2027', '2027-04-15', '⏳ Ikke startet', 'not_started'],
  ['**Opkvalificering**', 'upskilling', '**Temadag** om LAT-metoden for alle mentorer', 'Temadag om LAT-metoden for alle mentorer', 'Louise Dam', '–', null, '10.03.2027', '2027-03-10', '🔄 I gang', 'in_progress'],
  ['', 'upskilling', 'Supervision af nye forældrecoaches', 'Supervision af nye forældrecoaches', 'Ekstern supervisor', '01.03.2027', '2027-03-01', '30.04.2027', '2027-04-30', '🔄 I gang', 'in_progress'],
  ['**Organisering, roller og ansvar**', 'organisation_roles', 'Rollebeskrivelser for mentor og koordinator', 'Rollebeskrivelser for mentor og koordinator', 'Henrik Skov', '–', null, '31.01.2027', '2027-01-31', '✅ Gennemført', 'done'],
  ['**Arbejdsproces og kultur**', 'process_culture', 'Faste sparringsmøder mellem mentor og sagsbehandler', 'Faste sparringsmøder mellem mentor og sagsbehandler', 'Louise Dam', '11.01.2027', '2027-01-11', '30.06.2027', '2027-06-30', '🔄 I gang', 'in_progress'],
  ['**Opfølgning på dokumentation**', 'documentation', 'Fælles skabelon til forløbsnoter', 'Fælles skabelon til forløbsnoter', 'Louise Dam', '01.02.2027', '2027-02-01', '31.03.2027', '2027-03-31', '❌ Aflyst', 'closed'],
  ['**Evaluering og tilpasning**', 'evaluation', 'Halvårsevaluering med styregruppen', 'Halvårsevaluering med styregruppen', 'Henrik Skov', '–', null, '24.06.2027', '2027-06-24', '⏳ Ikke startet', 'not_started'],
]; // prettier-ignore

type Ans = 'yes' | 'partly' | 'no';
const ANSWER: Record<Ans, string> = { yes: '✅ Ja', partly: '🟡 Delvist', no: '❌ Nej' };
const ANSWERS: Readonly<Record<ChecklistIdKey, Ans | readonly [Ans, string]>> = {
  F1: 'yes',
  F2: ['partly', 'Skolerne mangler'],
  F3: 'yes',
  F4: 'yes',
  F5: ['no', 'Afventer budget'],
  F6: 'partly',
  F7: 'yes',
  L1: 'yes',
  L2: 'partly',
  L3: 'yes',
  L4: ['no', 'Tages op i styregruppen'],
  L5: 'partly',
  L6: 'yes',
  L7: 'no',
  L8: 'partly',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p129-kalundborg-ai-chat-markdown-tabel-i-een-kolonne',
    'sheetjs',
    'Kalundborg: the plan an AI chat assistant wrote as Markdown, copied with the chat\'s copy button and pasted into A1: every line in column A — the chat\'s opening sentence, "#" headings with emoji, "**Label:** value" cover lines, the plan, two checklists and the corps as Markdown tables with "|---|" separator rows and alignment colons, "**bold**" themes and words, a theme left empty on the rows carrying on its group, emoji before statuses and answers, "–" for no start, the chat\'s closing offer and a ">" tip.',
    [
      'markdown-table-in-one-column',
      'markdown-separator-row',
      'markdown-bold-markers',
      'markdown-headings-with-emoji',
      'markdown-cover-lines',
      'ai-chat-preamble-and-closing-offer',
      'emoji-before-status-and-answer',
      'theme-left-empty-in-group',
      'dash-for-no-date',
    ],
  );
  const s = p.sheet(S);
  s.width(1, 120);
  let r = 1;
  const line = (text: string): number => {
    s.set(`A${r}`, text);
    return r++;
  };
  line('Her er implementeringsplanen sat op som tabeller, så du kan kopiere den direkte ind i Excel 👇');
  r++;
  line('# 🗂️ Implementeringsplan – Kalundborg Kommune');
  r++;
  p.fact('municipality', '326', S, `A${line('**Kommune:** Kalundborg Kommune')}`);
  p.fact('period', '2027-H1', S, `A${line('**Periode:** 1. halvår 2027')}`);
  p.fact('phase', 'initial', S, `A${line('**Fase:** Indledende implementering')}`);
  p.fact('coordinator', 'Louise Dam', S, `A${line('**Koordinator:** Louise Dam')}`);
  p.fact('leader', 'Henrik Skov', S, `A${line('**Leder:** Henrik Skov')}`);
  r++;
  line('## 📋 Aktiviteter');
  line('| Tema | Aktivitet | Ansvarlig | Start | Frist | Status |');
  line('|------|-----------|-----------|-------|-------|--------|');
  for (const [tema, id, akt, aktRead, ans, start, startRead, frist, fristRead, status, statusId] of ROWS) {
    const row = line(`| ${tema} | ${akt} | ${ans} | ${start} | ${frist} | ${status} |`);
    const c = `A${row}`;
    p.activity(S, row, {
      theme: { value: id, cell: c },
      activity: { value: aktRead, cell: c },
      status: { value: statusId, cell: c },
      start: { value: startRead, cell: c },
      deadline: { value: fristRead, cell: c },
      responsible: { value: ans, cell: c },
    });
  }
  r++;
  const checklist = (title: string, prefix: 'F' | 'L'): void => {
    line(title);
    line('| Nr. | Spørgsmål | Svar | Bemærkning |');
    line('|:---:|-----------|:----:|------------|');
    for (const [id, q] of SEED_QUESTIONS) {
      if (!id.startsWith(prefix)) continue;
      const a = ANSWERS[id];
      const [ans, comment] = typeof a === 'string' ? [a, undefined] : a;
      const row = line(`| ${id} | ${q} | ${ANSWER[ans]} | ${comment ?? ''} |`);
      p.answer(id, ans, S, `A${row}`, comment);
    }
    r++;
  };
  checklist('## ✅ Huskeliste – forberedelse', 'F');
  checklist('## 🔁 Huskeliste – løbende implementering', 'L');
  line('## 👥 Korps');
  line('| Initialer | Rolle | Afdeling | Timer pr. uge | Aktive forløb |');
  line('|---|---|---|---:|---:|');
  const members: readonly (readonly [string, string, 'mentor' | 'parent_coach' | 'both', string, number, number])[] = [
    ['LD', 'Mentor', 'mentor', 'Jobcenter', 10, 3],
    ['MK', 'Forældrecoach', 'parent_coach', 'Familieafdelingen', 8, 2],
    ['JP', 'Mentor og forældrecoach', 'both', 'Ungdomsskolen', 12, 4],
  ]; // prettier-ignore
  for (const [ini, role, roleId, dept, h, c] of members) {
    const row = line(`| ${ini} | ${role} | ${dept} | ${h} | ${c} |`);
    const at = `A${row}`;
    p.corpsRow(S, row, {
      initials: [ini, at],
      role: [roleId, at],
      hoursPerWeek: [h, at],
      activeCases: [c, at],
    });
  }
  r++;
  line('> 💡 **Tip:** Opdatér kolonnen *Status* før hver halvårsopfølgning.');
  r++;
  line('Vil du have, at jeg også laver en version med et Gantt-diagram eller farvekoder for status? 😊');
  return p;
}
