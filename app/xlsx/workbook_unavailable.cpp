// A build without libxlsxwriter (the Windows cross build): no workbook, and a reason.
#include "workbook.h"

namespace effekt::xlsx {

bool available() {
    return false;
}

Diagnostics writeWorkbook(const Project &, const Results &, const std::string &path, Language) {
    return {Diagnostic{DiagCode::FileWriteFailed,
                       Severity::Error,
                       "file",
                       -1,
                       "",
                       -1,
                       {std::string("this build cannot write Excel workbooks (built without "
                                    "libxlsxwriter): ") +
                        path}}};
}

} // namespace effekt::xlsx
