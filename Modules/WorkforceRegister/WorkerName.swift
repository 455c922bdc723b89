/// How an Annex A "Allocated Worker" name is compared with the register's names.
///
/// Two names match when they are equal after trimming, folding case and collapsing every run of
/// white space to one space: `" jane  SMITH "` matches `Jane Smith`. Nothing looser (no initials,
/// no reordering, no accents dropped): a near miss is a data-quality finding, not a guess.
public enum WorkerName {
    /// The form two names are compared in.
    public static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
