import Foundation
import StepwellMetrics

extension OutputFolder {
  /// Writes `data-dictionary.csv` into every folder that received files: one row per file that
  /// is not a table, and for each table its columns and the metric names it holds; the top
  /// folder's also lists the workbook about to be written.
  func writeDataDictionaries() throws {
    let paths = written.all.filter { ($0 as NSString).lastPathComponent != OutputCatalogue.dataDictionaryName }
    var folders: [String] = []
    var byFolder: [String: [String]] = [:]
    for path in paths {
      let folder = (path as NSString).deletingLastPathComponent
      if byFolder[folder] == nil { folders.append(folder) }
      byFolder[folder, default: []].append(path)
    }
    for folder in folders {
      var dictionary = try OutputFolder.dataDictionary(of: byFolder[folder] ?? [], in: staging)
      for subfolder in try OutputFolder.subfolders(of: staging.appendingPathComponent(folder)) {
        dictionary.addFolder(subfolder)
      }
      if folder.isEmpty, let workbookName { dictionary.addFile(workbookName) }
      dictionary.addSelf()
      let name = folder.isEmpty ? OutputCatalogue.dataDictionaryName : folder + "/" + OutputCatalogue.dataDictionaryName
      try write(dictionary.csv, to: name)
    }
  }

  /// The dictionary of the files at `paths` (relative to `root`), read back from disk, without
  /// the rows of sub-folders and of the dictionary itself.
  static func dataDictionary(of paths: [String], in root: URL) throws -> DataDictionary {
    var dictionary = DataDictionary()
    for path in paths {
      let name = (path as NSString).lastPathComponent
      let url = root.appendingPathComponent(path)
      guard name.hasSuffix(".csv") else {
        dictionary.addFile(name)
        continue
      }
      if OutputCatalogue.file(name)?.metricColumn == nil {
        dictionary.addTable(name, lines: [Substring(try firstLine(of: url))])
      } else {
        let text = try String(contentsOf: url, encoding: .utf8)
        dictionary.addTable(name, lines: text.split(separator: "\n", omittingEmptySubsequences: false))
      }
    }
    return dictionary
  }

  /// The names of the visible folders inside `url`, sorted (`alt`, `base` of a comparison).
  static func subfolders(of url: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url.path).filter { name in
      var isFolder: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isFolder)
      return exists && isFolder.boolValue && !name.hasPrefix(".")
    }
    .sorted()
  }

  /// The first line of a file, read without loading the rest (`records.csv` can be large).
  static func firstLine(of url: URL) throws -> String {
    let handle = try FileHandle(forReadingFrom: url)
    defer { try? handle.close() }
    var bytes: [UInt8] = []
    while let chunk = try handle.read(upToCount: 4096), !chunk.isEmpty {
      if let end = chunk.firstIndex(of: UInt8(ascii: "\n")) {
        bytes += chunk[chunk.startIndex..<end]
        break
      }
      bytes += chunk
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
