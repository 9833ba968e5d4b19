// Every plan of the accuracy corpus, in order. scripts/accuracy-corpus.ts writes each one out.

import type { PlanBuilder } from '../build/plan';
import { build as p01 } from './p01-aarhus-statusfarver-med-forklaring';
import { build as p02 } from './p02-odense-temafarver-uden-forklaring';
import { build as p03 } from './p03-aalborg-paletfarver-paa-aktivitet';
import { build as p04 } from './p04-herning-temaoverskrifter';
import { build as p05 } from './p05-roskilde-et-ark-pr-tema';
import { build as p06 } from './p06-esbjerg-engelsk-rag';
import { build as p07 } from './p07-koebenhavn-sharepoint-liste';
import { build as p08 } from './p08-horsens-spoergsmaal-csv';
import { build as p09 } from './p09-silkeborg-gantt-maaneder';
import { build as p10 } from './p10-kolding-gantt-uger-farve';
import { build as p11 } from './p11-randers-huskeliste-fra-pdf';
import { build as p12 } from './p12-slagelse-tjekliste-omvendt-korps';
import { build as p13 } from './p13-viborg-noter-og-i-alt';
import { build as p14 } from './p14-gentofte-excel-datoformater';
import { build as p15 } from './p15-laesoe-uafgoerlige-datoer';
import { build as p16 } from './p16-frederiksberg-cellefarver-forklaringsark';
import { build as p17 } from './p17-hoeje-taastrup-engelsk-tjekliste';
import { build as p18 } from './p18-naestved-alt-paa-et-ark-csv';
import { build as p19 } from './p19-holbaek-flettede-temaceller';
import { build as p20 } from './p20-rebild-stor-plan-to-overskriftsraekker';
import { build as p21 } from './p21-odder-ugenumre-temafarver';
import { build as p22 } from './p22-vejle-engelsk-fremdrift-procent';
import { build as p23 } from './p23-svendborg-tjekliste-under-planen';
import { build as p24 } from './p24-thisted-raekkefarver-uden-forklaring';
import { build as p25 } from './p25-vordingborg-symboler-iso-langt-fra-a1';
import { build as p26 } from './p26-hjoerring-to-aar-et-ark-nummererede-status';
import { build as p27 } from './p27-guldborgsund-sheetjs-datoceller-opfyldt';
import { build as p28 } from './p28-soenderborg-google-emoji-halvaar';
import { build as p29 } from './p29-skanderborg-formler-skjulte-raekker';
import { build as p30 } from './p30-faaborg-midtfyn-flueben-primo-ultimo';
import { build as p31 } from './p31-ballerup-status-kryds-fortsatte-raekker';
import { build as p32 } from './p32-toender-blokke-pr-aktivitet';
import { build as p33 } from './p33-assens-halvaarsark-procent-skjult-gammel';
import { build as p34 } from './p34-lolland-overblik-afventer-tjekbokse';
import { build as p35 } from './p35-fredericia-skabelon-linjeskift-afkrydsning';
import { build as p36 } from './p36-struer-hvem-deltagere-kw-nul-et';
import { build as p37 } from './p37-ikast-brande-temakoder-to-statuskolonner';
// p38–p42: held out, weight on the checklists and the other sheets.
import { build as p38 } from './p38-kalundborg-egne-spoergsmaal-timer-med-t';
import { build as p39 } from './p39-lolland-afkrydsningsfelter-side-om-side';
import { build as p40 } from './p40-toender-et-ark-jdn-med-kommentar';
import { build as p41 } from './p41-assens-tjekliste-paa-tvaers-aarsvaerk';
import { build as p42 } from './p42-morsoe-farvet-tjekliste-sammenlagt';
// p43–p47: held out (fourth round), plans as coordinators keep them in other tools and shapes.
import { build as p43 } from './p43-haderslev-planner-eksport-us-datoer';
import { build as p44 } from './p44-aabenraa-underaktiviteter-ugedage-initialer';
import { build as p45 } from './p45-furesoe-status-tal-forside-til-hoejre';
import { build as p46 } from './p46-varde-monday-grupper-tidslinje';
import { build as p47 } from './p47-skive-wingdings-beskyttet-filter';
// p48–p52: held out (fifth round), prose plans, continued sheets, print pages, formulas and lost formats.
import { build as p48 } from './p48-middelfart-prosa-i-een-kolonne-procent-parathed';
import { build as p49 } from './p49-greve-fortsat-ark-e-mail-gammel-status';
import { build as p50 } from './p50-gribskov-flettet-ansvarlig-formler-vaelg';
import { build as p51 } from './p51-roedovre-sidehoveder-gentaget-aarstider';
import { build as p52 } from './p52-lejre-datoer-som-tal-indikatorer-formler';
// p53–p56: held out (sixth round), exports from task tools, everyday words, Word tables.
import { build as p53 } from './p53-favrskov-asana-eksport-afsluttet-dato';
import { build as p54 } from './p54-nyborg-hverdagssprog-iso-uger-datoer-uden-aar';
import { build as p55 } from './p55-soroe-word-tabel-etiketter-i-celler';
import { build as p56 } from './p56-frederikshavn-hverdagssprog-datoer-uden-aar';
// p58–p60: held out (seventh round), the plan's other parts: cover banners, sectioned checklists, corps and indicators as text.
import { build as p58 } from './p58-frederikshavn-banner-tjekliste-afsnit-timer-som-tekst';
import { build as p59 } from './p59-nyborg-halvaarskolonner-engelsk-tjekliste-intervaller';
import { build as p60 } from './p60-bornholm-forside-prosa-vejledning-pile';
// p61–p64: held out (eighth round), plans as they come from other tools and hands.
import { build as p61 } from './p61-koege-dansk-uden-aeoeaa';
import { build as p62 } from './p62-hvidovre-microsoft-lists-utc-tider';
import { build as p63 } from './p63-hedensted-gruppeoverskrifter-fremdriftsbjaelker-skala';
import { build as p64 } from './p64-lyngby-taarbaek-flyttede-frister-trafiklys-n-i-celle';
// p65–p68: held out (ninth round), plans as they come from other tools and hands.
import { build as p65 } from './p65-syddjurs-faelles-plan-tabel-i-alt-tusindtal';
import { build as p66 } from './p66-helsingoer-overstreget-aflyst-noter-med-gammel-status';
import { build as p67 } from './p67-holstebro-opgaver-under-aktivitet-logbog-aendringslog';
import { build as p68 } from './p68-ringkoebing-skjern-ikonsaet-aar-og-maaned-i-hver-sin-kolonne';
// p69–p72: held out (tenth round): a consultant's English plan, a Google Sheets download, several people and numbered categories, a year wheel.
import { build as p69 } from './p69-albertslund-konsulent-engelsk-roadmap-vage-datoer';
import { build as p70 } from './p70-hilleroed-google-chips-afkrydsning-forkortede-datoer';
import { build as p71 } from './p71-kerteminde-flere-ansvarlige-kategorikoder-eget-ark';
import { build as p72 } from './p72-mariagerfjord-aarshjul-maanedsoverskrifter-dag-i-maaned';
// p73–p76: held out (eleventh round): a status log, a portfolio-tool export, two rows per activity, English-locale dates with a transposed checklist and a monthly indicator table.
import { build as p73 } from './p73-broendby-statuslog-en-raekke-pr-opdatering';
import { build as p74 } from './p74-vallensbaek-portefoeljeeksport-wbs-baseline';
import { build as p75 } from './p75-ishoej-to-raekker-pr-aktivitet';
import { build as p76 } from './p76-dragoer-engelske-datoer-tjekliste-paa-tvaers-maanedstabel';
// p77–p80: held out (twelfth round): Excel Online tables with the header row off and grouped sub-tasks,
// two templates on one sheet with week ranges and quarters, the status told in remarks with the
// checklist answered on the next row, and a frozen header over 30 empty rows with month abbreviations.
import { build as p77 } from './p77-alleroed-excel-online-tabeller-uden-overskrift-grupperede-delopgaver';
import { build as p78 } from './p78-faxe-to-skabeloner-paa-et-ark-ugeintervaller-kvartaler';
import { build as p79 } from './p79-jammerbugt-status-i-bemaerkninger-svar-i-naeste-raekke';
import { build as p80 } from './p80-billund-frosset-overskrift-30-tomme-raekker-maanedsforkortelser';
// p81–p84: held out (thirteenth round, after p77–p80 of the twelfth): a letterhead cover with the period in the title, cover facts side by side above the plan, a cover form of marked options, stand-ins on the cover; checklists marked ✓/(✓)/÷, as Word-form boxes in one cell, as a traffic-light matrix; corps rosters by name with hours a month and under role headings; indicators in one cell and as count/out of/share.
import { build as p81 } from './p81-lemvig-brevhoved-periode-i-titel-navneliste-timer-pr-maaned';
import { build as p82 } from './p82-stevns-fakta-parvis-over-planen-afkrydsning-i-een-celle';
import { build as p83 } from './p83-ringsted-forside-som-afkrydsningsskema-trafiklys-matrix';
import { build as p84 } from './p84-herlev-konstitueret-koordinator-taeller-naevner-indikatorer';
// p85–p88: held out (fourteenth round): plans lived in for a year or more: one long sheet of every half-year with a filter left on last half-year, a status history column and rows kept after they stopped with a coordinator changed mid-year, a neighbour's copied plan with Excel's subtotal rows and last half-year's plan left below, remarks as threaded comments.
import { build as p85 } from './p85-taarnby-loebende-plan-halvaarskolonne-filter-paa-gammelt-halvaar';
import { build as p86 } from './p86-rudersdal-statushistorik-udgaar-erstattet-koordinatorskifte';
import { build as p87 } from './p87-vesthimmerland-nabokommunens-skabelon-subtotaler-gammelt-halvaar-nedenunder';
import { build as p88 } from './p88-nordfyns-traadede-kommentarer-som-bemaerkninger';
// p89–p92: held out (fifteenth round): plans out of other systems, tidied by hand: Google Forms response sheets (a checklist grid, activities one response each), an ESDH task list with KLE case numbers, a Trello board's CSV export, a monday.com board with subitems and stage groups.
import { build as p89 } from './p89-rudersdal-google-formularsvar-gitterspoergsmaal';
import { build as p90 } from './p90-vejen-esdh-opgaveliste-sagsnumre';
import { build as p91 } from './p91-broenderslev-trello-eksport-lister-etiketter';
import { build as p92 } from './p92-frederikssund-monday-undereelementer-tidsgrupper';
// p93–p96: held out (sixteenth round): layouts of a plan that is also a calendar or a report: an årshjul with the months as columns and each activity in its month's cell, one cell per activity of labelled lines typed in a hurry, a status memo to the director in bullet sentences, a week calendar in mixed Danish and English.
import { build as p93 } from './p93-gladsaxe-aarshjul-maaneder-som-kolonner-aktivitet-i-maanedscellen';
import { build as p94 } from './p94-solroed-hele-aktiviteten-i-een-celle-forkortelser-i-farten';
import { build as p95 } from './p95-halsnaes-statusnotat-til-direktionen-punkter-i-prosa';
import { build as p96 } from './p96-egedal-ugekalender-dansk-engelsk-blandet';
// p97–p100: held out (seventeenth round): korpsplan's own template as coordinators fill and damage it (openpyxl, LibreOffice): columns inserted, deleted and renamed, values pasted over dropdowns, the lists sheet edited, sheets copied, renamed and hidden, merged themes, formulas, an older template version.
import { build as p97 } from './p97-odder-skabelon-kolonner-indsat-slettet-fritekst-i-lister';
import { build as p98 } from './p98-skive-skabelon-listearket-rettet-tabel-ikke-udvidet-kopieret-tjekliste';
import { build as p99 } from './p99-toender-gammel-skabelon-flettede-temaer-formler-diagram';
import { build as p100 } from './p100-haderslev-skabelon-tabel-fjernet-raekker-indsat-sorteret-efter-ansvarlig';
// p101–p104: held out (eighteenth round): plans exported from work-management tools not yet in the corpus: Smartsheet (hierarchy by indentation, Duration, % Complete, Health), Notion (Tags, date ranges with →, relations), Jira (epics as themes, sub-tasks, Won't Do), Airtable (linked records joined by ",", "checked", European dates).
import { build as p101 } from './p101-odsherred-smartsheet-hierarki-ved-indrykning-varighed-forgaengere';
import { build as p102 } from './p102-fredensborg-notion-database-eksport-tags-datointervaller';
import { build as p103 } from './p103-hoersholm-jira-eksport-epics-som-temaer-underopgaver';
import { build as p104 } from './p104-samsoe-airtable-linkede-poster-vedhaeftninger';
import { build as p105 } from './p105-middelfart-tastefejl-i-overskrifter-temaer-og-datoer';
import { build as p106 } from './p106-holbaek-autokorrektur-ombyttede-celler-ae-oe-aa-blandet';
import { build as p107 } from './p107-vejle-mobilens-autokorrektur-tvetydige-rettelser';
import { build as p108 } from './p108-randers-samme-tema-tre-maader-vaerdi-i-nabocellen';
import { build as p109 } from './p109-glostrup-acrobat-eksport-side-pr-ark-sidehoved-og-sidefod';
import { build as p110 } from './p110-langeland-word-aabnet-pdf-orddeling-ligaturer-spaerret-skrift';
import { build as p111 } from './p111-fanoe-onlinekonverter-tabel-pr-ark-forskudte-celler';
import { build as p112 } from './p112-aeroe-tabula-csv-ombrudte-raekker-dato-delt-i-to-kolonner';
import { build as p113 } from './p113-herning-word-tabel-raekkespaend-punktlister-fodnoter';
import { build as p114 } from './p114-fredericia-outlook-mail-citater-signatur-under-tabellen';
import { build as p115 } from './p115-esbjerg-powerpoint-dias-tabel-bloede-linjeskift-etiket-i-celle';
import { build as p116 } from './p116-rebild-onenote-disposition-indrykning-med-tabulatorer';
import { build as p117 } from './p117-vordingborg-ark-pr-afdeling-faelles-kickoff-samlet-formler';
import { build as p118 } from './p118-morsoe-spor-pr-ark-kopieret-ark-tomt-ark';
import { build as p119 } from './p119-struer-afdelingsark-anden-kolonneraekkefoelge-timer-faelles-evaluering';
import { build as p120 } from './p120-odsherred-overblik-filter-formel-skjult-afdeling-budget';
// p121–p124: held out (twenty-third round): plans saved by office programs no plan came from: an Apple Numbers export (a sheet per table, category summary rows, checkboxes, star ratings), WPS Office (Chinese edition: East-Asian date format ids, full-width punctuation, an empty Sheet1), ONLYOFFICE (Russian interface: a table whose header row is "Столбец1" …), a Danish–German Interreg plan with the partner's own rows.
import { build as p121 } from './p121-fredensborg-numbers-eksport-ark-tabel-kategorier-afkrydsning-stjerner';
import { build as p122 } from './p122-ishoej-wps-kinesisk-standardskrift-datoformater-tomt-sheet1';
import { build as p123 } from './p123-vallensbaek-onlyoffice-russisk-tabel-stolbec-overskrifter-tomt-list';
import { build as p124 } from './p124-soenderborg-flensburg-interreg-tosproget-tyske-datoer-partnerens-raekker';
// p125–p128: held out (twenty-fourth round): plans kept in the Excel of Microsoft 365 as it is in 2026: cell checkboxes with a sensitivity label and status changes told in threaded replies, linked data types (Geography, People) saved as #VALUE! with rich values, Microsoft Forms rows written by Power Automate beside a Power Query corps table, a plan view spilled by one LET/SORTBY/HSTACK formula over coded raw data with LAMBDA names.
import { build as p125 } from './p125-kolding-celleafkrydsning-foelsomhedsmaerke-traade-med-svar';
import { build as p126 } from './p126-aabenraa-linkede-datatyper-geografi-personer';
import { build as p127 } from './p127-holstebro-forms-power-automate-tabel-power-query-korps';
import { build as p128 } from './p128-viborg-dynamisk-matrix-let-lambda-kodet-raadata';
// p129–p132: held out (twenty-fifth round): an AI chat assistant's Markdown pasted into one column (tables with "|---|" rows, "**bold**", emoji), a Microsoft Lists version-history export (one row per version, newest first), a plan with hours and a budget in kr. beside the dates and moved dates told in the remark column, a Gantt whose merged bars carry the status as their text.
import { build as p129 } from './p129-kalundborg-ai-chat-markdown-tabel-i-een-kolonne';
import { build as p130 } from './p130-hedensted-sharepoint-versionshistorik-hver-version-en-raekke';
import { build as p131 } from './p131-skanderborg-budget-og-timer-flyttede-datoer-i-bemaerkning';
import { build as p132 } from './p132-thisted-gantt-flettede-bjaelker-med-status-i-bjaelken';
// p133–p134: held out (twenty-sixth round): a scanned paper plan run through OCR into Excel (letters for digits, ruling lines as stray marks, words broken by a space, a line split over two rows), and a plan dictated on a phone (dates and numbers in words, spoken punctuation left as words, @mentions, "mig selv" for the coordinator).
import { build as p133 } from './p133-norddjurs-ocr-scannet-papirplan-tegnforveksling-streger';
import { build as p134 } from './p134-ikast-brande-diktat-paa-mobilen-tal-i-ord-tegnsaetning-som-ord-omtaler';
// p135–p136: held out (twenty-seventh round): a plan written by Excel 365's COPILOT function from the coordinator's notes (cached text, "#BUSY!"/"#CONNECT!", suggested themes beside her own, AI notes), and a forløbsplan exported from a social-care system (Nexus: indsatser, the system's statuses, "Bevilget fra/til", print headers and footers per page).
import { build as p135 } from './p135-kerteminde-copilot-funktion-i-celler-foreslaaet-tema-ai-noter';
import { build as p136 } from './p136-soroe-nexus-forloebsplan-indsatser-bevilget-sidehoved-sidefod';
// p137–p138: held out (twenty-eighth round): an activity plan laid on its side (one column per activity) saved by Excel for Mac in the 1904 date system, and the meetings and milestones kept in Outlook and exported as Danish Outlook's calendar CSV.
import { build as p137 } from './p137-hjoerring-plan-paa-siden-kolonne-pr-aktivitet-mac-1904';
import { build as p138 } from './p138-vesthimmerland-outlook-kalender-csv-moeder-og-milepaele';
// p139–p140: held out (twenty-ninth round): a ClickUp Folder exported to Excel (English columns, lower-case and custom statuses, epoch-millisecond dates beside their text, bracketed assignees, subtasks by Parent ID), and a plan kept as an Excel table with a totals row, slicers filtering it, a PivotTable and a timeline.
import { build as p139 } from './p139-alleroed-clickup-eksport-lister-underopgaver-epoke-millisekunder';
import { build as p140 } from './p140-greve-tabel-udsnitsvaerktoejer-pivottabel-tidslinje-i-alt-raekke';
// p141–p142: held out (thirtieth round), weighted on the parts other than the activity table: the checklist as a Microsoft Forms export answered by several respondents (the coordinator's latest row counts) and the corps as a roster with start and stop days; a leadership dashboard with the cover as KPI cards, indicators and corps by half-year column groups with small numbers hidden ("<5", "*"), sparklines and data bars, and the checklist as a two-level outline of main points and sub-points.
import { build as p141 } from './p141-naestved-forms-svar-flere-besvarere-korps-med-start-stop';
import { build as p142 } from './p142-ringkoebing-skjern-dashboard-halvaar-diskretion-tjekliste-med-underpunkter';
// p143–p144: held out (thirty-first round): the half-year kept in a month calendar made from Excel's calendar template (a sheet per month, weeks by weekdays, the entry under the day's number, the theme as the cell's colour with a legend); Power BI "Eksportér data" exports with their applied filters, aggregated column names, a row counting two activities and Total rows.
import { build as p143 } from './p143-taarnby-maanedskalender-ark-pr-maaned-aktivitet-i-dagens-celle';
import { build as p144 } from './p144-hoersholm-power-bi-eksporteret-data-anvendte-filtre-aggregerede-kolonner';
// p145–p146: held out (thirty-second round): the activity plan kept as a Kanban board drawn in cells (status columns, themes as swimlanes merged down column A, each card one cell of labelled lines, several cards to a row); a plan whose times are all holidays and school weeks in words ("uge 7 (vinterferie)", "inden påske", "Store bededag", "ugen efter pinse", "Grundlovsdag").
import { build as p145 } from './p145-lemvig-kanbantavle-statuskolonner-temabaner-kort-i-celler';
import { build as p146 } from './p146-billund-datoer-som-helligdage-og-ferieuger-i-ord';
// p147–p148: held out (thirty-third round): the plan kept as one sheet per activity (a label | value form on each, labels with and without a colon, in another order, an extra "Budget"), an index of =HYPERLINK() links with the status pulled by formulas, a blank template sheet; a legacy shared workbook with Track Changes: a "Historik" sheet of old values copied from Excel's History list, the revision log in xl/revisions, notes "Ændret af … den …", rows struck through.
import { build as p147 } from './p147-faxe-et-ark-pr-aktivitet-indeks-med-links-skabelonark';
import { build as p148 } from './p148-jammerbugt-delt-projektmappe-spor-aendringer-historikark';
// p149–p150: held out (thirty-fourth round): answers kept in form controls (option buttons in group boxes with linked cells in a hidden column or white text, check boxes with and without a linked cell, drop-downs over the status cell); the activity plan drawn only as shapes on a timeline (boxes above and below an arrow, the fill the theme by a legend of grouped shapes, milestone diamonds named by a text box).
import { build as p149 } from './p149-glostrup-formularkontroller-alternativknapper-afkrydsning-rulleliste';
import { build as p150 } from './p150-stevns-tidslinje-tegnet-med-figurer';
// p151–p152: held out (thirty-fifth round): a list exported as UTF-8 CSV and opened in Danish Excel as Windows-1252 (mojibake in every text, headers too; rows typed later correct; a few cells with the letter lost, U+FFFD); a pasted screenshot of last half-year's plan over the top of the current plan's cells, and checklist answers only in a picture over their empty cells.
import { build as p151 } from './p151-koebenhavn-mojibake-utf8-laest-som-cp1252';
import { build as p152 } from './p152-guldborgsund-skaermbillede-af-planen-billede-over-celler';
// p153–p154: held out (thirty-sixth round): the plan kept as a RACI matrix (one column per role holding R, A, C or I, no responsible column, a legend under it); the plan sheet copied before every monthly status meeting (eleven snapshot sheets, tabs out of month order, a "(kopi)" twin, "Uændret" as a status).
import { build as p153 } from './p153-hoeje-taastrup-ansvarsmatrix-raci-bogstaver-pr-rolle';
import { build as p154 } from './p154-guldborgsund-maanedlige-statuskopier-ark-pr-statusmoede';
// p155–p156: held out (thirty-seventh round): a semicolon CSV opened in an Excel whose list separator is the comma (every line whole in column A, quoted fields, doubled quotes, an empty field, a record continued in the next row); the municipality's own template with its instruction texts left in the cells, an example row and an instructions block.
import { build as p155 } from './p155-roedovre-semikolon-csv-i-een-kolonne-engelsk-listeseparator';
import { build as p156 } from './p156-lejre-kommunens-skabelon-pladsholdere-eksempelraekke-vejledning';
// p157–p158: held out (thirty-eighth round): one sheet per person (the responsible only in the tab's name, a joint sheet with its own column, COUNTIF counts per person, a hidden template); a plan in Danish and Arabic (a translation column, a header on two rows, Arabic-only rows for parents, a right-to-left tab, direction marks around numbers).
import { build as p157 } from './p157-favrskov-et-ark-pr-person-faelles-ark-optaelling-skjult-skabelon';
import { build as p158 } from './p158-broendby-tosproget-dansk-arabisk-oversaettelseskolonne-hoejre-mod-venstre-ark';
// p159–p160: held out (thirty-ninth round): plans that came out of another program: a Microsoft Project export (outline level as a number, weekday dates as text, resource names with units, a resource sheet); a SurveyXact dataset (cover facts and checklist answers as codes, the codebook on two sheets).
import { build as p159 } from './p159-svendborg-ms-project-eksport-dispositionsniveau-ressourcenavne-ugedagsdatoer';
import { build as p160 } from './p160-horsens-surveyxact-datasaet-koder-og-vaerdilabels';
import { build as p161 } from './p161-gribskov-faerdige-og-droppet-blokke-graa-bannerraekker';
import { build as p162 } from './p162-halsnaes-gentages-kolonne-tilbagevendende-aktiviteter';
import { build as p163 } from './p163-furesoe-partnerblokke-side-om-side-mindst-faerdige-status';
import { build as p164 } from './p164-hilleroed-ark-pr-kvartal-fortsat-paa-naeste-ark';
import { build as p165 } from './p165-silkeborg-halvaarsgrupper-til-hoejre-oprindelig-og-ny-frist';
import { build as p166 } from './p166-slagelse-overstregede-raekker-rettet-kopi-under-dateret-statushistorik';
import { build as p167 } from './p167-varde-styregruppens-dagsorden-punkter-med-tider-beslutninger';
import { build as p168 } from './p168-aeroe-plan-og-egen-to-do-liste-graa-kursiv-initialer';
import { build as p169 } from './p169-fanoe-fleraarsplan-kolonnegruppe-pr-aar';
import { build as p170 } from './p170-lolland-faelles-koordinator-ark-pr-kommune';
import { build as p171 } from './p171-ballerup-huskeliste-grupperet-efter-svar';
import { build as p172 } from './p172-gentofte-huskeliste-rettede-kryds-overstreget';
import { build as p173 } from './p173-bornholm-sendt-retur-sekretariatets-bemaerkning-svar-fra-kommunen';
import { build as p174 } from './p174-gentofte-konsulentens-rettelser-ny-aendret-slet-markeringer';
import { build as p175 } from './p175-herlev-afdelingens-handleplaner-ark-pr-indsats';
import { build as p176 } from './p176-syddjurs-to-indsatsers-planer-paa-et-ark-sidste-aars-plan';
import { build as p177 } from './p177-roskilde-forandringsteori-tidsplan-samme-aktivitet-to-gange';
import { build as p178 } from './p178-aalborg-maalhierarki-nummereret-succeskriterier-maalejer';
import { build as p179 } from './p179-norddjurs-kopieret-plan-gammelt-halvaar-i-titel-afsluttede-oeverst';
import { build as p180 } from './p180-samsoe-overfoert-kolonne-ny-frist-status-pr-dato-udgaar';

