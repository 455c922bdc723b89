extension WorkbookError {
    /// Runs `work`, turning any error it throws into a `writeFailed` error that says `message`
    /// and keeps the original as ``detail``.
    static func whileWriting<Value>(
        _ file: String, sheet: String? = nil, _ message: String, _ work: () throws -> Value
    ) throws -> Value {
        do {
            return try work()
        } catch {
            throw WorkbookError(.writeFailed, file: file, sheet: sheet, message, detail: String(describing: error))
        }
    }
}
