/// The RFC 5545 content-line rules the writer needs: TEXT escaping, quoted parameter values,
/// and folding at 75 octets.
enum ContentLine {
    /// `text` as an RFC 5545 TEXT value (section 3.3.11): backslash, semicolon and comma
    /// escaped, each line break (CRLF, CR or LF) written as `\n`, other control characters dropped.
    static func text(_ text: String) -> String {
        var output = ""
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\\": output += "\\\\"
            case ";": output += "\\;"
            case ",": output += "\\,"
            case "\r":
                output += "\\n"
                if pending == "\n" { pending = scalars.next() }
            case "\n": output += "\\n"
            default:
                if scalar.value >= 0x20 && scalar.value != 0x7F || scalar == "\t" { output.unicodeScalars.append(scalar) }
            }
        }
        return output
    }

    /// `value` as a quoted parameter value (section 3.2): a DQUOTE cannot appear inside one, so
    /// it becomes an apostrophe; control characters are dropped.
    static func quotedParameter(_ value: String) -> String {
        var output = "\""
        for scalar in value.unicodeScalars where scalar.value >= 0x20 && scalar.value != 0x7F || scalar == "\t" {
            output.unicodeScalars.append(scalar == "\"" ? "'" : scalar)
        }
        return output + "\""
    }

    /// `line` folded (section 3.1): no physical line longer than 75 octets, each continuation
    /// starting with one space, never splitting a UTF-8 sequence; every line ends with CRLF.
    static func folded(_ line: String) -> String {
        var output: [UInt8] = []
        var width = 0
        for scalar in line.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if width + bytes.count > 75 {
                output += [13, 10, 32]
                width = 1
            }
            output += bytes
            width += bytes.count
        }
        return String(decoding: output + [13, 10], as: UTF8.self)
    }
}
