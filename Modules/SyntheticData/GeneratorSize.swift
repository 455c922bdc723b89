/// How much synthetic data to generate: one small authority, one large county, or all of England.
///
/// The raw values are what `ilacs-admin generate --size` accepts.
public enum GeneratorSize: String, CaseIterable, Sendable {
    /// One small authority (Rutland's LA code, 857), a few thousand rows: for tests and demos.
    case small
    /// One large county like Nottinghamshire (LA 891): about 950 children in care and 40,000 rows.
    case county
    /// All 153 English authorities, sized to sum to the national figures: about 3 million rows.
    case england
}
