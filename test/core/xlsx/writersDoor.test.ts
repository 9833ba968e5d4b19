// The CPR door on the catalogue's workbooks and round 8's to round 14's and round 16's to round 19's
// probes (with round 9's to round 14's and round 16's to round 19's controls), and on round 15's texts and controls pasted into a cell each as other programs save them (scripts/cpr-writers.ts: Gnumeric, an openpyxl
// script, LibreOffice Calc, Apache POI's XSSF round trip and R's openxlsx, and LibreOffice through
// its own format and through .xls (BIFF8) and back; committed in test/fixtures/writers/cpr/, cpr8/
// … cpr19/). Each program writes
// the package its own way: pretty-printed XML, inline strings, its own styles, notes as VML, places
// dropped or moved. Wherever the number still stands in the saved file (the leak search of `npm
// run prove` looks in every part, in every form), the door must find it; a control (a labelled CVR
// or EAN number, an amount, a phone number) must stay accepted.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { inspectBytes } from '../../../core/inspect';
import { RefusalError } from '../../../core/codes';
import { CPR_PLACE_FIXTURES } from '../../fixtures/cprPlaces';
import { ROUND8_PROBES } from '../../fixtures/cprRound8';
import { ROUND9_PROBES } from '../../fixtures/cprRound9';
import { ROUND10_PROBES } from '../../fixtures/cprRound10';
import { ROUND11_PROBES } from '../../fixtures/cprRound11';
import { ROUND12_PROBES } from '../../fixtures/cprRound12';
import { ROUND13_PROBES } from '../../fixtures/cprRound13';
import { ROUND14_PROBES } from '../../fixtures/cprRound14';
import { ROUND15_CELLS } from '../../fixtures/cprRound15Cells';
import { ROUND16_PROBES } from '../../fixtures/cprRound16';
import { ROUND17_PROBES } from '../../fixtures/cprRound17';
import { ROUND18_PROBES } from '../../fixtures/cprRound18';
import { ROUND19_PROBES } from '../../fixtures/cprRound19';
import { ROUND20_PROBES } from '../../fixtures/cprRound20';
import { ROUND21_PROBES } from '../../fixtures/cprRound21';
import { readerSees } from '../../fixtures/cprRound15';
import { doorOutcome } from '../../fixtures/doorOutcome';
import { findLeaks, searchViews } from '../../../scripts/prove/cpr';

const ROOT = join(__dirname, '..', '..', 'fixtures', 'writers', 'cpr');
const ROOT8 = join(__dirname, '..', '..', 'fixtures', 'writers', 'cpr8');
const ROOT9 = join(__dirname, '..', '..', 'fixtures', 'writers', 'cpr9');
const ROOT10 = join(__dirname, '..', '..', 'fixtures', 'writers', 'cpr10');
const ROOT11 = join(__dirname, '..', '..', 'fixtures', 'writers', 'cpr11');
const ROOT12 = join(__dirname, '..', '..', 'fixtures', 'writers', 'cpr12');
const ROOT13 = join(__dirname, '..', '..', 'fixtures', 'writers', 'cpr13');
const ROOT14 = join(__dirname, '..', '..', 'fixtures', 'writers', 'cpr14');
const ROOT15 = join(__dirname, '..', '..', 'fixtures', 'writers', 'cpr15');
const ROOT16 = join(__dirname, '..', '..', 'fixtures', 'writers', 'cpr16');
const ROOT17 = join(__dirname, '..', '..', 'fixtures', 'writers', 'cpr17');
const ROOT18 = join(__dirname, '..', '..', 'fixtures', 'writers', 'cpr18');
const ROOT19 = join(__dirname, '..', '..', 'fixtures', 'writers', 'cpr19');
const ROOT20 = join(__dirname, '..', '..', 'fixtures', 'writers', 'cpr20');
const ROOT21 = join(__dirname, '..', '..', 'fixtures', 'writers', 'cpr21');
const PROGRAMS = [
  'gnumeric',
  'openpyxl',
  'libreoffice',
  'poi',
  'openxlsx',
  'libreoffice-ods',
  'libreoffice-xls',
] as const;

/**
 * Saved copies in which the program rewrote the number into something that is no CPR number, so
 * the leak search's loose pattern (nine or ten digits with any separators) finds digits a careful
 * reader would not read as one.
 */
const REWRITTEN: Readonly<Record<string, string>> = {
  // The error cell's text "020252-1002" became the formula =20252-1002 (19250): a subtraction.
  'libreoffice/errorCell': 'LibreOffice reads the error text as a formula, 20252-1002',
  'libreoffice-ods/errorCell': 'LibreOffice reads the error text as a formula, 20252-1002',
  'libreoffice-xls/errorCell': 'LibreOffice reads the error text as a formula, 20252-1002',
  // "&12" (font size 12) glued to 0110721121 became "&C20110721121": eleven digits in a row.
  'gnumeric/headerFooterFontSizeGlued': 'Gnumeric keeps one digit of the font size: 11 digits',
  // Round 11's. .xls has no ANCHORARRAY: LibreOffice writes the joining formula into it as NA(), and
  // the spill's two numbers stand in cells of their own (210395 and 1121), which the loose pattern
  // reads across.
  'libreoffice-xls/spillJoinedByAnchorArray': 'LibreOffice writes the ANCHORARRAY formula into .xls as NA()',
  // Round 13's. The table whose column names (its header row turned off) said the two cells are a
  // CPR number's date and serial comes back through .ods and .xls with its columns named "Column1",
  // "Column2", …: "040888" and "1343" stand in two cells nothing names, which no reader joins.
  ...Object.fromEntries(
    ['libreoffice-ods', 'libreoffice-xls'].map((p) => [
      `${p}/participantsTableHiddenHeader`,
      'LibreOffice loses the column names that said the two cells are one number',
    ]),
  ),
  // Round 16's. .xls has no TEXTJOIN: LibreOffice writes the formula into it as NA(), and the two
  // pieces stand in cells of their own with a hidden column between, under no header that names
  // them (round 16: such pieces stay two values), which the loose pattern reads across.
  'libreoffice-xls/textJoinOverHiddenColumn': 'LibreOffice writes the TEXTJOIN formula into .xls as NA()',
  // Round 17's. .xls has no tables: LibreOffice drops the table and writes the formula that joined
  // its columns by structured references as NA(); "250387" and "1725" stand in two cells under
  // "Dato" and "Nr", which name no CPR number (a date and a number), side by side in the shared
  // strings, which the loose pattern reads across.
  'libreoffice-xls/structuredReferenceJoin':
    'LibreOffice drops the table and writes the structured references into .xls as NA()',
};

/**
 * Saved copies the program itself damaged (the package is not valid), refused as such: a control
 * there is refused, not accepted, and the refusal is the right answer.
 */
const DAMAGED: Readonly<Record<string, string>> = {
  // Cells written without a reference (legal: each follows the one before) come out as
  // <row r="0"><c r="0">, which no program can place.
  'openxlsx/control.amountInCellWithoutReference': 'openxlsx writes the cells without a reference as r="0"',
  // Round 9's. openxlsx writes its own note shape and then the VML part it read, inside the first
  // <xml>, which is never closed (every note's copy is refused so).
  'openxlsx/control.noteElevenDigitsALine':
    'openxlsx writes the VML part it read inside its own, <xml> unclosed',
  // Round 12's. openxlsx reads the UTF-16 big-endian shared strings as no text, and writes the cell's
  // reference to a text that is not there.
  'openxlsx/control.utf16BigEndianPhone': 'openxlsx writes a reference to a shared text it could not read',
};

/**
 * Saved copies in which the program lost a number that showed only through a format, a formula or
 * a form the leak search cannot see (base64, marks between its digits): the part that showed it is
 * gone, or the program rewrote it into no number. Every other such copy must still be found.
 */
