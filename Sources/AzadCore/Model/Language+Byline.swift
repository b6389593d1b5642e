extension Language {
    /// The byline as one paragraph in this language: each role's label, then its names
    /// (`نویسنده: Helen Carter · برگردان: نسرین حیدری`, `By Helen Carter · Translated by …`), roles
    /// in the order the byline first names them. Nil when there is no one to name.
    public func byline(_ contributors: [Contributor]) -> String? {
        var order: [Contributor.Role] = []
        var names: [Contributor.Role: [String]] = [:]
        for contributor in contributors {
            if names[contributor.role] == nil { order.append(contributor.role) }
            names[contributor.role, default: []].append(contributor.name)
        }
        guard !order.isEmpty else { return nil }
        let labels = bylineLabels
        let separator = direction == .rightToLeft ? "، " : ", "
        return order.map { role in
            let list = names[role, default: []].joined(separator: separator)
            return labels.colon ? "\(labels.words[role]!): \(list)" : "\(labels.words[role]!) \(list)"
        }.joined(separator: " · ")
    }

    /// Each role's label in this language, and whether a colon follows it (`برگردان:`) or the names
    /// follow it as a phrase (`Translated by`). Languages without labels of their own take English.
    private var bylineLabels: (words: [Contributor.Role: String], colon: Bool) {
        switch primarySubtag {
        case "fa", "prs":
            ([.author: "نویسنده", .translator: "برگردان", .editor: "ویراستار", .compiler: "گردآورنده"], true)
        case "ps", "pbt", "pbu":
            ([.author: "لیکوال", .translator: "ژباړه", .editor: "سمونګر", .compiler: "راټولونکی"], true)
        case "ar":
            ([.author: "بقلم", .translator: "ترجمة", .editor: "تحرير", .compiler: "إعداد"], true)
        case "de":
            (
                [
                    .author: "Von", .translator: "Übersetzt von", .editor: "Herausgegeben von",
                    .compiler: "Zusammengestellt von",
                ], false
            )
        case "fr":
            ([.author: "Par", .translator: "Traduit par", .editor: "Édité par", .compiler: "Compilé par"], false)
        default:
            ([.author: "By", .translator: "Translated by", .editor: "Edited by", .compiler: "Compiled by"], false)
        }
    }
}
