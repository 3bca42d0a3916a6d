import Foundation

/// Seeded text mutations of YAML scenario and area files: numbers at their edges, deleted and
/// duplicated keys, values of the wrong type, anchors and aliases, broken structure, truncation.
struct Mutator {
  /// What a mutation did, for messages.
  enum Kind: String, CaseIterable {
    case number, deleteLine, duplicateLine, swapType, aliasBomb, smallAlias, truncate, breakLine, indent
  }

  /// Every kind, numbers four times and type swaps twice as often as the others.
  static let weightedKinds: [Kind] = Array(repeating: .number, count: 4) + [.swapType] + Kind.allCases

  /// Returns `text` with one to three mutations applied, and their description.
  static func mutate(_ text: String, using random: inout FuzzRandom) -> (text: String, description: String) {
    var lines = text.components(separatedBy: "\n")
    var done: [String] = []
    let count = random.pick([1, 1, 1, 1, 2, 3])
    for _ in 0..<count {
      let kind = random.pick(Mutator.weightedKinds)
      if kind == .truncate {
        let whole = lines.joined(separator: "\n")
        let cut = Int.random(in: 0...whole.count, using: &random)
        lines = String(whole.prefix(cut)).components(separatedBy: "\n")
        done.append("truncate at \(cut)")
        continue
      }
      guard let index = randomLine(lines, for: kind, using: &random) else { continue }
      done.append("\(kind.rawValue) line \(index + 1)")
      apply(kind, at: index, to: &lines, using: &random)
    }
    return (lines.joined(separator: "\n"), done.joined(separator: ", "))
  }

  /// A line a mutation of `kind` can act on: one holding a number for `.number`, a key otherwise.
  static func randomLine(_ lines: [String], for kind: Kind, using random: inout FuzzRandom) -> Int? {
    let candidates = lines.indices.filter { index in
      let line = lines[index]
      if line.trimmingCharacters(in: .whitespaces).hasPrefix("#") { return false }
      switch kind {
      case .number: return numberRanges(in: line).isEmpty == false
      default: return line.contains(":")
      }
    }
    return candidates.isEmpty ? nil : random.pick(candidates)
  }

  static func apply(_ kind: Kind, at index: Int, to lines: inout [String], using random: inout FuzzRandom) {
    let line = lines[index]
    switch kind {
    case .number:
      let range = random.pick(numberRanges(in: line))
      lines[index] = line.replacingCharacters(in: range, with: random.pick(FuzzValues.numbers))
    case .deleteLine:
      lines.remove(at: index)
    case .duplicateLine:
      lines.insert(line, at: index + 1)
    case .swapType:
      lines[index] = replacingValue(line, with: random.pick(FuzzValues.otherTypes))
    case .aliasBomb:
      lines[index] = replacingValue(line, with: FuzzValues.aliasBomb)
    case .smallAlias:
      lines[index] = replacingValue(line, with: random.chance(0.5) ? "&x 5" : "*x")
    case .breakLine:
      let position = line.index(line.startIndex, offsetBy: Int.random(in: 0...line.count, using: &random))
      lines[index].insert(contentsOf: random.pick(FuzzValues.breakers), at: position)
    case .indent:
      lines[index] =
        String(repeating: " ", count: Int.random(in: 0...7, using: &random))
        + line.trimmingCharacters(in: .whitespaces)
    case .truncate:
      break
    }
  }

  /// `key: value` with the value replaced (the key kept); other lines get the value appended.
  static func replacingValue(_ line: String, with value: String) -> String {
    guard let colon = line.firstIndex(of: ":") else { return line + " " + value }
    return String(line[...colon]) + " " + value
  }

  /// The ranges of numbers written in `line`: digits with an optional leading minus, fraction
  /// and exponent.
  static func numberRanges(in line: String) -> [Range<String.Index>] {
    var ranges: [Range<String.Index>] = []
    var index = line.startIndex
    while index < line.endIndex {
      guard line[index].isASCII, line[index].isNumber else {
        index = line.index(after: index)
        continue
      }
      var start = index
      if start > line.startIndex, line[line.index(before: start)] == "-" { start = line.index(before: start) }
      var end = index
      var seenDot = false
      var seenExponent = false
      while end < line.endIndex {
        let character = line[end]
        if character.isASCII, character.isNumber {
          end = line.index(after: end)
        } else if character == ".", !seenDot, !seenExponent {
          seenDot = true
          end = line.index(after: end)
        } else if character == "e" || character == "E", !seenExponent {
          seenExponent = true
          end = line.index(after: end)
          if end < line.endIndex, line[end] == "-" || line[end] == "+" { end = line.index(after: end) }
        } else {
          break
        }
      }
      ranges.append(start..<end)
      index = end
    }
    return ranges
  }

  /// Dotted key paths of the mappings in `text` (list items are skipped), for `--set` abuse.
  static func keyPaths(_ text: String) -> [String] {
    var stack: [(indent: Int, key: String)] = []
    var paths: [String] = []
    for line in text.components(separatedBy: "\n") {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), !trimmed.hasPrefix("-"),
        let colon = trimmed.firstIndex(of: ":")
      else { continue }
      let key = String(trimmed[..<colon])
      guard key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { continue }
      let indent = line.prefix { $0 == " " }.count
      while let last = stack.last, last.indent >= indent { stack.removeLast() }
      stack.append((indent, key))
      paths.append(stack.map(\.key).joined(separator: "."))
    }
    return paths
  }
}