const LOST: Readonly<Record<string, string>> = {
  // The catalogue's.
  'gnumeric/chartNumberCacheFormatLiteral': "Gnumeric drops the chart's cache",
  'gnumeric/chartNumberCacheExponent': "Gnumeric drops the chart's cache",
  'libreoffice/chartNumberCacheFormatLiteral': "LibreOffice empties the chart's cache",
  'libreoffice-ods/chartNumberCacheFormatLiteral': "LibreOffice empties the chart's cache",
  'libreoffice/chartNumberCacheExponent': "LibreOffice empties the chart's cache",
  'libreoffice-ods/chartNumberCacheExponent': "LibreOffice empties the chart's cache",
  'gnumeric/pivotCacheMinValueExponent': 'Gnumeric drops the pivot cache',
  'gnumeric/pivotCacheFieldFormatLiteral': 'Gnumeric drops the pivot cache',
  'openpyxl/pivotCacheMinValueExponent': 'openpyxl drops the pivot cache',
  'libreoffice/pivotCacheMinValueExponent': 'LibreOffice drops the pivot cache',
  'libreoffice-ods/pivotCacheMinValueExponent': 'LibreOffice drops the pivot cache',
  'libreoffice/pivotCacheFieldFormatLiteral': 'LibreOffice drops the pivot cache',
  'libreoffice-ods/pivotCacheFieldFormatLiteral': 'LibreOffice drops the pivot cache',
  'openxlsx/pivotCacheMinValueExponent': 'openxlsx drops the pivot cache',
  'openxlsx/pivotCacheFieldFormatLiteral': 'openxlsx drops the pivot cache',
  // Through .xls (BIFF8) and back, LibreOffice loses what its own .xlsx save loses.
  'libreoffice-xls/chartNumberCacheFormatLiteral': "LibreOffice empties the chart's cache",
  'libreoffice-xls/chartNumberCacheExponent': "LibreOffice empties the chart's cache",
  'libreoffice-xls/pivotCacheMinValueExponent': 'LibreOffice drops the pivot cache',
  'libreoffice-xls/pivotCacheFieldFormatLiteral': 'LibreOffice drops the pivot cache',
  // Round 8's.
  'gnumeric/cdataSplitInTextBox': 'Gnumeric drops the text box',
  'openpyxl/cdataSplitInTextBox': 'openpyxl drops the drawing',
  'gnumeric/chartEmbeddedWorkbook': 'Gnumeric drops the embedded workbook',
  'libreoffice/chartEmbeddedWorkbook': 'LibreOffice drops the embedded workbook',
  'libreoffice-ods/chartEmbeddedWorkbook': 'LibreOffice drops the embedded workbook',
  'gnumeric/chartNumberCacheDateTime': "Gnumeric drops the chart's cache (the cell it refers to is empty)",
  'libreoffice/chartNumberCacheDateTime': "LibreOffice empties the chart's cache",
  'libreoffice-ods/chartNumberCacheDateTime': "LibreOffice empties the chart's cache",
  'gnumeric/customPropertyR8Exponent': 'Gnumeric drops the custom properties',
  'openpyxl/customPropertyR8Exponent': 'openpyxl drops the custom properties',
  'openxlsx/customPropertyR8Exponent': 'openxlsx drops the custom properties',
  'gnumeric/pivotDateTimeFormat': 'Gnumeric drops the pivot cache',
  'libreoffice/pivotDateTimeFormat': 'LibreOffice drops the pivot cache (no pivot table uses it)',
  'libreoffice-ods/pivotDateTimeFormat': 'LibreOffice drops the pivot cache (no pivot table uses it)',
  'openxlsx/pivotDateTimeFormat': 'openxlsx drops the pivot cache',
  // CONCAT({"060595","-0854"}) becomes CONCAT({60595,-854}), "60595-854": its strings made numbers.
  'gnumeric/formulaArrayConstant': 'Gnumeric makes the array’s strings numbers',
  // LET is unknown to Gnumeric: the formula is kept as the text of an error, ERROR("...LET(...)").
  'gnumeric/formulaLet': 'Gnumeric keeps the LET formula as an error’s text',
  // Through .xls and back.
  'libreoffice-xls/chartEmbeddedWorkbook': 'LibreOffice drops the embedded workbook',
  'libreoffice-xls/chartNumberCacheDateTime': "LibreOffice empties the chart's cache",
  'libreoffice-xls/pivotDateTimeFormat': 'LibreOffice drops the pivot cache (no pivot table uses it)',
  // .xls has no LET: LibreOffice writes the formula as NA().
  'libreoffice-xls/formulaLet': 'LibreOffice writes the LET formula into .xls as NA()',
  // Round 9's. An add-in's (web extension's) part and a custom XML item are dropped by every program
  // but POI (LibreOffice keeps the task pane, not the add-in's part it names).
  ...Object.fromEntries(
    ['gnumeric', 'openpyxl', 'libreoffice', 'openxlsx', 'libreoffice-ods', 'libreoffice-xls'].flatMap((p) => [
      [`${p}/webExtensionJsonEscapes`, `${p} drops the add-in's part`],
      [`${p}/customXmlBase64Wrapped`, `${p} drops the custom XML item`],
    ]),
  ),
  // .xls has no SEQUENCE, and LibreOffice writes DEC2OCT into it as NA() too.
  'libreoffice-xls/formulaDec2Oct': 'LibreOffice writes the DEC2OCT formula into .xls as NA()',
  'libreoffice-xls/formulaSequenceReverse': 'LibreOffice writes the SEQUENCE formula into .xls as NA()',
  // openxlsx drops a formula saved without its result in a number cell (<c r="B2"/> is left).
  ...Object.fromEntries(
    [
      'formulaInt',
      'formulaTrunc',
      'formulaRoundDown',
      'formulaMod',
      'formulaArithmetic',
      'formulaHex2Dec',
      'formulaPower',
      'formulaAbs',
      'formulaNumberValueGrouped',
      'definedNameArrayJoined',
    ].map((id) => [`openxlsx/${id}`, 'openxlsx drops a number formula saved without its result']),
  ),
  // Round 10's. A number format no cell uses is dropped by every program but POI (openpyxl cannot
  // open those probes at all).
  ...Object.fromEntries(
    ['gnumeric', 'libreoffice', 'openxlsx', 'libreoffice-ods', 'libreoffice-xls'].flatMap((p) => [
      [`${p}/unusedFormatEscapedDigits`, `${p} drops a number format no cell uses`],
      [`${p}/unusedFormatQuotedSplit`, `${p} drops a number format no cell uses`],
    ]),
  ),
  'gnumeric/jpegCommentThaiUtf8': 'Gnumeric writes the picture as an empty part (xl/media/image1.image)',
  'openpyxl/jpegCommentThaiUtf8': 'openpyxl drops the picture',
  'openpyxl/pngITxtBengaliUtf8': 'openpyxl drops the picture',
  'openpyxl/pngWithZipAfterEnd': 'openpyxl drops the picture',
  // LibreOffice writes the picture anew (69 bytes), without the archive that followed its end.
  ...Object.fromEntries(
    ['libreoffice', 'libreoffice-ods', 'libreoffice-xls'].map((p) => [
      `${p}/pngWithZipAfterEnd`,
      `${p} writes the picture anew, without what followed its end`,
    ]),
  ),
  // &"Arial,Fed" (a font code) between the digits becomes the text Arial,Fed": letters between them.
  'gnumeric/headerFontCodeInside': 'Gnumeric writes the font code between the digits as text',
  'gnumeric/textBoxCommentInside': 'Gnumeric drops the text box',
  'gnumeric/textBoxField': 'Gnumeric drops the text box',
  'openpyxl/textBoxCommentInside': 'openpyxl drops the drawing',
  'openpyxl/textBoxField': 'openpyxl drops the drawing',
  ...Object.fromEntries(
    ['formulaDecimalBase36', 'formulaBitXor', 'formulaCeiling', 'formulaSumProduct'].map((id) => [
      `openxlsx/${id}`,
      'openxlsx drops a number formula saved without its result',
    ]),
  ),
  // .xls has none of these functions: LibreOffice writes each formula into it as NA().
  ...Object.fromEntries(
    ['formulaRegexReplace', 'formulaTextSplitIndex', 'formulaArrayToText', 'formulaHstackConcat'].map(
      (id) => [`libreoffice-xls/${id}`, 'LibreOffice writes the formula into .xls as NA()'],
    ),
  ),
  // Round 11's. A custom property's stream and a VBA project are dropped by every program but POI
  // (openxlsx keeps the VBA project, and its copy is refused for its macros).
  ...Object.fromEntries(
    ['gnumeric', 'openpyxl', 'libreoffice', 'openxlsx', 'libreoffice-ods', 'libreoffice-xls'].map((p) => [
      `${p}/customPropertyStreamUtf16`,
      `${p} drops the custom properties`,
    ]),
  ),
  ...Object.fromEntries(
    ['gnumeric', 'openpyxl', 'libreoffice', 'libreoffice-ods', 'libreoffice-xls'].map((p) => [
      `${p}/vbaModuleSource`,
      `${p} drops the VBA project`,
    ]),
  ),
  'gnumeric/emzPictureText': 'Gnumeric writes the picture as an empty part (xl/media/image1.image)',
  'gnumeric/textBoxHiddenRunInside': 'Gnumeric drops the text box',
  'openpyxl/emfPictureText': 'openpyxl drops the picture',
  'openpyxl/emzPictureText': 'openpyxl drops the picture',
  'openpyxl/textBoxHiddenRunInside': 'openpyxl drops the drawing',
  // openpyxl keeps a rich text's characters, not its runs' fonts: the x in a one-point white run
  // between the digits now shows ("Borger 1503x95-1115").
  'openpyxl/hiddenRunInsideNumber': 'openpyxl drops the runs’ fonts: the hidden x shows between the digits',
  // Round 12's. A picture's or a shape's title and description (written in UTF-16, or in character
  // references), the internal DTD's entity, a chart point's own format, a table's totals row formula
  // and Power Query's DataMashup item are dropped by the programs named (the table's column names
  // are written anew from its header cells by LibreOffice and POI, Gnumeric drops the table).
  ...Object.fromEntries(
    ['gnumeric', 'openpyxl', 'libreoffice', 'libreoffice-ods', 'libreoffice-xls'].flatMap((p) => [
      [`${p}/utf16DrawingPictureTitle`, `${p} drops the picture's title`],
      [`${p}/charRefsInAltText`, `${p} drops the shape's description`],
    ]),
  ),
  ...Object.fromEntries(
    ['gnumeric', 'libreoffice', 'libreoffice-ods', 'libreoffice-xls'].flatMap((p) => [
      [`${p}/internalDtdEntity`, `${p} drops the entity's text`],
      [`${p}/chartPointFormatCode`, `${p} drops the chart point's own format`],
      [`${p}/tableTotalsRowFormula`, `${p} drops the totals row formula`],
      [`${p}/tableColumnNameEscapes`, `${p} names the table's column from its header cell`],
    ]),
  ),
  'poi/tableColumnNameEscapes': "POI names the table's column from its header cell",
  ...Object.fromEntries(
    ['gnumeric', 'openpyxl', 'libreoffice', 'openxlsx', 'libreoffice-ods', 'libreoffice-xls'].map((p) => [
      `${p}/dataMashupUtf16`,
      `${p} drops the custom XML item (Power Query's DataMashup)`,
    ]),
  ),
  // LAMBDA is unknown to Gnumeric: each formula is kept as the text of an error, ERROR("...").
  ...Object.fromEntries(
    [
      'formulaLambdaInline',
      'formulaLambdaNamed',
      'formulaReduceLambda',
      'formulaLetBoundLambda',
      'formulaMapLambda',
    ].flatMap((id) => [
      [`gnumeric/${id}`, 'Gnumeric keeps the LAMBDA formula as an error’s text'],
      [`libreoffice-xls/${id}`, 'LibreOffice writes the LAMBDA formula into .xls as NA()'],
    ]),
  ),
  // SORT({"290496";"1229"}) becomes SORT({290496;1229}): numbers, sorted 1229 first.
  'gnumeric/formulaSortJoined': 'Gnumeric makes the array’s strings numbers',
  'libreoffice-xls/formulaSortJoined': 'LibreOffice writes the SORT formula into .xls as NA()',
  'libreoffice-xls/formulaTextAfter': 'LibreOffice writes the TEXTAFTER formula into .xls as NA()',
  // Round 13's. Gnumeric drops the table (whose column names alone said CPR), the external link and
  // the data validation; openpyxl and openxlsx write app.xml anew, without the template's path.
  'gnumeric/participantsTableHiddenHeader': 'Gnumeric drops the table that named the columns',
  'gnumeric/externalLinkSheetNameZeroWidth': 'Gnumeric drops the external link',
  'gnumeric/dataValidationPeopleList': 'Gnumeric drops the data validation',
  'openpyxl/appTemplateFullWidthMinus': "openpyxl writes app.xml anew, without the template's path",
  'openxlsx/appTemplateFullWidthMinus': "openxlsx writes app.xml anew, without the template's path",
  // Round 14's. A sheet's own conditional number format (x14, in the sheet's extLst) is dropped by
  // every program but LibreOffice and POI, and LibreOffice writes its format as "General"; the
  // embedded Word document and workbook and Power Query's DataMashup item (UTF-8) are dropped by
  // every program but POI (openxlsx keeps the embedded files); Gnumeric drops the chart's cache and
  // LibreOffice empties it; openxlsx drops an inline rich text (its cell is left empty).
  ...Object.fromEntries(
    ['gnumeric', 'openpyxl', 'openxlsx', 'libreoffice-ods', 'libreoffice-xls'].map((p) => [
      `${p}/x14ConditionalFormatNumberFormat`,
      `${p} drops the sheet's own conditional number format`,
    ]),
  ),
  'libreoffice/x14ConditionalFormatNumberFormat':
    'LibreOffice writes the conditional number format as General',
  ...Object.fromEntries(
    ['gnumeric', 'openpyxl', 'libreoffice', 'libreoffice-ods', 'libreoffice-xls'].flatMap((p) => [
      [`${p}/embeddedWordDocument`, `${p} drops the embedded document`],
      [`${p}/embeddedWorkbookInSheet`, `${p} drops the embedded workbook`],
    ]),
  ),
  ...Object.fromEntries(
    ['gnumeric', 'openpyxl', 'libreoffice', 'openxlsx', 'libreoffice-ods', 'libreoffice-xls'].map((p) => [
      `${p}/dataMashupUtf8`,
      `${p} drops the custom XML item (Power Query's DataMashup)`,
    ]),
  ),
  'gnumeric/chartCategoryDateLiteralSerial': "Gnumeric drops the chart's cache",
  ...Object.fromEntries(
    ['libreoffice', 'libreoffice-ods', 'libreoffice-xls'].map((p) => [
      `${p}/chartCategoryDateLiteralSerial`,
      `${p} empties the chart's cache`,
    ]),
  ),
  'openxlsx/inlineRichTextSplitsDigits': 'openxlsx drops the inline rich text (the cell is left empty)',
  // Round 16's.
  'openxlsx/richRunsCutAtLineBreak': 'openxlsx drops the inline rich text (the cell is left empty)',
  // Round 17's. A part no relationship reaches that a viewer opens on its own (a PDF, an RTF
  // document, an MP3, a 3D model, ink, a pivot table) is dropped by every program but POI; openpyxl
  // drops the pictures, Gnumeric writes the JPEG as an empty part and LibreOffice writes the GIF into
  // .xls as a PNG anew (without its comment). Gnumeric drops the table and keeps the formula that
  // joined its columns by structured references as an error's text, ERROR("Tabel1[[#This Row],…").
  ...Object.fromEntries(
    ['gnumeric', 'openpyxl', 'libreoffice', 'openxlsx', 'libreoffice-ods', 'libreoffice-xls'].flatMap((p) => [
      [`${p}/pdfCompressedPage`, `${p} drops the PDF part`],
      [`${p}/rtfUnicodeEscapes`, `${p} drops the RTF part`],
      [`${p}/mp3TitleUtf16`, `${p} drops the MP3 part`],
      [`${p}/glbModelNodeName`, `${p} drops the 3D model's part`],
      [`${p}/inkAnnotation`, `${p} drops the ink part`],
      [`${p}/pivotRowHeaderCaption`, `${p} drops the pivot table`],
    ]),
  ),
  'openpyxl/gifComment': 'openpyxl drops the picture',
  'openpyxl/pngCompressedInternationalText': 'openpyxl drops the picture',
  'openpyxl/jpegWindowsComment': 'openpyxl drops the picture',
  'gnumeric/jpegWindowsComment': 'Gnumeric writes the picture as an empty part (xl/media/image1.image)',
  'libreoffice-xls/gifComment': 'LibreOffice writes the GIF into .xls as a PNG anew, without its comment',
  'gnumeric/structuredReferenceJoin': 'Gnumeric drops the table and keeps the formula as an error’s text',
  // Round 18's. A table drawn in the drawing layer (a graphic frame's a:tbl) is dropped by every
  // program but POI and openxlsx; Gnumeric and openpyxl drop the text boxes too; every program but
  // POI drops the people of threaded comments (xl/persons/person.xml); openpyxl and openxlsx drop the
  // validations Excel keeps in the sheet's extLst, with their input message; openxlsx drops the
  // inline rich text. Where the white run hid a letter inside the number, openpyxl writes the cell's
  // and the note's runs as one plain text, and Gnumeric and LibreOffice the chart's title as one run
  // without its colour: the letter shows ('0106x88-1801'), no CPR number is written or shown;
  // LibreOffice reads the note's last run as white too, so only 'Borger 0206' shows. Gnumeric writes
  // the chart's data labels in General, without the format whose currency text held the number.
  ...Object.fromEntries(
    ['gnumeric', 'openpyxl', 'libreoffice', 'libreoffice-ods', 'libreoffice-xls'].flatMap((p) => [
      [`${p}/drawnTableDashPiece`, `${p} drops the table drawn in the drawing`],
      [`${p}/drawnTableCprHeader`, `${p} drops the table drawn in the drawing`],
      [`${p}/drawnTableBirthAndSerialHeaders`, `${p} drops the table drawn in the drawing`],
    ]),
  ),
  ...Object.fromEntries(
    ['gnumeric', 'openpyxl', 'libreoffice', 'libreoffice-ods', 'libreoffice-xls', 'openxlsx'].map((p) => [
      `${p}/threadedCommentPersonName`,
      `${p} drops the threaded comments' people (persons/person.xml)`,
    ]),
  ),
  ...Object.fromEntries(
    ['textBoxRunPresetWhite', 'textBoxRunWindowColour', 'textBoxRunHslWhite', 'textBoxRunScRgbWhite'].flatMap(
      (id) => [
        [`gnumeric/${id}`, 'Gnumeric drops the text box'],
        [`openpyxl/${id}`, 'openpyxl drops the drawing with the text box'],
      ],
    ),
  ),
  'openpyxl/x14InputMessageTitleAndText': 'openpyxl drops the validation kept in the extLst',
  'openxlsx/x14InputMessageTitleAndText': 'openxlsx drops the validation kept in the extLst',
  'openxlsx/inlineRunIndexedWhite': 'openxlsx drops the inline rich text (the cell is left empty)',
  'openpyxl/inlineRunIndexedWhite': 'openpyxl writes the runs as one plain text: the x shows, 0106x88-1801',
  'openpyxl/noteRunIndexedWhite': 'openpyxl writes the note as one plain text: the o shows, 0206o88-1802',
  ...Object.fromEntries(
    ['libreoffice', 'libreoffice-ods', 'libreoffice-xls'].flatMap((p) => [
      [
        `${p}/noteRunIndexedWhite`,
        'LibreOffice writes the note’s white run over the serial too: Borger 0206 shows',
      ],
      [
        `${p}/chartTitleRunPresetWhite`,
        'LibreOffice writes the title as one run without the white: the x shows',
      ],
    ]),
  ),
  'gnumeric/chartTitleRunPresetWhite': 'Gnumeric writes the title as one run without the white: the x shows',
  'gnumeric/chartLabelFormatCurrencyText': 'Gnumeric writes the data labels in General, without the format',
  // Round 19's. A letter or a dash hidden in the colour of what it is drawn on shows where the program
  // did not keep that colour: openpyxl writes a cell's and a note's runs as one plain text (where the
  // cell's font is its fill, the whole text is hidden, the letter with it); LibreOffice writes the
  // hidden run without a colour (the cell's black), or the cell without its font or fill; Gnumeric
  // resolves no workbook palette (indexes in the default palette's colours) and writes a theme fill
  // with a tint otherwise than the run; openxlsx drops the inline rich text. Gnumeric and openpyxl
  // lose the header codes (&K, &1), LibreOffice the &KFFFFFF before the letter; Gnumeric and
  // LibreOffice through .xls drop the first page's footer. Every program but POI drops the number
  // format a pivot field names (Gnumeric and LibreOffice write the field in General; openpyxl and
  // openxlsx keep numFmtId 164 but write no such format into styles.xml).
  ...Object.fromEntries(
    [
      ['paletteIndex10WhiteInline', '0107x89-1901'],
      ['paletteIndex12WhiteShared', '0207o89-1902'],
      ['paletteIndex40WhiteNote', '0307x89-1903'],
      ['paletteIndexAsFill', '0407x89-1904'],
    ].flatMap(([id, shows]): [string, string][] => [
      ...['gnumeric', 'gnumeric-ods'].map((p): [string, string] => [
        `${p}/${id}`,
        `Gnumeric drops the workbook's palette, the index in its default colour: ${shows}`,
      ]),
      [`openpyxl/${id}`, `openpyxl writes the runs as one plain text: ${shows}`],
      ...['libreoffice', 'libreoffice-ods', 'libreoffice-xls'].map((p): [string, string] => [
        `${p}/${id}`,
        `LibreOffice drops the palette's white, the run without a colour: ${shows}`,
      ]),
    ]),
  ),
  'openxlsx/paletteIndex10WhiteInline': 'openxlsx drops the inline rich text (the cell is left empty)',
  'openxlsx/paletteIndexAsFill': 'openxlsx drops the inline rich text (the cell is left empty)',
  // Gnumeric's own copies and its copies through .ods and back lose the same.
  ...Object.fromEntries(
    ['gnumeric', 'gnumeric-ods'].flatMap((p) =>
      (
        [
          [
            'runAsFillThemeTint',
            'Gnumeric writes the tinted theme fill as CACACA, the run black: the x shows',
          ],
          [
            'runAsFillBlackOnBlack',
            'Gnumeric writes the runs as one black run on black: all of it hidden, x included',
          ],
          ['textBoxRunAsBoxFill', 'Gnumeric writes the text box as one run without its colour: the x shows'],
          [
            'textBoxRunAsBoxFillBlack',
            'Gnumeric writes the text box as one run without its colour: the x shows',
          ],
          ['headerWhiteText', 'Gnumeric drops the & of the &K codes: 2107FFFFFFx00000089-1921 shows'],
          ['firstFooterWhiteText', 'Gnumeric drops the first page’s footer'],
          ['headerOnePointText', 'Gnumeric drops the & of the font sizes: 230789x1-1923 shows'],
        ] as const
      ).map(([id, why]): [string, string] => [`${p}/${id}`, why]),
    ),
  ),
  'libreoffice-xls/firstFooterWhiteText': 'LibreOffice through .xls drops the first page’s footer',
  'openpyxl/headerWhiteText': 'openpyxl drops the &KFFFFFF: 2107x89-1921 shows',
  'openpyxl/headerOnePointText': 'openpyxl drops the 1-point size: 230789x-1923 shows',
  ...Object.fromEntries(
    [
      'runAsFillRgbInline',
      'runAsFillRgbShared',
      'runAsFillThemeTint',
      'runAsFillIndexedFill',
      'runAsFillPaletteYellowShared',
      'runAsFillPaletteBothSides',
    ].map((id) => [`openpyxl/${id}`, 'openpyxl writes the runs as one plain text: the letter shows']),
  ),
  ...Object.fromEntries(
    [
      'runAsFillBlackOnBlack',
      'runInheritsWhiteFont',
      'runInheritsFontAsFill',
      'runInheritsFontAsFillThemeTint',
      'conditionalFormatHidesInheritedRun',
    ].map((id) => [
      `openpyxl/${id}`,
      'openpyxl writes the runs as one plain text in the cell’s font, its fill’s colour: all of it hidden, the letter included',
    ]),
  ),
  'openpyxl/noteRunInNoteColour': 'openpyxl writes the note as one plain text: 1807x89-1918 shows',
  'openpyxl/textBoxRunAsBoxFill': 'openpyxl drops the drawing with the text box',
  'openpyxl/textBoxRunAsBoxFillBlack': 'openpyxl drops the drawing with the text box',
  ...Object.fromEntries(
    [
      'runAsFillRgbInline',
      'runAsFillThemeAndRgb',
      'runAsFillBlackOnBlack',
      'runInheritsFontAsFillThemeTint',
      'conditionalFormatHidesInheritedRun',
      'runAsFillPaletteBothSides',
    ].map((id) => [`openxlsx/${id}`, 'openxlsx drops the inline rich text (the cell is left empty)']),
  ),
  ...Object.fromEntries(
    ['libreoffice', 'libreoffice-ods', 'libreoffice-xls'].flatMap((p) => [
      [`${p}/runAsFillThemeTint`, 'LibreOffice writes the runs as one text on a white fill: the x shows'],
      [`${p}/runAsFillBlackOnBlack`, 'LibreOffice writes the runs as one text on a white fill: the x shows'],
      [
        `${p}/runInheritsFontAsFillThemeTint`,
        'LibreOffice writes the x without a colour, the cell’s black on white',
      ],
      [`${p}/runInheritsWhiteFont`, 'LibreOffice writes the o without a colour, the cell’s black: it shows'],
      [
        `${p}/hiddenCellBetweenPiecesThemeTint`,
        'LibreOffice drops the middle cell’s font colour: se note shows',
      ],
      [`${p}/hiddenCellWhiteBetweenPieces`, 'LibreOffice drops the middle cell’s white font: the x shows'],
      [
        `${p}/noteRunInNoteColour`,
        'LibreOffice writes the note’s yellow run over the serial too: Borger 1807 shows',
      ],
      [`${p}/headerWhiteText`, 'LibreOffice drops the &KFFFFFF before the x: it shows'],
    ]),
  ),
  ...Object.fromEntries(
    ['gnumeric', 'openpyxl', 'libreoffice', 'libreoffice-ods', 'libreoffice-xls', 'openxlsx'].flatMap((p) => [
      [`${p}/pivotDateInFieldFormatDash`, `${p} drops the number format the pivot field names`],
      [`${p}/pivotSerialInFieldFormatPadded`, `${p} drops the number format the pivot field names`],
    ]),
  ),
  ...Object.fromEntries(
    [
      'pivotDateInFieldFormatDash',
      'pivotDateInFieldFormatUnderCprHeader',
      'pivotSerialInFieldFormatPadded',
    ].map((id) => [`gnumeric-ods/${id}`, 'Gnumeric through .ods drops the pivot cache']),
  ),
  // Round 20's. The colour that hid a letter or a dash is not kept: openpyxl writes a cell's and a
  // note's runs as one plain text, openxlsx drops the inline rich text, Gnumeric writes a text box as
  // one run without its colour (and a tinted theme colour in a cell's run as black), LibreOffice
  // writes a text box's run in a theme colour with modifiers (lumMod, lumOff) or from the style's
  // font (fontRef) without a colour, a shape filled by its style (fillRef) with no fill and a box
  // filled lighter 80% as white; every program but LibreOffice's own and POI drops a conditional
  // format kept in the sheet's extLst (openxlsx writes <extLst>NA</extLst>); Gnumeric and LibreOffice
  // drop the header's &K codes (Gnumeric and LibreOffice through .xls the & before them), openpyxl
  // keeps one colour for the whole footer. What shows is the letter in the digits, no CPR number.
  ...Object.fromEntries(
    [
      [
        'x14ConditionalFormatHidesCellBetween',
        ['gnumeric', 'gnumeric-ods', 'openpyxl', 'openxlsx', 'libreoffice-ods', 'libreoffice-xls'],
      ],
      [
        'x14ConditionalFormatHidesInheritedRun',
        ['gnumeric', 'gnumeric-ods', 'openpyxl', 'openxlsx', 'libreoffice-ods', 'libreoffice-xls'],
      ],
    ].flatMap(([id, programs]) =>
      (programs as string[]).map((p): [string, string] => [
        `${p}/${id as string}`,
        `${p} drops the conditional format kept in the sheet's extLst`,
      ]),
    ),
  ),
  ...Object.fromEntries(
    [
      'conditionalFillUnderRun',
      'nearWhiteRunInline',
      'nearWhiteRunShared',
      'nearBlackRunOnBlackFill',
      'nearFillRunGold',
      'nearWhiteThemeTintRun',
      'twoNearWhitesInOneText',
      'noteRunInNoteFill',
      'gradientFillUnderRun',
      'patternDarkGridOneColourRun',
    ].map((id) => [
      `openpyxl/${id}`,
      'openpyxl writes the runs as one plain text: the letter is drawn as the rest',
    ]),
  ),
  ...Object.fromEntries(
    [
      'conditionalFillUnderRun',
      'nearWhiteRunInline',
      'nearBlackRunOnBlackFill',
      'runsWithSpacedDash',
      'patternDarkGridOneColourRun',
      'runsOfThreeFonts',
    ].map((id) => [`openxlsx/${id}`, 'openxlsx drops the inline rich text (the cell is left empty)']),
  ),
  ...Object.fromEntries(
    [
      'shapeStyleFillRun',
      'shapeStyleFontOnWhiteFill',
      'textBoxFillLighter80',
      'textBoxRunLighter80',
      'textBoxRunDarker5OnWhite',
      'textBoxRunAlphaZero',
      'textBoxRunSatModGrey',
      'textBoxRunHueModBlue',
    ].flatMap((id) => [
      ...['gnumeric', 'gnumeric-ods'].map((p): [string, string] => [
        `${p}/${id}`,
        'Gnumeric writes the text box as one run without its colour: the x shows',
      ]),
      [`openpyxl/${id}`, 'openpyxl drops the drawing with the text box'],
    ]),
  ),
  ...Object.fromEntries(
    ['libreoffice', 'libreoffice-ods', 'libreoffice-xls'].flatMap((p) => [
      [
        `${p}/shapeStyleFillRun`,
        'LibreOffice writes the shape with no fill and the x without a colour: only the x shows',
      ],
      [
        `${p}/shapeStyleFontOnWhiteFill`,
        'LibreOffice writes the x without the style’s font colour (lt1): it shows',
      ],
      [
        `${p}/textBoxFillLighter80`,
        'LibreOffice writes the box’s lighter 80% fill as white: the x in DAE3F3 shows',
      ],
      [
        `${p}/textBoxRunLighter80`,
        'LibreOffice writes the x without its colour (accent1 lighter 80%): it shows',
      ],
      [
        `${p}/textBoxRunDarker5OnWhite`,
        'LibreOffice writes the x without its colour (bg1 darker 5%): it shows',
      ],
      [`${p}/nearWhiteThemeTintRun`, 'LibreOffice writes the runs as one plain text: the x shows'],
      [`${p}/headerThemeWhite`, 'LibreOffice drops the theme colour code &K00+000 before the x: it shows'],
      [`${p}/formatColor2CellBetweenPieces`, 'LibreOffice writes [Color2]@ as @: the x shows'],
      [
        `${p}/noteRunInNoteFill`,
        'LibreOffice writes the note’s green run over the serial too: Borger 2107 shows',
      ],
      [
        `${p}/zeroWidthColumnBetweenPieces`,
        'LibreOffice writes the width-0 column at a width of 9.14: the middle cell shows',
      ],
      [
        `${p}/patternGray125CellBetween`,
        'LibreOffice writes the gray125 pattern as a solid of its mix, E0A800: the FFC000 text shows on it',
      ],
    ]),
  ),
  'libreoffice-xls/textBoxRunAlphaZero':
    'LibreOffice through .xls writes the transparent x as black: it shows',
  'libreoffice-xls/footerNearWhiteHex':
    'LibreOffice through .xls drops the & of the &K codes: fefefex000000 shows',
  'openpyxl/footerNearWhiteHex':
    'openpyxl keeps one colour for the whole footer (&K000000 first): the x shows',
  'openpyxl/zeroWidthColumnBetweenPieces': 'openpyxl drops the width-0 column: the middle cell shows',
  'openxlsx/patternGray125CellBetween':
    'openxlsx writes the gray125 pattern as solid black: the FFC000 text shows on it',
  ...Object.fromEntries(
    ['gnumeric', 'gnumeric-ods'].flatMap((p) =>
      (
        [
          ['nearWhiteThemeTintRun', 'Gnumeric writes the x’s tinted theme colour as black: it shows'],
          ['headerThemeWhite', 'Gnumeric drops the & of the &K codes: 150700+000x01+00090-2015 shows'],
          ['footerNearWhiteHex', 'Gnumeric drops the & of the &K codes: 1607FEFEFEx00000090-2016 shows'],
          [
            'noteRunInNoteFill',
            'Gnumeric writes the note in its own yellow (FFFFC0): the green x shows on it',
          ],
          [
            'zeroWidthColumnBetweenPieces',
            'Gnumeric writes every column at one width: the middle cell shows',
          ],
          ['narrowColumnBetweenPieces', 'Gnumeric writes every column at one width: the middle cell shows'],
          ['calculatedColumnJoinsLiterals', 'Gnumeric drops the table with its calculated column'],
          ['tableStyleWhiteFontBetween', 'Gnumeric drops the table whose style made the font white'],
          [
            'jpegExifUserCommentAscii',
            'Gnumeric writes the picture as an empty part (xl/media/image1.image)',
          ],
          [
            'jpegExifUserCommentUnicode',
            'Gnumeric writes the picture as an empty part (xl/media/image1.image)',
          ],
        ] as const
      ).map(([id, why]): [string, string] => [`${p}/${id}`, why]),
    ),
  ),
  // Parts and places dropped (every program but POI, unless named).
  ...Object.fromEntries(
    (
      [
        [
          'revisionNewValueInline',
          'the shared workbook’s revision log',
          ['gnumeric', 'gnumeric-ods', 'openpyxl', 'openxlsx', 'libreoffice-ods'],
        ],
        [
          'revisionFormulaJoined',
          'the shared workbook’s revision log',
          ['gnumeric', 'gnumeric-ods', 'openpyxl', 'openxlsx', 'libreoffice-ods'],
        ],
        ['customXmlRecordBirthAndSerial', 'the custom XML item', undefined],
        [
          'definedNameComment',
          'the defined name’s comment',
          ['gnumeric', 'gnumeric-ods', 'libreoffice', 'libreoffice-ods', 'libreoffice-xls'],
        ],
        [
          'queryTableFieldName',
          'the query table',
          ['gnumeric', 'gnumeric-ods', 'openpyxl', 'libreoffice', 'libreoffice-ods', 'libreoffice-xls'],
        ],
        ['printerSettingsAnsiDevice', 'the printer settings (openxlsx writes its own)', undefined],
        [
          'chartSheetCategoryCache',
          'the chart sheet',
          ['gnumeric', 'gnumeric-ods', 'openpyxl', 'libreoffice', 'libreoffice-ods', 'libreoffice-xls'],
        ],
        [
          'calculatedColumnJoinsLiterals',
          'the calculated column’s formula',
          ['libreoffice', 'libreoffice-ods', 'libreoffice-xls'],
        ],
        [
          'pictureAltTextLineBreak',
          'the picture’s description',
          ['gnumeric', 'gnumeric-ods', 'openpyxl', 'libreoffice-xls'],
        ],
        [
          'externalLinkCachedText',
          'the external link',
          ['gnumeric', 'gnumeric-ods', 'libreoffice', 'libreoffice-ods', 'libreoffice-xls'],
        ],
        ['activeXPropertyBag', 'the ActiveX control', undefined],
        // Round 21's.
        ['tableStyleWhiteFontBetween', 'the workbook’s own table style', ['libreoffice', 'libreoffice-ods']],
        ['tableStyleWhiteFontBetween', 'the table whose style made the font white', ['libreoffice-xls']],
        ['jpegExifUserCommentAscii', 'the picture', ['openpyxl']],
        ['jpegExifUserCommentUnicode', 'the picture', ['openpyxl']],
        ['pngITxtCompressed', 'the picture', ['openpyxl']],
        [
          'svgTextInTspans',
          'the SVG picture (LibreOffice keeps only its PNG fallback)',
          ['openpyxl', 'libreoffice', 'libreoffice-ods', 'libreoffice-xls'],
        ],
        [
          'svgTitle',
          'the SVG picture (LibreOffice keeps only its PNG fallback)',
          ['openpyxl', 'libreoffice', 'libreoffice-ods', 'libreoffice-xls'],
        ],
        ['thumbnailExifUserComment', 'the thumbnail', undefined],
        [
          'oleObjectWordStream',
          'the embedded document',
          ['gnumeric', 'gnumeric-ods', 'openpyxl', 'libreoffice', 'libreoffice-ods', 'libreoffice-xls'],
        ],
        [
          'pictureLinkTooltip',
          'the picture’s link',
          ['gnumeric', 'gnumeric-ods', 'openpyxl', 'libreoffice', 'libreoffice-ods', 'libreoffice-xls'],
        ],
        [
          'chartDataLabelFieldTableCache',
          'the data labels’ field table (c15)',
          ['gnumeric', 'gnumeric-ods', 'libreoffice', 'libreoffice-ods', 'libreoffice-xls'],
        ],
        [
          'pivotCalculatedFieldFormula',
          'the calculated field’s formula',
          ['gnumeric', 'gnumeric-ods', 'libreoffice', 'libreoffice-ods', 'libreoffice-xls'],
        ],
        [
          'pivotCalculatedItemFormula',
          'the calculated item',
          ['gnumeric', 'gnumeric-ods', 'openpyxl', 'libreoffice', 'libreoffice-ods', 'libreoffice-xls'],
        ],
        ['namedSheetViewFilterValue', 'the named sheet view', undefined],
        ['appPropertiesCompany', 'app.xml’s company (writes app.xml anew)', ['openpyxl', 'openxlsx']],
        [
          'threadedMentionPersonUserId',
          'the threaded comments’ people (persons/person.xml)',
          ['gnumeric', 'gnumeric-ods', 'openpyxl', 'libreoffice', 'libreoffice-ods', 'libreoffice-xls'],
        ],
      ] as const
    ).flatMap(([id, what, programs]) =>
      (
        programs ?? [
          'gnumeric',
          'gnumeric-ods',
          'openpyxl',
          'openxlsx',
          'libreoffice',
          'libreoffice-ods',
          'libreoffice-xls',
        ]
      ).map((p): [string, string] => [`${p}/${id}`, `${p} drops ${what}`]),
    ),
  ),
};

