/// Writes cell text and sheet names into XML as UTF-8 bytes.
enum XMLEscaping {
    /// Appends `text` to `output`, safe inside an element or a double-quoted attribute:
    /// - `& < > " '` become entity references;
    /// - characters XML 1.0 forbids (control characters other than tab, line feed and carriage
    ///   return; U+FFFE and U+FFFF) are dropped, since no XML parser would read the file;
    /// - a carriage return is written `&#13;`, since a parser turns a literal CR LF into LF;
    /// - an underscore that would read as Excel's `_xHHHH_` escape is itself escaped
    ///   (`_x005F_`), so Excel shows the text as written.
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): output.append(contentsOf: "&apos;".utf8)
                case 0x0D: output.append(contentsOf: "&#13;".utf8)
                case 0x09, 0x0A: output.append(byte)
                case ..<0x20: break
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                    // U+FFFE or U+FFFF: UTF-8 EF BF BE / EF BF BF.
                    index += 2
                case UInt8(ascii: "_") where EscapedText.looksLikeEscape(bytes, at: index):
                    output.append(contentsOf: "_x005F_".utf8)
                default: output.append(byte)
                }
                index += 1
            }
        }
    }

    /// Whether `text` starts or ends with whitespace, which Excel drops unless the element
    /// says `xml:space="preserve"`.
    static func needsPreservedSpace(_ text: String) -> Bool {
        let whitespace: [UInt8] = [0x20, 0x09, 0x0A, 0x0D]
        guard let first = text.utf8.first, let last = text.utf8.last else { return false }
        return whitespace.contains(first) || whitespace.contains(last)
    }
}
