import Testing

@Suite struct HelpTests {
    @Test func helpNamesEveryCommand() throws {
        let result = try AzadProcess.run(["--help"])
        #expect(result.status == 0)
        for command in ["sync", "list", "search", "show", "parse", "quote", "masthead"] {
            #expect(result.stdout.contains(command), "help lacks \(command)")
        }
    }
}