/**
 * Saved controls the program turned into a CPR number: a colour it did not keep now hides a letter,
 * and what shows is a number; the door must find it (a careful reader of the copy sees one).
 */
const MADE: Readonly<Record<string, string>> = {
  'gnumeric/control.paletteIndex9Dark':
    'Gnumeric drops the palette that made index 9 dark: the x is white on white, 010126-1200 shows',
  'gnumeric/control.paletteIndex1DarkNote':
    'Gnumeric drops the palette that made index 1 dark: the note’s x is white, 010126-1200 shows',
  'gnumeric-ods/control.paletteIndex9Dark':
    'Gnumeric drops the palette that made index 9 dark: the x is white on white, 010126-1200 shows',
  'gnumeric-ods/control.paletteIndex1DarkNote':
    'Gnumeric drops the palette that made index 1 dark: the note’s x is white, 010126-1200 shows', // Round 20's: the dark blue note (its VML fillcolor) is written in Gnumeric's own yellow.
  ...Object.fromEntries(
    ['gnumeric', 'gnumeric-ods'].map((p) => [
      `${p}/control.whiteRunOnDarkNote`,
      'Gnumeric writes the dark note in its own yellow: the white x hides, 010126-1200 shows',
    ]),
  ),
};

/** Whether the file still holds the fixture's number anywhere, in any form the leak search knows. */
function holds(bytes: Uint8Array, id: string, written: string): boolean {
  const texts = Object.entries(unzipSync(bytes)).map(([name, data]) => ({
    where: name,
    text: `${name}\n${strFromU8(data, true)}`,
  }));
  return findLeaks(texts, [{ id, written }]).length > 0;
}

