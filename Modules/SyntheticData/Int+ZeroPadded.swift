extension Int {
    /// The number in decimal, left-padded with zeros to `width` digits, for identifiers like "891-000042".
    func zeroPadded(to width: Int) -> String {
        let digits = String(self)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
