/// `--xlsx` was asked for but no Python with openpyxl was found: invalid input (exit code 2),
/// reported before any simulation, with nothing written.
public struct WorkbookUnavailable: Error, CustomStringConvertible, Sendable {
  /// Each interpreter tried, with why it was passed over.
  public let tried: [String]

  /// One line: what was tried and what to install.
  public var description: String {
    let places = tried.isEmpty ? "no interpreter found" : "tried " + tried.joined(separator: ", ")
    return "--xlsx: no Python with openpyxl (\(places)); allowed: run `make notebooks` (builds .venv with "
      + "openpyxl), or `pip install openpyxl` for python3, or set \(PythonSearch.variable) to a Python that has it"
  }
}
