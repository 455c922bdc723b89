import Domain
import Testing

@Suite("Records render Ofsted rows that read back")
struct RecordTests {
    @Test("one cell per column", arguments: RecordProbe.all)
    func cellCountMatchesColumns(_ probe: RecordProbe) {
        #expect(probe.record.ofstedCells.count == probe.list.columns.count)
    }

    @Test("each cell parses back via its column", arguments: RecordProbe.all)
    func cellsParseBack(_ probe: RecordProbe) {
        for (cell, column) in zip(probe.record.ofstedCells, probe.list.columns) {
            if cell.isEmpty {
                #expect(!column.required || column.since2024, "\(column.key) is required")
                continue
            }
            switch column.kind {
            case .text:
                break
            case .date:
                #expect(CalendarDate.parse(cell)?.ddmmyyyy == cell, "\(column.key): \(cell)")
            case .integer:
                #expect(Int(cell) != nil, "\(column.key): \(cell)")
            case .code(let descriptor):
                let code = descriptor.parse(cell)
                #expect(code != nil, "\(column.key): \(cell)")
                #expect(code.flatMap(descriptor.ofstedForm(ofCode:)) == cell, "\(column.key): \(cell)")
            }
        }
    }

    @Test("every list has a fixture, full and sparse")
    func everyListCovered() {
        #expect(RecordFixtures.full.map { type(of: $0).list } == AnnexAList.allCases)
        #expect(RecordFixtures.sparse.map { type(of: $0).list } == AnnexAList.allCases)
    }

    @Test("a child in care row renders as Ofsted writes it")
    func childInCareCells() throws {
        let cells = RecordFixtures.full[7].ofstedCells
        #expect(Array(cells.prefix(7)) == ["C000123", "b) Female", "s) NOBT", "09/06/2014", "9", "a) Yes", "b) No"])
        let columns = AnnexAList.childrenInCare.columns.map(\.key)
        func cell(_ key: String) throws -> String { cells[try #require(columns.firstIndex(of: key))] }
        #expect(try cell("placement_type") == "zz) T4: Temporary placement - seven days or less")
        #expect(try cell("placement_provider") == "e) PR4: Private provision")
        #expect(try cell("legal_status") == "C2: FCO")
        #expect(try cell("category_of_need") == "N3 - Parental disability or illness")
        #expect(try cell("permanence_plan") == "g) other")
        #expect(try cell("reason_ceased_looked_after") == "u) X1: CodeError")
        #expect(try cell("date_ceased_looked_after") == "12/01/2024")
        #expect(try cell("placement_location") == "b) Out")
    }

    @Test("List 10 puts the family identifier second, List 11 renders fostering for adoption without a letter")
    func adoptionLayouts() {
        let adoption = RecordFixtures.full[9].ofstedCells
        #expect(Array(adoption.prefix(3)) == ["C000123", "F77", "b) Female"])
        let adopter = RecordFixtures.full[10].ofstedCells
        #expect(Array(adopter.prefix(6)) == ["A501", "AF9", "d) Not stated/recorded", "a) WBRI", "b) No", "Yes"])
        #expect(adopter.last == "2 - Process put on hold")
    }

    @Test("blank optional values render as empty cells")
    func blanks() {
        let cells = RecordFixtures.sparse[9].ofstedCells
        #expect(cells[1] == "") // family identifier
        #expect(cells[4] == "") // date of birth
        #expect(cells[5] == "") // age
        #expect(cells.suffix(7).allSatisfy { $0.isEmpty })
    }
}