export const PLANS: readonly (() => PlanBuilder)[] = [
  p01,
  p02,
  p03,
  p04,
  p05,
  p06,
  p07,
  p08,
  p09,
  p10,
  p11,
  p12,
  p13,
  p14,
  p15,
  p16,
  p17,
  p18,
  p19,
  p20,
  p21,
  p22,
  p23,
  p24,
  p25,
  p26,
  p27,
  p28,
  p29,
  p30,
  p31,
  p32,
  p33,
  p34,
  p35,
  p36,
  p37,
  p38,
  p39,
  p40,
  p41,
  p42,
  p43,
  p44,
  p45,
  p46,
  p47,
  p48,
  p49,
  p50,
  p51,
  p52,
  p53,
  p54,
  p55,
  p56,
  p58,
  p59,
  p60,
  p61,
  p62,
  p63,
  p64,
  p65,
  p66,
  p67,
  p68,
  p69,
  p70,
  p71,
  p72,
  p73,
  p74,
  p75,
  p76,
  p77,
  p78,
  p79,
  p80,
  p81,
  p82,
  p83,
  p84,
  p85,
  p86,
  p87,
  p88,
  p89,
  p90,
  p91,
  p92,
  p93,
  p94,
  p95,
  p96,
  p97,
  p98,
  p99,
  p100,
  p101,
  p102,
  p103,
  p104,
  p105,
  p106,
  p107,
  p108,
  p109,
  p110,
  p111,
  p112,
  p113,
  p114,
  p115,
  p116,
  p117,
  p118,
  p119,
  p120,
  p121,
  p122,
  p123,
  p124,
  p125,
  p126,
  p127,
  p128,
  p129,
  p130,
  p131,
  p132,
  p133,
  p134,
  p135,
  p136,
  p137,
  p138,
  p139,
  p140,
  p141,
  p142,
  p143,
  p144,
  p145,
  p146,
  p147,
  p148,
  p149,
  p150,
  p151,
  p152,
  p153,
  p154,
  p155,
  p156,
  p157,
  p158,
  p159,
  p160,
  p161,
  p162,
  p163,
  p164,
  p165,
  p166,
  p167,
  p168,
  p169,
  p170,
  p171,
  p172,
  p173,
  p174,
  p175,
  p176,
  p177,
  p178,
  p179,
  p180,
];
