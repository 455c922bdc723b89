import Foundation

/// The encodings an RFC 5322 / MIME message needs: quoted-printable bodies, RFC 2047 header
/// words, and the RFC 5322 date.
public enum MIMEEncoding {
    /// `text` as quoted-printable UTF-8 (RFC 2045): CRLF line ends, lines of at most 76
    /// characters with soft breaks, `=`, control characters, non-ASCII bytes and whitespace at
    /// a line's end encoded. A line starting with `.` is left as it is: SMTP dot-stuffs it.
    public static func quotedPrintable(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() {
            if number > 0 { output += [13, 10] }
            let bytes = Array(line.utf8)
            var width = 0
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                let plain = (byte >= 33 && byte <= 126 && byte != 61) || ((byte == 32 || byte == 9) && !isLast)
                let piece: [UInt8] = plain ? [byte] : [61, hex[Int(byte >> 4)], hex[Int(byte & 15)]]
                // Keep room for the soft break's "=" unless this is the line's last piece.
                if width + piece.count > (isLast ? 76 : 75) {
                    output += [61, 13, 10]
                    width = 0
                }
                output += piece
                width += piece.count
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `text` as one or more RFC 2047 `=?UTF-8?B?...?=` words when it is not plain ASCII, else as is.
    public static func encodedWord(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value != 0x7F }) else { return text }
        // Each word carries at most 45 bytes (60 base64 characters), split between characters.
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    /// `date` in the RFC 5322 form, in UTC: `Tue, 08 Dec 2026 18:00:00 +0000`.
    public static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
