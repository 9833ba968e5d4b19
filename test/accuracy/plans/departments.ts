// Helpers for the twenty-second held-out round (p117–p120): plans split over several sheets by who
// does the work, one sheet per department or track. Only the parts every plan of the round writes
// the same way: the readiness checklist on a sheet of its own and the corps table.

import type { PlanBuilder } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';
import { HEAD } from './common';

type Ans = 'yes' | 'partly' | 'no';
const WORD: Record<Ans, string> = { yes: 'Ja', partly: 'Delvist', no: 'Nej' };

/** The seed's checklist on sheet `name`: Nr | Spørgsmål | Svar | Bemærkning, header in row 1. */
export function checklistSheet(
  p: PlanBuilder,
  name: string,
  answers: Readonly<Record<ChecklistIdKey, Ans | readonly [Ans, string]>>,
  style = true,
): void {
  const s = p.sheet(name);
  s.row('A1', ['Nr.', 'Spørgsmål', 'Svar', 'Bemærkning'], style ? HEAD : undefined);
  s.width(2, 70).width(4, 30);
  let r = 1;
  for (const [id, q] of SEED_QUESTIONS) {
    r++;
    const a = answers[id];
    const [ans, comment] = typeof a === 'string' ? [a, undefined] : a;
    s.row(`A${r}`, [id, q, WORD[ans], comment]);
    p.answer(id, ans, name, `C${r}`, comment ? { v: comment, cell: `D${r}` } : undefined);
  }
}

type Role = 'mentor' | 'parent_coach' | 'both';
const ROLE: Record<Role, string> = {
  mentor: 'Mentor',
  parent_coach: 'Forældrecoach',
  both: 'Mentor og forældrecoach',
};

/** The corps on sheet `name`: Initialer | Rolle | Afdeling | Timer pr. uge | Aktive forløb, header in row 1. */
export function corpsSheet(
  p: PlanBuilder,
  name: string,
  members: readonly (readonly [string, Role, string, number, number])[],
  style = true,
): void {
  const s = p.sheet(name);
  s.row('A1', ['Initialer', 'Rolle', 'Afdeling', 'Timer pr. uge', 'Aktive forløb'], style ? HEAD : undefined);
  s.width(2, 24).width(3, 20);
  let r = 1;
  for (const [ini, role, dept, h, c] of members) {
    r++;
    s.row(`A${r}`, [ini, ROLE[role], dept, h, c]);
    p.corpsRow(name, r, {
      initials: [ini, `A${r}`],
      role: [role, `B${r}`],
      hoursPerWeek: [h, `D${r}`],
      activeCases: [c, `E${r}`],
    });
  }
}
