// The two readiness checklists in the seed's own wording (000 Tabel 1 and Tabel 2), as coordinators
// copy them into their workbooks. Plan files written for the second held-out round use them.

import type { ChecklistIdKey } from '../expected';

export const SEED_QUESTIONS: readonly (readonly [ChecklistIdKey, string])[] = [
  ['F1', 'Har kommunen gennemført en analyse af behovet for indsatsen og for at indgå i det landsdækkende mentorkorps?'],
  ['F2', 'Har relevante aktører i kommunen været involveret i en analyse af behovet?'],
  ['F3', 'Er der udarbejdet en plan for, hvordan eventuelle samarbejdspartnere løbende involveres og informeres om kommunens engagement i det landsdækkende mentorkorps og arbejde med LAT-metoden?'],
  ['F4', 'Er der valgt en koordinator, som kan stå for at drive og understøtte implementering af indsatsen organisatorisk og fagligt?'],
  ['F5', 'Er det besluttet, hvilke områder de mentorer og forældrecoaches, som skal uddannes, kommer fra – og hvorfor de er udvalgt?'],
  ['F6', 'Er der skabt rammerne for, at de uddannede mentorer og forældrecoaches kan arbejde med forløb?'],
  ['F7', 'Er der udarbejdet en klar rolle- og ansvarsfordeling mellem ledelsen, koordinatoren og mentorer og forældrecoaches?'],
  ['L1', 'Er der udarbejdet en implementeringsplan, der viser aktiviteter, mål og forventede resultater? Og er der deadlines og milepæle for de enkelte aktiviteter?'],
  ['L2', 'Er der en plan for nedslag i implementeringen, hvor koordinatoren sammen med mentorer og forældrecoaches stopper op og ser på foreløbige resultater samt det videre forløb?'],
  ['L3', 'Er der gennemført opkvalificering af ledelse og mentorer og forældrecoaches?'],
  ['L4', 'Er der en plan for, hvordan mentorer og forældrecoaches i kommunerne kan arbejde med læring og øvelser i brug af LAT-metoden og understøttende redskaber i en aktionslæringscyklus, fx efter kurser og opkvalificeringsseminarer, som kan sikre, at kompetencer fastholdes?'],
  ['L5', 'Er der lagt en plan for kommunikation om metoden, som kan bidrage til at understøtte, at budskabet om metoden spredes til relevante samarbejdspartnere i kommunen?'],
  ['L6', 'Er der skabt rammerne for, at de uddannede mentorer og forældrecoaches kan arbejde med forløb?'],
  ['L7', 'Er der en plan for, hvem der skal informeres om indsatsen? Og fremgår det, hvordan budskaber i kommunikation målrettes forskellige ledere, mentorer, forældrecoaches og samarbejdspartnere?'],
  ['L8', 'Er der en plan for hvad, hvornår og hvordan der skal kommunikeres om indsatsen?'],
]; // prettier-ignore
