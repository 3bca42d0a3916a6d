import Presentation
import Testing

@Suite("Escaping and coordinates")
struct EscapeTests {
  @Test("minimal escapes & < > \" only; strict also ' and drops control characters")
  func escaping() {
    let text = "a<b & \"c\" 'd'>\t\u{1}"
    #expect(XMLEscape.minimal(text) == "a&lt;b &amp; &quot;c&quot; 'd'&gt;\t\u{1}")
    #expect(XMLEscape.strict(text) == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;\t")
    #expect(XMLEscape.strict("x\u{E000}y\u{85}z\n") == "xyz\n")
    #expect(XMLEscape.minimal("&amp;") == "&amp;amp;")
  }

  @Test("Markup escapes inserted text and attribute values")
  func markup() {
    #expect(Markup.text("p", [("title", "a\"b")], "<i>") == "<p title=\"a&quot;b\">&lt;i&gt;</p>")
    #expect(Markup.empty("br") == "<br />")
  }

  @Test("Coordinates: compact has at most one decimal, twoDecimals always two")
  func coordinates() {
    #expect(Coordinate.compact(12.04) == "12")
    #expect(Coordinate.compact(12.26) == "12.3")
    #expect(Coordinate.compact(-0.04) == "0")
    #expect(Coordinate.compact(.infinity) == "0")
    #expect(Coordinate.twoDecimals(3) == "3.00")
  }
}
