// swift-tools-version:5.4
import PackageDescription

// libFuzzer targets for azad, kept out of the root package so `swift build` and `swift test` never see
// them. Build and run them with `scripts/fuzz` (it passes `-sanitize=fuzzer,address -parse-as-library`).
let package = Package(
    name: "AzadFuzz",
    dependencies: [
        .package(name: "azad", path: "..")
    ],
    targets: [
        // Decoding and parsing of arbitrary bytes as an export.
        .executableTarget(
            name: "FuzzParser",
            dependencies: [.product(name: "AzadCore", package: "azad")]
        ),
        // Anything typed into search, through the query parser, SQLite FTS5 and match highlighting.
        .executableTarget(
            name: "FuzzSearchQuery",
            dependencies: [.product(name: "AzadCore", package: "azad")]
        ),
        // The site's PDFs: arbitrary bytes through poppler, page structure and the export parser.
        .executableTarget(
            name: "FuzzPDF",
            dependencies: [.product(name: "AzadCore", package: "azad")]
        ),
        // Wrapping, bidi reordering, shaping and sanitising of arbitrary text at arbitrary widths.
        .executableTarget(
            name: "FuzzLayout",
            dependencies: [.product(name: "AzadCore", package: "azad")]
        ),
    ],
    swiftLanguageVersions: [.version("6")]
)
