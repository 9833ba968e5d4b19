// Every refusal, in Danish and English, saying what is wrong and what the coordinator can do about
// it. The code is the stable part (core/codes.ts); the wording may name the sheet, cell or part.

import { RefusalError, type RefusalCode } from '../codes';
import type { Message } from '../schema';
import { maskCpr } from '../validate/cpr';
import { DEFAULT_LIMITS, EXCEL_LIMITS } from './limits';

/**
 * A refusal, its messages masked as a whole: besides the places quote() shortens, a refusal may
 * repeat a value it found wrong ("invalid date \"…\"", a cell reference, a row number, an archive's
 * detail), and a CPR number written there is never repeated. Nor is a longer row of digits from a
 * damaged file, which may hold one inside it ("30101901234" where a text's number was expected):
 * such a row is told by how many digits it has. The product's own figures in a refusal (limits,
 * counts, sizes) stay under a billion, so none of them is such a row.
 */
function refusal(code: RefusalCode, da: string, en: string): RefusalError {
  return new RefusalError(code, {
    da: maskCpr(da).replace(LONG_DIGITS, (m) => `[${digitCount(m)} cifre]`),
    en: maskCpr(en).replace(LONG_DIGITS, (m) => `[${digitCount(m)} digits]`),
  });
}

const digitCount = (s: string): number => s.replace(/\D/g, '').length;

/**
 * Nine or more digits in a row, a dash, dot, slash or space allowed between two: a CPR number's ten,
 * nine with its zero lost, or more around one ("3010190-1234"). A date has eight.
 */
const LONG_DIGITS = /\d(?:[-./ ]?\d){8,}/g;

