import AzadCore
import Foundation

/// libFuzzer entry point: decodes and parses arbitrary bytes as an export.
///
/// The parser may refuse a file only with an `ImportError`; whatever it accepts must be an article
/// the rest of azad can use: a title, a valid date, blocks with text, a JSON form that reads back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    let article: Article
    do {
        article = try ExportParser.parse(data: bytes, path: "/fuzz/input.txt")
    } catch let error as ImportError {
        precondition(!error.description.isEmpty, "an ImportError without a message")
        precondition(!error.description.contains("\n"), "an ImportError message spans lines")
        return 0
    } catch {
        preconditionFailure("the parser threw something other than an ImportError: \(error)")
    }
    precondition(!article.title.isEmpty, "an article without a title")
    precondition(article.path == "/fuzz/input.txt", "the article lost its path")
    if let date = article.date {
        precondition(CivilDate(year: date.year, month: date.month, day: date.day) != nil, "an impossible date")
    }
    for block in article.blocks {
        precondition(!block.text.isEmpty, "an empty \(block.kind) block")
    }
    let json = try! JSONEncoder().encode(article)
    let back = try! JSONDecoder().decode(Article.self, from: json)
    precondition(back == article, "the article's JSON does not read back to the same article")
    return 0
}
