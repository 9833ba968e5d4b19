// The words of the round views (coordinator's round card, leader's review list), Danish and English.

import type { Lang } from '../../../../core/spec';

const da = {
  roundHeading: 'Indberetningsrunde',
  deadline: 'Frist',
  daysLeft: (n: number) =>
    n === 0
      ? 'fristen er i dag'
      : n > 0
        ? `${n} dag${n === 1 ? '' : 'e'} tilbage`
        : `fristen er overskredet med ${-n} dag${n === -1 ? '' : 'e'}`,
  closed: 'Runden er lukket.',
  yourState: 'Kommunens status',
  late: 'for sent',
  comment: (who: string) => `Kommentar fra ${who}:`,
  goTo: (place: string) => `Gå til ${place}`,
  resubmit: 'Indsend igen',
  resubmitHint: 'Ret planen, åbn den rettede arbejdsbog her, og tryk Indsend igen.',
  noRound: 'Der er ingen åben indberetningsrunde lige nu.',
  reviewHeading: 'Vurdering af planer',
  filter: 'Vis',
  filters: {
    all: 'Alle',
    mangler: 'Mangler',
    afventer: 'Afventer vurdering',
    sendt_tilbage: 'Sendt tilbage',
    godkendt: 'Godkendt',
    for_sent: 'For sent',
  },
  counts: (c: {
    expected: number;
    mangler: number;
    indsendt: number;
    sendt_tilbage: number;
    godkendt: number;
    late: number;
  }) =>
    `${c.expected} forventet · ${c.mangler} mangler · ${c.indsendt} afventer · ${c.sendt_tilbage} sendt tilbage · ${c.godkendt} godkendt · ${c.late} for sent`,
  submittedAt: 'Indsendt',
  warnings: (n: number) => `${n} advarsel${n === 1 ? '' : 'er'}`,
  note: 'Koordinatorens note',
  open: 'Åbn plan',
  approve: 'Godkend',
  sendBack: 'Send tilbage',
  sendBackComment: 'Hvad skal koordinatoren rette?',
  sendBackConfirm: 'Send tilbage med kommentar',
  cancel: 'Annullér',
  commentRequired: 'Skriv en kommentar, før planen sendes tilbage.',
  remind: (n: number) => `Skriv til de ${n} kommuner, der mangler`,
  noRows: 'Ingen kommuner i dette udvalg.',
  working: 'Arbejder …',
  loading: 'Henter runden …',
};

export type RoundStrings = typeof da;

const en: RoundStrings = {
  roundHeading: 'Reporting round',
  deadline: 'Deadline',
  daysLeft: (n) =>
    n === 0
      ? 'the deadline is today'
      : n > 0
        ? `${n} day${n === 1 ? '' : 's'} left`
        : `${-n} day${n === -1 ? '' : 's'} past the deadline`,
  closed: 'The round is closed.',
  yourState: "Your municipality's state",
  late: 'late',
  comment: (who) => `Comment from ${who}:`,
  goTo: (place) => `Go to ${place}`,
  resubmit: 'Submit again',
  resubmitHint: 'Correct the plan, open the corrected workbook here, and press Submit again.',
  noRound: 'There is no open reporting round right now.',
  reviewHeading: 'Reviewing plans',
  filter: 'Show',
  filters: {
    all: 'All',
    mangler: 'Missing',
    afventer: 'Awaiting review',
    sendt_tilbage: 'Sent back',
    godkendt: 'Approved',
    for_sent: 'Late',
  },
  counts: (c) =>
    `${c.expected} expected · ${c.mangler} missing · ${c.indsendt} awaiting · ${c.sendt_tilbage} sent back · ${c.godkendt} approved · ${c.late} late`,
  submittedAt: 'Submitted',
  warnings: (n) => `${n} warning${n === 1 ? '' : 's'}`,
  note: "Coordinator's note",
  open: 'Open plan',
  approve: 'Approve',
  sendBack: 'Send back',
  sendBackComment: 'What should the coordinator change?',
  sendBackConfirm: 'Send back with comment',
  cancel: 'Cancel',
  commentRequired: 'Write a comment before sending the plan back.',
  remind: (n) => `Write to the ${n} municipalities missing`,
  noRows: 'No municipalities in this selection.',
  working: 'Working …',
  loading: 'Fetching the round …',
};

export function roundStrings(lang: Lang): RoundStrings {
  return lang === 'da' ? da : en;
}
