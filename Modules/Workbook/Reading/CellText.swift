/// The text of one cell or shared string as the parser hands it over in pieces: the runs of
/// `<t>` (or the `<v>`) joined, bounded in size so one huge cell cannot exhaust memory.
struct CellText {
    /// The most UTF-8 bytes one cell may hold.
    static let maximumBytes = 64 << 20

    private var raw = ""
    private var isInRun = false

    /// Starts a new, empty text.
    mutating func reset() {
        raw = ""
        isInRun = false
    }

    /// Starts collecting: the parser is inside a `<t>` or `<v>`.
    mutating func beginRun() {
        isInRun = true
    }

    /// Stops collecting until the next run; text between runs is markup whitespace.
    mutating func endRun() {
        isInRun = false
    }

    /// Adds `piece` when a run is open. Returns false when the text passes ``maximumBytes``.
    mutating func append(_ piece: String) -> Bool {
        guard isInRun else { return true }
        raw += piece
        return raw.utf8.count <= Self.maximumBytes
    }

    /// The text with Excel's `_xHHHH_` escapes decoded.
    var value: String {
        EscapedText.decoding(raw)
    }
}
