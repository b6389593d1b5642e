import Testing

@testable import AzadCore

/// The match `n` is on stands apart from the other matches in every bundled theme, at every colour
/// depth, and without colour (NO_COLOR) by its attributes.
@Suite struct CurrentMatchStyleTests {
    @Test(arguments: ThemeTests.bundledNames)
    func theCurrentMatchStandsApartFromTheOthers(name: String) throws {
        let theme = try ThemeTests.bundled.load(named: name)
        for depth in ColorDepth.allCases {
            let adapted = theme.adapted(to: depth)
            #expect(adapted.style(.currentMatch) != adapted.style(.searchMatch), "\(name) at \(depth)")
            #expect(adapted.style(.currentMatch) != adapted.style(.paragraph), "\(name) at \(depth)")
        }
        let current = theme.style(.currentMatch)
        let other = theme.style(.searchMatch)
        let attributes = { (style: ThemeStyle) in [style.bold, style.underline, style.italic, style.dim] }
        #expect(attributes(current) != attributes(other), "\(name): only colour tells the current match apart")
    }
}
