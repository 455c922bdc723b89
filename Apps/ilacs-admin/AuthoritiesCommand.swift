import ArgumentParser
import Authorities
import CommandLineSupport

/// `ilacs-admin authorities`: the English authorities with their codes, for `ILACS_AUTHORITY`
/// and `generate --authority`. Needs no database.
struct AuthoritiesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "authorities",
        abstract: "List the English authorities: old LA code, new code, name and region.",
        discussion: """
            ILACS_AUTHORITY and `generate --authority` take the three-digit old LA code, the code \
            the DfE's published statistics and the statistical-neighbour model join on. The table \
            is built into the software from the DfE's 2025 files.

            Examples:
              ilacs-admin authorities
              ilacs-admin authorities --search notting
              ilacs-admin authorities --format json
            """
    )

    @Option(help: "Only authorities whose name or region contains this text (any case).")
    var search: String?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() async throws {
        let needle = search?.lowercased()
        let authorities = Authority.england.filter { authority in
            guard let needle else { return true }
            return authority.name.lowercased().contains(needle) || authority.regionName.lowercased().contains(needle)
        }
        switch format {
        case .json:
            print(try JSONOutput.encode(authorities.map(Listed.init)))
        case .text:
            let width = max(4, authorities.map(\.name.count).max() ?? 0)
            print("Code", "New code ", "Name".padded(width), "Region")
            for authority in authorities {
                print(authority.oldCode.padded(4), authority.newCode, authority.name.padded(width), authority.regionName)
            }
        }
    }

    /// One authority as JSON prints it, with its region's name beside the code.
    private struct Listed: Encodable {
        let oldCode, newCode, name, regionCode, regionName: String

        init(_ authority: Authority) {
            (oldCode, newCode, name) = (authority.oldCode, authority.newCode, authority.name)
            (regionCode, regionName) = (authority.regionCode, authority.regionName)
        }
    }
}
