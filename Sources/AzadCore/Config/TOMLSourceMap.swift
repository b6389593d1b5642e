import Foundation

/// The line each key of a TOML document is on, for error messages that point at the right place.
///
/// TOMLKit reports lines for syntax errors only; a value of the wrong kind is found after parsing, so
/// this light scanner follows table headers and `key =` lines (skipping multi-line strings) to say where
/// the key was written.
struct TOMLSourceMap: Sendable, Hashable {
    private var lines: [[String]: Int] = [:]

    init(_ text: String) {
        var table: [String] = []
        var openString: String? = nil
        // Split on the scalar: "\r\n" is one Character, and CRLF files must count lines too.
        let rawLines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        for (number, rawLine) in rawLines.enumerated() {
            let line = trimmed(Substring(String(String.UnicodeScalarView(rawLine))))
            if let delimiter = openString {
                if line.components(separatedBy: delimiter).count % 2 == 0 { openString = nil }
                continue
            }
            if line.hasPrefix("[") {
                let isArray = line.hasPrefix("[[")
                var rest = Substring(line.dropFirst(isArray ? 2 : 1))
                if let path = TOMLSourceMap.keyPath(&rest), rest.hasPrefix("]") {
                    table = path
                    record(path, line: number + 1)
                }
                continue
            }
            var rest = Substring(line)
            guard let path = TOMLSourceMap.keyPath(&rest), rest.hasPrefix("=") else { continue }
            record(table + path, line: number + 1)
            for delimiter in ["\"\"\"", "'''"] where rest.components(separatedBy: delimiter).count % 2 == 0 {
                openString = delimiter
            }
        }
    }

    /// The 1-based line `path` (table names, then the key) was written on.
    func line(of path: [String]) -> Int? { lines[path] }

    private mutating func record(_ path: [String], line: Int) {
        if lines[path] == nil { lines[path] = line }
    }

    /// Reads a dotted key (`a`, `"quoted key"`, `a.b`) from the start of `text`, leaving what follows
    /// (spaces skipped).
    private static func keyPath(_ text: inout Substring) -> [String]? {
        var path: [String] = []
        while true {
            text = text.drop { $0 == " " || $0 == "\t" }
            guard let first = text.first else { return nil }
            if first == "\"" || first == "'" {
                var key = ""
                var index = text.index(after: text.startIndex)
                var closed = false
                while index < text.endIndex {
                    let character = text[index]
                    if character == first {
                        closed = true
                        break
                    }
                    if character == "\\", first == "\"", text.index(after: index) < text.endIndex {
                        index = text.index(after: index)
                        let escaped = text[index]
                        key.append(escaped == "n" ? "\n" : escaped == "t" ? "\t" : escaped)
                    } else {
                        key.append(character)
                    }
                    index = text.index(after: index)
                }
                guard closed else { return nil }
                path.append(key)
                text = text[text.index(after: index)...]
            } else {
                let bare = text.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
                guard !bare.isEmpty else { return nil }
                path.append(String(bare))
                text = text.dropFirst(bare.count)
            }
            text = text.drop { $0 == " " || $0 == "\t" }
            guard text.first == "." else { return path }
            text = text.dropFirst()
        }
    }
}

/// `text` without the spaces, tabs and carriage returns around it.
private func trimmed(_ text: Substring) -> String {
    let blank: Set<Character> = [" ", "\t", "\r"]
    let start = text.firstIndex { !blank.contains($0) } ?? text.endIndex
    let end = text.lastIndex { !blank.contains($0) }.map { text.index(after: $0) } ?? start
    return String(text[start..<Swift.max(start, end)])
}
