import Foundation
import TOMLKit

extension Theme {
    /// The theme in `text`, read from `file`; `inherited` supplies the elements the file leaves out.
    ///
    /// Returns the theme and the name it inherits from (`inherits = "…"`), if any.
    static func parse(_ text: String, name: String, file: String) throws(ConfigError) -> (Theme, inherits: String?) {
        let table = try parseTOML(text, file: file)
        let source = ConfigSource(file: file, map: TOMLSourceMap(text))
        let reader = TOMLReader(source: source)
        var theme = Theme(name: name, styles: [:])
        var inherits: String? = nil
        let elementNames = ThemeElement.allCases.map(\.rawValue)
        for key in table.keys.sorted(by: { (source.line(of: [$0]) ?? 0) < (source.line(of: [$1]) ?? 0) }) {
            let value = table[key]!
            switch key {
            case "description": theme.description = try reader.string(value, [key])
            case "inherits":
                let parent = try reader.string(value, [key])
                guard ThemeCatalog.isValidName(parent) else {
                    throw reader.error(
                        [key], template: Translation.noop("“{name}” is not a theme name (letters, digits, - and _)"),
                        ["name": parent])
                }
                inherits = parent
            default:
                guard let element = ThemeElement(rawValue: key) else {
                    throw reader.error(
                        [key], template: Translation.noop("unknown element (known: {names})"),
                        ["names": elementNames.joined(separator: ", ")])
                }
                guard let style = value.table else {
                    throw reader.error(
                        [key],
                        template: Translation.noop(
                            "expected a table such as [{key}] with fg, bg, bold…, found {found}"),
                        ["key": key, "found": reader.show(value)])
                }
                theme.styles[element] = try parseStyle(style, element: key, reader: reader)
            }
        }
        return (theme, inherits)
    }

    private static func parseStyle(_ table: TOMLTable, element: String, reader: TOMLReader) throws(ConfigError)
        -> ThemeStyle
    {
        var style = ThemeStyle()
        for key in table.keys {
            let value = table[key]!
            let path = [element, key]
            switch key {
            case "fg", "bg":
                let color: ThemeColor?
                if let index = value.int {
                    color = (0...255).contains(index) ? .index(UInt8(index)) : nil
                } else if let name = value.string {
                    color = ThemeColor(name: name)
                } else {
                    color = nil
                }
                guard let color else {
                    throw reader.error(
                        path,
                        template: Translation.noop(
                            "expected a colour: default, a name such as red or bright_blue, 0–255 or #rrggbb; found {found}"
                        ),
                        ["found": reader.show(value)])
                }
                if key == "fg" { style.foreground = color } else { style.background = color }
            case "bold": style.bold = try reader.bool(value, path)
            case "underline": style.underline = try reader.bool(value, path)
            case "reverse": style.reverse = try reader.bool(value, path)
            case "italic": style.italic = try reader.bool(value, path)
            case "dim": style.dim = try reader.bool(value, path)
            default:
                throw reader.error(
                    path, template: Translation.noop("unknown style key (known: {names})"),
                    ["names": ThemeStyle.keys.joined(separator: ", ")])
            }
        }
        return style
    }
}
