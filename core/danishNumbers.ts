// Danish numbers written as words, as plans and texts read aloud write them: shared by the reading of
// a small figure in words (core/structure/values.ts) and the door's reading of a number spoken in
// pieces (core/validate/cpr.ts).

/** Nul to tyve, each at its value ("én" with its accent; "en", "et" and "ét" are the callers'). */
export const DANISH_SMALL_NUMBERS: readonly string[] = [
  'nul',
  'én',
  'to',
  'tre',
  'fire',
  'fem',
  'seks',
  'syv',
  'otte',
  'ni',
  'ti',
  'elleve',
  'tolv',
  'tretten',
  'fjorten',
  'femten',
  'seksten',
  'sytten',
  'atten',
  'nitten',
  'tyve',
];

/** The tens from twenty to ninety, by their Danish (vigesimal) names. */
export const DANISH_TENS: Readonly<Record<string, number>> = {
  tyve: 20,
  tredive: 30,
  fyrre: 40,
  halvtreds: 50,
  tres: 60,
  halvfjerds: 70,
  firs: 80,
  halvfems: 90,
};
