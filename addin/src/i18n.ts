// Every text of the app, in Danish (the default) and English. Messages about the plan itself
// (issues, service refusals) come from core and the service with their own da/en texts.

import type { IssueCode } from '../../core/codes';
import { periodName, type Lang } from '../../core/spec';

const da = {
  appTitle: 'korpsplan',
  appSubtitle: 'Implementeringsplan for mentor- og forældrecoachindsatsen',
  webTitle: 'korpsplan – tjek og indsend jeres implementeringsplan',
  webIntro:
    'Slip jeres arbejdsbog her. Siden læser planen i browseren, viser hvad den genkender og hvad der mangler, og lader jer hente den strukturerede arbejdsbog og indsende den.',

  // Sign-in
  signIn: 'Log ind',
  signOut: 'Log ud',
  signingIn: 'Logger ind …',
  signedInAs: (name: string) => `Logget ind som ${name}`,
  signInCancelled: 'Login blev afbrudt.',
  signInFailed: (detail: string) => `Login mislykkedes: ${detail}`,
  signInNeeded: 'Log ind for at indsende planen og se jeres seneste kvittering.',
  roleNames: { coordinator: 'koordinator', leader: 'ledelse', admin: 'administrator' },

  // Loading the workbook
  reading: 'Læser arbejdsbogen …',
  readFailed: (detail: string) => `Arbejdsbogen kunne ikke læses: ${detail}`,
  tryAgain: 'Prøv igen',
  refresh: 'Læs igen',
  validate: 'Valider',
  validatedAt: (time: string) => `Valideret kl. ${time}`,

  // Status
  statusHeading: 'Hvor står planen',
  municipality: 'Kommune',
  period: 'Periode',
  phase: 'Fase',
  notFound: 'ikke fundet',
  activitiesRecognised: (n: number) => (n === 1 ? '1 aktivitet genkendt' : `${n} aktiviteter genkendt`),
  checklistAnswered: (n: number, of: number) => `Huskeliste: ${n} af ${of} besvaret`,
  lateActivities: (n: number) => (n === 1 ? '1 aktivitet er forsinket' : `${n} aktiviteter er forsinkede`),
  noLate: 'Ingen forsinkede aktiviteter',
  missing: 'Mangler',
  activitiesTable: 'Tabel med aktiviteter',
  nothingMissing: 'Alle obligatoriske felter er udfyldt',
  errorsCount: (n: number) => (n === 1 ? '1 fejl' : `${formatCount(n, 'da')} fejl`),
  warningsCount: (n: number) => (n === 1 ? '1 advarsel' : `${formatCount(n, 'da')} advarsler`),
  lastReceipt: 'Seneste kvittering',
  noReceipt: 'Ingen indsendelse for perioden endnu',
  receiptLine: (when: string, id: string) => `Indsendt ${when} · kvittering ${id}`,
  receiptsUnavailable: 'Seneste kvittering kunne ikke hentes.',

  // Structure
  structureHeading: 'Genkendt struktur',
  structureIntro:
    'Sådan er kolonnerne i jeres ark forstået. Ret en kolonne, hvis den er forstået forkert – der skrives intet, før I trykker Strukturér.',
  structureIntroWeb:
    'Sådan er kolonnerne i jeres ark forstået. Ret en kolonne, hvis den er forstået forkert, før I henter den strukturerede arbejdsbog.',
  structureEmpty:
    'Arbejdsbogen er tom. Strukturér indsætter skabelonen med huskelisterne, så I kan udfylde den.',
  structureAlready:
    'Planen står allerede i skabelonens ark. Strukturér igen, hvis I har rettet i de oprindelige ark.',
  noTables: 'Der blev ikke fundet nogen tabel med aktiviteter.',
  tableOn: (table: string, sheet: string, row: number) =>
    `${table} – arket "${sheet}", overskrift i række ${row}`,
  tableSummary: (columns: number, uncertain: number) =>
    uncertain === 0
      ? `${columns} kolonner, alle genkendt sikkert`
      : `${columns} kolonner, ${uncertain} skal tjekkes`,
  columnLabel: (header: string, col: string) => `Kolonne ${col}: ${header}`,
  emptyHeader: '(uden overskrift)',
  fieldUnused: 'Bruges ikke',
  confidence: { high: 'Sikker', medium: 'Sandsynlig', low: 'Usikker', corrected: 'Rettet' },
  confidenceTitle: (pct: number) => `Genkendt med ${pct} % sikkerhed`,
  undoCorrections: 'Fortryd rettelser',
  structure: 'Strukturér',
  structureAgain: 'Strukturér igen',
  structuring: 'Strukturerer …',
  structured: (n: number) =>
    `Skabelonens ${n} ark er skrevet ind i arbejdsbogen. De oprindelige ark er uændrede.`,
  renamed: (from: string, to: string) => `Arket "${from}" hedder nu "${to}", fordi skabelonen bruger navnet.`,
  structureFailed: (detail: string) => `Strukturering mislykkedes: ${detail}`,
  downloadStructured: 'Hent struktureret arbejdsbog',
  downloaded: (file: string) => `Den strukturerede arbejdsbog er hentet som "${file}".`,
  unmappedCount: (n: number) =>
    n === 1
      ? '1 udfyldt celle blev ikke placeret i planen.'
      : `${n} udfyldte celler blev ikke placeret i planen.`,
  notCarried: (what: string, sheet: string) => `Kan ikke overføres: ${what} på arket "${sheet}".`,
  tableNames: {
    activities: 'Aktiviteter',
    checklist: 'Huskeliste',
    roles: 'Roller',
    corps: 'Korps',
    indicators: 'Indikatorer',
    communication: 'Kommunikation',
    needsAnalysis: 'Behovsanalyse',
  },
  markFields: { yes: 'Svar: Ja (x)', partly: 'Svar: Delvist (x)', no: 'Svar: Nej (x)' },
  raciField: 'Ansvarlig: R-bogstav (ansvarsmatrix)',

  // Issues
  issuesHeading: 'Fejl og advarsler',
  // The issue list: what each kind of issue is about (a heading over its issues), and its controls
  issueKinds: {
    municipality_missing: 'Kommunen mangler',
    municipality_unknown: 'Ukendt kommune',
    period_missing: 'Perioden mangler',
    period_malformed: 'Perioden kan ikke læses',
    phase_missing: 'Fasen mangler',
    plan_table_missing: 'Plantabellen mangler',
    required_missing: 'Påkrævet værdi mangler',
    value_not_in_list: 'Værdi findes ikke på listen',
    number_invalid: 'Ugyldigt tal',
    date_unreadable: 'Dato kan ikke læses',
    start_after_deadline: 'Start efter deadline',
    checklist_answer_ambiguous: 'Tvetydigt svar i huskelisten',
    cpr_number: 'Ligner et CPR-nummer',
    coordinator_missing: 'Koordinatoren mangler',
    activity_late: 'Forsinkede aktiviteter',
    done_without_evaluation: 'Gennemført uden evaluering',
    theme_without_activity: 'Indsatsområde uden aktivitet',
    checklist_unanswered: 'Ubesvarede spørgsmål',
    checklist_question_unmatched: 'Ukendte spørgsmål',
    milestone_missing: 'Milepæl mangler',
    corps_too_small: 'Korpset er for lille',
    caseload_high: 'Høj sagsmængde',
    indicator_small_number: 'Små tal i indikatorer',
    template_version_unknown: 'Ukendt skabelonversion',
    checklist_unconfirmed: 'Huskeliste ikke bekræftet',
  } satisfies Record<IssueCode, string>,
  otherIssueKind: (code: string) => `Andet (${code})`,
  onlyErrors: 'Kun fejl',
  issuesShown: (n: number, total: number) =>
    n === total
      ? `${formatCount(total, 'da')} i alt`
      : `Viser ${formatCount(n, 'da')} af ${formatCount(total, 'da')}`,
  noErrorsWarningsHidden: 'Ingen fejl. Advarslerne er skjult.',
  noIssues: 'Ingen fejl eller advarsler. Planen er klar til at blive indsendt.',
  errorLabel: 'Fejl',
  warningLabel: 'Advarsel',
  goToCell: (sheet: string, cell: string) => `Gå til ${sheet}!${cell}`,
  cellIn: (sheet: string, cell: string) => `${sheet} ${cell}`,
  fromService: 'Fundet af korpsplan-tjenesten ved indsendelsen',
  sheetAfterStructure: 'Arket findes, når planen er struktureret.',
  selectFailed: (detail: string) => `Cellen kunne ikke markeres: ${detail}`,

  // Submit
  submitHeading: 'Indsend',
  submit: 'Indsend plan',
  submitting: 'Indsender …',
  submitBlocked: (n: number) =>
    n === 1 ? 'Ret fejlen, før planen kan indsendes.' : `Ret de ${n} fejl, før planen kan indsendes.`,
  needsStructure:
    'I har rettet kolonner eller værdier, som ikke står i arbejdsbogens celler. Tryk Strukturér, før I indsender, så rettelserne kommer med i den fil, der sendes.',
  noteLabel: 'Forklaring til advarslerne (valgfri)',
  noteHint: (left: number) => `Følger med indsendelsen og vises for ledelsen. ${left} tegn tilbage.`,
  noFile: 'Vælg en arbejdsbog først.',
  accepted: 'Planen er indsendt',
  acceptedAgain: 'Planen var allerede indsendt – her er kvitteringen igen',
  receiptId: 'Kvitteringsnummer',
  receivedAt: 'Modtaget',
  receiptCounts: (activities: number, late: number, answered: string) =>
    `${activities} aktiviteter, ${late} forsinkede, ${answered.replace('/', ' af ')} spørgsmål besvaret`,
  receiptWarnings: (n: number) =>
    n === 0 ? 'Ingen advarsler' : n === 1 ? '1 advarsel følger med' : `${n} advarsler følger med`,
  recorded: 'Kvitteringen er skrevet på Forside-arket (Sidst indsendt og Kvitteringsnummer).',
  notRecorded:
    'Kvitteringen kunne ikke skrives i arbejdsbogen, fordi den ikke har en Forside. Strukturér planen.',
  recordFailed: (detail: string) =>
    `Planen er indsendt, men kvitteringen kunne ikke skrives i arbejdsbogen: ${detail}`,
  offline: 'Der er ingen forbindelse til korpsplan. Tjek netværket, og prøv igen.',
  signedOutFailure: 'Du er ikke logget ind, eller dit login er udløbet. Log ind og indsend igen.',
  tooLarge: (size: string, limit: string) =>
    `Arbejdsbogen fylder ${size} og må højst fylde ${limit}. Fjern billeder eller gamle ark, og prøv igen. Intet er sendt.`,
  fileReadFailed: (detail: string) =>
    `Filen kunne ikke læses fra Excel: ${detail}. Gem arbejdsbogen, og prøv igen.`,
  invalidFromServer: 'korpsplan fandt fejl i planen. De står i listen over fejl og advarsler.',
  unavailable: (seconds: number | undefined) =>
    seconds !== undefined
      ? `korpsplan er midlertidigt utilgængelig. Prøv igen om ${seconds} sekunder – samme fil giver samme kvittering.`
      : 'korpsplan er midlertidigt utilgængelig. Prøv igen om lidt – samme fil giver samme kvittering.',
  failed: (detail: string) => `Indsendelsen mislykkedes: ${detail}`,
  retry: 'Prøv igen',
  fixErrors: 'Vis fejlene',

  // Summary (leaders)
  summaryHeading: 'Korpsoverblik',
  summaryIntro: 'Det samlede overblik over alle kommuners seneste planer for en periode.',
  summaryPeriod: 'Periode',
  openSummary: 'Åbn korpsoverblik',
  openingSummary: 'Henter korpsoverblikket …',
  summaryOpened: 'Korpsoverblikket er åbnet som en ny arbejdsbog.',
  summaryDownloaded: (file: string) => `Korpsoverblikket er hentet som "${file}".`,
  summaryFileName: (period: string) => `Korpsoverblik ${period}.xlsx`,

  // Web page
  dropHeading: 'Arbejdsbog',
  dropZone: 'Slip en arbejdsbog (.xlsx) her',
  dropOr: 'eller',
  chooseFile: 'Vælg fil',
  fileChosen: (name: string, size: string) => `${name} (${size})`,
  notXlsx: 'Vælg en Excel-arbejdsbog (.xlsx).',
  fileRefused: (message: string) => message,
  language: 'Sprog',

  // Cover form and corrections
  coverHeading: 'Forside',
  coverIntro: 'Udfyld eller ret forsidens oplysninger. Rettelser gælder med det samme.',
  chooseValue: '— vælg —',
  notRead: 'ikke fundet i arbejdsbogen',
  coordinatorField: 'Koordinator',
  leaderField: 'Leder',
  useYourMunicipality: (name: string) => `Brug ${name} (din kommune)`,
  useCurrentPeriod: (period: string) => `Brug ${period} (indeværende halvår)`,
  yourMunicipality: (name: string) => `${name} (din kommune)`,
  currentPeriod: (period: string) => `${period} (indeværende halvår)`,
  periodName,
  otherMunicipality: (workbook: string, yours: string) =>
    `Arbejdsbogen er for ${workbook}, men du er koordinator for ${yours}. Du kan kun indsende planer for ${yours}. Ret kommunen, hvis den er læst forkert.`,
  correctedMark: 'rettet',
  correctionsHeading: 'Ret værdier',
  correctionsIntro:
    'Ret en aktivitet, et svar i huskelisten, et korpsmedlem eller en indikator. Fejl og optællinger ændres med det samme.',
  chooseTable: 'Tabel',
  chooseRow: 'Række',
  rowLabel: (sheet: string, row: number, text: string) => `${sheet} række ${row}: ${text}`,
  questionLabel: (id: string, text: string) => `${id}: ${text}`,
  correct: 'Ret',
  correctValue: (field: string, cell: string) => `Ret ${field} (${cell})`,
  save: 'Gem',
  cancel: 'Annullér',
  clearValue: 'Tom',
  valueFor: (field: string, cell: string) => `${field} i ${cell}`,
  correctionsHeld: (n: number) => (n === 1 ? '1 rettelse i denne plan' : `${n} rettelser i denne plan`),
  correctionsHeldWeb: 'Rettelserne følger med, når I henter den strukturerede arbejdsbog og når I indsender.',
  correctionsHeldOffice: 'Rettelserne er skrevet i cellerne.',
  undoAllCorrections: 'Fortryd alle rettelser',
  unapplied: (place: string, reason: string) => `Rettelsen i ${place} kunne ikke bruges: ${reason}`,
  checksHeading: 'Læst med usikkerhed',
  checksIntro:
    'Disse værdier er læst, men korpsplan er ikke sikker på dem. Se hver efter i sin celle, og ret den, hvis den er forkert.',
  checksNone: 'Alt er læst uden tvivl.',
  checksShown: (shown: number, total: number) => `Viser ${shown} af ${total}.`,
  checksMore: 'Vis flere',
  checkGoTo: (cell: string) => `Vis ${cell}`,
  checkRead: (value: string) => `Læst: ${value}`,
  unplacedHeading: 'Værdier, der ikke kom med i planen',
  unplacedIntro: 'Hver værdi står med sin celle. Brug den i et felt, eller afvis den.',
  unplacedNone: 'Alle værdier kom med i planen.',
  useAs: 'Brug som: …',
  useAsLabel: (cell: string, value: string) => `Brug ${cell} "${value}" som`,
  dismiss: 'Afvis',
  dismissLabel: (cell: string) => `Afvis værdien i ${cell}`,
  dismissedCount: (n: number) => (n === 1 ? '1 værdi afvist' : `${n} værdier afvist`),
  unplacedGroup: (n: number, reason: string) => `${n} celler: ${reason}`,
  unplacedGroupShow: (where: string) => `Vis cellerne i ${where}`,
  tableChoices: {
    activities: 'Aktiviteter',
    checklist: 'Huskeliste',
    corps: 'Korps',
    indicators: 'Indikatorer',
  },
  correctionsNeedStructure:
    'Nogle rettelser kan ikke skrives i de oprindelige celler. Strukturér planen, så de kommer med.',

  // Remembered corrections ("husket fra sidst", "husk mine rettelser")
  rememberedHeading: 'Husket fra sidst',
  rememberedIntro:
    'Rettelser, du har bekræftet før, er brugt igen her. Fortryd dem, der ikke passer til denne plan.',
  rememberedNone: 'Ingen huskede rettelser er brugt i denne plan.',
  rememberedUndo: 'Fortryd',
  rememberedUndoLabel: (what: string) => `Fortryd "${what}"`,
  rememberedColumn: 'kolonne',
  rememberedNotUsed: '(bruges ikke)',
  remember: 'Husk mine rettelser',
  rememberedPending: (n: number) =>
    n === 1 ? '1 rettelse kan huskes til næste plan.' : `${n} rettelser kan huskes til næste plan.`,
  rememberedNothingPending: 'Du har ingen rettelser, der kan huskes.',
  rememberedSaving: 'Gemmer …',
  rememberedSaved: (n: number) => (n === 1 ? '1 rettelse er husket.' : `${n} rettelser er husket.`),
  notRemembered: 'Huskes ikke:',
  rememberedUnavailable: 'De huskede rettelser kunne ikke hentes.',

  // The local sign-in page (AUTH_MODE=local)
  localSignInTitle: 'Log ind (lokal demo)',
  localSignInIntro: 'korpsplan kører lokalt. Vælg den demobruger, du vil være.',
  demoRoles: { coordinator: 'Koordinatorer', leader: 'Ledelse', admin: 'Administrator' },
  loadingUsers: 'Henter brugere …',
  usersFailed: (detail: string) => `Brugerne kunne ikke hentes: ${detail}`,

  // The reporting round (the coordinator's round card, the leaders' review list)
  roundHeading: 'Indberetningsrunde',
  roundDeadline: 'Frist',
  roundDaysLeft: (n: number) =>
    n === 0
      ? 'fristen er i dag'
      : n > 0
        ? `${n} dag${n === 1 ? '' : 'e'} tilbage`
        : `fristen er overskredet med ${-n} dag${n === -1 ? '' : 'e'}`,
  roundClosed: 'Runden er lukket.',
  roundYourState: 'Kommunens status',
  roundLate: 'for sent',
  roundComment: (who: string) => `Kommentar fra ${who}:`,
  roundGoTo: (place: string) => `Gå til ${place}`,
  roundResubmit: 'Indsend igen',
  roundResubmitHint: 'Ret planen, åbn den rettede arbejdsbog her, og tryk Indsend igen.',
  noRound: 'Der er ingen åben indberetningsrunde lige nu.',
  reviewHeading: 'Vurdering af planer',
  roundFilter: 'Vis',
  roundFilters: {
    all: 'Alle',
    mangler: 'Mangler',
    afventer: 'Afventer vurdering',
    sendt_tilbage: 'Sendt tilbage',
    godkendt: 'Godkendt',
    for_sent: 'For sent',
  },
  roundCounts: (c: {
    expected: number;
    mangler: number;
    indsendt: number;
    sendt_tilbage: number;
    godkendt: number;
    late: number;
  }) =>
    `${c.expected} forventet · ${c.mangler} mangler · ${c.indsendt} afventer · ${c.sendt_tilbage} sendt tilbage · ${c.godkendt} godkendt · ${c.late} for sent`,
  roundSubmittedAt: 'Indsendt',
  roundWarnings: (n: number) => `${n} advarsel${n === 1 ? '' : 'er'}`,
  roundNote: 'Koordinatorens note',
  roundOpen: 'Åbn plan',
  roundApprove: 'Godkend',
  roundSendBack: 'Send tilbage',
  roundSendBackComment: 'Hvad skal koordinatoren rette?',
  roundSendBackConfirm: 'Send tilbage med kommentar',
  roundCommentRequired: 'Skriv en kommentar, før planen sendes tilbage.',
  roundRemind: (n: number) => `Skriv til de ${n} kommuner, der mangler`,
  roundNoRows: 'Ingen kommuner i dette udvalg.',
  roundWorking: 'Arbejder …',
  roundLoading: 'Henter runden …',

  // The next half-year and the template update
  nextHalfHeading: 'Næste halvår og skabelon',
  nextHalfIntro:
    'Start næste halvår fra denne plan: perioden rykkes et halvår, afsluttede aktiviteter flyttes til arket Historik, åbne føres med, og svarene i huskelisten føres med, så du kan bekræfte dem.',
  nextHalfStart: 'Start næste halvår',
  nextHalfStarting: 'Starter næste halvår …',
  nextHalfStarted: (file: string) => `Næste halvår er startet: ${file} er hentet og indlæst her.`,
  nextHalfStartedOffice: (file: string) => `Næste halvår er startet i en ny arbejdsbog: ${file}.`,
  nextHalfUpdate: (v: string) => `Opdater til skabelon ${v}`,
  nextHalfUpdateIntro: (from: string, to: string) =>
    `Arbejdsbogen er lavet i skabelon ${from}. Skabelon ${to} har nye spørgsmål og felter; opdater, så bliver alle værdier, og de nye felter står tomme.`,
  nextHalfUpdating: 'Opdaterer …',
  nextHalfCarriedHeading: 'Svar ført med fra sidste halvår',
  nextHalfCarriedIntro: (n: number) =>
    n === 1
      ? '1 svar i huskelisten er ført med fra sidste halvår. Bekræft det, hvis det stadig passer, eller ret det i huskelisten.'
      : `${n} svar i huskelisten er ført med fra sidste halvår. Bekræft dem, der stadig passer, eller ret dem i huskelisten.`,
  nextHalfConfirm: 'Bekræft',
  nextHalfConfirmAll: 'Bekræft alle',
  nextHalfConfirmOne: (id: string) => `Bekræft svaret på ${id}`,
  nextHalfAllConfirmed: 'Alle svar ført med fra sidste halvår er bekræftet.',
  nextHalfFailed: (why: string) => `Det lykkedes ikke: ${why}`,
  nextHalfFileName: (period: string) => `Implementeringsplan ${period}.xlsx`,
} as const;

