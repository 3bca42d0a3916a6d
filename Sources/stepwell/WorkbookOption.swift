import ArgumentParser
import Foundation
import Projection

/// `--xlsx`: also write the output folder as one Excel workbook, `<folder>/<folder-name>.xlsx`.
///
/// Every command that writes a folder takes it (through `RunSettings`, or on its own). The
/// command calls `writer()` before it runs anything, so a missing Python is reported at once, and
/// hands the writer to the code that writes its folder (`OutputFolder(destination:kind:workbook:)`).
struct WorkbookOption: ParsableArguments {
  @Flag(
    name: .long,
    help: """
      Also write <folder>/<folder-name>.xlsx: every CSV table as a sheet, the data dictionary and an \
      About sheet (needs Python with openpyxl: make notebooks; STEPWELL_PYTHON names the interpreter).
      """)
  var xlsx = false

  /// The workbook writer when `--xlsx` was given, else nil.
  ///
  /// - Throws: `WorkbookUnavailable` (exit code 2) when no Python with openpyxl is found.
  func writer() throws -> WorkbookWriter? {
    guard xlsx else { return nil }
    return try WorkbookWriter.locate()
  }

  /// `names` with the workbook's name after them when `--xlsx` was given, for the closing line.
  func fileNames(_ names: [String], folder: URL) -> [String] {
    xlsx ? names + [WorkbookWriter.fileName(forFolder: folder)] : names
  }
}
