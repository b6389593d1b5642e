import AzadCore
import Foundation

/// libFuzzer entry point: arbitrary bytes as a PDF, through poppler, the page-structure stage and the
/// export parser.
///
/// The bytes always start with the PDF header, so that every input reaches poppler. A PDF may be
/// refused only with an `ImportError`; text that comes out is an export's text (no bidi embedding
/// controls, which poppler adds and the stage removes) and parses like one.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDF(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var bytes = Data("%PDF-".utf8)
    let input = UnsafeBufferPointer(start: data, count: size)
    bytes.append(contentsOf: input.starts(with: "%PDF-".utf8) ? input.dropFirst(5) : input[...])
    let text: String
    do {
        text = try PDFImport.text(of: bytes)
    } catch let error as ImportError {
        precondition(!error.description.isEmpty, "an ImportError without a message")
        precondition(!error.description.contains("\n"), "an ImportError message spans lines")
        return 0
    } catch {
        preconditionFailure("the PDF stage threw something other than an ImportError: \(error)")
    }
    precondition(text.unicodeScalars.contains { !$0.properties.isWhitespace }, "a PDF read as no text")
    precondition(
        !text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) }, "a bidi embedding control left in")
    do {
        let article = try ExportParser.parse(text: text, path: "/fuzz/input.pdf")
        precondition(!article.title.isEmpty, "an article without a title")
        for block in article.blocks { precondition(!block.text.isEmpty, "an empty \(block.kind) block") }
    } catch let error as ImportError {
        precondition(error.reason == .noArticle, "the text of a PDF refused for another reason: \(error)")
    } catch {
        preconditionFailure("the parser threw something other than an ImportError: \(error)")
    }
    return 0
}
