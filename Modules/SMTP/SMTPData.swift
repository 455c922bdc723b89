/// The DATA section of an SMTP transaction (RFC 5321 §4.5.2).
public enum SMTPData {
    /// `message` with CRLF line ends, every line starting with `.` given a second `.`, and the
    /// terminating `CRLF . CRLF`.
    public static func encode(_ message: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(message.count + message.count / 64 + 8)
        var atLineStart = true
        var previous: UInt8 = 0
        for byte in message {
            if byte == 10 && previous != 13 { output.append(13) }
            if atLineStart && byte == UInt8(ascii: ".") { output.append(byte) }
            output.append(byte)
            atLineStart = byte == 10
            previous = byte
        }
        if !atLineStart { output += [13, 10] }
        output += [UInt8(ascii: "."), 13, 10]
        return output
    }
}
