extension String {
    /// The string padded with spaces to `width` characters, for aligned columns in command output.
    public func padded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
