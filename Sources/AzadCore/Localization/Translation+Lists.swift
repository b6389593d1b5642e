extension Translation {
    /// `items` as a choice among them, `"a", "b" or "c"`, joined in this language (`"a"، "b" یا "c"`);
    /// the items are left as they are.
    public func choiceList(_ items: [String]) -> String {
        guard var list = items.first else { return "" }
        for (index, item) in items.enumerated().dropFirst() {
            list =
                index == items.count - 1
                ? tr("{list} or {item}", values: ["list": list, "item": item])
                : list + tr(", ") + item
        }
        return list
    }
}
