extension Double {
    /// The nearest whole number, halves away from zero.
    var roundedInt: Int { Int(rounded()) }
}
