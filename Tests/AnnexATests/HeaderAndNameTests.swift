import Domain
import Testing

@testable import AnnexA

@Suite("Header matching and list names")
struct HeaderAndNameTests {
    @Test(
        "list files and sheets are recognised by their usual names",
        arguments: [
            ("List_8.csv", 8), ("list8.csv", 8), ("List 8 - Children in care.csv", 8), ("LIST-8.CSV", 8),
            ("List_8", 8), ("list 11", 11), ("List_1", 1)
        ])
    func recognised(name: String, number: Int) {
        #expect(ListName.list(in: name) == AnnexAList(rawValue: number))
    }

    @Test("other names are not lists", arguments: ["Guidance", "Front_Sheet", "List 80.csv", "List 8b.csv", "Codes_used", "lists.csv", "List_12"])
    func notRecognised(name: String) {
        #expect(ListName.list(in: name) == nil)
    }

    @Test("headings match ignoring case, spaces, quote style and a missing or extra ? or )")
    func tolerantHeadings() throws {
        let list = AnnexAList.childrenInCare
        var header = list.columns.map(\.heading)
        header[0] = "  CHILD   unique id "
        header[8] = "Child's Category of Need" // straight apostrophe for the template's curly one
        header[5] = "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N))"
        header[30] = "Was the child offered a Return Interview after their last missing episode (Y/N)"
        header[4] = "Age"
        header.append("Notes from the team")
        let (mapping, warnings) = try HeaderMapping.match(header: header, list: list, source: "List_8.csv")
        #expect(mapping.sourceIndex.allSatisfy { $0 != nil })
        #expect(warnings.count == 1)
        #expect(warnings[0].column == "Notes from the team")
        #expect(warnings[0].severity == .warning)
    }

    @Test(
        "known variants of headings are accepted",
        arguments: [
            (AnnexAList.referrals, "Date of Referral"), (.childrenInNeed, "Case Status"), (.careLeavers, "LA in Touch")
        ])
    func variants(list: AnnexAList, heading: String) throws {
        let header = list.columns.map { column in
            HeaderMapping.normalise(column.heading) == HeaderMapping.normalise(heading) ? heading : column.heading
        }
        let (mapping, _) = try HeaderMapping.match(header: header, list: list, source: "x")
        #expect(mapping.sourceIndex.compactMap { $0 }.count == header.count)
    }

    @Test("a 2019-layout List 9 (without the 2024 columns) is accepted")
    func careLeavers2019() throws {
        let list = AnnexAList.careLeavers
        let header = list.columns.filter { !$0.since2024 }.map(\.heading)
        let (mapping, _) = try HeaderMapping.match(header: header, list: list, source: "List_9.csv")
        #expect(mapping.sourceIndex.compactMap { $0 }.count == header.count)
    }
}
