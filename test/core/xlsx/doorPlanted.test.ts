// The door on real plans, with a CPR number planted where no fixture put it: in any XML part of a
// corpus plan (LibreOffice's, hand-built, SheetJS's packages), in a random place (a text, an
// attribute's value, a new attribute, a comment or processing instruction, an element no reader
// knows), written in one of the forms a person writes it. Whatever the place, the intake refuses the
// file or reports a cpr_number issue, and nothing it returns holds the number. Seeded:
// DOOR_SEED=n DOOR_RUNS=n npx jest test/core/xlsx/doorPlanted to search further.

import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { RefusalError } from '../../../core/codes';
import { inspectBytes } from '../../../core/inspect';
import { leaks } from '../../fixtures/cprPlaces';

const RUNS = Number(process.env.DOOR_RUNS ?? 200);
const SEED = Number(process.env.DOOR_SEED ?? 20261205);
const CORPUS = join(__dirname, '..', '..', 'accuracy', 'corpus');

const WRITERS = join(CORPUS, '..', 'writers');

// One plan of each writer the corpus has: LibreOffice (CSV and flat ODS), hand-built, SheetJS; and
// plans as other programs saved them again (test/accuracy/writers: pretty-printed XML, inline
// strings, prefixed namespaces, formulas without results), each program's own way of writing.
const PLANS = [
  ...readdirSync(CORPUS)
    .filter((f) => /^p(01|08|25|27|28|44|52|62|73)-.*\.xlsx$/.test(f))
    .map((f) => join(CORPUS, f)),
  ...readdirSync(WRITERS).flatMap((program) =>
    readdirSync(join(WRITERS, program))
      .filter((f) => /^p(05|29|50)-.*\.xlsx$/.test(f))
      .map((f) => join(WRITERS, program, f)),
  ),
].map((path) => ({
  name: path.slice(CORPUS.length - 'corpus'.length),
  parts: unzipSync(new Uint8Array(readFileSync(path))),
}));

/** The number as written: the forms differ in what a reader folds (separator, words around it). */
const FORMS = ['0101901234', '010190-1234', 'Borger 010190-1234', 'cpr 010190 1234', '01.01.90-1234'];

type Place = 'text' | 'attribute' | 'newAttribute' | 'comment' | 'instruction' | 'element';
const PLACES: readonly Place[] = ['text', 'attribute', 'newAttribute', 'comment', 'instruction', 'element'];

/** Positions in the XML where a place of that kind can be made (after the root's start tag). */
function spots(xml: string, place: Place): { at: number; end: number }[] {
  const root = xml.indexOf('>', xml.search(/<[A-Za-z]/)) + 1;
  // Each match ends with the group that is the place: its position is counted from the match's end.
  const all = (re: RegExp, after: number): { at: number; end: number }[] =>
    [...xml.matchAll(re)]
      .filter((m) => (m.index ?? 0) >= root)
      .map((m) => {
        const end = (m.index ?? 0) + m[0].length - after;
        return { at: end - (m[1] ?? '').length, end };
      });
  switch (place) {
    case 'text':
      return all(/>([^<]+)(?=<)/g, 0);
    case 'attribute':
      return all(/\s[\w:]+="([^"]*)"/g, 1);
    case 'newAttribute':
      return all(/<[\w:]+()(?=[\s/>])/g, 0);
    default:
      // Before any end tag: inside a shared string, a cell's value, a run, a property.
      return all(/()(?=<\/[\w:]+>)/g, 0);
  }
}

function plant(xml: string, place: Place, spot: { at: number; end: number }, form: string): string {
  const made =
    place === 'text'
      ? `${form} ${xml.slice(spot.at, spot.end)}`
      : place === 'attribute'
        ? form
        : place === 'newAttribute'
          ? ` note="${form}"`
          : place === 'comment'
            ? `<!-- ${form} -->`
            : place === 'instruction'
              ? `<?note ${form}?>`
              : `<x:note xmlns:x="urn:example:note">${form}</x:note>`;
  return xml.slice(0, spot.at) + made + xml.slice(spot.end);
}

type Outcome = 'refused' | 'reported' | 'missed';

function through(bytes: Uint8Array): { outcome: Outcome; shown: string } {
  try {
    const r = inspectBytes(bytes, { today: '2026-12-01' });
    const reported = r.issues.some((i) => i.code === 'cpr_number');
    // What the CLI's --json, the service and the pane show: the draft only where no CPR number is.
    const shown = JSON.stringify({
      plan: r.plan,
      draft: reported ? null : r.structure.draft,
      issues: r.issues,
      unmapped: r.unmapped,
      checks: r.checks,
      unapplied: r.unapplied,
    });
    return { outcome: reported ? 'reported' : 'missed', shown };
  } catch (err) {
    if (!(err instanceof RefusalError)) throw err;
    return { outcome: 'refused', shown: JSON.stringify(err) + err.message };
  }
}

describe('a CPR number planted anywhere in a real plan', () => {
  test('the plans as they are hold none and are read', () => {
    expect(PLANS.length).toBeGreaterThanOrEqual(20);
    for (const p of PLANS) expect([p.name, through(zipSync(p.parts)).outcome]).toEqual([p.name, 'missed']);
  });

  test('is refused or reported, and never shown', () => {
    const tally: Record<Outcome, number> = { refused: 0, reported: 0, missed: 0 };
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...PLACES),
        fc.nat(),
        fc.constantFrom(...FORMS),
        (planAt, partAt, place, spotAt, form) => {
          const plan = PLANS[planAt % PLANS.length]!;
          const names = Object.keys(plan.parts).filter((n) => /\.(xml|rels|vml)$/i.test(n));
          const name = names[partAt % names.length]!;
          const xml = strFromU8(plan.parts[name]!);
          const candidates = spots(xml, place);
          if (candidates.length === 0) return;
          const spot = candidates[spotAt % candidates.length]!;
          const bytes = zipSync({ ...plan.parts, [name]: strToU8(plant(xml, place, spot, form)) });
          const { outcome, shown } = through(bytes);
          tally[outcome]++;
          // The place is named in the failure: plan, part, kind of place and form.
          expect({ plan: plan.name, part: name, place, form, missed: outcome === 'missed' }).toEqual({
            plan: plan.name,
            part: name,
            place,
            form,
            missed: false,
          });
          expect(leaks(shown, form)).toEqual([]);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    // Both answers occur: places the grid reads (reported at a cell) and parts that are not (refused
    // or reported by the package scan).
    expect(tally.reported).toBeGreaterThan(0);
    expect(tally.missed).toBe(0);
  });
});
