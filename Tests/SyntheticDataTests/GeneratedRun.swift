import Domain
import Foundation
import SyntheticData

/// One generator run written to a temporary directory and read back, shared by the tests.
struct GeneratedRun: Sendable {
    let directory: String
    let asOf: CalendarDate
    let summary: GeneratorSummary
    private let tables: [String: CSVTable]

    /// The as-of date the shared runs use; a leap year's end of February exercises month arithmetic.
    static let sharedAsOf = CalendarDate(year: 2024, month: 2, day: 29)!

    /// A small authority, seed 42.
    static let small = GeneratedRun(size: .small, seed: 42, asOf: sharedAsOf)
    /// A large county, seed 42: slower, so only for tests about proportions and sizes.
    static let county = GeneratedRun(size: .county, seed: 42, asOf: sharedAsOf)

    init(size: GeneratorSize, seed: UInt64, asOf: CalendarDate) {
        directory = Self.temporaryDirectory()
        self.asOf = asOf
        summary = try! AnnexAGenerator(size: size, seed: seed, asOf: asOf).write(to: directory)
        var tables: [String: CSVTable] = [:]
        for file in summary.files {
            tables[file.name] = CSVTable(bytes: Self.bytes(of: directory + "/" + file.name))
        }
        self.tables = tables
    }

    /// A fresh, empty path under the system's temporary directory.
    static func temporaryDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("synthetic-\(UUID().uuidString)").path
    }

    /// The bytes of the file at `path`.
    static func bytes(of path: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: path)!)
    }

    /// The companion file or list file called `name`, e.g. "workforce.csv".
    func table(_ name: String) -> CSVTable {
        tables[name]!
    }

    /// The rows of `list`.
    func list(_ list: AnnexAList) -> ListTable {
        ListTable(list: list, table: table("\(list.sheetName).csv"))
    }

    /// The first day of the six months before the as-of date.
    var sixMonthsAgo: CalendarDate { asOf.adding(months: -6) }
}

/// Which shared run a parameterised test uses.
enum RunSize: String, CaseIterable, Sendable, CustomStringConvertible {
    case small, county

    var run: GeneratedRun {
        self == .small ? .small : .county
    }

    var description: String { rawValue }
}
