/// Decoding of Windows-1252, the encoding Excel uses for plain "CSV" on UK Windows.
enum Windows1252 {
    /// Unicode scalars for bytes 0x80–0x9F; nil where Windows-1252 leaves a byte undefined.
    private static let high: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178
    ]

    /// True when every byte has a character in Windows-1252.
    static func canDecode(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 < 0x80 || $0 > 0x9F || high[Int($0) - 0x80] != nil }
    }

    /// Decodes `bytes`.
    /// - Throws: `TabularError` naming the record when a byte is undefined in Windows-1252.
    static func decode(_ bytes: [UInt8], file: String, record: Int) throws -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80 && byte <= 0x9F {
                guard let value = high[Int(byte) - 0x80], let scalar = Unicode.Scalar(value) else {
                    throw TabularError(file: file, record: record, "a byte is not valid Windows-1252 text; save the file as \"CSV UTF-8\"")
                }
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }
}