function cprFound(bytes: Uint8Array): boolean | 'refused' {
  try {
    return inspectBytes(bytes, { today: '2026-12-05' }).issues.some((i) => i.code === 'cpr_number');
  } catch (err) {
    if (err instanceof RefusalError) return 'refused';
    throw err;
  }
}

interface Workbook {
  readonly id: string;
  readonly outcome: 'cpr' | 'accepted' | 'refused';
  readonly written: string;
  /** The number shows only through a format, a formula or a form the leak search cannot see. */
  readonly shownOnly?: true;
}

/**
 * The copies a program saved of the workbooks: each number still in a copy must be found (or the
 * copy refused), each control accepted. Returns what is wrong and the figures.
 */
function door(
  program: string,
  dir: string,
  workbooks: readonly Workbook[],
): { saved: number; kept: number; shown: number; wrong: string[] } {
  const files = existsSync(dir) ? new Set(readdirSync(dir)) : new Set<string>();
  const saved = workbooks.filter((f) => files.has(`${f.id}.xlsx`));
  const wrong: string[] = [];
  let kept = 0;
  let shown = 0;
  for (const f of saved) {
    const bytes = new Uint8Array(readFileSync(join(dir, `${f.id}.xlsx`)));
    const found = cprFound(bytes);
    if (DAMAGED[`${program}/${f.id}`] !== undefined) {
      if (found !== 'refused') wrong.push(`${f.id}: damaged by ${program}, yet not refused`);
      continue;
    }
    if (f.outcome === 'accepted') {
      if (found !== false) wrong.push(`${f.id}: a control read as a CPR number (${String(found)})`);
      continue;
    }
    if (REWRITTEN[`${program}/${f.id}`] !== undefined) continue;
    if (!holds(bytes, f.id, f.written)) {
      // A number the leak search cannot see in the original either: found unless the program lost it.
      if (f.shownOnly !== true || LOST[`${program}/${f.id}`] !== undefined) continue;
      shown++;
      if (found === false) wrong.push(`${f.id}: the number still shows in the saved file, not found`);
      continue;
    }
    kept++;
    if (found === false) wrong.push(`${f.id}: the number is in the saved file, not found`);
  }
  return { saved: saved.length, kept, shown, wrong };
}

