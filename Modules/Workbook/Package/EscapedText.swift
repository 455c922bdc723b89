/// Excel's `_xHHHH_` escapes in cell text (ECMA-376 `ST_Xstring`).
///
/// Excel writes characters XML cannot carry, such as a carriage return in a cell, as `_x000D_`,
/// and a literal `_x` followed by four hex digits and `_` as `_x005F_x…`, so that it is not
/// mistaken for an escape.
enum EscapedText {
    /// `text` with every `_xHHHH_` escape replaced by its character. An escape for a code that
    /// is not a valid character is left as written.
    static func decoding(_ text: String) -> String {
        // Most cells have no escape; a byte scan for "_x" lets them skip the rebuild.
        var previous: UInt8 = 0
        guard
            text.utf8.contains(where: { byte in
                defer { previous = byte }
                return previous == UInt8(ascii: "_") && byte == UInt8(ascii: "x")
            })
        else { return text }
        let output = Array(text.utf8).withUnsafeBufferPointer { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                if let value = hexValue(bytes, at: index), let scalar = Unicode.Scalar(value) {
                    output.append(contentsOf: String(scalar).utf8)
                    index += 7
                } else {
                    output.append(bytes[index])
                    index += 1
                }
            }
            return output
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `bytes` at `index` hold something that reads as an escape (`_x` + 4 hex + `_`):
    /// a writer must escape its underscore so Excel shows the text as written.
    static func looksLikeEscape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        hexValue(bytes, at: index) != nil
    }

    private static func hexValue(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        guard index + 7 <= bytes.count, bytes[index] == UInt8(ascii: "_"),
            bytes[index + 1] == UInt8(ascii: "x"), bytes[index + 6] == UInt8(ascii: "_")
        else { return nil }
        var value: UInt32 = 0
        for byte in bytes[(index + 2)..<(index + 6)] {
            guard let digit = hexDigit(byte) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
