import Foundation
import Yams

/// Keeps the data files a scenario names (`services.<id>.backlog.file`, `uncertainty.draws`)
/// pointing at the same files when another file in another folder extends it.
///
/// Those paths are written relative to the folder of the file that names them; the merged scenario
/// is read relative to the extending file's folder. Rebasing rewrites each relative path so it
/// names the same file from the extending file's folder: a path below that folder stays relative,
/// any other becomes absolute. Files in the same folder are left exactly as written.
public enum ExtendedFilePaths {
  /// `parent` (a scenario tree read from `parentFolder`) with its relative data-file paths
  /// rewritten to be read from `childFolder`. Both folders are standardised absolute paths.
  static func rebasing(_ parent: Node, from parentFolder: String, to childFolder: String) -> Node {
    guard parentFolder != childFolder, case .mapping(var top) = parent else { return parent }
    if case .mapping(var services)? = top[Node("services")] {
      for (id, service) in services {
        guard case .mapping(var spec) = service, case .mapping(var backlog)? = spec[Node("backlog")],
          let file = backlog[Node("file")]?.string
        else { continue }
        backlog[Node("file")] = Node(rebased(file, from: parentFolder, to: childFolder))
        spec[Node("backlog")] = .mapping(backlog)
        services[id] = .mapping(spec)
      }
      top[Node("services")] = .mapping(services)
    }
    let section = Node(UncertaintyReader.sectionKey)
    if case .mapping(var uncertainty)? = top[section], let draws = uncertainty[Node("draws")]?.string {
      uncertainty[Node("draws")] = Node(rebased(draws, from: parentFolder, to: childFolder))
      top[section] = .mapping(uncertainty)
    }
    return .mapping(top)
  }

  /// `path` (relative to `parentFolder`, or absolute) as a path to the same file read from
  /// `childFolder`.
  public static func rebased(_ path: String, from parentFolder: String, to childFolder: String) -> String {
    let expanded = NSString(string: path).expandingTildeInPath
    guard !expanded.hasPrefix("/") else { return path }
    let target = URL(fileURLWithPath: parentFolder).appendingPathComponent(expanded).standardizedFileURL.path
    let prefix = childFolder.hasSuffix("/") ? childFolder : childFolder + "/"
    return target.hasPrefix(prefix) ? String(target.dropFirst(prefix.count)) : target
  }
}
