// The cover values and remembered corrections the reading commands' options give (--phase, --set,
// --corrections, --remembered), held to their schemas. Loaded by ./inspectWork only when one of
// those options is given: the schemas need zod, which a plain `korpsplan inspect` does without.

import { UsageError } from '../usage';
import { readCoverValue, type CoverKey, type CoverValues } from '../../core/corrections';
import { coverValuesSchema } from '../../core/corrections-schema';
import type { RememberedEntries } from '../../core/remembered';
import { mergeRemembered } from '../../core/remembered-schema';
import { fetchRemembered, readCorrectionsFile } from './corrections';
import { FIELD_LIST, SET_FIELDS, type ReadOptions } from './inspect';

/**
 * The cover values of --phase and --set FIELD=VALUE (an empty VALUE clears what was read). A field
 * given twice, an unknown field or a value outside its list is refused with what is allowed.
 */
export function coverFromOptions(
  opts: Pick<ReadOptions, 'phase' | 'set' | 'municipality' | 'period'>,
): CoverValues {
  // [field, value, the option it came from]
  const given: [string, string, string][] = [];
  if (opts.phase !== undefined) given.push(['phase', opts.phase, '--phase']);
  for (const item of opts.set ?? []) {
    const at = item.indexOf('=');
    const name = (at < 0 ? item : item.slice(0, at)).trim().toLowerCase();
    if (at < 0 || !(name in SET_FIELDS)) {
      throw new UsageError('option_invalid', {
        da: `--set skal skrives FELT=VÆRDI, hvor FELT er et af: ${FIELD_LIST}.`,
        en: `--set takes FIELD=VALUE, where FIELD is one of: ${FIELD_LIST}.`,
      });
    }
    given.push([name, item.slice(at + 1), `--set ${name}`]);
  }
  const cover: Partial<Record<CoverKey, string | null>> = {};
  const seen = new Set<string>([
    ...(opts.municipality !== undefined ? ['municipality'] : []),
    ...(opts.period !== undefined ? ['period'] : []),
  ]);
  for (const [name, text, option] of given) {
    const key = SET_FIELDS[name] as CoverKey;
    if (seen.has(name)) {
      throw new UsageError('option_invalid', {
        da: `Feltet ${name} er givet mere end én gang (--${name} eller --set ${name}=…). Giv det én gang.`,
        en: `The field ${name} is given more than once (--${name} or --set ${name}=…). Give it once.`,
      });
    }
    seen.add(name);
    if (text.trim() === '') {
      cover[key] = null;
      continue;
    }
    const read = readCoverValue(key, text);
    if (!read.ok) {
      throw new UsageError('option_invalid', {
        da: `${option}: ${read.message.da}`,
        en: `${option}: ${read.message.en}`,
      });
    }
    cover[key] = read.value;
  }
  // The values were read one by one above; the schema holds them together (and to no CPR number).
  return coverValuesSchema.parse(cover);
}

/**
 * The remembered corrections to read with: the municipality's set from the service (--remembered)
 * and a file (--corrections), the file's entries winning where both have one.
 */
export async function rememberedFromOptions(opts: ReadOptions): Promise<RememberedEntries | undefined> {
  const file = opts.corrections !== undefined ? await readCorrectionsFile(opts.corrections) : undefined;
  if (!opts.remembered) return file;
  const fetched = await fetchRemembered({
    lang: opts.lang,
    ...(opts.server !== undefined ? { server: opts.server } : {}),
    ...(opts.token !== undefined ? { token: opts.token } : {}),
    ...(opts.as !== undefined ? { as: opts.as } : {}),
  });
  return file ? mergeRemembered(fetched, file) : fetched;
}