export type Strings = {
  readonly [K in keyof typeof da]: (typeof da)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof da)[K] extends string
      ? string
      : { readonly [P in keyof (typeof da)[K]]: string };
};

const en: Strings = {
  appTitle: 'korpsplan',
  appSubtitle: 'Implementation plan for the mentor and parent-coach effort',
  webTitle: 'korpsplan – check and submit your implementation plan',
  webIntro:
    'Drop your workbook here. The page reads the plan in your browser, shows what it recognises and what is missing, and lets you download the structured workbook and submit it.',

  signIn: 'Sign in',
  signOut: 'Sign out',
  signingIn: 'Signing in …',
  signedInAs: (name) => `Signed in as ${name}`,
  signInCancelled: 'Sign-in was cancelled.',
  signInFailed: (detail) => `Sign-in failed: ${detail}`,
  signInNeeded: 'Sign in to submit the plan and see your latest receipt.',
  roleNames: { coordinator: 'coordinator', leader: 'leader', admin: 'administrator' },

  reading: 'Reading the workbook …',
  readFailed: (detail) => `The workbook could not be read: ${detail}`,
  tryAgain: 'Try again',
  refresh: 'Read again',
  validate: 'Validate',
  validatedAt: (time) => `Validated at ${time}`,

  statusHeading: 'Where the plan stands',
  municipality: 'Municipality',
  period: 'Period',
  phase: 'Phase',
  notFound: 'not found',
  activitiesRecognised: (n) => (n === 1 ? '1 activity recognised' : `${n} activities recognised`),
  checklistAnswered: (n, of) => `Checklist: ${n} of ${of} answered`,
  lateActivities: (n) => (n === 1 ? '1 activity is late' : `${n} activities are late`),
  noLate: 'No late activities',
  missing: 'Missing',
  activitiesTable: 'Table of activities',
  nothingMissing: 'All required fields are filled in',
  errorsCount: (n) => (n === 1 ? '1 error' : `${formatCount(n, 'en')} errors`),
  warningsCount: (n) => (n === 1 ? '1 warning' : `${formatCount(n, 'en')} warnings`),
  lastReceipt: 'Latest receipt',
  noReceipt: 'Nothing submitted for the period yet',
  receiptLine: (when, id) => `Submitted ${when} · receipt ${id}`,
  receiptsUnavailable: 'The latest receipt could not be fetched.',

  structureHeading: 'Recognised structure',
  structureIntro:
    'This is how the columns of your sheets were understood. Correct a column if it was understood wrongly – nothing is written until you press Structure.',
  structureIntroWeb:
    'This is how the columns of your sheets were understood. Correct a column if it was understood wrongly before you download the structured workbook.',
  structureEmpty:
    'The workbook is empty. Structure inserts the template with the checklists for you to fill in.',
  structureAlready:
    'The plan is already in the template sheets. Structure again if you changed the original sheets.',
  noTables: 'No table of activities was found.',
  tableOn: (table, sheet, row) => `${table} – sheet "${sheet}", header in row ${row}`,
  tableSummary: (columns, uncertain) =>
    uncertain === 0
      ? `${columns} columns, all recognised with certainty`
      : `${columns} columns, ${uncertain} to check`,
  columnLabel: (header, col) => `Column ${col}: ${header}`,
  emptyHeader: '(no header)',
  fieldUnused: 'Not used',
  confidence: { high: 'Certain', medium: 'Likely', low: 'Uncertain', corrected: 'Corrected' },
  confidenceTitle: (pct) => `Recognised with ${pct} % confidence`,
  undoCorrections: 'Undo corrections',
  structure: 'Structure',
  structureAgain: 'Structure again',
  structuring: 'Structuring …',
  structured: (n) =>
    `The template's ${n} sheets were written into the workbook. The original sheets are unchanged.`,
  renamed: (from, to) => `The sheet "${from}" is now called "${to}" because the template uses the name.`,
  structureFailed: (detail) => `Structuring failed: ${detail}`,
  downloadStructured: 'Download structured workbook',
  downloaded: (file) => `The structured workbook was downloaded as "${file}".`,
  unmappedCount: (n) =>
    n === 1
      ? '1 filled-in cell was not placed in the plan.'
      : `${n} filled-in cells were not placed in the plan.`,
  notCarried: (what, sheet) => `Cannot be carried over: ${what} on the sheet "${sheet}".`,
  tableNames: {
    activities: 'Activities',
    checklist: 'Checklist',
    roles: 'Roles',
    corps: 'Corps',
    indicators: 'Indicators',
    communication: 'Communication',
    needsAnalysis: 'Needs analysis',
  },
  markFields: { yes: 'Answer: Yes (x)', partly: 'Answer: Partly (x)', no: 'Answer: No (x)' },
  raciField: 'Responsible: letter R (RACI matrix)',

  issuesHeading: 'Errors and warnings',
  issueKinds: {
    municipality_missing: 'Municipality missing',
    municipality_unknown: 'Unknown municipality',
    period_missing: 'Period missing',
    period_malformed: 'Period unreadable',
    phase_missing: 'Phase missing',
    plan_table_missing: 'Plan table missing',
    required_missing: 'Required value missing',
    value_not_in_list: 'Value not in the list',
    number_invalid: 'Invalid number',
    date_unreadable: 'Unreadable date',
    start_after_deadline: 'Start after deadline',
    checklist_answer_ambiguous: 'Ambiguous checklist answer',
    cpr_number: 'Looks like a CPR number',
    coordinator_missing: 'Coordinator missing',
    activity_late: 'Late activities',
    done_without_evaluation: 'Done without evaluation',
    theme_without_activity: 'Theme without activity',
    checklist_unanswered: 'Unanswered questions',
    checklist_question_unmatched: 'Unmatched questions',
    milestone_missing: 'Milestone missing',
    corps_too_small: 'Corps too small',
    caseload_high: 'High caseload',
    indicator_small_number: 'Small numbers in indicators',
    template_version_unknown: 'Unknown template version',
    checklist_unconfirmed: 'Checklist not confirmed',
  },
  otherIssueKind: (code) => `Other (${code})`,
  onlyErrors: 'Errors only',
  issuesShown: (n, total) =>
    n === total
      ? `${formatCount(total, 'en')} in all`
      : `Showing ${formatCount(n, 'en')} of ${formatCount(total, 'en')}`,
  noErrorsWarningsHidden: 'No errors. The warnings are hidden.',
  noIssues: 'No errors or warnings. The plan is ready to be submitted.',
  errorLabel: 'Error',
  warningLabel: 'Warning',
  goToCell: (sheet, cell) => `Go to ${sheet}!${cell}`,
  cellIn: (sheet, cell) => `${sheet} ${cell}`,
  fromService: 'Found by the korpsplan service on submission',
  sheetAfterStructure: 'The sheet exists once the plan is structured.',
  selectFailed: (detail) => `The cell could not be selected: ${detail}`,

  submitHeading: 'Submit',
  submit: 'Submit plan',
  submitting: 'Submitting …',
  submitBlocked: (n) =>
    n === 1
      ? 'Correct the error before the plan can be submitted.'
      : `Correct the ${n} errors before the plan can be submitted.`,
  needsStructure:
    "You corrected columns or values that are not in the workbook's cells. Press Structure before submitting, so that the corrections are part of the file that is sent.",
  noteLabel: 'Explanation of the warnings (optional)',
  noteHint: (left) => `Travels with the submission and is shown to the leaders. ${left} characters left.`,
  noFile: 'Choose a workbook first.',
  accepted: 'The plan was submitted',
  acceptedAgain: 'The plan had already been submitted – here is the receipt again',
  receiptId: 'Receipt number',
  receivedAt: 'Received',
  receiptCounts: (activities, late, answered) =>
    `${activities} activities, ${late} late, ${answered.replace('/', ' of ')} questions answered`,
  receiptWarnings: (n) =>
    n === 0 ? 'No warnings' : n === 1 ? '1 warning goes with it' : `${n} warnings go with it`,
  recorded: 'The receipt was written on the Cover sheet (Last submitted and Receipt id).',
  notRecorded:
    'The receipt could not be written into the workbook because it has no cover sheet. Structure the plan.',
  recordFailed: (detail) =>
    `The plan was submitted, but the receipt could not be written into the workbook: ${detail}`,
  offline: 'There is no connection to korpsplan. Check the network and try again.',
  signedOutFailure: 'You are not signed in, or your sign-in has expired. Sign in and submit again.',
  tooLarge: (size, limit) =>
    `The workbook is ${size} and may be at most ${limit}. Remove pictures or old sheets and try again. Nothing was sent.`,
  fileReadFailed: (detail) =>
    `The file could not be read from Excel: ${detail}. Save the workbook and try again.`,
  invalidFromServer: 'korpsplan found errors in the plan. They are in the list of errors and warnings.',
  unavailable: (seconds) =>
    seconds !== undefined
      ? `korpsplan is temporarily unavailable. Try again in ${seconds} seconds – the same file gives the same receipt.`
      : 'korpsplan is temporarily unavailable. Try again in a moment – the same file gives the same receipt.',
  failed: (detail) => `The submission failed: ${detail}`,
  retry: 'Try again',
  fixErrors: 'Show the errors',

  summaryHeading: 'Corps summary',
  summaryIntro: "The merged summary of every municipality's latest plan for a period.",
  summaryPeriod: 'Period',
  openSummary: 'Open corps summary',
  openingSummary: 'Fetching the corps summary …',
  summaryOpened: 'The corps summary was opened as a new workbook.',
  summaryDownloaded: (file) => `The corps summary was downloaded as "${file}".`,
  summaryFileName: (period) => `Corps summary ${period}.xlsx`,

  dropHeading: 'Workbook',
  dropZone: 'Drop a workbook (.xlsx) here',
  dropOr: 'or',
  chooseFile: 'Choose file',
  fileChosen: (name, size) => `${name} (${size})`,
  notXlsx: 'Choose an Excel workbook (.xlsx).',
  fileRefused: (message) => message,
  language: 'Language',

  coverHeading: 'Cover',
  coverIntro: "Fill in or correct the cover's facts. Corrections apply at once.",
  chooseValue: '— choose —',
  notRead: 'not found in the workbook',
  coordinatorField: 'Coordinator',
  leaderField: 'Leader',
  useYourMunicipality: (name) => `Use ${name} (your municipality)`,
  useCurrentPeriod: (period) => `Use ${period} (current half-year)`,
  yourMunicipality: (name) => `${name} (your municipality)`,
  currentPeriod: (period) => `${period} (current half-year)`,
  periodName: (period) => period,
  otherMunicipality: (workbook, yours) =>
    `The workbook is for ${workbook}, but you are the coordinator for ${yours}. You can only submit plans for ${yours}. Correct the municipality if it was read wrongly.`,
  correctedMark: 'corrected',
  correctionsHeading: 'Correct values',
  correctionsIntro:
    'Correct an activity, a checklist answer, a corps member or an indicator. Issues and counts change at once.',
  chooseTable: 'Table',
  chooseRow: 'Row',
  rowLabel: (sheet, row, text) => `${sheet} row ${row}: ${text}`,
  questionLabel: (id, text) => `${id}: ${text}`,
  correct: 'Correct',
  correctValue: (field, cell) => `Correct ${field} (${cell})`,
  save: 'Save',
  cancel: 'Cancel',
  clearValue: 'Empty',
  valueFor: (field, cell) => `${field} in ${cell}`,
  correctionsHeld: (n) => (n === 1 ? '1 correction in this plan' : `${n} corrections in this plan`),
  correctionsHeldWeb:
    'The corrections go with the structured workbook you download and with your submission.',
  correctionsHeldOffice: 'The corrections are written into the cells.',
  undoAllCorrections: 'Undo all corrections',
  unapplied: (place, reason) => `The correction in ${place} could not be used: ${reason}`,
  checksHeading: 'Read with uncertainty',
  checksIntro:
    'These values were read, but korpsplan is not sure of them. Look each over in its cell, and correct it if it is wrong.',
  checksNone: 'Everything was read without doubt.',
  checksShown: (shown: number, total: number) => `Showing ${shown} of ${total}.`,
  checksMore: 'Show more',
  checkGoTo: (cell: string) => `Show ${cell}`,
  checkRead: (value: string) => `Read: ${value}`,
  unplacedHeading: 'Values that did not land in the plan',
  unplacedIntro: 'Each value is shown with its cell. Use it in a field, or dismiss it.',
  unplacedNone: 'Every value landed in the plan.',
  useAs: 'Use as: …',
  useAsLabel: (cell, value) => `Use ${cell} "${value}" as`,
  dismiss: 'Dismiss',
  dismissLabel: (cell) => `Dismiss the value in ${cell}`,
  dismissedCount: (n) => (n === 1 ? '1 value dismissed' : `${n} values dismissed`),
  unplacedGroup: (n, reason) => `${n} cells: ${reason}`,
  unplacedGroupShow: (where) => `Show the cells in ${where}`,
  tableChoices: {
    activities: 'Activities',
    checklist: 'Checklist',
    corps: 'Corps',
    indicators: 'Indicators',
  },
  correctionsNeedStructure:
    'Some corrections cannot be written into the original cells. Structure the plan so that they are carried.',

  rememberedHeading: 'Remembered from last time',
  rememberedIntro:
    'Corrections you confirmed before were used again here. Undo those that do not fit this plan.',
  rememberedNone: 'No remembered corrections were used in this plan.',
  rememberedUndo: 'Undo',
  rememberedUndoLabel: (what) => `Undo "${what}"`,
  rememberedColumn: 'column',
  rememberedNotUsed: '(not used)',
  remember: 'Remember my corrections',
  rememberedPending: (n) =>
    n === 1
      ? '1 correction can be remembered for the next plan.'
      : `${n} corrections can be remembered for the next plan.`,
  rememberedNothingPending: 'You have no corrections that can be remembered.',
  rememberedSaving: 'Saving …',
  rememberedSaved: (n) => (n === 1 ? '1 correction is remembered.' : `${n} corrections are remembered.`),
  notRemembered: 'Not remembered:',
  rememberedUnavailable: 'The remembered corrections could not be fetched.',

  localSignInTitle: 'Sign in (local demo)',
  localSignInIntro: 'korpsplan runs locally. Choose the demo user you want to be.',
  demoRoles: { coordinator: 'Coordinators', leader: 'Leaders', admin: 'Administrator' },
  loadingUsers: 'Fetching users …',
  usersFailed: (detail) => `The users could not be fetched: ${detail}`,

  roundHeading: 'Reporting round',
  roundDeadline: 'Deadline',
  roundDaysLeft: (n) =>
    n === 0
      ? 'the deadline is today'
      : n > 0
        ? `${n} day${n === 1 ? '' : 's'} left`
        : `${-n} day${n === -1 ? '' : 's'} past the deadline`,
  roundClosed: 'The round is closed.',
  roundYourState: "Your municipality's state",
  roundLate: 'late',
  roundComment: (who) => `Comment from ${who}:`,
  roundGoTo: (place) => `Go to ${place}`,
  roundResubmit: 'Submit again',
  roundResubmitHint: 'Correct the plan, open the corrected workbook here, and press Submit again.',
  noRound: 'There is no open reporting round right now.',
  reviewHeading: 'Reviewing plans',
  roundFilter: 'Show',
  roundFilters: {
    all: 'All',
    mangler: 'Missing',
    afventer: 'Awaiting review',
    sendt_tilbage: 'Sent back',
    godkendt: 'Approved',
    for_sent: 'Late',
  },
  roundCounts: (c) =>
    `${c.expected} expected · ${c.mangler} missing · ${c.indsendt} awaiting · ${c.sendt_tilbage} sent back · ${c.godkendt} approved · ${c.late} late`,
  roundSubmittedAt: 'Submitted',
  roundWarnings: (n) => `${n} warning${n === 1 ? '' : 's'}`,
  roundNote: "Coordinator's note",
  roundOpen: 'Open plan',
  roundApprove: 'Approve',
  roundSendBack: 'Send back',
  roundSendBackComment: 'What should the coordinator change?',
  roundSendBackConfirm: 'Send back with comment',
  roundCommentRequired: 'Write a comment before sending the plan back.',
  roundRemind: (n) => `Write to the ${n} municipalities missing`,
  roundNoRows: 'No municipalities in this selection.',
  roundWorking: 'Working …',
  roundLoading: 'Fetching the round …',

  nextHalfHeading: 'Next half-year and template',
  nextHalfIntro:
    'Start the next half-year from this plan: the period moves on one half-year, settled activities move to the History sheet, open ones are carried, and the checklist answers are carried for you to confirm.',
  nextHalfStart: 'Start næste halvår (start the next half-year)',
  nextHalfStarting: 'Starting the next half-year …',
  nextHalfStarted: (file) => `The next half-year is started: ${file} was downloaded and is read here.`,
  nextHalfStartedOffice: (file) => `The next half-year is started in a new workbook: ${file}.`,
  nextHalfUpdate: (v) => `Opdater til skabelon ${v} (update to template ${v})`,
  nextHalfUpdateIntro: (from, to) =>
    `The workbook was made in template ${from}. Template ${to} has new questions and fields; update it and every value is kept, the new fields left empty.`,
  nextHalfUpdating: 'Updating …',
  nextHalfCarriedHeading: 'Answers carried from the previous half-year',
  nextHalfCarriedIntro: (n) =>
    n === 1
      ? '1 checklist answer was carried from the previous half-year. Confirm it if it still holds, or change it in the checklist.'
      : `${n} checklist answers were carried from the previous half-year. Confirm those that still hold, or change them in the checklist.`,
  nextHalfConfirm: 'Confirm',
  nextHalfConfirmAll: 'Confirm all',
  nextHalfConfirmOne: (id) => `Confirm the answer to ${id}`,
  nextHalfAllConfirmed: 'Every answer carried from the previous half-year is confirmed.',
  nextHalfFailed: (why) => `It did not work: ${why}`,
  nextHalfFileName: (period) => `Implementation plan ${period}.xlsx`,
};

export function strings(lang: Lang): Strings {
  return lang === 'en' ? en : da;
}

/** Danish unless the display language is English (Office's displayLanguage, or the browser's). */
export function langOf(displayLanguage: string | undefined | null): Lang {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? 'en' : 'da';
}

export function formatBytes(n: number, lang: Lang): string {
  const fmt = (v: number) =>
    v.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 });
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${fmt(n / 1024)} KB`;
  return `${fmt(n / (1024 * 1024))} MB`;
}

/** A count with the language's thousands separator: 5.000 in Danish, 5,000 in English. */
export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB');
}