/**
 * Round 17's measure, stricter than door(): each probe's copy must be found with its place named (the
 * cells of the pieces, or the part), whether or not the leak search still sees the number, unless the
 * program lost or rewrote it (LOST, REWRITTEN; such a copy must then not be found there, or the
 * entry is stale); each control's copy accepted. Returns what is wrong and the figures.
 */
function doorAtPlace(
  program: string,
  dir: string,
  workbooks: readonly (Workbook & { readonly place: RegExp; readonly before?: string })[],
): { saved: number; found: number; lost: number; open: number; wrong: string[] } {
  const files = existsSync(dir) ? new Set(readdirSync(dir)) : new Set<string>();
  const saved = workbooks.filter((f) => files.has(`${f.id}.xlsx`));
  const wrong: string[] = [];
  let found = 0;
  let lost = 0;
  let open = 0;
  for (const f of saved) {
    const o = doorOutcome(new Uint8Array(readFileSync(join(dir, `${f.id}.xlsx`))));
    const named = o.kind === 'cpr' ? o.messages.map((m) => m.en) : [o.message.en];
    if (DAMAGED[`${program}/${f.id}`] !== undefined) {
      if (o.kind !== 'refused') wrong.push(`${f.id}: damaged by ${program}, yet not refused`);
      continue;
    }
    if (f.outcome === 'accepted') {
      if (MADE[`${program}/${f.id}`] !== undefined) {
        if (named.length === 0) wrong.push(`${f.id}: made a CPR number by ${program}, yet not found`);
      } else if (named.length > 0) wrong.push(`${f.id}: a control read as a CPR number (${o.kind})`);
      continue;
    }
    const atPlace = named.some((m) => f.place.test(m));
    const key = `${program}/${f.id}`;
    if (LOST[key] !== undefined || REWRITTEN[key] !== undefined) {
      lost++;
      if (atPlace) wrong.push(`${f.id}: listed as lost by ${program}, yet found at its place`);
      continue;
    }
    if (atPlace) found++;
    // A probe the door still misses in the original (marked `before` in its round) is open there too.
    else if (f.before !== undefined) open++;
    else wrong.push(`${f.id}: not found at its place (${named.length === 0 ? 'missed' : 'named elsewhere'})`);
  }
  return { saved: saved.length, found, lost, open, wrong };
}

