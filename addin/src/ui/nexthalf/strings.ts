// The words of the next half-year and template-update views, Danish and English.

import type { Lang } from '../../../../core/spec';

const da = {
  heading: 'Næste halvår og skabelon',
  intro:
    'Start næste halvår fra denne plan: perioden rykkes et halvår, afsluttede aktiviteter flyttes til arket Historik, åbne føres med, og svarene i huskelisten føres med, så du kan bekræfte dem.',
  start: 'Start næste halvår',
  starting: 'Starter næste halvår …',
  started: (file: string) => `Næste halvår er startet: ${file} er hentet og indlæst her.`,
  startedOffice: (file: string) => `Næste halvår er startet i en ny arbejdsbog: ${file}.`,
  update: (v: string) => `Opdater til skabelon ${v}`,
  updateIntro: (from: string, to: string) =>
    `Arbejdsbogen er lavet i skabelon ${from}. Skabelon ${to} har nye spørgsmål og felter; opdater, så bliver alle værdier, og de nye felter står tomme.`,
  updating: 'Opdaterer …',
  carriedHeading: 'Svar ført med fra sidste halvår',
  carriedIntro: (n: number) =>
    n === 1
      ? '1 svar i huskelisten er ført med fra sidste halvår. Bekræft det, hvis det stadig passer, eller ret det i huskelisten.'
      : `${n} svar i huskelisten er ført med fra sidste halvår. Bekræft dem, der stadig passer, eller ret dem i huskelisten.`,
  confirm: 'Bekræft',
  confirmAll: 'Bekræft alle',
  confirmOne: (id: string) => `Bekræft svaret på ${id}`,
  allConfirmed: 'Alle svar ført med fra sidste halvår er bekræftet.',
  failed: (why: string) => `Det lykkedes ikke: ${why}`,
};

export type NextHalfStrings = typeof da;

const en: NextHalfStrings = {
  heading: 'Next half-year and template',
  intro:
    'Start the next half-year from this plan: the period moves on one half-year, settled activities move to the History sheet, open ones are carried, and the checklist answers are carried for you to confirm.',
  start: 'Start næste halvår (start the next half-year)',
  starting: 'Starting the next half-year …',
  started: (file) => `The next half-year is started: ${file} was downloaded and is read here.`,
  startedOffice: (file) => `The next half-year is started in a new workbook: ${file}.`,
  update: (v) => `Opdater til skabelon ${v} (update to template ${v})`,
  updateIntro: (from, to) =>
    `The workbook was made in template ${from}. Template ${to} has new questions and fields; update it and every value is kept, the new fields left empty.`,
  updating: 'Updating …',
  carriedHeading: 'Answers carried from the previous half-year',
  carriedIntro: (n) =>
    n === 1
      ? '1 checklist answer was carried from the previous half-year. Confirm it if it still holds, or change it in the checklist.'
      : `${n} checklist answers were carried from the previous half-year. Confirm those that still hold, or change them in the checklist.`,
  confirm: 'Confirm',
  confirmAll: 'Confirm all',
  confirmOne: (id) => `Confirm the answer to ${id}`,
  allConfirmed: 'Every answer carried from the previous half-year is confirmed.',
  failed: (why) => `It did not work: ${why}`,
};

export function nextHalfStrings(lang: Lang): NextHalfStrings {
  return lang === 'da' ? da : en;
}
