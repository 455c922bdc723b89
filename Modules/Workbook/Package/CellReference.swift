/// Excel's A1-style cell references: column letters to a 0-based index and back.
enum CellReference {
    /// Excel's limits, which also bound how wide a row the reader will build.
    static let maximumColumns = 16_384
    static let maximumRows = 1_048_576

    /// The 0-based column of a reference such as `AB12` (or bare letters `AB`); nil when it
    /// does not start with letters or names a column past `XFD`.
    static func columnIndex(of reference: String) -> Int? {
        var index = 0
        var letters = 0
        for byte in reference.utf8 {
            let value: Int
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = Int(byte - UInt8(ascii: "a")) + 1
            default:
                guard letters > 0 else { return nil }
                return index <= maximumColumns ? index - 1 : nil
            }
            letters += 1
            // Three letters reach XFD; more can only overflow the limit, so stop early.
            guard letters <= 3 else { return nil }
            index = index * 26 + value
        }
        guard letters > 0, index <= maximumColumns else { return nil }
        return index - 1
    }

    /// The letters of the 0-based `column`: 0 is `A`, 26 is `AA`.
    static func letters(ofColumn column: Int) -> String {
        var remaining = column + 1
        var scalars: [Unicode.Scalar] = []
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit)))
            remaining = (remaining - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }
}
