import Foundation

/// An article's source URL made safe to hand to a browser: only `http` and `https`, with a host,
/// and nothing a terminal or a program's argument parsing could misread (controls, spaces, a
/// leading `-`).
public enum SourceLink {
    /// The URL a browser may be given for `source`, or nil when it is not a plain http(s) URL.
    public static func sanitized(_ source: String) -> String? {
        let trimmed = source.trimmingCharacters(in: .whitespacesAndNewlines)
        // A URL never holds a space (the parser repairs PDF extraction's), a control or a bidi control.
        guard !trimmed.isEmpty,
            !trimmed.unicodeScalars.contains(where: {
                $0.properties.isWhitespace || $0.properties.generalCategory == .control
                    || $0.properties.generalCategory == .format
            })
        else { return nil }
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty,
            let url = components.string
        else { return nil }
        return url
    }
}
