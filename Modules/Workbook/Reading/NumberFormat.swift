/// Which number formats display a number as a date or time.
enum NumberFormat {
    /// Whether format `id`, whose code is `code` when the workbook defines it, shows a date or a
    /// time. A defined code wins over the built-in meaning of its id.
    static func isDateOrTime(id: Int, code: String?) -> Bool {
        if let code { return codeHasDateOrTimeTokens(code) }
        return builtInDateIDs.contains(id)
    }

    /// Built-in ids ECMA-376 gives date or time formats: 14–22 and 45–47 everywhere, 27–36 and
    /// 50–58 in East Asian locales, where Excel writes them without a code.
    private static let builtInDateIDs: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// Whether a format code has a day, month, year, hour or second token outside quoted text,
    /// brackets (colours, conditions, locales), escaped characters and padding or fill markers.
    /// Elapsed-time brackets such as `[h]` and `[mm]` count as time.
    static func codeHasDateOrTimeTokens(_ code: String) -> Bool {
        var characters = code.makeIterator()
        while let character = characters.next() {
            switch character {
            case "\"":
                while let quoted = characters.next(), quoted != "\"" {}
            case "\\", "_", "*":
                // The next character is shown literally, or is a padding width or fill character.
                _ = characters.next()
            case "[":
                var bracketed = ""
                while let inner = characters.next(), inner != "]" { bracketed.append(inner) }
                let lowered = bracketed.lowercased()
                if !lowered.isEmpty, lowered.allSatisfy({ "hms".contains($0) }) { return true }
            case "d", "D", "m", "M", "y", "Y", "h", "H", "s", "S":
                return true
            default:
                break
            }
        }
        return false
    }
}
