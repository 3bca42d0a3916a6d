import Foundation
import Hummingbird

/// The teaching page's files (`Resources/`), read once from the module's bundle and served as
/// they are: `/` the page, `/page.css` its styles, `/charts.js` its charts, `/page.js` the
/// scenario explorer and `/lessons.js` the staged lessons and their animation. Nothing is fetched from elsewhere.
public struct PageAssets: Sendable {
  /// One file of the page.
  public enum File: String, CaseIterable, Sendable {
    case html = "page.html"
    case style = "page.css"
    case charts = "charts.js"
    case script = "page.js"
    case lessons = "lessons.js"

    /// The path it is served at.
    public var path: String { self == .html ? "/" : "/\(rawValue)" }

    /// Its media type.
    public var contentType: String {
      switch self {
      case .html: return "text/html; charset=utf-8"
      case .style: return "text/css; charset=utf-8"
      case .charts, .script, .lessons: return "text/javascript; charset=utf-8"
      }
    }
  }

  private let contents: [File: ByteBuffer]

  /// Reads every file from `Resources/` in `bundle`.
  public init(bundle: Bundle) throws(TeachingError) {
    var contents: [File: ByteBuffer] = [:]
    for file in File.allCases {
      let name = (file.rawValue as NSString).deletingPathExtension
      let type = (file.rawValue as NSString).pathExtension
      guard let url = bundle.url(forResource: name, withExtension: type, subdirectory: "Resources"),
        let data = try? Data(contentsOf: url)
      else {
        throw .failed("the page file Resources/\(file.rawValue) is missing from \(bundle.bundlePath)")
      }
      contents[file] = ByteBuffer(bytes: data)
    }
    self.contents = contents
  }

  /// The files built into this module, read once.
  public static let bundled = Result<PageAssets, TeachingError> { () throws(TeachingError) in
    try PageAssets(bundle: .module)
  }

  /// The bytes of `file`.
  public func body(_ file: File) -> ByteBuffer {
    contents[file] ?? ByteBuffer()
  }
}