describe.each(PROGRAMS)('the CPR catalogue saved by %s', (program) => {
  test('every number still in the file is found; every control stays accepted', () => {
    const { saved, kept, shown, wrong } = door(program, join(ROOT, program), CPR_PLACE_FIXTURES);
    expect(saved).toBeGreaterThanOrEqual(60);
    console.log(
      `${program}: ${saved} saved, ${kept} still hold their number and ${shown} show it, all found`,
    );
    expect(wrong).toEqual([]);
  });
});

describe.each(PROGRAMS)("round 8's probes saved by %s", (program) => {
  test('every number still in the file is found; every control stays accepted', () => {
    const { saved, kept, shown, wrong } = door(program, join(ROOT8, program), ROUND8_PROBES);
    expect(saved).toBeGreaterThanOrEqual(60);
    console.log(
      `${program}: ${saved} of round 8 saved, ${kept} still hold their number and ${shown} show it, all found`,
    );
    expect(wrong).toEqual([]);
  });
});

describe.each(PROGRAMS)("round 9's probes and controls saved by %s", (program) => {
  test('every number still in the file is found; every control stays accepted', () => {
    const { saved, kept, shown, wrong } = door(program, join(ROOT9, program), ROUND9_PROBES);
    // openpyxl cannot save 5 of the 50 (two charts it cannot read back, their control, the text boxes
    // in HSL and scRGB white: "Max value is 100"); openxlsx cannot save the note with a white run
    // ("invalid 'pattern' argument").
    expect(saved).toBeGreaterThanOrEqual(45);
    console.log(
      `${program}: ${saved} of round 9 saved, ${kept} still hold their number and ${shown} show it, all found`,
    );
    expect(wrong).toEqual([]);
  });
});

