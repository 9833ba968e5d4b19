// The summary sheet "about".

import { checklistRanges, FULL_TIME_HOURS, TEMPLATE_VERSION, THEMES } from '../../spec';
import { mixedVersionsNote, versionsMergedText } from '../versions';
import { HEADER_ROW, L, prevLateDay, type Context, type SheetModule } from '../context';
import { READINESS_GREEN, READINESS_YELLOW } from '../figures';
import { describeSuppression } from '../../suppression';
import { SHEET_NAMES, TITLES, formatDay, formatInstant } from '../labels';
import { text, staticTable, sheet } from '../cells';
import { type Row, type Sheet } from '../sheet';

function build(ctx: Context): Sheet {
  const { lang, config, totals } = ctx;
  const plans = ctx.submitted.flatMap((e) => (e.stored ? [e.stored.plan] : []));
  const mixed = mixedVersionsNote(plans);
  const rows: Row[] = [];
  // Lines on the same topic in a row become one paragraph each in the topic's cell.
  let last: { topic: string; lines: string[] } | undefined;
  const add = (topic: string, explanation: string): void => {
    if (last?.topic === topic) {
      last.lines.push(explanation);
      rows[rows.length - 1] = { cells: [text(topic), text(last.lines.join('\n'))] };
      return;
    }
    last = { topic, lines: [explanation] };
    rows.push({ cells: [text(topic), text(explanation)] });
  };
  add(
    L(lang, 'Kort fortalt', 'In short'),
    L(
      lang,
      `Oversigten samler den nyeste plan fra hver kommune for perioden ${ctx.input.period}. Den blev dannet ${formatInstant(ctx.input.generatedAt, lang)}. ${totals.submitted} af ${totals.expected} forventede kommuner har indsendt, og ${totals.missing} mangler. Arket Resumé giver overblikket på én side; de øvrige ark viser detaljerne.`,
      `The summary brings together the newest plan of every municipality for the period ${ctx.input.period}. It was made ${formatInstant(ctx.input.generatedAt, lang)}. ${totals.submitted} of ${totals.expected} expected municipalities have submitted, and ${totals.missing} are missing. The sheet Summary gives the overview on one page; the other sheets show the details.`,
    ),
  );
  add(
    L(lang, 'Hvornår er en aktivitet forsinket?', 'When is an activity late?'),
    L(
      lang,
      `${formatDay(ctx.today, lang)}. En aktivitet er forsinket, når dens deadline ligger før denne dag, og den hverken er gennemført, ændret eller lukket.`,
      `${formatDay(ctx.today, lang)}. An activity is late when its deadline is before this day and it is neither done, changed nor closed.`,
    ),
  );
  add(
    L(lang, 'Hvor tallene kommer fra', 'Where the figures come from'),
    ctx.input.basis === 'approved'
      ? L(
          lang,
          `Kun godkendte indsendelser: den nyeste indsendelse, som ledelsen har godkendt, fra hver kommune for perioden (${totals.submitted} planer), læst som kanoniske planer – aldrig de oprindelige arbejdsbøger. En kommune uden en godkendt plan står som "mangler". Se arket Indsendelser for hvilken indsendelse hvert tal kommer fra.`,
          `Approved submissions only: the newest submission the leaders approved, of each municipality for the period (${totals.submitted} plans), read as canonical plans – never the original workbooks. A municipality without an approved plan is shown as "missing". The sheet Submissions shows which submission each figure comes from.`,
        )
      : L(
          lang,
          `Den nyeste gyldige indsendelse fra hver kommune for perioden (${totals.submitted} planer), godkendt eller ej, læst som kanoniske planer – aldrig de oprindelige arbejdsbøger. Se arket Indsendelser for hvilken indsendelse hvert tal kommer fra.`,
          `The newest valid submission of each municipality for the period (${totals.submitted} plans), approved or not, read as canonical plans – never the original workbooks. The sheet Submissions shows which submission each figure comes from.`,
        ),
  );
  const round = ctx.input.round;
  if (round) {
    add(
      L(lang, 'Indberetningsrunde', 'Reporting round'),
      L(
        lang,
        `${round.round.period} med frist ${formatDay(round.round.deadline, lang)} (dansk tid)${round.round.closed ? ', lukket' : ''}. En kommune er for sent på den, når dens første indsendelse i perioden kom efter fristen. Status i runden (mangler, indsendt, sendt tilbage, godkendt) og hvem der har vurderet planen står på arket Overblik.`,
        `${round.round.period} with the deadline ${formatDay(round.round.deadline, lang)} (Danish time)${round.round.closed ? ', closed' : ''}. A municipality is late when its first submission of the period came after the deadline. The state in the round (missing, submitted, sent back, approved) and who reviewed the plan are on the sheet Overview.`,
      ),
    );
  }
  add(
    L(lang, 'Forventede kommuner', 'Expected municipalities'),
    ctx.input.roster
      ? L(
          lang,
          `${totals.expected} ifølge rosteret; ${totals.missing} har ikke indsendt og står som "mangler".`,
          `${totals.expected} according to the roster; ${totals.missing} have not submitted and are shown as "missing".`,
        )
      : L(
          lang,
          `Alle 98 kommuner (intet roster givet); ${totals.missing} har ikke indsendt og står som "mangler".`,
          `All 98 municipalities (no roster given); ${totals.missing} have not submitted and are shown as "missing".`,
        ),
  );
  add(
    L(lang, 'Forrige periode', 'Previous period'),
    ctx.prevSelection.used.size > 0
      ? L(
          lang,
          `${ctx.prevPeriod}: ${ctx.prevSelection.used.size} planer; dens forsinkede er vurderet pr. ${formatDay(prevLateDay(ctx), lang)}.`,
          `${ctx.prevPeriod}: ${ctx.prevSelection.used.size} plans; its late activities are judged as of ${formatDay(prevLateDay(ctx), lang)}.`,
        )
      : L(
          lang,
          'Ingen planer fra forrige periode er givet.',
          'No plans from the previous period were given.',
        ),
  );
  add(
    L(lang, 'Parathed', 'Readiness'),
    L(
      lang,
      `Pr. huskeliste (${checklistRanges()}): Ja = 1, Delvist = ½, Nej = 0; et ubesvaret spørgsmål tæller som 0, ligesom Nej, og antallet af ubesvarede står i sin egen kolonne. Trafiklys: grøn fra ${READINESS_GREEN * 100} %, gul fra ${READINESS_YELLOW * 100} %, ellers rød. På arket Udvikling er ændringer i parathed i procentpoint (pp).`,
      `Per checklist (${checklistRanges()}): Yes = 1, Partly = ½, No = 0; an unanswered question counts as 0, like No, and the number unanswered has its own column. Traffic light: green from ${READINESS_GREEN * 100}%, yellow from ${READINESS_YELLOW * 100}%, else red. On the sheet Change, changes in readiness are in percentage points (pp).`,
    ) + (mixed ? ` ${mixed[lang]}` : ''),
  );
  add(
    L(lang, 'Temaer dækket', 'Themes covered'),
    L(
      lang,
      `Antal af de ${THEMES.length} indsatsområder med mindst én aktivitet.`,
      `How many of the ${THEMES.length} focus areas have at least one activity.`,
    ),
  );
  add(
    L(lang, 'Årsværk og deltagere', 'Full-time posts and participants'),
    L(
      lang,
      `Årsværk = korpsets timer pr. uge / ${FULL_TIME_HOURS}. Deltagere pr. årsværk = aktive forløb / årsværk, for mentorer og forældrecoaches under ét, i intervallerne fra 004 Tabel 24: under 10, 10–14, 15–19, 20+ (fx 14,6 hører til 10–14).`,
      `Full-time posts = the corps' hours per week / ${FULL_TIME_HOURS}. Participants per full-time post = active cases / full-time posts, mentors and parent coaches together, in the bands of 004 Table 24: under 10, 10–14, 15–19, 20+ (e.g. 14.6 belongs to 10–14).`,
    ),
  );
  add(
    L(lang, 'Indikatorer', 'Indicators'),
    L(
      lang,
      'Indikatorer med en kode fra kataloget lægges sammen på tværs af korpset. Har en plan flere rækker med samme kode, bruges den senest målte; en kode med forkert enhed lægges ikke sammen. Indikatorer uden kode står på arket Egne indikatorer.',
      'Indicators with a catalogue code are added up across the corps. Where a plan has several rows with the same code, the latest measured is used; a code with the wrong unit is not added up. Indicators without a code are on the sheet Own indicators.',
    ),
  );
  // The suppression rule in sentences: what the marker means, then why some totals are intervals.
  const rule = describeSuppression(config, lang);
  const smallTopic = L(lang, `Hvad betyder "${config.marker}"?`, `What does "${config.marker}" mean?`);
  const intervalTopic = L(lang, 'Hvorfor er nogle tal intervaller?', 'Why are some figures ranges?');
  rule.forEach((line, i) => add(i < 4 ? smallTopic : intervalTopic, line));
  add(
    intervalTopic,
    L(
      lang,
      'Et interval afrundes udad – den nedre grænse ned og den øvre op – så det altid indeholder det sande tal.',
      'A range is rounded outward – the lower end down and the upper end up – so that it always contains the true figure.',
    ),
  );
  add(
    L(lang, 'Ændring siden forrige periode', 'Change since the previous period'),
    L(
      lang,
      `Ændringen regnes kun ud fra de to perioders viste tal. Er et tal skjult i den ene periode, vises ændringen som det spænd, den med sikkerhed ligger i (fx "fra −3 til +39"), så det skjulte tal heller ikke kan regnes ud ved at sammenligne perioderne.`,
      `The change is worked out only from the figures shown for the two periods. Where a figure is hidden in either period, the change is shown as the span it certainly lies in (e.g. "from −3 to +39"), so that the hidden figure cannot be worked out by comparing the periods either.`,
    ),
  );
  add(
    L(lang, 'Tekst fra kommunerne', "The municipalities' text"),
    L(
      lang,
      'Al tekst fra planerne står som almindelig tekst – aldrig som formel eller link. Tekst, der begynder som en formel (=, +, -, @, tabulator eller linjeskift, også i fuld bredde), får et ’ foran. Tegn, som ikke må stå i en regnearksfil, fjernes, og meget lang tekst afkortes til 32.767 tegn med "…". Alle links i oversigten peger kun ind i den selv.',
      'All text from the plans is plain text – never a formula or a link. Text that starts like a formula (=, +, -, @, tab or line break, also full-width) gets a ’ in front. Characters a workbook file cannot hold are removed, and very long text is cut to 32,767 characters with "…". Every link in the summary points inside it.',
    ),
  );
  // The technical section, last: the settings themselves, for whoever checks the figures.
  rows.push({ tone: 'strong', cells: [text(L(lang, 'Teknisk', 'Technical')), null] });
  last = undefined;
  add(
    L(lang, 'Regel for små tal – indstilling', 'Small-number rule – settings'),
    `threshold=${config.threshold}; marker="${config.marker}"; zeros=${config.zeros}; totals=${config.totals}; percentWithoutCases=${config.percentWithoutCases}`,
  );
  add(L(lang, 'Periode', 'Period'), ctx.input.period);
  add(L(lang, 'Dannet', 'Made'), ctx.input.generatedAt.toISOString());
  add(L(lang, 'Forsinket vurderet pr.', 'Late judged as of'), ctx.today);
  add(
    L(lang, 'Indsendelser', 'Submissions'),
    L(
      lang,
      `${ctx.selection.used.size} brugt, ${ctx.selection.skipped.length} ikke brugt; forrige periode ${ctx.prevPeriod}: ${ctx.prevSelection.used.size} brugt`,
      `${ctx.selection.used.size} used, ${ctx.selection.skipped.length} not used; previous period ${ctx.prevPeriod}: ${ctx.prevSelection.used.size} used`,
    ),
  );
  add(L(lang, 'Skabelonversioner', 'Template versions'), versionsMergedText(plans)[lang] || TEMPLATE_VERSION);
  return sheet(
    ctx,
    about,
    [
      staticTable(
        'Om_data',
        HEADER_ROW,
        0,
        [
          { header: L(lang, 'Emne', 'Topic'), width: 30, fmt: 'text', wrap: true },
          { header: L(lang, 'Forklaring', 'Explanation'), width: 110, fmt: 'text', wrap: true },
        ],
        rows,
      ),
    ],
    { freezeCols: 0, headerHeight: 20, landscape: true },
  );
}

export const about: SheetModule = {
  key: 'about',
  name: SHEET_NAMES.about,
  title: TITLES.about,
  build,
};
