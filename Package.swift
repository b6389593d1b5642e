// swift-tools-version:6.1
import PackageDescription

// Release builds lay out the functions azad runs at all (the reader's start and keys, a sync, a
// search) side by side, before the rest of the text: the kernel maps an executable's pages 64 KB
// around each page first touched, so functions scattered over the whole text keep most of it
// resident (docs/DECISIONS.md, "The functions azad runs, laid out together"). The Swift toolchain's
// lld lays them out, and packs the relative relocations (DT_RELR, glibc 2.36 and later), which gold
// cannot. `scripts/order-text` writes the list.
let textOrder = Context.packageDirectory + "/scripts/text-order.txt"
let ownFunctionSections: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-function-sections"], .when(configuration: .release))
]

let package = Package(
    name: "azad",
    products: [
        .executable(name: "azad", targets: ["azad"]),
        .library(name: "AzadCore", targets: ["AzadCore"]),
        .library(name: "AzadUI", targets: ["AzadUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        // C at the edges: one shim per C library, nothing else touches C.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The system's ICU, linked through pkg-config; it has no header for Swift to see.
        .systemLibrary(
            name: "ICU",
            pkgConfig: "icu-uc",
            providers: [.apt(["libicu-dev"])]
        ),
        // ICU behind plain C types: Foundation bundles its own ICU headers, and a Swift module that
        // sees both refuses their differing enums, so only CICU's C file includes ICU's headers.
        .target(
            name: "CICU",
            dependencies: ["ICU"]
        ),
        // Snowball's stemmers (libstemmer) for English, German and French inflections in search.
        .systemLibrary(
            name: "Stemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        // poppler-glib behind plain C types: GError, GObject references and glib arrays become a
        // status, one free function and flat arrays. poppler-glib (apt: libpoppler-glib8, which
        // libpoppler-glib-dev installs) is loaded with dlopen when a PDF is first opened, not linked:
        // every process would otherwise load it and fifty libraries behind it (docs/DECISIONS.md).
        .target(name: "CPoppler"),

        // SQLite's variadic configuration call behind a plain C function (GRDB links SQLite itself).
        .target(
            name: "CSQLite",
            dependencies: [.product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),

        // The interface's translations: `msgfmt` compiles po/*.po into AzadCore's resources.
        .plugin(name: "CompileCatalogs", capability: .buildTool()),

        // Everything but the terminal: model, import, cache and search, text layout, quotes, config,
        // the interface's translations.
        .target(
            name: "AzadCore",
            dependencies: [
                "CICU",
                "CPoppler",
                "CSQLite",
                "Stemmer",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's incremental blob I/O, which GRDB does not wrap (`SyncWriter+Blob.swift`).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            swiftSettings: ownFunctionSections,
            plugins: ["CompileCatalogs"]
        ),

        // The reader's crash handler, which gives the terminal back: a signal handler and its saved
        // terminal modes need a C file of their own.
        .target(
            name: "CTerminalGuard",
            dependencies: ["CNcursesw"]
        ),

        // The reader: a cell grid, views, state and actions; one small type talks to ncursesw.
        .target(
            name: "AzadUI",
            dependencies: ["AzadCore", "CNcursesw", "CTerminalGuard"],
            swiftSettings: ownFunctionSections
        ),

        // Argument parsing and wiring, nothing more.
        .executableTarget(
            name: "azad",
            dependencies: [
                "AzadCore",
                "AzadUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: ownFunctionSections,
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-use-ld=lld", "-Xlinker", "--symbol-ordering-file=" + textOrder, "-Xlinker",
                        "--no-warn-symbol-ordering", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
                    ], .when(configuration: .release))
            ]
        ),

        // A program that crashes a thread other than the one that draws, on a key: the crash handler's
        // hand-over to the drawing thread, tested end to end (ReaderCrashTmuxTests).
        .executableTarget(
            name: "CrashProbe", dependencies: ["CTerminalGuard"], path: "Tests/CrashProbe",
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),

        // What more than one test target needs: scratch folders.
        .target(name: "AzadTestSupport", path: "Tests/AzadTestSupport"),
        .testTarget(
            name: "AzadCoreTests",
            // CNcursesw for `wcwidth`, the oracle the display width is tested against; CICU for
            // character ages (only characters the C library knows are compared).
            dependencies: ["AzadCore", "AzadTestSupport", "CICU", "CNcursesw"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "AzadUITests",
            dependencies: ["AzadUI", "AzadCore"],
            resources: [.copy("Snapshots")]
        ),
        // Drives the built `azad` binary: command-line contract and tmux sessions.
        .testTarget(
            name: "EndToEndTests",
            // AzadCore to parse the sample articles the FriBidi check of `azad show` compares against;
            // CrashProbe for the crash handler's hand-over.
            dependencies: ["azad", "CrashProbe", "AzadCore", "AzadTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