describe.each(PROGRAMS)("round 10's probes and controls saved by %s", (program) => {
  test('every number still in the file is found; every control stays accepted', () => {
    const { saved, kept, shown, wrong } = door(program, join(ROOT10, program), ROUND10_PROBES);
    // openpyxl cannot save 5 of the 50 (two charts it cannot read back, their control, the text boxes
    // in HSL and scRGB white: "Max value is 100"); openxlsx cannot save the note with a white run
    // ("invalid 'pattern' argument").
    expect(saved).toBeGreaterThanOrEqual(45);
    console.log(
      `${program}: ${saved} of round 10 saved, ${kept} still hold their number and ${shown} show it, all found`,
    );
    expect(wrong).toEqual([]);
  });
});

describe.each(PROGRAMS)("round 11's probes and controls saved by %s", (program) => {
  test('every number still in the file is found; every control stays accepted', () => {
    const { saved, kept, shown, wrong } = door(program, join(ROOT11, program), ROUND11_PROBES);
    expect(saved).toBeGreaterThanOrEqual(40);
    console.log(
      `${program}: ${saved} of round 11 saved, ${kept} still hold their number and ${shown} show it, all found`,
    );
    expect(wrong).toEqual([]);
  });
});

describe.each(PROGRAMS)("round 12's probes and controls saved by %s", (program) => {
  test('every number still in the file is found; every control stays accepted', () => {
    const { saved, kept, shown, wrong } = door(program, join(ROOT12, program), ROUND12_PROBES);
    // openpyxl cannot open 17 of the 56 (charts, number formats without a fill list, Strict).
    expect(saved).toBeGreaterThanOrEqual(39);
    console.log(
      `${program}: ${saved} of round 12 saved, ${kept} still hold their number and ${shown} show it, all found`,
    );
    expect(wrong).toEqual([]);
  });
});

// Round 13's probes that are no workbook (another format sent instead: .ods, flat .ods, CSV, UTF-16
// text, HTML or SpreadsheetML 2003 named .xls, an old .xls, a .xlsb) and its file names have no copy.
describe.each(PROGRAMS)("round 13's probes and controls saved by %s", (program) => {
  test('every number still in the file is found; every control stays accepted', () => {
    const { saved, kept, shown, wrong } = door(program, join(ROOT13, program), ROUND13_PROBES);
    expect(saved).toBeGreaterThanOrEqual(36);
    console.log(
      `${program}: ${saved} of round 13 saved, ${kept} still hold their number and ${shown} show it, all found`,
    );
    expect(wrong).toEqual([]);
  });
});

describe.each(PROGRAMS)("round 14's probes and controls saved by %s", (program) => {
  test('every number still in the file is found; every control stays accepted', () => {
    const { saved, kept, shown, wrong } = door(program, join(ROOT14, program), ROUND14_PROBES);
    // openpyxl cannot open 20 of the 51 (charts, fills it does not know).
    expect(saved).toBeGreaterThanOrEqual(31);
    console.log(
      `${program}: ${saved} of round 14 saved, ${kept} still hold their number and ${shown} show it, all found`,
    );
    expect(wrong).toEqual([]);
  });
});

