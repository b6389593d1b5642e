import Foundation

/// A catalog's `Plural-Forms` expression (`plural=(n > 1)`), evaluated for a count: the C subset
/// gettext allows — `n`, whole numbers, `! % * / + - < <= > >= == != && || ?:` and parentheses.
struct PluralRule: Sendable, Hashable {
    indirect enum Node: Sendable, Hashable {
        case n
        case number(Int)
        case not(Node)
        case binary(String, Node, Node)
        case choice(Node, Node, Node)
    }

    let root: Node
    let count: Int

    /// English's rule: one form for 1, the other for every other count.
    static let english = PluralRule(root: .binary("!=", .n, .number(1)), count: 2)

    init(root: Node, count: Int) {
        self.root = root
        self.count = count
    }

    /// The rule in a catalog header's `Plural-Forms: nplurals=2; plural=(n > 1);`, nil when it is
    /// missing or not understood.
    init?(header: String) {
        guard let line = header.split(separator: "\n").first(where: { $0.hasPrefix("Plural-Forms:") }) else {
            return nil
        }
        var count: Int?
        var expression: Substring?
        for part in line.dropFirst("Plural-Forms:".count).split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            switch pair[0].trimmingCharacters(in: .whitespaces) {
            case "nplurals": count = Int(pair[1].trimmingCharacters(in: .whitespaces))
            case "plural": expression = pair[1]
            default: break
            }
        }
        guard let count, count >= 1, let expression else { return nil }
        var parser = Parser(tokens: Parser.tokens(of: String(expression)))
        guard let root = parser.conditional(), parser.tokens.count == parser.position else { return nil }
        self.init(root: root, count: count)
    }

    /// The form for `n`: from 0 to `count - 1`.
    func form(for n: Int) -> Int {
        min(max(0, Self.evaluate(root, n: n)), count - 1)
    }

    private static func evaluate(_ node: Node, n: Int) -> Int {
        switch node {
        case .n: return n
        case .number(let value): return value
        case .not(let operand): return evaluate(operand, n: n) == 0 ? 1 : 0
        case .choice(let condition, let yes, let no):
            return evaluate(condition, n: n) != 0 ? evaluate(yes, n: n) : evaluate(no, n: n)
        case .binary(let op, let left, let right):
            let a = evaluate(left, n: n)
            if op == "&&" { return a != 0 && evaluate(right, n: n) != 0 ? 1 : 0 }
            if op == "||" { return a != 0 || evaluate(right, n: n) != 0 ? 1 : 0 }
            let b = evaluate(right, n: n)
            switch op {
            case "%": return b == 0 ? 0 : a % b
            case "/": return b == 0 ? 0 : a / b
            case "*": return a &* b
            case "+": return a &+ b
            case "-": return a &- b
            case "<": return a < b ? 1 : 0
            case "<=": return a <= b ? 1 : 0
            case ">": return a > b ? 1 : 0
            case ">=": return a >= b ? 1 : 0
            case "==": return a == b ? 1 : 0
            default: return a != b ? 1 : 0
            }
        }
    }

    /// Precedence climbing over the tokens, lowest first: `?:`, `||`, `&&`, equality, comparison,
    /// `+ -`, `* / %`, then `!` and atoms.
    private struct Parser {
        var tokens: [String]
        var position = 0
        static let levels: [[String]] = [
            ["||"], ["&&"], ["==", "!="], ["<", "<=", ">", ">="], ["+", "-"], ["*", "/", "%"],
        ]

        static func tokens(of text: String) -> [String] {
            var tokens: [String] = []
            var characters = Array(text)[...]
            while let first = characters.first {
                if first.isWhitespace {
                    characters = characters.dropFirst()
                } else if first.isNumber || first == "n" {
                    let run = characters.prefix { $0.isNumber || $0 == "n" }
                    tokens.append(String(run))
                    characters = characters.dropFirst(run.count)
                } else if characters.count > 1,
                    ["&&", "||", "==", "!=", "<=", ">="].contains(String(characters.prefix(2)))
                {
                    tokens.append(String(characters.prefix(2)))
                    characters = characters.dropFirst(2)
                } else {
                    tokens.append(String(first))
                    characters = characters.dropFirst()
                }
            }
            return tokens
        }

        mutating func take(_ token: String) -> Bool {
            guard position < tokens.count, tokens[position] == token else { return false }
            position += 1
            return true
        }

        mutating func conditional() -> Node? {
            guard let condition = binary(level: 0) else { return nil }
            guard take("?") else { return condition }
            guard let yes = conditional(), take(":"), let no = conditional() else { return nil }
            return .choice(condition, yes, no)
        }

        mutating func binary(level: Int) -> Node? {
            guard level < Self.levels.count else { return unary() }
            guard var left = binary(level: level + 1) else { return nil }
            while position < tokens.count, Self.levels[level].contains(tokens[position]) {
                let op = tokens[position]
                position += 1
                guard let right = binary(level: level + 1) else { return nil }
                left = .binary(op, left, right)
            }
            return left
        }

        mutating func unary() -> Node? {
            if take("!") { return unary().map(Node.not) }
            if take("(") {
                guard let inner = conditional(), take(")") else { return nil }
                return inner
            }
            guard position < tokens.count else { return nil }
            let token = tokens[position]
            position += 1
            if token == "n" { return .n }
            return Int(token).map(Node.number)
        }
    }
}
