#!/usr/bin/env python3
# Writes every plan of the labelled corpus again with XlsxWriter, as a municipality's export script
# would write the same sheets: values, number formats, bold, struck-through and solid RGB fills,
# wrapped text, merged cells, column widths, hidden rows and sheets, notes and formulas. XlsxWriter
# calculates no formula: it saves 0 as every result and asks Excel to calculate in full when the
# file is opened (calcPr fullCalcOnLoad). Read with openpyxl, which keeps formulas as written.
# Theme colours and icon sets are not carried over (XlsxWriter takes RGB fills; the icon sets would
# need their rules rewritten): the plans that state a status only by those lose it, flagged.
# Output: test/accuracy/writers/xlsxwriter/NAME.xlsx, scored by test/accuracy/writers.test.ts.
#   /usr/bin/python3 scripts/accuracy-xlsxwriter.py [--new]   (apt-get install python3-openpyxl python3-xlsxwriter)
# --new writes only the plans with no copy yet (a copy written again differs by its save time alone).
# Italic and font colours are carried from p167 on (session 32: p168 marks its to-dos by grey italics);
# the copies written before keep neither (each of them reads right without: writers.test.ts).
import os, sys, datetime
import openpyxl, xlsxwriter
from openpyxl.utils import get_column_letter
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
src = os.path.join(ROOT, 'test', 'accuracy', 'corpus')
dst = os.path.join(ROOT, 'test', 'accuracy', 'writers', 'xlsxwriter')
os.makedirs(dst, exist_ok=True)
def color(c):
    try:
        if c is not None and c.type == 'rgb' and isinstance(c.rgb, str) and len(c.rgb) == 8 and c.rgb != '00000000':
            return '#' + c.rgb[2:]
    except Exception: pass
    return None
only_new = '--new' in sys.argv[1:]
for f in sorted(os.listdir(src)):
    if not f.endswith('.xlsx'): continue
    if only_new and os.path.exists(os.path.join(dst, f)): continue
    try:
        wb = openpyxl.load_workbook(os.path.join(src, f))
    except Exception as e:
        print('skip', f, e); continue
    out = xlsxwriter.Workbook(os.path.join(dst, f))
    fmts = {}
    def fmt_of(cell):
        key = (cell.number_format, bool(cell.font and cell.font.b), bool(cell.font and cell.font.strike),
               color(cell.fill.fgColor) if cell.fill and cell.fill.fill_type == 'solid' else None, bool(cell.alignment and cell.alignment.wrap_text),
               bool(cell.font and cell.font.i), color(cell.font.color) if cell.font else None)
        if key == ('General', False, False, None, False, False, None): return None
        if key not in fmts:
            d = {}
            if key[0] != 'General': d['num_format'] = key[0]
            if key[1]: d['bold'] = True
            if key[2]: d['font_strikeout'] = True
            if key[3]: d['bg_color'] = key[3]; d['pattern'] = 1
            if key[4]: d['text_wrap'] = True
            if key[5]: d['italic'] = True
            if key[6]: d['font_color'] = key[6]
            fmts[key] = out.add_format(d)
        return fmts[key]
    for ws in wb.worksheets:
        o = out.add_worksheet(ws.title)
        if ws.sheet_state != 'visible': o.hide()
        for row in ws.iter_rows():
            for cell in row:
                v = cell.value
                if v is None and not (cell.fill and cell.fill.fill_type == 'solid'): continue
                r, c = cell.row - 1, cell.column - 1
                fm = fmt_of(cell)
                if isinstance(v, str) and v.startswith('='): o.write_formula(r, c, v, fm)
                elif isinstance(v, datetime.datetime): o.write_datetime(r, c, v, fm or out.add_format({'num_format': 'dd-mm-yyyy'}))
                elif isinstance(v, datetime.date): o.write_datetime(r, c, datetime.datetime(v.year, v.month, v.day), fm or out.add_format({'num_format': 'dd-mm-yyyy'}))
                elif isinstance(v, bool): o.write_boolean(r, c, v, fm)
                elif isinstance(v, (int, float)): o.write_number(r, c, v, fm)
                elif v is None: o.write_blank(r, c, None, fm)
                else: o.write_string(r, c, str(v), fm)
                if cell.comment is not None: o.write_comment(r, c, cell.comment.text, {'author': cell.comment.author or ''})
        for rng in ws.merged_cells.ranges:
            first = ws.cell(rng.min_row, rng.min_col)
            v = first.value
            o.merge_range(rng.min_row-1, rng.min_col-1, rng.max_row-1, rng.max_col-1, '' if v is None else (v if not isinstance(v,(datetime.date,datetime.datetime)) else ''), fmt_of(first))
            if isinstance(v,(datetime.date,datetime.datetime)):
                dd = v if isinstance(v, datetime.datetime) else datetime.datetime(v.year, v.month, v.day)
                o.write_datetime(rng.min_row-1, rng.min_col-1, dd, fmt_of(first) or out.add_format({'num_format': 'dd-mm-yyyy'}))
        for letter, dim in ws.column_dimensions.items():
            if dim.width: 
                try: o.set_column(f'{letter}:{letter}', dim.width, None, {'hidden': bool(dim.hidden)})
                except Exception: pass
        for idx, dim in ws.row_dimensions.items():
            if dim.hidden: o.set_row(idx-1, None, None, {'hidden': True})
    out.close()
