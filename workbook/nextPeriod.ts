// The next half-year's workbook (core/nextPeriod.ts) written with exceljs: the plan in the template
// layout, the history sheet beside it, a note on each carried deadline that has passed.

import { nextPeriodLayout, type NextPeriod } from '../core/nextPeriod';
import type { Lang } from '../core/spec';
import { writeDocument } from './document';

export function writeNextPeriodWorkbook(next: NextPeriod, lang: Lang, created?: Date): Promise<Uint8Array> {
  return writeDocument(nextPeriodLayout(next, lang), created ? { created } : {});
}
