/// The page shell: an HTML5 document written as well-formed XML (every element closed, no named
/// entities but the XML five), UTF-8, with the style sheet inline and nothing fetched.
public struct HTMLDocument {
  /// The page title (escaped).
  public var title: String
  /// The inline style sheet.
  public var css: String
  /// The body's markup, already built.
  public var body: String
  /// The `generator` meta tag's content, e.g. the program's name and version (escaped).
  public var generator: String

  public init(title: String, css: String, body: String, generator: String) {
    self.title = title
    self.css = css
    self.body = body
    self.generator = generator
  }

  /// The whole document, ending with a newline.
  public var rendered: String {
    let head = [
      Markup.empty("meta", [("charset", "utf-8")]),
      Markup.empty("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
      Markup.empty("meta", [("name", "generator"), ("content", generator)]),
      Markup.text("title", [], title),
      Markup.element("style", [], "\n" + css + "\n"),
    ].joined(separator: "\n")
    return "<!DOCTYPE html>\n"
      + Markup.element(
        "html", [("lang", "en-GB")],
        "\n" + Markup.element("head", [], "\n" + head + "\n") + "\n"
          + Markup.element("body", [], "\n" + body + "\n") + "\n") + "\n"
  }
}
