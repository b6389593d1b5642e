import Foundation
import Testing

@testable import AzadCore

/// A configuration's or theme's errors said in the interface's language: TOML syntax, colour and
/// width values, choice lists joined with the language's "or"; English unchanged, the place
/// (`FILE:LINE: KEY: `) as written.
@Suite struct ConfigErrorLanguageTests {
    static let persian = Translation.load(.fa, environment: [:])
    static let pashto = Translation.load(.ps, environment: [:])

    static func error(_ text: String, file: String = "/خانه/config.toml") -> ConfigError? {
        do {
            _ = try Config.parse(text, file: file, environment: [:])
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "a TOML syntax error in English (toml++'s words), Dari and Pashto",
        arguments: [
            (
                "a = [1, 2\n", "1: TOML syntax: Error while parsing array: encountered end-of-file (column 11)",
                "1: نحو TOML: فایل پیش از پایان فهرست تمام می‌شود (ستون 11)",
                "1: د TOML جوړښت: فایل د لړۍ له پای مخکې پای ته رسېږي (ستون 11)"
            ),
            (
                "mouse = true\nmouse = false\n",
                "2: TOML syntax: Error while parsing key-value pair: cannot redefine existing boolean 'mouse' (column 9)",
                "2: نحو TOML: 'mouse' پیش‌تر تعریف شده است (ستون 9)",
                "2: د TOML جوړښت: 'mouse' مخکې تعریف شوی دی (ستون 9)"
            ),
            (
                "theme = \"کابل\nmouse = true\n",
                "1: TOML syntax: Error while parsing string: unescaped control characters other than TAB (U+0009) are explicitly prohibited (column 14)",
                "1: نحو TOML: متنی بدون گیومهٔ پایانی، یا با یک نویسهٔ کنترلی (ستون 14)",
                "1: د TOML جوړښت: متن پرته له تړونکې نښې، یا د کنټرول له توري سره (ستون 14)"
            ),
            (
                "x = \"\\q\"\n", "1: TOML syntax: Error while parsing string: unknown escape sequence '\\q' (column 7)",
                "1: نحو TOML: دنبالهٔ گریز ناشناخته در یک متن (ستون 7)",
                "1: د TOML جوړښت: په متن کې ناپېژندل شوې تېښته‌یي لړۍ (ستون 7)"
            ),
            (
                "= 3\n",
                "1: TOML syntax: Error while parsing root table: expected keys, tables, whitespace or comments, saw '=' (column 1)",
                "1: نحو TOML: سطح بالای فایل در این‌جا نادرست است (ستون 1)",
                "1: د TOML جوړښت: د فایل پورتنۍ کچه دلته ناسم دی (ستون 1)"
            ),
            (
                "[keys\n", "1: TOML syntax: Error while parsing table header: expected ']', saw '\\n' (column 6)",
                "1: نحو TOML: سرنام جدول در این‌جا نادرست است (ستون 6)",
                "1: د TOML جوړښت: د جدول سرلیک دلته ناسم دی (ستون 6)"
            ),
        ])
    func syntax(text: String, english: String, dari: String, pashto: String) throws {
        let error = try #require(Self.error(text))
        let place = "/خانه/config.toml:"
        #expect(error.description == place + english)
        #expect(error.description(in: .english) == place + english)
        #expect(error.description(in: Self.persian) == place + dari)
        #expect(error.description(in: Self.pashto) == place + pashto)
    }

    @Test(
        "a wrong value in English, Dari and Pashto, choices joined in the language",
        arguments: [
            (
                "colors = \"millions\"",
                "1: colors: expected \"auto\", \"256\", \"16\", \"8\" or \"none\", found \"millions\"",
                "1: colors: انتظار \"auto\"، \"256\"، \"16\"، \"8\" یا \"none\" می‌رفت، \"millions\" یافت شد",
                "1: colors: \"auto\"، \"256\"، \"16\"، \"8\" یا \"none\" تمه کېده، \"millions\" وموندل شو"
            ),
            (
                "masthead = \"😀\"", "1: masthead: expected \"fa\" or \"en\", found \"😀\"",
                "1: masthead: انتظار \"fa\" یا \"en\" می‌رفت، \"😀\" یافت شد",
                "1: masthead: \"fa\" یا \"en\" تمه کېده، \"😀\" وموندل شو"
            ),
            (
                "\ntab_width = 40", "2: tab_width: expected a width from 1 to 16, found 40",
                "2: tab_width: انتظار پهنایی از 1 تا 16 می‌رفت، 40 یافت شد",
                "2: tab_width: له 1 تر 16 پورې پلنوالی تمه کېده، 40 وموندل شو"
            ),
            (
                "reading_width = 5",
                "1: reading_width: expected 0 (the whole pane) or a width from 20 to 10000, found 5",
                "1: reading_width: انتظار 0 (تمام پنجره) یا پهنایی از 20 تا 10000 می‌رفت، 5 یافت شد",
                "1: reading_width: 0 (ټوله چوکاټ) یا له 20 تر 10000 پورې پلنوالی تمه کېده، 5 وموندل شو"
            ),
            (
                "mouse = [1]", "1: mouse: expected true or false, found an array",
                "1: mouse: انتظار true یا false می‌رفت، یک فهرست یافت شد",
                "1: mouse: true یا false تمه کېده، یوه لړۍ وموندل شو"
            ),
            (
                "tab_width = 2.5", "1: tab_width: expected a whole number, found the number 2.5",
                "1: tab_width: انتظار یک عدد صحیح می‌رفت، عدد 2.5 یافت شد",
                "1: tab_width: بشپړ عدد تمه کېده، شمېره 2.5 وموندل شو"
            ),
            (
                "keys = \"q\"", "1: keys: expected a table of operation = keys, found \"q\"",
                "1: keys: انتظار جدولی از «عملیه = کلیدها» می‌رفت، \"q\" یافت شد",
                "1: keys: د «عملیه = کیلۍ» جدول تمه کېده، \"q\" وموندل شو"
            ),
            (
                "[keys]\nquit = \"\"", "2: keys.quit: a key cannot be an empty string",
                "2: keys.quit: کلید نمی‌تواند متن خالی باشد",
                "2: keys.quit: کیلي خالي متن نشي کېدای"
            ),
        ])
    func value(text: String, english: String, dari: String, pashto: String) throws {
        let error = try #require(Self.error(text))
        let place = "/خانه/config.toml:"
        #expect(error.description == place + english)
        #expect(error.description(in: Self.persian) == place + dari)
        #expect(error.description(in: Self.pashto) == place + pashto)
    }

    @Test(
        "a theme's colour and table errors in Dari and Pashto",
        arguments: [
            (
                "[help]\nfg = \"mauve\"\n",
                "2: help.fg: expected a colour: default, a name such as red or bright_blue, 0–255 or #rrggbb; found \"mauve\"",
                "2: help.fg: انتظار یک رنگ می‌رفت: default، نامی مانند red یا bright_blue، 0–255 یا #rrggbb؛ \"mauve\" یافت شد",
                "2: help.fg: رنګ تمه کېده: default، نوم لکه red یا bright_blue، 0–255 یا #rrggbb؛ \"mauve\" وموندل شو"
            ),
            (
                "help = 3\n", "1: help: expected a table such as [help] with fg, bg, bold…, found 3",
                "1: help: انتظار جدولی مانند [help] با fg، bg، bold… می‌رفت، 3 یافت شد",
                "1: help: د [help] په څېر جدول د fg، bg، bold… سره تمه کېده، 3 وموندل شو"
            ),
        ])
    func theme(text: String, english: String, dari: String, pashto: String) throws {
        let place = "/themes/تیره.toml:"
        #expect {
            _ = try Theme.parse(text, name: "تیره", file: "/themes/تیره.toml")
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.description == place + english && error.description(in: Self.persian) == place + dari
                && error.description(in: Self.pashto) == place + pashto
        }
    }

    @Test(
        "choice lists keep their items and join them in the language",
        arguments: [
            (["\"a\""], "\"a\"", "\"a\"", "\"a\""),
            (["\"fa\"", "\"en\""], "\"fa\" or \"en\"", "\"fa\" یا \"en\"", "\"fa\" یا \"en\""),
            (["x", "ی", "中"], "x, ی or 中", "x، ی یا 中", "x، ی یا 中"),
            ([], "", "", ""),
        ])
    func choiceList(items: [String], english: String, dari: String, pashto: String) {
        #expect(Translation.english.choiceList(items) == english)
        #expect(Self.persian.choiceList(items) == dari)
        #expect(Self.pashto.choiceList(items) == pashto)
    }
}
