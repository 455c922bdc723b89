import Authorities
import Domain
import Foundation
import SyntheticData
import Testing

@Suite("The authority's identity")
struct AuthorityTests {
    @Test("891 is Nottinghamshire, E10000024, in the East Midlands")
    func nottinghamshire() throws {
        let authority = try Authority.named(" 891 ")
        #expect(authority.name == "Nottinghamshire")
        #expect(authority.newCode == "E10000024")
        #expect(authority.regionCode == "E12000004")
        #expect(authority.regionName == "East Midlands")
    }

    @Test("the table holds the 153 authorities of today, each once, in nine regions")
    func table() {
        #expect(Authority.england.count == 153)
        #expect(Set(Authority.england.map(\.oldCode)).count == 153)
        #expect(Set(Authority.england.map(\.regionName)).count == 9)
        #expect(Authority.england.map(\.oldCode) == Authority.england.map(\.oldCode).sorted())
    }

    @Test("an unknown code is a one-line error that says how to find the right one")
    func unknownCode() {
        let error = #expect(throws: UnknownAuthorityError.self) { try Authority.named("999") }
        #expect(
            error?.description
                == "'999' is not the old LA code of an English authority with children's services: use the three-digit code of the DfE's statistics (891 is Nottinghamshire); `ilacs-admin authorities` lists all 153"
        )
    }

    @Test("a run for Birmingham prefixes its children's, teams' and workers' ids with 330")
    func generatorNamesTheAuthority() throws {
        let directory = GeneratedRun.temporaryDirectory()
        let generator = AnnexAGenerator(
            size: .small, seed: 3, asOf: CalendarDate(year: 2025, month: 6, day: 18)!, authority: try Authority.named("330"))
        _ = try generator.write(to: directory)
        let list8 = CSVTable(bytes: GeneratedRun.bytes(of: directory + "/List_8.csv"))
        let workforce = CSVTable(bytes: GeneratedRun.bytes(of: directory + "/workforce.csv"))
        #expect(!list8.column("Child Unique ID").isEmpty)
        #expect(list8.column("Child Unique ID").allSatisfy { $0.hasPrefix("330-") })
        #expect(workforce.column("Team ID").allSatisfy { $0.hasPrefix("330-T") })
        #expect(workforce.column("Worker ID").allSatisfy { $0.hasPrefix("330-W") })
    }
}
