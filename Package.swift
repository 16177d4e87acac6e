// swift-tools-version:6.0
import PackageDescription

// No third-party packages: Foundation, XCTest and the system libraries only.
let package = Package(
    name: "Kumppani",
    products: [
        .executable(name: "kumppani", targets: ["kumppani"]),
        .executable(name: "kumppani-bench", targets: ["kumppani-bench"]),
        .library(name: "Kumppani", targets: ["Kumppani"]),
        .library(name: "KumppaniTUI", targets: ["KumppaniTUI"]),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .target(name: "Kumppani", dependencies: ["CSQLite"],
                // The translations, one .strings file per language (Translations.swift reads them).
                resources: [.copy("Localization/Resources")]),
        .target(name: "KumppaniTUI", dependencies: ["Kumppani"]),
        .executableTarget(name: "kumppani", dependencies: ["Kumppani", "KumppaniTUI", "CNcurses"]),
        .executableTarget(name: "kumppani-bench", dependencies: ["Kumppani", "KumppaniTUI"]),
        .testTarget(name: "KumppaniTests", dependencies: ["Kumppani", "CSQLite"]),
        .testTarget(name: "KumppaniTUITests", dependencies: ["KumppaniTUI", "Kumppani"]),
        .testTarget(name: "EndToEndTests", dependencies: ["kumppani", "Kumppani", "CNcurses"]),
    ]
)
