# Opens every SRC/*.xlsx with R's openxlsx (loadWorkbook) and saves it again (saveWorkbook), as an
# analyst's R script passes a plan on. openxlsx keeps the cells, styles, notes, merged cells,
# conditional formats and validations it knows and writes its own XML for them; a file it cannot
# save is reported and left out. Used by scripts/accuracy-writers.sh and scripts/cpr-writers.ts
# (Debian: apt-get install r-cran-openxlsx):  Rscript scripts/openxlsx-roundtrip.R SRC DST
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: Rscript openxlsx-roundtrip.R SRC DST")
suppressMessages(library(openxlsx))
src <- args[1]
dst <- args[2]
dir.create(dst, showWarnings = FALSE, recursive = TRUE)
for (f in sort(list.files(src, pattern = "\\.xlsx$"))) {
  tryCatch({
    wb <- loadWorkbook(file.path(src, f))
    saveWorkbook(wb, file.path(dst, f), overwrite = TRUE)
  }, error = function(e) cat("openxlsx could not save", f, ":", conditionMessage(e), "\n"))
}
