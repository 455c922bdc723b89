import ArgumentParser
import Authorities
import CommandLineSupport
import Domain
import Foundation
import PluginKit
import SyntheticData

/// `ilacs-admin generate`: writes synthetic Annex A lists and companion files for demos, tests
/// and load testing. Needs no database.
struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write synthetic Annex A lists (List_1.csv … List_11.csv) and companion files.",
        discussion: """
            Writes the eleven Annex A lists with Ofsted's exact headings, plus workforce.csv, \
            fostering_households.csv, children_not_in_school.csv and the workforce register \
            (staff.csv, leave.csv, supervision.csv, training.csv: `ilacs-admin workforce import` \
            reads them). Every child, worker and carer \
            is invented; emails use example.org and phones Ofcom's drama range. The same size, seed \
            and as-of date always give byte-identical files.

            Sizes: small (one small authority, a few thousand rows), county (a large county like \
            Nottinghamshire, about 40,000 rows), england (all 153 authorities, about 3 million rows).

            --authority names the authority of a small or county run by its three-digit old LA \
            code (default 857, Rutland, for small and 891, Nottinghamshire, for county): its code \
            prefixes every child, team and worker id, and placement postcodes use its area. \
            `ilacs-admin authorities` lists the codes.

            Examples:
              ilacs-admin generate --size county --seed 7 --out ./county
              ilacs-admin generate --size county --authority 330 --out ./birmingham
              ilacs-admin generate --size small --out /tmp/small --as-of 2025-06-18
              ilacs-admin generate --size england --out ./england --as-of 18/06/2025
            """
    )

    @Option(help: "How much to generate: small, county or england.")
    var size: GeneratorSize = .county

    @Option(help: "Seed for the random choices; the same seed gives the same files.")
    var seed: UInt64 = 1

    @Option(help: "Directory to write the files into (created if missing; files in it are replaced).")
    var out: String

    @Option(help: "The date the lists are drawn up, YYYY-MM-DD or DD/MM/YYYY (default: today).")
    var asOf: CalendarDate?

    @Option(help: "The authority of a small or county run: its three-digit old LA code, e.g. 891.")
    var authority: String?

    func validate() throws {
        if let authority {
            guard size != .england else {
                throw ValidationError("--authority is for --size small or county; --size england makes every authority.")
            }
            do { _ = try Authority.named(authority) } catch { throw ValidationError("--authority \(error)") }
        }
        guard let asOf else { return }
        guard AnnexAGenerator.supportedAsOf.contains(asOf) else {
            throw ValidationError("--as-of must fall between \(AnnexAGenerator.supportedAsOf.lowerBound) and \(AnnexAGenerator.supportedAsOf.upperBound).")
        }
    }

    func run() async throws {
        let generator = AnnexAGenerator(size: size, seed: seed, asOf: asOf ?? .today, authority: try authority.map(Authority.named))
        let summary = try generator.write(to: out) { event in
            switch event {
            case .authorityWritten(let number, let count, _, _, let rows) where size == .england:
                // One line per batch of ten authorities keeps England's run readable.
                if number % 10 == 0 || number == count {
                    Self.printToStandardError("Generated \(number) of \(count) authorities (\(Self.grouped(rows)) rows)")
                }
            case .fileWritten(let name, let rows) where size != .england:
                Self.printToStandardError("Wrote \(name) (\(Self.grouped(rows)) rows)")
            default:
                break
            }
        }
        let width = summary.files.map(\.name.count).max() ?? 0
        print(Self.padded("File", to: width), Self.padded("Rows", to: 10, left: true))
        for file in summary.files {
            print(Self.padded(file.name, to: width), Self.padded(Self.grouped(file.rows), to: 10, left: true))
        }
        print(Self.padded("Total", to: width), Self.padded(Self.grouped(summary.totalRows), to: 10, left: true))
        let authorities = summary.authorities == 1 ? "1 authority" : "\(summary.authorities) authorities"
        print("Wrote \(summary.files.count) files for \(authorities) (as of \(generator.asOf)) to \(summary.directory)")
    }

    private static func printToStandardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// `1234567` as `1,234,567`.
    private static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        return digits.enumerated().map { index, digit in
            index > 0 && (digits.count - index) % 3 == 0 ? ",\(digit)" : "\(digit)"
        }.joined()
    }

    private static func padded(_ text: String, to width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }
}

extension GeneratorSize: ExpressibleByArgument {}