// Round 16's numbers a reader sees only once their pieces are put together (across a merge or a
// hidden column, through a `0000` format, under a "Pers.nr." header, tab-spaced, labelled): every
// program keeps the merges, the hidden columns, the formats and the headers that make them one.
describe.each(PROGRAMS)("round 16's probes and controls saved by %s", (program) => {
  test('every number still in the file is found; every control stays accepted', () => {
    const { saved, kept, shown, wrong } = door(program, join(ROOT16, program), ROUND16_PROBES);
    // openxlsx cannot save 2 of the 46 (two long notes: "invalid 'pattern' argument").
    expect(saved).toBeGreaterThanOrEqual(44);
    console.log(
      `${program}: ${saved} of round 16 saved, ${kept} still hold their number and ${shown} show it, all found`,
    );
    expect(wrong).toEqual([]);
  });
});

/** The cells a copy's CPR issues name ("Ark1!B2"), or 'refused'. */
function cprCells(bytes: Uint8Array): string[] | 'refused' {
  try {
    return inspectBytes(bytes, { today: '2026-12-05' })
      .issues.filter((i) => i.code === 'cpr_number')
      .map((i) => `${i.sheet ?? ''}!${i.cell ?? ''}`);
  } catch (err) {
    if (err instanceof RefusalError) return 'refused';
    throw err;
  }
}

// Round 15's texts (what a person sends through the other doors) pasted into a workbook cell each.
// No program here changes a text so that no reader would see its number: every refused text's copy
// must be read as a CPR number at its cell, however the program rewrote it (LibreOffice writes a
// lone surrogate and the dash after it as one "?", through .ods drops it, every other program keeps
// Excel's _xD800_ escape), and every control accepted.
describe.each(PROGRAMS)("round 15's texts and controls in a cell, saved by %s", (program) => {
  test('every number is found at its cell; every control stays accepted', () => {
    const dir = join(ROOT15, program);
    const files = existsSync(dir) ? new Set(readdirSync(dir)) : new Set<string>();
    const saved = ROUND15_CELLS.filter((c) => files.has(`${c.id}.xlsx`));
    expect(saved).toHaveLength(ROUND15_CELLS.length);
    const wrong: string[] = [];
    let seen = 0;
    for (const c of saved) {
      const bytes = new Uint8Array(readFileSync(join(dir, `${c.id}.xlsx`)));
      const cells = cprCells(bytes);
      if (c.outcome === 'accepted') {
        if (cells !== 'refused' && cells.length === 0) continue;
        wrong.push(`${c.id}: a control read as a CPR number (${String(cells)})`);
        continue;
      }
      // Whether the leak search, on the text folded as a reader sees it, still finds the number.
      const texts = Object.entries(unzipSync(bytes)).map(([name, data]) => ({
        where: name,
        text: [strFromU8(data, true), strFromU8(data)].flatMap(searchViews).map(readerSees).join('\n'),
      }));
      if (findLeaks(texts, [{ id: c.id, written: c.written }]).length > 0) seen++;
      if (cells === 'refused' || cells.join() !== 'Ark1!B2')
        wrong.push(`${c.id}: not read as one CPR number at Ark1!B2 (${String(cells)})`);
    }
    console.log(
      `${program}: ${saved.length} of round 15 saved, ${seen} still show their number to the leak search, all found`,
    );
    expect(wrong).toEqual([]);
  });
});

// Round 17's pieces across empty spacer columns, forms people write, formulas saved without their
// result and files kept inside the package: every program keeps the empty columns as empty (no
// cell, an empty text, a styled empty cell), so every date and serial across them is found at its
// cells; what is not found is a part or a picture the program dropped or wrote anew, or a formula it
// could not keep (LOST, REWRITTEN).
describe.each(PROGRAMS)("round 17's probes and controls saved by %s", (program) => {
  test('every number still in the file is found at its place; every control stays accepted', () => {
    const { saved, found, lost, wrong } = doorAtPlace(program, join(ROOT17, program), ROUND17_PROBES);
    // openxlsx cannot save 3 of the 57 (two long notes: "invalid 'pattern' argument"; the pivot table).
    expect(saved).toBeGreaterThanOrEqual(54);
    console.log(
      `${program}: ${saved} of round 17 saved, ${found} found at their place, ${lost} lost by the program`,
    );
    expect(wrong).toEqual([]);
  });
});

// Round 18's pivot cache records, tables and text boxes in the drawing, runs in white written
// otherwise than as RGB, a format's currency text, a validation's message box and the whole number in
// pairs: every copy that keeps the place is found there and every control stays accepted; what is not
// found is a part the program dropped (the drawn table, a text box, the threaded comments' people, an
// extLst validation) or a white run it did not keep, so the hidden letter now shows (LOST).
describe.each(PROGRAMS)("round 18's probes and controls saved by %s", (program) => {
  test('every number still in the file is found at its place; every control stays accepted', () => {
    const { saved, found, lost, wrong } = doorAtPlace(program, join(ROOT18, program), ROUND18_PROBES);
    // openpyxl cannot save 5 of the 50 (two charts it cannot read back, their control, the text boxes
    // in HSL and scRGB white: "Max value is 100"); openxlsx cannot save the note with a white run
    // ("invalid 'pattern' argument").
    expect(saved).toBeGreaterThanOrEqual(45);
    console.log(
      `${program}: ${saved} of round 18 saved, ${found} found at their place, ${lost} lost by the program`,
    );
    expect(wrong).toEqual([]);
  });
});

// Round 19's runs and cells in the colour of what they are drawn on (a fill, a note, a text box, the
// theme with a tint, a redefined palette, conditional formats), hidden header and footer text and
// pivot cache values in their field's format: every copy that keeps the place is found there and every
// control stays accepted; what is not found is a part or a colour the program dropped (LOST).
// Gnumeric through .ods and back is kept for round 19 (0.4 MB): its copies lose what Gnumeric's own do,
// and the pivot caches besides.
describe.each([...PROGRAMS, 'gnumeric-ods'])("round 19's probes and controls saved by %s", (program) => {
  test('every number still in the file is found at its place; every control stays accepted', () => {
    const { saved, found, lost, wrong } = doorAtPlace(program, join(ROOT19, program), ROUND19_PROBES);
    // openxlsx cannot save the 4 of the 48 with a note ("invalid 'pattern' argument").
    expect(saved).toBeGreaterThanOrEqual(44);
    console.log(
      `${program}: ${saved} of round 19 saved, ${found} found at their place, ${lost} lost by the program`,
    );
    expect(wrong).toEqual([]);
  });
});

// Round 20's conditional formats kept in the extLst, shapes filled through their style, near-white and
// near-black colours, a 1-point font, formats that show nothing or white, a column of width 0 and new
// forms of old places: every copy that keeps the place is found there and every control stays
// accepted; what is not found is a part, a colour or a form the program dropped (LOST) or rewrote.
describe.each([...PROGRAMS, 'gnumeric-ods'])("round 20's probes and controls saved by %s", (program) => {
  test('every number still in the file is found at its place; every control stays accepted', () => {
    const { saved, found, lost, wrong } = doorAtPlace(program, join(ROOT20, program), ROUND20_PROBES);
    // POI cannot save the chart sheet (58 of 58 but 1); openxlsx neither, nor the 2 coloured notes.
    expect(saved).toBeGreaterThanOrEqual(55);
    console.log(
      `${program}: ${saved} of round 20 saved, ${found} found at their place, ${lost} lost by the program`,
    );
    expect(wrong).toEqual([]);
  });
});

// Round 21's gradient and pattern fills, colour modifiers, a table style's font, columns and rows too
// small to show, text pushed out of its cell, pictures' metadata, SVG text and a pivot table's
// calculated field and item: as round 20's.
describe.each([...PROGRAMS, 'gnumeric-ods'])("round 21's probes and controls saved by %s", (program) => {
  test('every number still in the file is found at its place; every control stays accepted', () => {
    const { saved, found, lost, open, wrong } = doorAtPlace(program, join(ROOT21, program), ROUND21_PROBES);
    // openpyxl cannot save the 2 charts ("'NoneType' object has no attribute 'tagname'").
    expect(saved).toBeGreaterThanOrEqual(56);
    console.log(
      `${program}: ${saved} of round 21 saved, ${found} found at their place, ${lost} lost by the program, ${open} open in the original too`,
    );
    expect(wrong).toEqual([]);
  });
});
