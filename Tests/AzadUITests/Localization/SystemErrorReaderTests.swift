import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// The reader's own system errors (saving an article's text, starting a program) in the interface's
/// language; English as the C library says it.
@Suite struct SystemErrorReaderTests {
    @Test(
        "saving into a folder that does not exist",
        arguments: [
            (UILanguage.en, "No such file or directory"), (.fa, "چنین فایلی وجود ندارد"), (.ps, "داسې فایل نشته"),
        ])
    func saveFails(language: UILanguage, reason: String) {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("azad-نیست-\(UUID())")
        let request = SaveRequest(path: missing.appendingPathComponent("مقاله 📰.txt").path, text: "متن")
        #expect(ArticleFile.save(request, Translation.load(language, environment: [:])) == .failed(reason))
    }

    @Test(
        "a program that cannot start",
        arguments: [
            (UILanguage.en, "less: Permission denied"), (.fa, "less: اجازه داده نشد"), (.ps, "less: اجازه نشته"),
        ])
    func spawnFails(language: UILanguage, message: String) {
        let failure = ExternalProgram.SpawnFailure(program: "less", code: EACCES)
        #expect(failure.description(in: Translation.load(language, environment: [:])) == message)
    }
}
