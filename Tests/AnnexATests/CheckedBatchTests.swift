import Domain
import Foundation
import Tabular
import Testing

@testable import AnnexA

/// A batch of checked rows keeps every row's values in one array; each row reads and changes
/// only its own.
@Suite("Checked batches")
struct CheckedBatchTests {
    @Test("an age that disagrees with the date of birth is repaired in the row that has it, not in the batch's first row")
    func ageRepairedInItsOwnRow() throws {
        let list = AnnexAList.careLeavers
        let ageIndex = try #require(list.columns.firstIndex { $0.key == "age" })
        func row(_ child: String, age: String) -> [String] {
            list.columns.map { column in
                switch column.key {
                case "child_id": child
                case "date_of_birth": "01/01/2008"
                case "age": age
                default: ""
                }
            }
        }
        let path = AnnexAFixture.temporaryFolder() + ".csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let records = [list.columns.map(\.heading), row("A1", age: "18"), row("A2", age: "18"), row("A3", age: "5")]
        try Data(AnnexAFixture.csv(records)).write(to: URL(fileURLWithPath: path))

        let reader = try CSVReader(path: path)
        let (mapping, _) = try HeaderMapping.match(header: try #require(try reader.nextRecord()), list: list, source: "List_9.csv")
        var validator = RowValidator(mapping: mapping, source: "List_9.csv", strict: false, asOf: AnnexAFixture.asOf)
        var batch = CheckedBatch(width: validator.width, capacity: 3)
        var cells = CSVRecord()
        var number = 1
        while try reader.nextRecord(into: &cells) {
            number += 1
            batch.append(cells, number: number, validator: &validator)
        }

        #expect(batch.rows.map(\.number) == [2, 3, 4])
        let ages = batch.rows.indices.map { index -> Int? in
            guard case .integer(let age) = batch.row(at: index)[ageIndex] else { return nil }
            return age
        }
        #expect(ages == [18, 18, 18])
        // Each row's text lies in the batch's bytes where its own value says.
        let childID = try #require(list.columns.firstIndex { $0.key == "child_id" })
        let ids = batch.rows.indices.map { index in
            let row = batch.row(at: index)
            return row.withBytes(ofText: row[childID]) { String(decoding: $0, as: UTF8.self) }
        }
        #expect(ids == ["A1", "A2", "A3"])
        let repaired = batch.rows.map { row in row.validated.problems.contains { $0.kind == "age disagrees with date of birth" } }
        #expect(repaired == [false, false, true])
        #expect(batch.rows[2].validated.raw.contains { $0.key == "age" && $0.value == "5" })
    }
}
