import Domain
import SyntheticData
import Testing

@Suite("Annex A format")
struct AnnexAFormatTests {
    @Test("each list's header is Ofsted's headings exactly", arguments: AnnexAList.allCases)
    func headings(list: AnnexAList) {
        #expect(GeneratedRun.small.list(list).table.header == list.columns.map(\.heading))
    }

    @Test("files are UTF-8 without a byte order mark, with \\n line ends")
    func encoding() {
        let run = GeneratedRun.small
        for file in run.summary.files {
            let bytes = GeneratedRun.bytes(of: run.directory + "/" + file.name)
            #expect(Array(bytes.prefix(3)) != [0xEF, 0xBB, 0xBF], "\(file.name) starts with a BOM")
            #expect(!bytes.contains(UInt8(ascii: "\r")), "\(file.name) has CR line ends")
            #expect(bytes.last == UInt8(ascii: "\n"))
            #expect(String(validating: bytes, as: UTF8.self) != nil, "\(file.name) is not UTF-8")
        }
    }

    @Test(
        "every cell is in its column's Ofsted form and required cells are filled",
        arguments: RunSize.allCases, AnnexAList.allCases)
    func cells(size: RunSize, list: AnnexAList) {
        let run = size.run
        let columns = list.columns
        var problems: [String] = []
        for (number, row) in run.list(list).table.rows.enumerated() {
            guard row.count == columns.count else {
                problems.append("row \(number + 1) has \(row.count) cells")
                continue
            }
            for (column, cell) in zip(columns, row) {
                if cell.isEmpty {
                    if column.required { problems.append("row \(number + 1): \(column.key) is blank") }
                    continue
                }
                switch column.kind {
                case .text:
                    break
                case .integer:
                    if Int(cell) == nil { problems.append("row \(number + 1): \(column.key) '\(cell)' is not a number") }
                case .date:
                    guard let date = CalendarDate.parse(cell), cell.count == 10 else {
                        problems.append("row \(number + 1): \(column.key) '\(cell)' is not DD/MM/YYYY")
                        continue
                    }
                    if date > run.asOf { problems.append("row \(number + 1): \(column.key) \(cell) is after as-of") }
                    if date.ddmmyyyy != cell { problems.append("row \(number + 1): \(column.key) '\(cell)' not DD/MM/YYYY") }
                case .code(let codeSet):
                    guard let code = codeSet.parse(cell) else {
                        problems.append("row \(number + 1): \(column.key) '\(cell)' is not a \(codeSet)")
                        continue
                    }
                    if codeSet.ofstedForm(ofCode: code) != cell {
                        problems.append("row \(number + 1): \(column.key) '\(cell)' is not in Ofsted's form")
                    }
                }
            }
        }
        #expect(Array(problems.prefix(10)) == [])
    }

    @Test("only contacts and referrals name unborn children, with age -1 and no date of birth")
    func unbornChildren() {
        let run = GeneratedRun.county
        for list in AnnexAList.allCases where list.hasChildID {
            let unborn = run.list(list).rows.filter { $0["age"] == "-1" }
            if list == .contacts || list == .referrals {
                #expect(!unborn.isEmpty, "\(list) has no unborn children")
                #expect(unborn.allSatisfy { $0["date_of_birth"].isEmpty && $0["gender"] == "c) Not stated/recorded (or unborn)" })
            } else {
                #expect(unborn.count == 0, "\(list) names unborn children")
            }
        }
    }
}
