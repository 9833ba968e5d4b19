// Writes workbooks again with Apache POI (XSSF), as municipal systems built on POI do:
//   roundtrip SRC DST   every SRC/*.xlsx opened with XSSFWorkbook and saved again unchanged (POI
//                       keeps the parts it knows as it read them and writes its own XML for the
//                       sheets, styles, shared strings and comments)
//   sxssf SRC DST       every SRC/*.xlsx written anew by POI's streaming writer SXSSF, as an export
//                       job writes a large sheet: values as inline strings, formulas with the
//                       result POI read, the cell styles cloned, merged cells, column widths,
//                       hidden rows, columns and sheets, notes. Conditional formats, validations,
//                       tables and drawings are not carried over (the export job writes none).
// Used by scripts/accuracy-writers.sh and scripts/cpr-writers.ts (Debian: apt-get install
// libapache-poi-java, which brings POI 4.0 and its dependencies into /usr/share/java):
//   javac -cp "$(scripts/poi-classpath.sh)" -d /tmp/poi scripts/PoiWriters.java   (poi-classpath.sh: why)
//   java -cp "/tmp/poi:$(scripts/poi-classpath.sh)" PoiWriters roundtrip SRC DST

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

public final class PoiWriters {
  public static void main(String[] args) throws Exception {
    if (args.length != 3) throw new IllegalArgumentException("usage: PoiWriters roundtrip|sxssf SRC DST");
    File[] files = new File(args[1]).listFiles((d, n) -> n.endsWith(".xlsx"));
    if (files == null) throw new IllegalArgumentException("no directory " + args[1]);
    Arrays.sort(files);
    new File(args[2]).mkdirs();
    for (File f : files) {
      File out = new File(args[2], f.getName());
      try {
        if (args[0].equals("roundtrip")) roundTrip(f, out);
        else if (args[0].equals("sxssf")) streamAnew(f, out);
        else throw new IllegalArgumentException("unknown mode " + args[0]);
      } catch (Exception e) {
        out.delete();
        System.out.println("poi " + args[0] + " could not save " + f.getName() + ": " + e);
      }
    }
  }

  static void roundTrip(File src, File dst) throws Exception {
    try (InputStream in = new FileInputStream(src);
        XSSFWorkbook wb = new XSSFWorkbook(in);
        OutputStream out = new FileOutputStream(dst)) {
      wb.write(out);
    }
  }

  static void streamAnew(File src, File dst) throws Exception {
    try (InputStream in = new FileInputStream(src);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      SXSSFWorkbook sx = new SXSSFWorkbook(100);
      Map<Short, XSSFCellStyle> styles = new HashMap<>();
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        XSSFSheet sheet = wb.getSheetAt(s);
        SXSSFSheet o = sx.createSheet(sheet.getSheetName());
        sx.setSheetVisibility(s, wb.getSheetVisibility(s));
        int lastCol = 0;
        for (Row r : sheet) lastCol = Math.max(lastCol, r.getLastCellNum());
        for (int c = 0; c < lastCol; c++) {
          o.setColumnWidth(c, sheet.getColumnWidth(c));
          if (sheet.isColumnHidden(c)) o.setColumnHidden(c, true);
        }
        Drawing<?> drawing = null;
        for (Row row : sheet) {
          XSSFRow r = (XSSFRow) row;
          Row or = o.createRow(r.getRowNum());
          if (r.getZeroHeight()) or.setZeroHeight(true);
          for (Cell cell : r) {
            XSSFCell c = (XSSFCell) cell;
            Cell oc = or.createCell(c.getColumnIndex());
            XSSFCellStyle st = c.getCellStyle();
            if (st != null && st.getIndex() != 0) {
              XSSFCellStyle os = styles.get(st.getIndex());
              if (os == null) {
                os = (XSSFCellStyle) sx.createCellStyle();
                os.cloneStyleFrom(st);
                styles.put(st.getIndex(), os);
              }
              oc.setCellStyle(os);
            }
            copyValue(c, oc);
            Comment note = c.getCellComment();
            if (note != null) {
              if (drawing == null) drawing = o.createDrawingPatriarch();
              ClientAnchor a = sx.getCreationHelper().createClientAnchor();
              // The anchor's first cell is the cell the note belongs to (POI takes its address from it).
              a.setCol1(c.getColumnIndex());
              a.setCol2(c.getColumnIndex() + 3);
              a.setRow1(r.getRowNum());
              a.setRow2(r.getRowNum() + 4);
              Comment on = drawing.createCellComment(a);
              on.setString(sx.getCreationHelper().createRichTextString(note.getString().getString()));
              if (note.getAuthor() != null) on.setAuthor(note.getAuthor());
              oc.setCellComment(on);
            }
          }
        }
        for (CellRangeAddress m : sheet.getMergedRegions()) o.addMergedRegion(m);
      }
      try (OutputStream out = new FileOutputStream(dst)) {
        sx.write(out);
      }
      sx.dispose();
    }
  }

  static void copyValue(XSSFCell c, Cell oc) {
    CellType t = c.getCellType();
    if (t == CellType.FORMULA) {
      oc.setCellFormula(c.getCellFormula());
      CellType r = c.getCachedFormulaResultType();
      if (r == CellType.NUMERIC) oc.setCellValue(c.getNumericCellValue());
      else if (r == CellType.STRING) oc.setCellValue(c.getStringCellValue());
      else if (r == CellType.BOOLEAN) oc.setCellValue(c.getBooleanCellValue());
      else if (r == CellType.ERROR) oc.setCellErrorValue(c.getErrorCellValue());
      return;
    }
    if (t == CellType.NUMERIC) oc.setCellValue(c.getNumericCellValue());
    else if (t == CellType.STRING) oc.setCellValue(c.getStringCellValue());
    else if (t == CellType.BOOLEAN) oc.setCellValue(c.getBooleanCellValue());
    else if (t == CellType.ERROR) oc.setCellErrorValue(c.getErrorCellValue());
  }
}
