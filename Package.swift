// swift-tools-version: 6.1
import PackageDescription

/// Settings shared by every target, so the whole monorepo compiles under the same rules.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "ilacs-ready",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ilacs-admin", targets: ["ilacs-admin"]),
        .executable(name: "ilacs-sampler", targets: ["ilacs-sampler"]),
        .executable(name: "ilacs-mailer", targets: ["ilacs-mailer"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-async-algorithms", from: "1.1.4"),
        .package(url: "https://github.com/apple/swift-configuration", from: "1.4.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/ordo-one/TextTable", from: "0.0.2"),
        // Only for the benchmarks: the library our CSV reader is measured against.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2")
    ],
    targets: [
        // MARK: Kernel modules
        .target(
            name: "Domain",
            path: "Modules/Domain",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Authorities",
            path: "Modules/Authorities",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PracticeStandards",
            dependencies: ["Postgres", .product(name: "Yams", package: "Yams")],
            path: "Modules/PracticeStandards",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Hashing",
            dependencies: ["CLibCrypto", .product(name: "Crypto", package: "swift-crypto")],
            path: "Modules/Hashing",
            swiftSettings: swiftSettings
        ),
        .systemLibrary(
            name: "CLibCrypto",
            path: "Modules/CLibCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .systemLibrary(
            name: "CLibPQ",
            path: "Modules/CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        .target(
            name: "Postgres",
            dependencies: [
                "CLibPQ",
                "Domain",
                "Hashing",
                .product(name: "Logging", package: "swift-log")
            ],
            path: "Modules/Postgres",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "AnnexAStore",
            dependencies: ["Domain", "Postgres", "Tabular"],
            path: "Modules/AnnexAStore",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "WorkforceRegister",
            dependencies: ["AnnexAStore", "Domain", "Postgres"],
            path: "Modules/WorkforceRegister",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CommandLineSupport",
            dependencies: ["Domain", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Modules/CommandLineSupport",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PluginKit",
            dependencies: [
                "AnnexAStore",
                "Authorities",
                "Domain",
                "Hashing",
                "Postgres",
                "PracticeStandards",
                "WorkforceRegister",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")
            ],
            path: "Modules/PluginKit",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "WebPages",
            dependencies: [.product(name: "Mustache", package: "swift-mustache")],
            path: "Modules/WebPages",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "WebServer",
            dependencies: [
                "PluginKit",
                "Postgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")
            ],
            path: "Modules/WebServer",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Mail",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            path: "Modules/Mail",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SMTP",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl")
            ],
            path: "Modules/SMTP",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Messaging",
            dependencies: [
                "Mail", "PluginKit", "Postgres", "PrivateFiles", "SMTP",
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")
            ],
            path: "Modules/Messaging",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PrivateFiles",
            path: "Modules/PrivateFiles",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Tabular",
            dependencies: ["PrivateFiles"],
            path: "Modules/Tabular",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Workbook",
            dependencies: ["Domain", "PrivateFiles", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Modules/Workbook",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Calendar",
            dependencies: ["Domain"],
            path: "Modules/Calendar",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "WeekScheduling",
            dependencies: ["Domain"],
            path: "Modules/WeekScheduling",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SyntheticData",
            dependencies: ["Authorities", "Domain", "Tabular", "WeekScheduling"],
            path: "Modules/SyntheticData",
            swiftSettings: swiftSettings
        ),

        // MARK: Plugins
        .target(
            name: "AnnexA",
            dependencies: [
                "AnnexAStore", "CommandLineSupport", "Domain", "Hashing", "PluginKit", "Postgres", "PrivateFiles", "Tabular", "Workbook",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncAlgorithms", package: "swift-async-algorithms"),
                .product(name: "Crypto", package: "swift-crypto")
            ],
            path: "Plugins/AnnexA",
            swiftSettings: swiftSettings
        ),

        .target(
            name: "Reporting",
            dependencies: [
                "AnnexAStore", "Authorities", "CommandLineSupport", "Domain", "Hashing", "PluginKit", "Postgres", "PracticeStandards", "PrivateFiles",
                "Tabular",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ],
            path: "Plugins/Reporting",
            swiftSettings: swiftSettings
        ),

        .target(
            name: "EvidenceSampling",
            dependencies: [
                "AnnexAStore", "CommandLineSupport", "Domain", "Hashing", "PluginKit", "Postgres", "PrivateFiles", "Tabular", "WebPages", "Workbook",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams")
            ],
            path: "Plugins/EvidenceSampling",
            swiftSettings: swiftSettings
        ),

        .target(
            name: "CarerEngagement",
            dependencies: [
                "CommandLineSupport", "Domain", "Hashing", "Mail", "Messaging", "PluginKit", "Postgres", "Tabular", "WebPages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache")
            ],
            path: "Plugins/CarerEngagement",
            swiftSettings: swiftSettings
        ),

        .target(
            name: "PublishedStatistics",
            dependencies: [
                "AnnexAStore", "Authorities", "CommandLineSupport", "Domain", "Hashing", "PluginKit", "Postgres", "PracticeStandards", "Tabular",
                "WorkforceRegister",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Configuration", package: "swift-configuration")
            ],
            path: "Plugins/PublishedStatistics",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CaseAudits",
            dependencies: [
                "AnnexAStore", "CommandLineSupport", "Domain", "Hashing", "PluginKit", "Postgres", "Tabular", "WebPages", "Workbook",
                "WorkforceRegister",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "TextTable", package: "TextTable"),
                .product(name: "Yams", package: "Yams")
            ],
            path: "Plugins/CaseAudits",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Workforce",
            dependencies: [
                "AnnexAStore", "CommandLineSupport", "Domain", "Hashing", "PluginKit", "Postgres", "Tabular", "Workbook", "WorkforceRegister",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ],
            path: "Plugins/Workforce",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "InspectionWeek",
            dependencies: [
                "AnnexAStore", "Calendar", "CommandLineSupport", "Domain", "Mail", "Messaging", "PluginKit", "Postgres", "PrivateFiles", "Tabular",
                "WebPages", "WeekScheduling",
                "WorkforceRegister",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "TextTable", package: "TextTable")
            ],
            path: "Plugins/InspectionWeek",
            swiftSettings: swiftSettings
        ),

        // MARK: Apps
        .executableTarget(
            name: "ilacs-admin",
            dependencies: [
                "AnnexA",
                "Authorities",
                "CarerEngagement",
                "CaseAudits",
                "EvidenceSampling",
                "Messaging",
                "CommandLineSupport",
                "PluginKit",
                "Postgres",
                "PublishedStatistics",
                "Reporting",
                "SyntheticData",
                "Workforce",
                "InspectionWeek",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ],
            path: "Apps/ilacs-admin",
            swiftSettings: swiftSettings
        ),

        .executableTarget(
            name: "ilacs-sampler",
            dependencies: [
                "AnnexA",
                "CaseAudits",
                "EvidenceSampling",
                "InspectionWeek",
                "PluginKit",
                "Postgres",
                "WebServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log")
            ],
            path: "Apps/ilacs-sampler",
            swiftSettings: swiftSettings
        ),

        .executableTarget(
            name: "ilacs-mailer",
            dependencies: [
                "CarerEngagement",
                "Messaging",
                "PluginKit",
                "WebServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log")
            ],
            path: "Apps/ilacs-mailer",
            swiftSettings: swiftSettings
        ),

        // MARK: Benchmarks
        .executableTarget(
            name: "ilacs-bench",
            dependencies: [
                "AnnexA",
                "AnnexAStore",
                "CarerEngagement",
                "CaseAudits",
                "Domain",
                "EvidenceSampling",
                "Hashing",
                "Messaging",
                "PluginKit",
                "Postgres",
                "PublishedStatistics",
                "Reporting",
                "SMTP",
                "SyntheticData",
                "Tabular",
                "WeekScheduling",
                "Workforce",
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto")
            ],
            path: "Benchmarks/ilacs-bench",
            swiftSettings: swiftSettings
        ),

        // MARK: Tests
        .target(
            name: "TestSupport",
            dependencies: [
                "PluginKit", "Postgres", "SMTP",
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log")
            ],
            path: "Tests/TestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "DomainTests",
            dependencies: ["Domain"],
            path: "Tests/DomainTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PostgresTests",
            dependencies: ["Domain", "Postgres", "TestSupport"],
            path: "Tests/PostgresTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PluginKitTests",
            dependencies: ["CommandLineSupport", "Domain", "PluginKit", "Postgres", "TestSupport"],
            path: "Tests/PluginKitTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CalendarTests",
            dependencies: ["Calendar", "Domain", "TestSupport"],
            path: "Tests/CalendarTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HashingTests",
            dependencies: ["Hashing", .product(name: "Crypto", package: "swift-crypto")],
            path: "Tests/HashingTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TabularTests",
            dependencies: ["Tabular", "TestSupport"],
            path: "Tests/TabularTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WorkbookTests",
            dependencies: ["Workbook", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/WorkbookTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AnnexATests",
            dependencies: [
                "AnnexA", "AnnexAStore", "Domain", "EvidenceSampling", "PluginKit", "Postgres", "Reporting", "SyntheticData", "Tabular",
                "TestSupport", "Workbook"
            ],
            path: "Tests/AnnexATests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ReportingTests",
            dependencies: [
                "AnnexA", "AnnexAStore", "CommandLineSupport", "Domain", "PluginKit", "Postgres", "PracticeStandards", "PublishedStatistics", "Reporting",
                "TestSupport",
                .product(name: "Logging", package: "swift-log")
            ],
            path: "Tests/ReportingTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EvidenceSamplingTests",
            dependencies: [
                "AnnexA", "AnnexAStore", "Domain", "EvidenceSampling", "Hashing", "PluginKit", "Postgres", "SyntheticData", "TestSupport", "WebServer"
            ],
            path: "Tests/EvidenceSamplingTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CarerEngagementTests",
            dependencies: ["CarerEngagement", "Domain", "Mail", "Messaging", "PluginKit", "Postgres", "SMTP", "SyntheticData", "TestSupport", "WebServer"],
            path: "Tests/CarerEngagementTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "MessagingTests",
            dependencies: [
                "Calendar", "Domain", "Mail", "Messaging", "PluginKit", "Postgres", "SMTP", "TestSupport",
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio")
            ],
            path: "Tests/MessagingTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PrivateFilesTests",
            dependencies: ["PrivateFiles", "Tabular", "Workbook"],
            path: "Tests/PrivateFilesTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LeastPrivilegeTests",
            dependencies: [
                "AnnexA", "CarerEngagement", "CaseAudits", "EvidenceSampling", "InspectionWeek", "Messaging", "PluginKit", "Postgres", "Reporting",
                "TestSupport"
            ],
            path: "Tests/LeastPrivilegeTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PublishedStatisticsTests",
            dependencies: [
                "AnnexA", "Authorities", "Domain", "PluginKit", "Postgres", "PracticeStandards", "PublishedStatistics", "SyntheticData", "TestSupport",
                "Workforce", "WorkforceRegister"
            ],
            path: "Tests/PublishedStatisticsTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CaseAuditsTests",
            dependencies: [
                "AnnexA", "AnnexAStore", "CaseAudits", "Domain", "PluginKit", "Postgres", "SyntheticData", "TestSupport", "WebServer", "Workbook",
                "Workforce", "WorkforceRegister",
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log")
            ],
            path: "Tests/CaseAuditsTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WorkforceRegisterTests",
            dependencies: [
                "AnnexA", "AnnexAStore", "Domain", "PluginKit", "Postgres", "SyntheticData", "Tabular", "TestSupport", "Workbook", "Workforce",
                "WorkforceRegister"
            ],
            path: "Tests/WorkforceRegisterTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "InspectionWeekTests",
            dependencies: [
                "AnnexA", "Domain", "EvidenceSampling", "InspectionWeek", "Mail", "Messaging", "PluginKit", "Postgres", "SyntheticData", "TestSupport",
                "WebServer", "WeekScheduling",
                "Workforce", "WorkforceRegister",
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Logging", package: "swift-log")
            ],
            path: "Tests/InspectionWeekTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "WeekSchedulingTests",
            dependencies: ["Domain", "SyntheticData", "TestSupport", "WeekScheduling"],
            path: "Tests/WeekSchedulingTests",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SyntheticDataTests",
            dependencies: ["Authorities", "SyntheticData", "Domain"],
            path: "Tests/SyntheticDataTests",
            swiftSettings: swiftSettings
        )
    ]
)
