import Domain

/// A CSV file read into memory: just enough RFC 4180 (quoted fields, doubled quotes, embedded
/// commas and line breaks) to check what the generator wrote. Production code reads CSV elsewhere.
struct CSVTable: Sendable {
    let header: [String]
    let rows: [[String]]
    private let indexByHeading: [String: Int]

    /// Parses `bytes`; the first record is the header.
    init(bytes: [UInt8]) {
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var index = 0
        func endField() {
            record.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: "\"") {
                inQuotes = true
            } else if byte == UInt8(ascii: ",") {
                endField()
            } else if byte == UInt8(ascii: "\n") {
                endField()
                records.append(record)
                record = []
            } else {
                field.append(byte)
            }
            index += 1
        }
        if !field.isEmpty || !record.isEmpty {
            endField()
            records.append(record)
        }
        header = records.first ?? []
        rows = Array(records.dropFirst())
        indexByHeading = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The cells of the column headed `heading` (which must exist), one per row.
    func column(_ heading: String) -> [String] {
        let index = indexByHeading[heading]!
        return rows.map { $0[index] }
    }

    /// The position of the column headed `heading`.
    func index(of heading: String) -> Int {
        indexByHeading[heading]!
    }
}

/// An Annex A list's rows, read by column key (`child_id`, `case_status`) rather than heading.
struct ListTable: Sendable {
    let list: AnnexAList
    let table: CSVTable

    var rows: [ListRow] {
        table.rows.map { ListRow(cells: $0, list: list) }
    }
}

/// One row of an Annex A list, read by column key.
struct ListRow: Sendable {
    let cells: [String]
    let list: AnnexAList

    /// The cell of the column with `key`; the key must be one of the list's.
    subscript(key: String) -> String {
        cells[list.columns.firstIndex { $0.key == key }!]
    }

    /// The date in the column with `key`, or nil when blank.
    func date(_ key: String) -> CalendarDate? {
        let text = self[key]
        return text.isEmpty ? nil : CalendarDate.parse(text)
    }
}
