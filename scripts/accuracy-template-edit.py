#!/usr/bin/python3
# Fills in and damages a copy of korpsplan's own template the way a coordinator does, with openpyxl
# (load_workbook, edit, save: a real hand, which drops what it does not know and saves formulas
# without their results). Used by scripts/accuracy-corpus.ts for the corpus plans whose tool is
# "openpyxl" or "openpyxl-libreoffice":
#
#   /usr/bin/python3 scripts/accuracy-template-edit.py TEMPLATE.xlsx EDITS.json OUT.xlsx
#
# EDITS.json is a list of operations, applied in order (cells are the places after the operations
# before them, as a person sees the sheet while editing):
#   ["set", sheet, cell, value, numberFormat?]  value: text ("=..." a formula), number, null, or
#                                                {"date": "YYYY-MM-DD"}
#   ["insert_cols" | "delete_cols" | "insert_rows" | "delete_rows", sheet, index, count]
#       as Excel does it: tables, merged cells and dropdowns (data validations) after the place move
#       with it, and a table that spans the place grows or shrinks
#   ["table", sheet, name, ref]       a table's new range (its column names taken from its header row)
#   ["untable", sheet, name]          "Convert to range": the table goes, the cells stay
#   ["validation", sheet, sqref, formula]  a dropdown's list changed (the old one at sqref replaced)
#   ["rename", sheet, new] ["copy", sheet, new] ["hide", sheet] ["show", sheet]
#   ["merge", sheet, range] ["unmerge", sheet, range]
#   ["new", sheet, position]          a new empty sheet
#   ["reorder_rows", sheet, first, last, [old rows in their new order]]  rows sorted by hand
#   ["move", sheet, position]         the sheet's place among the tabs (0 first)
#   ["bar_chart", sheet, anchor, title, labels_ref, values_ref]  a chart of a range on the sheet
import datetime
import json
import sys

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table


def shift_range(ref, axis, index, count):
    """A1 range after inserting (count > 0) or deleting (count < 0) columns/rows at index."""
    min_col, min_row, max_col, max_row = range_boundaries(ref)

    def move(lo, hi):
        if count > 0:
            if lo >= index:
                return lo + count, hi + count
            return lo, (hi + count if hi >= index else hi)
        g0, g1 = index, index - count - 1
        nlo = lo if lo < g0 else (g0 if lo <= g1 else lo + count)
        nhi = hi if hi < g0 else (g0 - 1 if hi <= g1 else hi + count)
        return (nlo, nhi) if nlo <= nhi else None

    if axis == 'col':
        r = move(min_col, max_col)
        if r is None or r[1] < r[0]:
            return None
        min_col, max_col = r
    else:
        r = move(min_row, max_row)
        if r is None or r[1] < r[0]:
            return None
        min_row, max_row = r
    a = f'{get_column_letter(min_col)}{min_row}'
    b = f'{get_column_letter(max_col)}{max_row}'
    return a if a == b else f'{a}:{b}'


def shift_sheet(ws, axis, index, count):
    for t in list(ws.tables.values()):
        ref = shift_range(t.ref, axis, index, count)
        if ref is None:
            del ws.tables[t.name]
            continue
        set_table(ws, t, ref)
    merged = [str(m) for m in ws.merged_cells.ranges]
    for m in merged:
        ws.unmerge_cells(m)
    dvs = list(ws.data_validations.dataValidation)
    ws.data_validations.dataValidation = []
    if count > 0:
        (ws.insert_cols if axis == 'col' else ws.insert_rows)(index, count)
    else:
        (ws.delete_cols if axis == 'col' else ws.delete_rows)(index, -count)
    for m in merged:
        ref = shift_range(m, axis, index, count)
        if ref and ':' in ref:
            ws.merge_cells(ref)
    for dv in dvs:
        refs = [shift_range(str(r), axis, index, count) for r in dv.sqref.ranges]
        refs = [r for r in refs if r]
        if refs:
            dv.sqref = openpyxl.worksheet.cell_range.MultiCellRange(' '.join(refs))
            ws.data_validations.dataValidation.append(dv)


def set_table(ws, t, ref):
    t.ref = ref
    if t.autoFilter is not None:
        t.autoFilter.ref = ref
    # Named from the header row when the workbook is saved (openpyxl does so for a table without
    # columns), as Excel names a table's columns from its header cells.
    t.tableColumns = []


def value_of(v):
    if isinstance(v, dict) and 'date' in v:
        return datetime.datetime.strptime(v['date'], '%Y-%m-%d')
    return v


def main():
    template, edits, out = sys.argv[1:4]
    wb = openpyxl.load_workbook(template)
    for op in json.load(open(edits, encoding='utf-8')):
        kind = op[0]
        if kind == 'set':
            _, sheet, cell, v = op[:4]
            c = wb[sheet][cell]
            c.value = value_of(v)
            if len(op) > 4 and op[4]:
                c.number_format = op[4]
            elif isinstance(v, dict):
                c.number_format = 'dd-mm-yyyy'
        elif kind in ('insert_cols', 'delete_cols', 'insert_rows', 'delete_rows'):
            _, sheet, index, count = op
            axis = 'col' if kind.endswith('cols') else 'row'
            shift_sheet(wb[sheet], axis, index, count if kind.startswith('insert') else -count)
        elif kind == 'table':
            _, sheet, name, ref = op
            set_table(wb[sheet], wb[sheet].tables[name], ref)
        elif kind == 'untable':
            del wb[op[1]].tables[op[2]]
        elif kind == 'validation':
            _, sheet, sqref, formula = op
            ws = wb[sheet]
            ws.data_validations.dataValidation = [
                dv for dv in ws.data_validations.dataValidation if str(dv.sqref) != sqref
            ]
            dv = DataValidation(type='list', formula1=formula, allow_blank=True)
            dv.add(sqref)
            ws.add_data_validation(dv)
        elif kind == 'rename':
            wb[op[1]].title = op[2]
        elif kind == 'copy':
            copy = wb.copy_worksheet(wb[op[1]])
            copy.title = op[2]
        elif kind == 'hide':
            wb[op[1]].sheet_state = 'hidden'
        elif kind == 'show':
            wb[op[1]].sheet_state = 'visible'
        elif kind == 'merge':
            wb[op[1]].merge_cells(op[2])
        elif kind == 'unmerge':
            wb[op[1]].unmerge_cells(op[2])
        elif kind == 'new':
            wb.create_sheet(op[1], op[2])
        elif kind == 'reorder_rows':
            _, sheet, first, last, order = op
            ws = wb[sheet]
            width = ws.max_column
            old = {r: [ws.cell(r, c).value for c in range(1, width + 1)] for r in range(first, last + 1)}
            for i, src in enumerate(order):
                for c in range(1, width + 1):
                    ws.cell(first + i, c).value = old[src][c - 1]
        elif kind == 'move':
            ws = wb[op[1]]
            wb._sheets.remove(ws)
            wb._sheets.insert(op[2], ws)
        elif kind == 'bar_chart':
            _, sheet, anchor, title, labels, values = op
            ws = wb[sheet]
            chart = BarChart()
            chart.title = title
            chart.add_data(Reference(ws, range_string=f"'{sheet}'!{values}"), titles_from_data=True)
            chart.set_categories(Reference(ws, range_string=f"'{sheet}'!{labels}"))
            ws.add_chart(chart, anchor)
        else:
            raise SystemExit(f'unknown edit {kind}')
    wb.active = 0
    wb.save(out)


if __name__ == '__main__':
    main()
