// The words of the sheet "Om data" (about the data), Danish and English: topics and the sentences
// that explain them, then the technical section.

import type { Label } from '../../spec';

export const ABOUT_WORDS = {
  topic: { da: 'Emne', en: 'Topic' },
  explanation: { da: 'Forklaring', en: 'Explanation' },
  inShort: { da: 'Kort fortalt', en: 'In short' },
  inShortText: {
    da: 'Oversigten samler den nyeste plan fra hver kommune for perioden {period}. Den blev dannet {made}. {submitted} af {expected} forventede kommuner har indsendt, og {missing} mangler. Arket Resumé giver overblikket på én side; de øvrige ark viser detaljerne.',
    en: 'The summary brings together the newest plan of every municipality for the period {period}. It was made {made}. {submitted} of {expected} expected municipalities have submitted, and {missing} are missing. The sheet Summary gives the overview on one page; the other sheets show the details.',
  },
  whenLate: { da: 'Hvornår er en aktivitet forsinket?', en: 'When is an activity late?' },
  whenLateText: {
    da: '{day}. En aktivitet er forsinket, når dens deadline ligger før denne dag, og den hverken er gennemført, ændret eller lukket.',
    en: '{day}. An activity is late when its deadline is before this day and it is neither done, changed nor closed.',
  },
  source: { da: 'Hvor tallene kommer fra', en: 'Where the figures come from' },
  sourceApproved: {
    da: 'Kun godkendte indsendelser: den nyeste indsendelse, som ledelsen har godkendt, fra hver kommune for perioden ({plans} planer), læst som kanoniske planer – aldrig de oprindelige arbejdsbøger. En kommune uden en godkendt plan står som "mangler". Se arket Indsendelser for hvilken indsendelse hvert tal kommer fra.',
    en: 'Approved submissions only: the newest submission the leaders approved, of each municipality for the period ({plans} plans), read as canonical plans – never the original workbooks. A municipality without an approved plan is shown as "missing". The sheet Submissions shows which submission each figure comes from.',
  },
  sourceLatest: {
    da: 'Den nyeste gyldige indsendelse fra hver kommune for perioden ({plans} planer), godkendt eller ej, læst som kanoniske planer – aldrig de oprindelige arbejdsbøger. Se arket Indsendelser for hvilken indsendelse hvert tal kommer fra.',
    en: 'The newest valid submission of each municipality for the period ({plans} plans), approved or not, read as canonical plans – never the original workbooks. The sheet Submissions shows which submission each figure comes from.',
  },
  round: { da: 'Indberetningsrunde', en: 'Reporting round' },
  roundText: {
    da: '{period} med frist {deadline} (dansk tid){closed}. En kommune er for sent på den, når dens første indsendelse i perioden kom efter fristen. Status i runden (mangler, indsendt, sendt tilbage, godkendt) og hvem der har vurderet planen står på arket Overblik.',
    en: '{period} with the deadline {deadline} (Danish time){closed}. A municipality is late when its first submission of the period came after the deadline. The state in the round (missing, submitted, sent back, approved) and who reviewed the plan are on the sheet Overview.',
  },
  roundClosed: { da: ', lukket', en: ', closed' },
  expected: { da: 'Forventede kommuner', en: 'Expected municipalities' },
  expectedRoster: {
    da: '{expected} ifølge rosteret; {missing} har ikke indsendt og står som "mangler".',
    en: '{expected} according to the roster; {missing} have not submitted and are shown as "missing".',
  },
  expectedAll: {
    da: 'Alle 98 kommuner (intet roster givet); {missing} har ikke indsendt og står som "mangler".',
    en: 'All 98 municipalities (no roster given); {missing} have not submitted and are shown as "missing".',
  },
  previous: { da: 'Forrige periode', en: 'Previous period' },
  previousText: {
    da: '{period}: {plans} planer; dens forsinkede er vurderet pr. {day}.',
    en: '{period}: {plans} plans; its late activities are judged as of {day}.',
  },
  previousNone: {
    da: 'Ingen planer fra forrige periode er givet.',
    en: 'No plans from the previous period were given.',
  },
  readiness: { da: 'Parathed', en: 'Readiness' },
  readinessText: {
    da: 'Pr. huskeliste ({ranges}): Ja = 1, Delvist = ½, Nej = 0; et ubesvaret spørgsmål tæller som 0, ligesom Nej, og antallet af ubesvarede står i sin egen kolonne. Trafiklys: grøn fra {green} %, gul fra {yellow} %, ellers rød. På arket Udvikling er ændringer i parathed i procentpoint (pp).',
    en: 'Per checklist ({ranges}): Yes = 1, Partly = ½, No = 0; an unanswered question counts as 0, like No, and the number unanswered has its own column. Traffic light: green from {green}%, yellow from {yellow}%, else red. On the sheet Change, changes in readiness are in percentage points (pp).',
  },
  themes: { da: 'Temaer dækket', en: 'Themes covered' },
  themesText: {
    da: 'Antal af de {themes} indsatsområder med mindst én aktivitet.',
    en: 'How many of the {themes} focus areas have at least one activity.',
  },
  fte: { da: 'Årsværk og deltagere', en: 'Full-time posts and participants' },
  fteText: {
    da: 'Årsværk = korpsets timer pr. uge / {hours}. Deltagere pr. årsværk = aktive forløb / årsværk, for mentorer og forældrecoaches under ét, i intervallerne fra evalueringen af mentorindsatsen (tabel 24): under 10, 10–14, 15–19, 20+ (fx 14,6 hører til 10–14).',
    en: "Full-time posts = the corps' hours per week / {hours}. Participants per full-time post = active cases / full-time posts, mentors and parent coaches together, in the bands of the evaluation of the mentor effort (Table 24): under 10, 10–14, 15–19, 20+ (e.g. 14.6 belongs to 10–14).",
  },
  indicators: { da: 'Indikatorer', en: 'Indicators' },
  indicatorsText: {
    da: 'Indikatorer med en kode fra kataloget lægges sammen på tværs af korpset. Har en plan flere rækker med samme kode, bruges den senest målte; en kode med forkert enhed lægges ikke sammen. Hver kommunes tal står på arket Indikatorer pr. kommune; indikatorer uden kode står på arket Egne indikatorer.',
    en: "Indicators with a catalogue code are added up across the corps. Where a plan has several rows with the same code, the latest measured is used; a code with the wrong unit is not added up. Each municipality's figures are on the sheet Indicators by municipality; indicators without a code are on the sheet Own indicators.",
  },
  marker: { da: 'Hvad betyder "{marker}"?', en: 'What does "{marker}" mean?' },
  intervals: { da: 'Hvorfor er nogle tal intervaller?', en: 'Why are some figures ranges?' },
  outward: {
    da: 'Et interval afrundes udad – den nedre grænse ned og den øvre op – så det altid indeholder det sande tal.',
    en: 'A range is rounded outward – the lower end down and the upper end up – so that it always contains the true figure.',
  },
  change: { da: 'Ændring siden forrige periode', en: 'Change since the previous period' },
  changeText: {
    da: 'Ændringen regnes kun ud fra de to perioders viste tal. Er et tal skjult i den ene periode, vises ændringen som det spænd, den med sikkerhed ligger i (fx "fra −3 til +39"), så det skjulte tal heller ikke kan regnes ud ved at sammenligne perioderne.',
    en: 'The change is worked out only from the figures shown for the two periods. Where a figure is hidden in either period, the change is shown as the span it certainly lies in (e.g. "from −3 to +39"), so that the hidden figure cannot be worked out by comparing the periods either.',
  },
  text: { da: 'Tekst fra kommunerne', en: "The municipalities' text" },
  textText: {
    da: 'Al tekst fra planerne står som almindelig tekst – aldrig som formel eller link. Tekst, der begynder som en formel (=, +, -, @, tabulator eller linjeskift, også i fuld bredde), får et ’ foran. Tegn, som ikke må stå i en regnearksfil, fjernes, og meget lang tekst afkortes til 32.767 tegn med "…". Alle links i oversigten peger kun ind i den selv.',
    en: 'All text from the plans is plain text – never a formula or a link. Text that starts like a formula (=, +, -, @, tab or line break, also full-width) gets a ’ in front. Characters a workbook file cannot hold are removed, and very long text is cut to 32,767 characters with "…". Every link in the summary points inside it.',
  },
  technical: { da: 'Teknisk', en: 'Technical' },
  settings: { da: 'Regel for små tal – indstilling', en: 'Small-number rule – settings' },
  /** The settings by their names in the configuration (the same in both languages). */
  settingsText: {
    da: 'threshold={threshold}; marker="{marker}"; zeros={zeros}; totals={totals}; percentWithoutCases={percent}',
    en: 'threshold={threshold}; marker="{marker}"; zeros={zeros}; totals={totals}; percentWithoutCases={percent}',
  },
  period: { da: 'Periode', en: 'Period' },
  made: { da: 'Dannet', en: 'Made' },
  lateAsOf: { da: 'Forsinket vurderet pr.', en: 'Late judged as of' },
  submissions: { da: 'Indsendelser', en: 'Submissions' },
  submissionsText: {
    da: '{used} brugt, {skipped} ikke brugt; forrige periode {period}: {previous} brugt',
    en: '{used} used, {skipped} not used; previous period {period}: {previous} used',
  },
  versions: { da: 'Skabelonversioner', en: 'Template versions' },
} as const satisfies Record<string, Label>;
