import Foundation

/// A catalog's `Plural-Forms` expression (`plural=(n > 1)`), evaluated for a count: the C subset
/// gettext allows — `n`, whole numbers, `! % * / + - < <= > >= == != && || ?:` and parentheses.
struct PluralRule: Sendable, Hashable {
    /// One node of the expression; its operands are indices into `nodes`.
    ///
    /// The tree is one array rather than an indirect enum: the boxes of an indirect enum are held
    /// through pointers with the case in their spare bits, which LeakSanitizer does not recognise:
    /// it would report a rule kept for the whole run as leaked.
    enum Node: Sendable, Hashable {
        case n
        case number(Int)
        case not(Int)
        case binary(String, Int, Int)
        case choice(Int, Int, Int)
    }

    /// Every node, each after its operands; the last is the root.
    let nodes: [Node]
    let count: Int

    /// English's rule: one form for 1, the other for every other count.
    static let english = PluralRule(nodes: [.n, .number(1), .binary("!=", 0, 1)], count: 2)

    init(nodes: [Node], count: Int) {
        self.nodes = nodes
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
        guard parser.conditional() != nil, parser.tokens.count == parser.position else { return nil }
        self.init(nodes: parser.nodes, count: count)
    }

    /// The form for `n`: from 0 to `count - 1`.
    func form(for n: Int) -> Int {
        min(max(0, evaluate(nodes.count - 1, n: n)), count - 1)
    }

    private func evaluate(_ index: Int, n: Int) -> Int {
        switch nodes[index] {
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
        /// The nodes parsed so far, each after its operands.
        var nodes: [Node] = []
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

        /// Appends `node`; returns its index.
        mutating func add(_ node: Node) -> Int {
            nodes.append(node)
            return nodes.count - 1
        }

        mutating func conditional() -> Int? {
            guard let condition = binary(level: 0) else { return nil }
            guard take("?") else { return condition }
            guard let yes = conditional(), take(":"), let no = conditional() else { return nil }
            return add(.choice(condition, yes, no))
        }

        mutating func binary(level: Int) -> Int? {
            guard level < Self.levels.count else { return unary() }
            guard var left = binary(level: level + 1) else { return nil }
            while position < tokens.count, Self.levels[level].contains(tokens[position]) {
                let op = tokens[position]
                position += 1
                guard let right = binary(level: level + 1) else { return nil }
                left = add(.binary(op, left, right))
            }
            return left
        }

        mutating func unary() -> Int? {
            if take("!") {
                guard let operand = unary() else { return nil }
                return add(.not(operand))
            }
            if take("(") {
                guard let inner = conditional(), take(")") else { return nil }
                return inner
            }
            guard position < tokens.count else { return nil }
            let token = tokens[position]
            position += 1
            if token == "n" { return add(.n) }
            guard let value = Int(token) else { return nil }
            return add(.number(value))
        }
    }
}
