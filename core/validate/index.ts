// Validation: the rule issues for a structured workbook and the CPR check (see rules.ts, cpr.ts).

export { validate, type ValidateOptions } from './rules';
export { IncrementalValidator } from './incremental';
export {
  CPR_MASK,
  containsCpr,
  findCprNumbers,
  isCprDigits,
  isCprNumber,
  maskCpr,
  type CprFinding,
  type CprWhere,
} from './cpr';
