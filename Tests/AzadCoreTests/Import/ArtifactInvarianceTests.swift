import Foundation
import Testing

@testable import AzadCore

/// The reference-layout export must parse to the same article whatever extraction did to its bytes.
@Suite struct ArtifactInvarianceTests {
    /// One way an export's bytes can differ from clean UTF-8 with LF line ends.
    enum Artifact: String, CaseIterable, CustomTestStringConvertible {
        case crlf, cr, utf8BOM, utf16LE, utf16BE, windows1256, pageBreakBetweenParagraphs, pageBreakInsideParagraph
        case trailingSpacesAndTabs

        var testDescription: String { rawValue }

        func apply(to text: String) -> Data {
            switch self {
            case .crlf: return Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
            case .cr: return Data(text.replacingOccurrences(of: "\n", with: "\r").utf8)
            case .utf8BOM: return Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))
            case .utf16LE: return Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            case .utf16BE: return Data([0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
            case .windows1256:
                var reverse: [UInt32: UInt8] = [:]
                for (offset, value) in LegacyCodePage.windows1256High.enumerated() {
                    reverse[UInt32(value)] = UInt8(0x80 + offset)
                }
                // The code page has no Persian yeh: old files wrote the Arabic one.
                let arabicYeh = text.replacingOccurrences(of: "ی", with: "ي")
                return Data(arabicYeh.unicodeScalars.map { $0.isASCII ? UInt8($0.value) : reverse[$0.value] ?? 0x3F })
            case .pageBreakBetweenParagraphs:
                // A footer, a form feed, the masthead again and a bare page number between two paragraphs.
                let footer = "\n\nP a g e | 1\n\u{0C}" + Fixture.masthead() + "\n\n2\n"
                return Data(text.replacingOccurrences(of: "\n\nRescue workers", with: footer + "\nRescue workers").utf8)
            case .pageBreakInsideParagraph:
                let split = "in both cities appealed for blood donors."
                let broken =
                    "in both cities\n\nPage 1 of 2\n\u{0C}" + Fixture.masthead() + "\n\nappealed for blood donors."
                return Data(text.replacingOccurrences(of: split, with: broken).utf8)
            case .trailingSpacesAndTabs:
                return Data(
                    text.split(separator: "\n", omittingEmptySubsequences: false).map { $0 + " \t " }
                        .joined(separator: "\n").utf8)
            }
        }
    }

    @Test(arguments: Artifact.allCases)
    func sameArticleWhateverTheArtifact(artifact: Artifact) throws {
        let clean = try TextDecoding.decode(try Fixture.data("reference-layout-english.txt"))
        let expected = try ExportParser.parse(text: clean, path: "reference")
        let article = try ExportParser.parse(data: artifact.apply(to: clean), path: "reference")
        #expect(article.title == expected.title)
        #expect(article.subtitle == expected.subtitle)
        #expect(article.date == expected.date)
        #expect(article.language == expected.language)
        #expect(article.source == expected.source)
        #expect(article.blocks == expected.blocks)
        if artifact == .windows1256 {
            #expect(article.section == "European Languages")
        } else {
            #expect(article.section == expected.section)
        }
    }
}