/** 1234567 → "1.234.567" (da) / "1,234,567" (en). */
function num(n: number, lang: 'da' | 'en'): string {
  const s = String(Math.round(n));
  const sep = lang === 'da' ? '.' : ',';
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** A byte count as "5 MB" / "5,2 MB" (da) or "5.2 MB" (en). */
function size(bytes: number, lang: 'da' | 'en'): string {
  if (bytes < 1024 * 1024) return `${num(Math.ceil(bytes / 1024), lang)} kB`;
  const mb = bytes / (1024 * 1024);
  const text = Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
  return `${lang === 'da' ? text.replace('.', ',') : text} MB`;
}

/**
 * Shortens what the file itself says (a part name, a link, a sheet name) before it goes into a
 * message, with any CPR number in it masked: a refusal is printed and logged like any message.
 */
function quote(s: string): string {
  const clean = maskCpr(s).replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}

const SAVE_AGAIN_DA = 'Åbn planen i Excel, vælg Filer > Gem som > Excel-projektmappe (*.xlsx), og prøv igen.';
const SAVE_AGAIN_EN =
  'Open the plan in Excel, choose File > Save As > Excel Workbook (*.xlsx), and try again.';

export const refuse = {
  empty: () =>
    refusal(
      'file_empty',
      'Filen er tom (0 byte). Vælg den gemte projektmappe (.xlsx), og prøv igen.',
      'The file is empty (0 bytes). Choose the saved workbook (.xlsx) and try again.',
    ),

  tooLarge: (bytes: number | undefined, max: number) =>
    refusal(
      'file_too_large',
      `Filen ${bytes === undefined ? 'er for stor' : `fylder ${size(bytes, 'da')}`}; den må højst fylde ${size(max, 'da')}. Slet ubrugte ark, billeder og tomme rækker, gem, og prøv igen.`,
      `The file ${bytes === undefined ? 'is too large' : `is ${size(bytes, 'en')}`}; the limit is ${size(max, 'en')}. Delete unused sheets, pictures and empty rows, save, and try again.`,
    ),

  notWorkbook: () =>
    refusal(
      'not_a_workbook',
      `Filen er ikke en Excel-projektmappe (.xlsx). ${SAVE_AGAIN_DA}`,
      `The file is not an Excel workbook (.xlsx). ${SAVE_AGAIN_EN}`,
    ),

  pdf: () =>
    refusal(
      'not_a_workbook',
      'Filen er en PDF, ikke en Excel-projektmappe. Send selve projektmappen (.xlsx), som planen står i.',
      'The file is a PDF, not an Excel workbook. Send the workbook (.xlsx) the plan is kept in.',
    ),

  otherOffice: (kindDa: string, kindEn: string) =>
    refusal(
      'not_a_workbook',
      `Filen er ${kindDa}, ikke en Excel-projektmappe. Send selve projektmappen (.xlsx), som planen står i.`,
      `The file is ${kindEn}, not an Excel workbook. Send the workbook (.xlsx) the plan is kept in.`,
    ),

  otherSpreadsheet: (kindDa: string, kindEn: string) =>
    refusal(
      'not_a_workbook',
      `Filen er ${kindDa}, ikke en Excel-projektmappe (.xlsx). ${SAVE_AGAIN_DA}`,
      `The file is ${kindEn}, not an Excel workbook (.xlsx). ${SAVE_AGAIN_EN}`,
    ),

  appleNumbers: () =>
    refusal(
      'not_a_workbook',
      'Filen er et Apple Numbers-regneark (.numbers), ikke en Excel-projektmappe. Åbn den i Numbers, vælg Arkiv > Eksporter til > Excel, og prøv igen med den gemte .xlsx-fil.',
      'The file is an Apple Numbers spreadsheet (.numbers), not an Excel workbook. Open it in Numbers, choose File > Export To > Excel, and try again with the saved .xlsx file.',
    ),

  zipWithoutWorkbook: () =>
    refusal(
      'not_a_workbook',
      `Filen er en zip-fil, men der er ingen Excel-projektmappe i den. ${SAVE_AGAIN_DA}`,
      `The file is a zip file with no Excel workbook in it. ${SAVE_AGAIN_EN}`,
    ),

  /**
   * Something that carried the workbook on its way, or points to it, sent in its place: the mail's
   * text of it, an archive, a shortcut, a lock or companion file (core/xlsx/transit.ts).
   */
  inTransit: (kindDa: string, kindEn: string, doDa: string, doEn: string) =>
    refusal(
      'not_a_workbook',
      `Filen er ${kindDa}, ikke selve Excel-projektmappen. ${doDa} Send selve projektmappen (.xlsx), og prøv igen.`,
      `The file is ${kindEn}, not the Excel workbook itself. ${doEn} Send the workbook (.xlsx) itself and try again.`,
    ),

  /** A zip the user made of one or more workbooks (names: the workbooks' entries, at most three). */
  zipOfWorkbooks: (names: readonly string[], count: number): RefusalError => {
    const list = names.map((n) => `"${quote(n)}"`);
    const more = count > names.length ? ` (+${count - names.length})` : '';
    return count === 1
      ? refuse.inTransit(
          `en zip-fil med projektmappen ${list[0]} i`,
          `a zip file with the workbook ${list[0]} in it`,
          'Pak zip-filen ud (højreklik > Udpak alle).',
          'Unpack the zip file (right-click > Extract All).',
        )
      : refuse.inTransit(
          `en zip-fil med ${count} projektmapper i (${list.join(', ')}${more})`,
          `a zip file with ${count} workbooks in it (${list.join(', ')}${more})`,
          'Pak zip-filen ud, og vælg den ene projektmappe, planen står i.',
          'Unpack the zip file and choose the one workbook the plan is kept in.',
        );
  },

  /** A workbook's parts unpacked and zipped again inside a folder: no reader finds them there. */
  workbookInFolder: (folder: string): RefusalError =>
    refuse.inTransit(
      `en projektmappes dele, pakket ud og pakket igen i mappen "${quote(folder)}"`,
      `a workbook's parts, unpacked and zipped again inside the folder "${quote(folder)}"`,
      'Sådan kan Excel ikke åbne den: åbn den oprindelige projektmappe i Excel, og gem den igen.',
      'Excel cannot open it that way: open the original workbook in Excel and save it again.',
    ),

  /** Nothing but zero bytes: the content never came along. */
  zerosOnly: () =>
    refusal(
      'file_truncated',
      'Filen indeholder kun nul-bytes, så projektmappens indhold er aldrig kommet med (fx en OneDrive- eller SharePoint-fil, der ikke var hentet ned på computeren, eller en disk- eller kopieringsfejl). Åbn projektmappen i Excel, gem den, og prøv igen.',
      "The file holds only zero bytes, so the workbook's content never came along (a OneDrive or SharePoint file not yet downloaded to the computer, say, or a disk or copy error). Open the workbook in Excel, save it, and try again.",
    ),

  legacyXls: () =>
    refusal(
      'legacy_xls',
      'Filen er i det gamle Excel-format (.xls). Åbn den i Excel, vælg Filer > Gem som > Excel-projektmappe (*.xlsx), og prøv igen.',
      'The file is in the old Excel format (.xls). Open it in Excel, choose File > Save As > Excel Workbook (*.xlsx), and try again.',
    ),

  encrypted: () =>
    refusal(
      'encrypted_workbook',
      'Projektmappen er beskyttet med en adgangskode, så den kan ikke læses. Fjern adgangskoden og prøv igen (i Excel: Filer > Oplysninger > Beskyt projektmappe > Krypter med adgangskode, slet adgangskoden, og gem).',
      'The workbook is protected with a password, so it cannot be read. Remove the password and try again (in Excel: File > Info > Protect Workbook > Encrypt with Password, clear the password, and save).',
    ),

  rightsManaged: () =>
    refusal(
      'encrypted_workbook',
      'Projektmappen er beskyttet med rettighedsstyring (IRM: Begræns adgang, eller en følsomhedsmærkat der krypterer), så kun de personer, den er delt med, kan åbne den – ikke korpsplan. Fjern beskyttelsen og prøv igen (i Excel: Filer > Oplysninger > Beskyt projektmappe > Begræns adgang > Ubegrænset adgang, eller vælg en mærkat uden kryptering, og gem).',
      'The workbook is protected with rights management (IRM: Restrict Access, or a sensitivity label that encrypts), so only the people it is shared with can open it – not korpsplan. Remove the protection and try again (in Excel: File > Info > Protect Workbook > Restrict Access > Unrestricted Access, or choose a label without encryption, and save).',
    ),

  encryptedEntry: (name: string) =>
    refusal(
      'encrypted_workbook',
      `En del af filen (${quote(name)}) er krypteret med en adgangskode. Fjern adgangskoden og prøv igen: åbn projektmappen i Excel, og gem den som en almindelig Excel-projektmappe (*.xlsx).`,
      `Part of the file (${quote(name)}) is encrypted with a password. Remove the password and try again: open the workbook in Excel and save it as a plain Excel Workbook (*.xlsx).`,
    ),

  truncated: () =>
    refusal(
      'file_truncated',
      'Filen er ufuldstændig – den ser ud til at være blevet afbrudt under upload eller kopiering. Gem projektmappen igen i Excel, og prøv igen.',
      'The file is incomplete – it seems to have been cut off while uploading or copying. Save the workbook again in Excel and try again.',
    ),

  zipInvalid: (detailDa: string, detailEn: string) =>
    refusal(
      'zip_invalid',
      `Filen er beskadiget og kan ikke læses (${detailDa}). ${SAVE_AGAIN_DA}`,
      `The file is damaged and cannot be read (${detailEn}). ${SAVE_AGAIN_EN}`,
    ),

  tooManyEntries: (count: number, max: number) =>
    refusal(
      'zip_too_many_entries',
      `Filen består af ${num(count, 'da')} dele; en projektmappe må højst have ${num(max, 'da')}. Det er ikke en almindelig plan. ${SAVE_AGAIN_DA}`,
      `The file consists of ${num(count, 'en')} parts; a workbook may have at most ${num(max, 'en')}. This is not an ordinary plan. ${SAVE_AGAIN_EN}`,
    ),

  unsafeName: (name: string, whyDa: string, whyEn: string) =>
    refusal(
      'zip_entry_name_unsafe',
      `Filen indeholder en del med et ugyldigt navn ("${quote(name)}": ${whyDa}). Sådan et navn skriver Excel ikke; filen kan være lavet for at narre systemet. ${SAVE_AGAIN_DA}`,
      `The file holds a part with an invalid name ("${quote(name)}": ${whyEn}). Excel does not write such names; the file may have been made to trick the system. ${SAVE_AGAIN_EN}`,
    ),

  tooLargeUncompressed: (bytes: number, max: number, name?: string) =>
    refusal(
      'zip_too_large_uncompressed',
      `${name === undefined ? 'Filen' : `En del af filen (${quote(name)})`} fylder ${size(bytes, 'da')} udpakket; grænsen er ${size(max, 'da')}. Slet ubrugte ark, billeder og tomme rækker, gem, og prøv igen.`,
      `${name === undefined ? 'The file' : `Part of the file (${quote(name)})`} is ${size(bytes, 'en')} unpacked; the limit is ${size(max, 'en')}. Delete unused sheets, pictures and empty rows, save, and try again.`,
    ),

  ratio: (name: string, ratio: number, max: number) =>
    refusal(
      'zip_ratio_suspicious',
      `En del af filen (${quote(name)}) pakkes ud til ${num(ratio, 'da')} gange sin størrelse; over ${num(max, 'da')} gange ligner det en zip-bombe. ${SAVE_AGAIN_DA}`,
      `Part of the file (${quote(name)}) unpacks to ${num(ratio, 'en')} times its size; more than ${num(max, 'en')} times looks like a zip bomb. ${SAVE_AGAIN_EN}`,
    ),

  sizeMismatch: (name: string) =>
    refusal(
      'zip_size_mismatch',
      `En del af filen (${quote(name)}) har en anden størrelse udpakket, end filen selv oplyser. Filen er beskadiget eller manipuleret. ${SAVE_AGAIN_DA}`,
      `Part of the file (${quote(name)}) unpacks to a different size than the file itself states. The file is damaged or has been tampered with. ${SAVE_AGAIN_EN}`,
    ),

  dtd: (part: string) =>
    refusal(
      'xml_dtd',
      `En del af filen (${quote(part)}) indeholder en DTD (<!DOCTYPE>). Det skriver Excel aldrig, og det kan bruges til angreb, så filen afvises. ${SAVE_AGAIN_DA}`,
      `Part of the file (${quote(part)}) contains a DTD (<!DOCTYPE>). Excel never writes one, and it can be used for attacks, so the file is refused. ${SAVE_AGAIN_EN}`,
    ),

  xmlInvalid: (part: string, detailDa: string, detailEn: string) =>
    refusal(
      'xml_invalid',
      `En del af filen (${quote(part)}) er ikke gyldig (${detailDa}). Filen er beskadiget. ${SAVE_AGAIN_DA}`,
      `Part of the file (${quote(part)}) is not valid (${detailEn}). The file is damaged. ${SAVE_AGAIN_EN}`,
    ),

  macros: () =>
    refusal(
      'macros',
      'Projektmappen indeholder makroer (VBA eller Excel 4.0-makroark). Gem den uden makroer: Filer > Gem som > Excel-projektmappe (*.xlsx), svar ja til at gemme uden makroer, og prøv igen.',
      'The workbook contains macros (VBA or Excel 4.0 macro sheets). Save it without macros: File > Save As > Excel Workbook (*.xlsx), answer yes to saving without macros, and try again.',
    ),

  activex: () =>
    refusal(
      'activex',
      'Projektmappen indeholder ActiveX-kontrolelementer. Slet dem (Udvikler > Designtilstand, markér kontrolelementerne, tryk Delete), gem, og prøv igen.',
      'The workbook contains ActiveX controls. Delete them (Developer > Design Mode, select the controls, press Delete), save, and try again.',
    ),

  embedded: () =>
    refusal(
      'embedded_object',
      'Projektmappen indeholder indlejrede objekter (fx et Word-dokument, en PDF eller en anden fil sat ind i et ark). Slet objekterne, gem, og prøv igen.',
      'The workbook contains embedded objects (such as a Word document, a PDF or another file inserted into a sheet). Delete the objects, save, and try again.',
    ),

  externalLink: (where: string) =>
    refusal(
      'external_link',
      `Projektmappen henter data fra en anden fil eller kilde (${quote(where)}). Bryd kæderne (Data > Rediger kæder > Bryd kæde, og fjern eventuelle dataforbindelser), gem, og prøv igen.`,
      `The workbook takes data from another file or source (${quote(where)}). Break the links (Data > Edit Links > Break Link, and remove any data connections), save, and try again.`,
    ),

  /**
   * A Power Query query loaded to a table (xl/connections.xml, the Mashup provider): the table's
   * data is in the cells, but the query keeps a connection; deleting the query keeps the table.
   */
  powerQueryConnection: (queries: string) =>
    refusal(
      'external_link',
      `Projektmappen henter data gennem Power Query (${quote(queries)}). Slet forespørgslerne under Data > Forespørgsler og forbindelser (højreklik på hver forespørgsel > Slet; tabellerne beholder deres data), gem, og prøv igen.`,
      `The workbook takes data through Power Query (${quote(queries)}). Delete the queries under Data > Queries & Connections (right-click each query > Delete; the tables keep their data), save, and try again.`,
    ),

  dde: (where: string) =>
    refusal(
      'dde',
      `Projektmappen indeholder en DDE-kæde (${quote(where)}), som kan starte andre programmer. Slet formlen eller kæden, gem, og prøv igen.`,
      `The workbook contains a DDE link (${quote(where)}), which can start other programs. Delete the formula or link, save, and try again.`,
    ),

  unsafeLink: (where: string, kindDa: string, kindEn: string) =>
    refusal(
      'unsafe_link',
      `Linket i ${quote(where)} peger på ${kindDa}. Kun links til websider og mail (http, https, mailto) er tilladt. Fjern linket (højreklik > Fjern link), gem, og prøv igen.`,
      `The link in ${quote(where)} points to ${kindEn}. Only links to web pages and mail (http, https, mailto) are allowed. Remove the link (right-click > Remove Hyperlink), save, and try again.`,
    ),

  tooManySheets: (count: number, max: number) =>
    refusal(
      'too_many_sheets',
      `Projektmappen har ${num(count, 'da')} ark; højst ${num(max, 'da')} er tilladt. Slet de ark, der ikke hører til planen, gem, og prøv igen.`,
      `The workbook has ${num(count, 'en')} sheets; at most ${num(max, 'en')} are allowed. Delete the sheets that are not part of the plan, save, and try again.`,
    ),

  tooManyRows: (sheet: string, max: number) =>
    refusal(
      'too_many_rows',
      `Arket "${quote(sheet)}" har data i flere end ${num(max, 'da')} rækker; højst ${num(max, 'da')} er tilladt. Slet de rækker, der ikke hører til planen, gem, og prøv igen.`,
      `Sheet "${quote(sheet)}" has data in more than ${num(max, 'en')} rows; at most ${num(max, 'en')} are allowed. Delete the rows that are not part of the plan, save, and try again.`,
    ),

  tooManyColumns: (sheet: string, max: number) =>
    refusal(
      'too_many_columns',
      `Arket "${quote(sheet)}" har data i flere end ${num(max, 'da')} kolonner; højst ${num(max, 'da')} er tilladt. Slet de kolonner, der ikke hører til planen, gem, og prøv igen.`,
      `Sheet "${quote(sheet)}" has data in more than ${num(max, 'en')} columns; at most ${num(max, 'en')} are allowed. Delete the columns that are not part of the plan, save, and try again.`,
    ),

  tooManyCells: (max: number) =>
    refusal(
      'too_many_cells',
      `Projektmappen har mere end ${num(max, 'da')} udfyldte celler. Slet data, der ikke hører til planen, gem, og prøv igen.`,
      `The workbook has more than ${num(max, 'en')} filled cells. Delete data that is not part of the plan, save, and try again.`,
    ),

  tooManyObjects: (max: number) =>
    refusal(
      'too_many_cells',
      `Projektmappen har mere end ${num(max, 'da')} kommentarer, links, tabeller, tegninger og navne tilsammen. Slet dem, der ikke hører til planen, gem, og prøv igen.`,
      `The workbook has more than ${num(max, 'en')} comments, links, tables, drawings and names together. Delete those that are not part of the plan, save, and try again.`,
    ),

  /** `part`: the part being read when the limit was passed (the one that holds the most, as a rule). */
  tooMuchXml: (max: number, part?: string) =>
    refusal(
      'too_many_cells',
      `Projektmappen er for stor at læse: den består af mere end ${num(max, 'da')} dele (celler, rækker og formatering, også tomme formaterede celler${part === undefined ? '' : `; grænsen blev nået i ${quote(part)}`}). Slet ubrugte rækker, kolonner og ark, gem, og prøv igen.`,
      `The workbook is too large to read: it consists of more than ${num(max, 'en')} pieces (cells, rows and formatting, empty formatted cells too${part === undefined ? '' : `; the limit was reached in ${quote(part)}`}). Delete unused rows, columns and sheets, save, and try again.`,
    ),

  linkedAreaTooLarge: (max: number) =>
    refusal(
      'too_many_cells',
      `Projektmappens links dækker mere end ${num(max, 'da')} celler. Fjern links, der dækker hele kolonner eller rækker, gem, og prøv igen.`,
      `The workbook's links cover more than ${num(max, 'en')} cells. Remove links that cover whole columns or rows, save, and try again.`,
    ),

  mergedArea: (sheet: string, range: string, max: number) =>
    refusal(
      'merged_area_too_large',
      `Flettede celler dækker for mange celler (senest ${quote(sheet)}!${quote(range)}); højst ${num(max, 'da')} flettede celler er tilladt i alt. Ophæv fletningen (Start > Flet og centrer > Ophæv fletning), gem, og prøv igen.`,
      `Merged cells cover too many cells (last ${quote(sheet)}!${quote(range)}); at most ${num(max, 'en')} merged cells are allowed in all. Unmerge them (Home > Merge & Center > Unmerge Cells), save, and try again.`,
    ),

  sharedStringsCount: (max: number) =>
    refusal(
      'shared_strings_too_large',
      `Projektmappen indeholder for meget tekst: mere end ${num(max, 'da')} forskellige tekster. Slet data, der ikke hører til planen, gem, og prøv igen.`,
      `The workbook contains too much text: more than ${num(max, 'en')} distinct texts. Delete data that is not part of the plan, save, and try again.`,
    ),

  sharedStringsChars: (max: number) =>
    refusal(
      'shared_strings_too_large',
      `Projektmappen indeholder for meget tekst: mere end ${num(max, 'da')} tegn i alt. Slet data, der ikke hører til planen, gem, og prøv igen.`,
      `The workbook contains too much text: more than ${num(max, 'en')} characters in all. Delete data that is not part of the plan, save, and try again.`,
    ),

  /** `atLeast`: refused while the text was still coming in, so `length` is what was read so far. */
  cellText: (whereDa: string, whereEn: string, length: number, max: number, atLeast = false) =>
    refusal(
      'cell_text_too_long',
      `${quote(whereDa)} indeholder ${atLeast ? 'mindst ' : ''}${num(length, 'da')} tegn; højst ${num(max, 'da')} er tilladt. Forkort teksten, gem, og prøv igen.`,
      `${quote(whereEn)} holds ${atLeast ? 'at least ' : ''}${num(length, 'en')} characters; at most ${num(max, 'en')} are allowed. Shorten the text, save, and try again.`,
    ),

  // --- Issue 10: formulas that reach out, Excel's own limits, the work budget ---------------------

  externalFunction: (where: string, fn: string, whatDa: string, whatEn: string) =>
    refusal(
      'external_function',
      `Formlen i ${quote(where)} bruger ${quote(fn)}, som ${whatDa}. En plan, der indsendes, må ikke hente eller sende data uden for projektmappen. Erstat formlen med dens værdi (kopiér cellen, og indsæt som værdier), gem, og prøv igen.`,
      `The formula in ${quote(where)} uses ${quote(fn)}, which ${whatEn}. A plan that is sent in must not fetch or send data outside the workbook. Replace the formula with its value (copy the cell and paste it as values), save, and try again.`,
    ),

  computedLink: (where: string) =>
    refusal(
      'unsafe_link',
      `Linket i ${quote(where)} (HYPERLINK) får sin adresse fra en beregning, så det kan ikke ses, hvor det fører hen. Skriv adressen direkte i formlen (kun links til websider og mail – http, https, mailto – er tilladt), eller fjern linket, gem, og prøv igen.`,
      `The link in ${quote(where)} (HYPERLINK) takes its address from a calculation, so where it leads cannot be seen. Write the address in the formula itself (only links to web pages and mail – http, https, mailto – are allowed), or remove the link, save, and try again.`,
    ),

  sheetName: (name: string, whyDa: string, whyEn: string) =>
    refusal(
      'sheet_name_invalid',
      `Arket "${quote(name)}" har et navn, som Excel ikke tillader: ${whyDa}. Omdøb arket (højreklik på fanen > Omdøb), gem, og prøv igen.`,
      `Sheet "${quote(name)}" has a name Excel does not allow: ${whyEn}. Rename the sheet (right-click its tab > Rename), save, and try again.`,
    ),

  referenceOutOfRange: (whereDa: string, whereEn: string, ref: string, refEn: string = ref) =>
    refusal(
      'reference_out_of_range',
      `${whereDa} henviser til ${quote(ref)}, som ligger uden for et Excel-ark (højst ${num(EXCEL_LIMITS.rows, 'da')} rækker og ${num(EXCEL_LIMITS.columns, 'da')} kolonner, til kolonne XFD). Filen er ikke gemt af Excel. ${SAVE_AGAIN_DA}`,
      `${whereEn} refers to ${quote(refEn)}, which lies outside an Excel sheet (at most ${num(EXCEL_LIMITS.rows, 'en')} rows and ${num(EXCEL_LIMITS.columns, 'en')} columns, up to column XFD). The file was not saved by Excel. ${SAVE_AGAIN_EN}`,
    ),

  formulaTooLong: (where: string) =>
    refusal(
      'formula_too_long',
      `Formlen i ${quote(where)} er længere end ${num(EXCEL_LIMITS.formulaLength, 'da')} tegn, som er det højeste, Excel tillader i en formel. Forkort formlen, eller erstat den med dens værdi, gem, og prøv igen.`,
      `The formula in ${quote(where)} is longer than ${num(EXCEL_LIMITS.formulaLength, 'en')} characters, the most Excel allows in a formula. Shorten the formula, or replace it with its value, save, and try again.`,
    ),

  definedName: (name: string, whyDa: string, whyEn: string) =>
    refusal(
      'defined_name_invalid',
      `Navnet "${quote(name)}" i projektmappen (Formler > Navnestyring) ${whyDa}. Slet eller omdøb navnet, gem, og prøv igen.`,
      `The name "${quote(name)}" in the workbook (Formulas > Name Manager) ${whyEn}. Delete or rename it, save, and try again.`,
    ),

  tooManyHyperlinks: (sheet: string) =>
    refusal(
      'too_many_hyperlinks',
      `Arket "${quote(sheet)}" har flere end ${num(EXCEL_LIMITS.hyperlinksPerSheet, 'da')} links, som er det højeste antal, Excel tillader i ét ark. Fjern de links, der ikke hører til planen, gem, og prøv igen.`,
      `Sheet "${quote(sheet)}" has more than ${num(EXCEL_LIMITS.hyperlinksPerSheet, 'en')} links, the most Excel allows in one sheet. Remove the links that are not part of the plan, save, and try again.`,
    ),

  numberFormatTooLong: (length: number) =>
    refusal(
      'number_format_invalid',
      `Et talformat i projektmappen er ${num(length, 'da')} tegn langt; Excel tillader højst ${num(EXCEL_LIMITS.numberFormatLength, 'da')}. Ryd formateringen af de celler, der bruger det (Start > Ryd > Ryd formater), gem, og prøv igen.`,
      `A number format in the workbook is ${num(length, 'en')} characters long; Excel allows at most ${num(EXCEL_LIMITS.numberFormatLength, 'en')}. Clear the formatting of the cells that use it (Home > Clear > Clear Formats), save, and try again.`,
    ),

  tooManyCellFormats: () =>
    refusal(
      'too_many_cell_formats',
      `Projektmappen har flere end ${num(EXCEL_LIMITS.cellFormats, 'da')} forskellige celleformater, som er det højeste antal, Excel tillader. Ryd formateringen af ubrugte rækker og kolonner (Start > Ryd > Ryd formater), gem, og prøv igen.`,
      `The workbook has more than ${num(EXCEL_LIMITS.cellFormats, 'en')} different cell formats, the most Excel allows. Clear the formatting of unused rows and columns (Home > Clear > Clear Formats), save, and try again.`,
    ),

  workBudget: (max: number) =>
    refusal(
      'work_budget_exceeded',
      `Projektmappen er for stor at læse: dens celler rummer tilsammen mere end ${num(max, 'da')} tegn (en tekst, der står i mange celler, tæller med i hver af dem, og formler og talformater tæller med). Slet celler, der ikke hører til planen – fx en tekst, der er kopieret ned over mange rækker – gem, og prøv igen.`,
      `The workbook is too large to read: its cells hold more than ${num(max, 'en')} characters together (a text that stands in many cells counts in each of them, and formulas and number formats count too). Delete cells that are not part of the plan – such as a text copied down over many rows – save, and try again.`,
    ),

  tokenTooLong: (part: string, max: number) =>
    refusal(
      'cell_text_too_long',
      `En del af filen (${quote(part)}) indeholder en enkelt tekst eller et enkelt mærke på mere end ${num(max, 'da')} tegn – langt mere, end Excel skriver (en celle rummer højst ${num(DEFAULT_LIMITS.maxCellTextLength, 'da')} tegn). Forkort teksten, gem, og prøv igen.`,
      `Part of the file (${quote(part)}) holds a single text or tag of more than ${num(max, 'en')} characters – far more than Excel writes (a cell holds at most ${num(DEFAULT_LIMITS.maxCellTextLength, 'en')} characters). Shorten the text, save, and try again.`,
    ),

  crcMismatch: (name: string) =>
    refusal(
      'zip_crc_mismatch',
      `En del af filen (${quote(name)}) pakkes ud til andre data, end filens kontrolsum (CRC-32) siger. Filen er beskadiget eller manipuleret. ${SAVE_AGAIN_DA}`,
      `Part of the file (${quote(name)}) unpacks to other data than the file's checksum (CRC-32) says. The file is damaged or has been tampered with. ${SAVE_AGAIN_EN}`,
    ),

  headerMismatch: (name: string, whatDa: string, whatEn: string) =>
    refusal(
      'zip_header_mismatch',
      `En del af filen (${quote(name)}) beskrives forskelligt to steder i zip-filen: ${whatDa}. Forskellige programmer ville læse forskellige data, så filen afvises. ${SAVE_AGAIN_DA}`,
      `Part of the file (${quote(name)}) is described differently in two places of the zip file: ${whatEn}. Different programs would read different data, so the file is refused. ${SAVE_AGAIN_EN}`,
    ),

  hiddenData: (whereDa: string, whereEn: string) =>
    refusal(
      'zip_hidden_data',
      `Filen indeholder data, som ikke hører til nogen del af projektmappen (${whereDa}). Sådanne data kan ikke kontrolleres, så filen afvises. ${SAVE_AGAIN_DA}`,
      `The file holds data that belongs to no part of the workbook (${whereEn}). Such data cannot be checked, so the file is refused. ${SAVE_AGAIN_EN}`,
    ),

  /**
   * Power Query's queries (a custom XML item <DataMashup>: a zip of the queries' M code and their
   * cached data, as base64), which no scan can read: the coordinator deletes the queries.
   */
  powerQuery: (name: string) =>
    refusal(
      'part_unreadable',
      `Projektmappen indeholder Power Query-forespørgsler (${quote(name)}). De gemmes pakket, så de ikke kan kontrolleres for personoplysninger. Slet forespørgslerne under Data > Forespørgsler og forbindelser (højreklik på hver forespørgsel > Slet), gem, og prøv igen.`,
      `The workbook holds Power Query queries (${quote(name)}). They are kept packed, so they cannot be checked for personal data. Delete the queries under Data > Queries & Connections (right-click each query > Delete), save, and try again.`,
    ),
  partUnreadable: (name: string, whyDa: string, whyEn: string) =>
    refusal(
      'part_unreadable',
      `En del af filen (${quote(name)}) kan ikke kontrolleres for personoplysninger: ${whyDa}. Slet eller erstat den (fx billedet), gem, og prøv igen.`,
      `Part of the file (${quote(name)}) cannot be checked for personal data: ${whyEn}. Delete or replace it (the picture, for instance), save, and try again.`,
    ),
};

/** What a caller may know when it refuses a file itself (the HTTP service from Content-Length, the CLI from stat). */
export interface RefusalDetails {
  readonly bytes?: number;
  readonly maxBytes?: number;
}

/**
 * A general message for a refusal code, for callers that refuse a file before readWorkbook sees it
 * (a body too large for the HTTP service, a file too large for the CLI). readWorkbook itself throws
 * more specific messages naming the sheet, cell or part.
 */
export function refusalMessage(code: RefusalCode, details: RefusalDetails = {}): Message {
  const L = DEFAULT_LIMITS;
  const r = ((): RefusalError => {
    switch (code) {
      case 'file_empty':
        return refuse.empty();
      case 'file_too_large':
        return refuse.tooLarge(details.bytes, details.maxBytes ?? L.maxBytes);
      case 'not_a_workbook':
        return refuse.notWorkbook();
      case 'legacy_xls':
        return refuse.legacyXls();
      case 'encrypted_workbook':
        return refuse.encrypted();
      case 'file_truncated':
        return refuse.truncated();
      case 'zip_invalid':
        return refuse.zipInvalid('ugyldig zip-struktur', 'invalid zip structure');
      case 'zip_too_many_entries':
        return refusal(
          'zip_too_many_entries',
          `Filen består af for mange dele; en projektmappe må højst have ${num(L.maxEntries, 'da')}. ${SAVE_AGAIN_DA}`,
          `The file consists of too many parts; a workbook may have at most ${num(L.maxEntries, 'en')}. ${SAVE_AGAIN_EN}`,
        );
      case 'zip_entry_name_unsafe':
        return refusal(
          'zip_entry_name_unsafe',
          `Filen indeholder en del med et ugyldigt navn, som Excel ikke skriver. ${SAVE_AGAIN_DA}`,
          `The file holds a part with an invalid name that Excel does not write. ${SAVE_AGAIN_EN}`,
        );
      case 'zip_too_large_uncompressed':
        return refusal(
          'zip_too_large_uncompressed',
          `Filen fylder for meget udpakket; grænsen er ${size(L.maxUncompressedBytes, 'da')}. Slet ubrugte ark, billeder og tomme rækker, gem, og prøv igen.`,
          `The file is too large unpacked; the limit is ${size(L.maxUncompressedBytes, 'en')}. Delete unused sheets, pictures and empty rows, save, and try again.`,
        );
      case 'zip_ratio_suspicious':
        return refusal(
          'zip_ratio_suspicious',
          `En del af filen pakkes ud til mere end ${num(L.maxRatio, 'da')} gange sin størrelse; det ligner en zip-bombe. ${SAVE_AGAIN_DA}`,
          `Part of the file unpacks to more than ${num(L.maxRatio, 'en')} times its size; that looks like a zip bomb. ${SAVE_AGAIN_EN}`,
        );
      case 'zip_size_mismatch':
        return refusal(
          'zip_size_mismatch',
          `En del af filen har en anden størrelse udpakket, end filen selv oplyser. Filen er beskadiget eller manipuleret. ${SAVE_AGAIN_DA}`,
          `Part of the file unpacks to a different size than the file itself states. The file is damaged or has been tampered with. ${SAVE_AGAIN_EN}`,
        );
      case 'xml_dtd':
        return refusal(
          'xml_dtd',
          `Filen indeholder en DTD (<!DOCTYPE>). Det skriver Excel aldrig, og det kan bruges til angreb, så filen afvises. ${SAVE_AGAIN_DA}`,
          `The file contains a DTD (<!DOCTYPE>). Excel never writes one, and it can be used for attacks, so the file is refused. ${SAVE_AGAIN_EN}`,
        );
      case 'xml_invalid':
        return refusal(
          'xml_invalid',
          `En del af filen er ikke gyldig XML. Filen er beskadiget. ${SAVE_AGAIN_DA}`,
          `Part of the file is not valid XML. The file is damaged. ${SAVE_AGAIN_EN}`,
        );
      case 'macros':
        return refuse.macros();
      case 'activex':
        return refuse.activex();
      case 'embedded_object':
        return refuse.embedded();
      case 'external_link':
        return refusal(
          'external_link',
          'Projektmappen henter data fra en anden fil eller kilde. Bryd kæderne (Data > Rediger kæder > Bryd kæde, og fjern eventuelle dataforbindelser), gem, og prøv igen.',
          'The workbook takes data from another file or source. Break the links (Data > Edit Links > Break Link, and remove any data connections), save, and try again.',
        );
      case 'dde':
        return refusal(
          'dde',
          'Projektmappen indeholder en DDE-kæde, som kan starte andre programmer. Slet formlen eller kæden, gem, og prøv igen.',
          'The workbook contains a DDE link, which can start other programs. Delete the formula or link, save, and try again.',
        );
      case 'unsafe_link':
        return refusal(
          'unsafe_link',
          'Projektmappen har et link til en fil, en netværkssti eller et script. Kun links til websider og mail (http, https, mailto) er tilladt. Fjern linket (højreklik > Fjern link), gem, og prøv igen.',
          'The workbook has a link to a file, a network path or a script. Only links to web pages and mail (http, https, mailto) are allowed. Remove the link (right-click > Remove Hyperlink), save, and try again.',
        );
      case 'too_many_sheets':
        return refusal(
          'too_many_sheets',
          `Projektmappen har for mange ark; højst ${num(L.maxSheets, 'da')} er tilladt. Slet de ark, der ikke hører til planen, gem, og prøv igen.`,
          `The workbook has too many sheets; at most ${num(L.maxSheets, 'en')} are allowed. Delete the sheets that are not part of the plan, save, and try again.`,
        );
      case 'too_many_rows':
        return refusal(
          'too_many_rows',
          `Et ark har data i flere end ${num(L.maxRows, 'da')} rækker. Slet rækkerne under planen, gem, og prøv igen.`,
          `A sheet has data in more than ${num(L.maxRows, 'en')} rows. Delete the rows below the plan, save, and try again.`,
        );
      case 'too_many_columns':
        return refusal(
          'too_many_columns',
          `Et ark har data i flere end ${num(L.maxColumns, 'da')} kolonner. Slet kolonnerne til højre for planen, gem, og prøv igen.`,
          `A sheet has data in more than ${num(L.maxColumns, 'en')} columns. Delete the columns to the right of the plan, save, and try again.`,
        );
      case 'too_many_cells':
        return refuse.tooManyCells(L.maxCells);
      case 'merged_area_too_large':
        return refusal(
          'merged_area_too_large',
          `Flettede celler dækker flere end ${num(L.maxMergedCells, 'da')} celler. Ophæv fletningen (Start > Flet og centrer > Ophæv fletning), gem, og prøv igen.`,
          `Merged cells cover more than ${num(L.maxMergedCells, 'en')} cells. Unmerge them (Home > Merge & Center > Unmerge Cells), save, and try again.`,
        );
      case 'shared_strings_too_large':
        return refuse.sharedStringsCount(L.maxSharedStrings);
      case 'zip_crc_mismatch':
        return refusal(
          'zip_crc_mismatch',
          `En del af filen pakkes ud til andre data, end filens kontrolsum (CRC-32) siger. Filen er beskadiget eller manipuleret. ${SAVE_AGAIN_DA}`,
          `Part of the file unpacks to other data than the file's checksum (CRC-32) says. The file is damaged or has been tampered with. ${SAVE_AGAIN_EN}`,
        );
      case 'zip_header_mismatch':
        return refusal(
          'zip_header_mismatch',
          `En del af filen beskrives forskelligt to steder i zip-filen, så forskellige programmer ville læse forskellige data. ${SAVE_AGAIN_DA}`,
          `Part of the file is described differently in two places of the zip file, so different programs would read different data. ${SAVE_AGAIN_EN}`,
        );
      case 'zip_hidden_data':
        return refusal(
          'zip_hidden_data',
          `Filen indeholder data, som ikke hører til nogen del af projektmappen, og som derfor ikke kan kontrolleres. ${SAVE_AGAIN_DA}`,
          `The file holds data that belongs to no part of the workbook and so cannot be checked. ${SAVE_AGAIN_EN}`,
        );
      case 'part_unreadable':
        return refusal(
          'part_unreadable',
          'En del af filen (fx et billede) kan ikke kontrolleres for personoplysninger. Slet eller erstat den, gem, og prøv igen.',
          'Part of the file (a picture, for instance) cannot be checked for personal data. Delete or replace it, save, and try again.',
        );
      case 'cell_text_too_long':
        return refusal(
          'cell_text_too_long',
          `En celle indeholder flere end ${num(L.maxCellTextLength, 'da')} tegn. Forkort teksten, gem, og prøv igen.`,
          `A cell holds more than ${num(L.maxCellTextLength, 'en')} characters. Shorten the text, save, and try again.`,
        );
      case 'external_function':
        return refusal(
          'external_function',
          'Projektmappen har en formel, der henter eller sender data uden for projektmappen (fx WEBSERVICE, IMAGE, RTD eller en kubefunktion). Erstat formlen med dens værdi (kopiér, og indsæt som værdier), gem, og prøv igen.',
          'The workbook has a formula that fetches or sends data outside the workbook (such as WEBSERVICE, IMAGE, RTD or a cube function). Replace the formula with its value (copy, then paste as values), save, and try again.',
        );
      case 'sheet_name_invalid':
        return refusal(
          'sheet_name_invalid',
          `Et ark har et navn, som Excel ikke tillader (højst ${num(EXCEL_LIMITS.sheetNameLength, 'da')} tegn, ingen af tegnene : \\ / ? * [ ], ingen apostrof først eller sidst, og to ark må ikke hedde det samme). Omdøb arket, gem, og prøv igen.`,
          `A sheet has a name Excel does not allow (at most ${num(EXCEL_LIMITS.sheetNameLength, 'en')} characters, none of : \\ / ? * [ ], no apostrophe first or last, and no two sheets named alike). Rename the sheet, save, and try again.`,
        );
      case 'reference_out_of_range':
        return refusal(
          'reference_out_of_range',
          `Filen henviser til en celle uden for et Excel-ark (højst ${num(EXCEL_LIMITS.rows, 'da')} rækker og ${num(EXCEL_LIMITS.columns, 'da')} kolonner). ${SAVE_AGAIN_DA}`,
          `The file refers to a cell outside an Excel sheet (at most ${num(EXCEL_LIMITS.rows, 'en')} rows and ${num(EXCEL_LIMITS.columns, 'en')} columns). ${SAVE_AGAIN_EN}`,
        );
      case 'formula_too_long':
        return refusal(
          'formula_too_long',
          `En formel er længere end ${num(EXCEL_LIMITS.formulaLength, 'da')} tegn, som er Excels grænse. Forkort formlen, eller erstat den med dens værdi, gem, og prøv igen.`,
          `A formula is longer than ${num(EXCEL_LIMITS.formulaLength, 'en')} characters, Excel's limit. Shorten the formula, or replace it with its value, save, and try again.`,
        );
      case 'defined_name_invalid':
        return refusal(
          'defined_name_invalid',
          `Et navn i projektmappen er tomt eller længere end ${num(EXCEL_LIMITS.definedNameLength, 'da')} tegn, som er Excels grænse. Slet eller omdøb navnet (Formler > Navnestyring), gem, og prøv igen.`,
          `A name in the workbook is empty or longer than ${num(EXCEL_LIMITS.definedNameLength, 'en')} characters, Excel's limit. Delete or rename it (Formulas > Name Manager), save, and try again.`,
        );
      case 'too_many_hyperlinks':
        return refusal(
          'too_many_hyperlinks',
          `Et ark har flere end ${num(EXCEL_LIMITS.hyperlinksPerSheet, 'da')} links, som er Excels grænse. Fjern de links, der ikke hører til planen, gem, og prøv igen.`,
          `A sheet has more than ${num(EXCEL_LIMITS.hyperlinksPerSheet, 'en')} links, Excel's limit. Remove the links that are not part of the plan, save, and try again.`,
        );
      case 'number_format_invalid':
        return refuse.numberFormatTooLong(EXCEL_LIMITS.numberFormatLength + 1);
      case 'too_many_cell_formats':
        return refuse.tooManyCellFormats();
      case 'work_budget_exceeded':
        return refuse.workBudget(L.maxWork);
    }
  })();
  return r.userMessage;
}
