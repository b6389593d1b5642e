import Foundation

/// A small feed folder of exports in the site's format, written for these tests.
enum ReaderFeedFixture {
    static let englishTitle = "Ferry service resumes on the northern lake"
    static let persianTitle = "آغاز دوباره کار کتابخانه شهر"
    static let pashtoTitle = "د کلي ښوونځی بیا پرانیستل شو"
    static let germanTitle = "Neue Brücke über den Fluss eröffnet"

    /// Writes the feed into a new folder and returns it.
    static func make() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("azad-feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let european =
            "افغانستان آزاد ــ آزاد افغانستان\nAA-AA\nwww.afgazad.com\tafgazad@gmail.com\nEuropean Languages\tزبان های اروپائی\n\n"
        let persian = "افغانستان آزاد ــ آزاد افغانستان\nAA-AA\nwww.afgazad.com\tafgazad@gmail.com\nاجتماعی\n\n"
        let longBody = (1...40).map { "Sentence \($0) tells how the ferry crossed the lake in calm weather." }
            .joined(separator: " ")
        let files: [(String, String)] = [
            (
                "ferry.txt",
                european + "\(englishTitle)\n\nBy A Test Writer\n\n03/15/2016\n\n"
                    + "The old ferry sailed again this morning after a long winter in the harbour.\n\n"
                    + "HARBOUR NEWS\n\n" + longBody + "\n\nThe harbour master said the lake was calm.\n"
            ),
            (
                "library.txt",
                persian + "\(persianTitle)\n\nنویسنده: نویسنده آزمایشی\n\n۲ حوت ۱۳۹۴\n\n"
                    + "کتابخانه شهر پس از تعمیر دوباره باز شد و خوانندگان به آن برگشتند.\n\n"
                    + "کودکان هم برای خواندن کتاب‌های تازه آمدند.\n"
            ),
            (
                "school.txt",
                persian.replacingOccurrences(of: "اجتماعی", with: "ټولنیز") + "\(pashtoTitle)\n\n2016-01-10\n\n"
                    + "د کلي ماشومان بېرته ښوونځي ته ولاړل او ښوونکي خوشاله شول.\n"
            ),
            (
                "bridge.txt",
                european + "\(germanTitle)\n\nVon Einer Testautorin\n\n21.02.2015\n\n"
                    + "Die neue Brücke verbindet nun beide Ufer des Flusses.\n"
            ),
        ]
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }
}
