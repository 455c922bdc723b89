/// The precomputed spelling table of one code set: every accepted spelling, normalised, mapped to
/// its case, plus the cached Ofsted forms.
///
/// A class so that reading it from a code set's static costs one reference count, not one per table.
/// Each code set holds one as `public static let lookup = CodeSetLookup<Self>()`; Swift builds a
/// static `let` once, thread-safely, on first use. A spelling two cases share is dropped rather
/// than guessed, unless one case claims it more strongly (code, then code with label, then label,
/// then alias): so an old label reused as an alias never hides the current label.
public final class CodeSetLookup<Value: CodeSet>: Sendable {
    private let values: [Value]
    // Keyed by the spelling key's hash, with positions into `values`: dictionaries over concrete
    // types are specialised at compile time, and hashing the key while normalising it avoids
    // building a String per lookup.
    private let spellingsByHash: [UInt64: Spelling]
    let allowedForms: [String]

    /// Builds the table from the set's cases, labels and aliases.
    public init() {
        values = Array(Value.allCases)
        var claims: [[UInt8]: Claim] = [:]
        for (position, value) in values.enumerated() {
            func claim(_ spelling: String, _ strength: Strength) {
                Self.claim(SpellingKey.make(spelling), for: position, strength: strength, in: &claims)
            }
            claim(value.rawValue, .code)
            for label in [value.label] + value.aliases {
                claim("\(value.rawValue) \(label)", .codeAndLabel)
            }
            claim(value.label, .label)
            for alias in value.aliases {
                claim(alias, .alias)
            }
        }
        var spellingsByHash: [UInt64: Spelling] = [:]
        for (key, claim) in claims {
            guard let position = claim.position else { continue }
            let hash = key.withUnsafeBufferPointer(SpellingKey.hash(of:))
            // Two of a few hundred keys sharing a 64-bit hash is vanishingly unlikely; trap rather
            // than let a spelling silently stop parsing. The tests build every table.
            precondition(spellingsByHash[hash] == nil, "two spellings of \(Value.codeSetName) share a hash")
            spellingsByHash[hash] = Spelling(key: key, position: position)
        }
        self.spellingsByHash = spellingsByHash
        allowedForms = values.map(\.renderedOfstedForm)
    }

    func value(for text: String) -> Value? {
        position(of: text).map { values[$0] }
    }

    func ofstedForm(of value: Value) -> String {
        // A code is its own case's strongest spelling, so it is always in the table.
        allowedForms[position(of: value.rawValue)!]
    }

    private func position(of text: String) -> Int? {
        SpellingKey.withKey(of: text) { key, hash in
            guard let spelling = spellingsByHash[hash], spelling.matches(key) else { return nil }
            return spelling.position
        }
    }

    /// How strongly a spelling points at a case; a lower raw value is a stronger claim.
    private enum Strength: Int {
        case code, codeAndLabel, label, alias
    }

    /// Who holds a spelling: no position once two cases claimed it equally strongly.
    private struct Claim {
        let position: Int?
        let strength: Strength
    }

    private static func claim(
        _ key: [UInt8], for position: Int, strength: Strength, in claims: inout [[UInt8]: Claim]
    ) {
        guard !key.isEmpty else { return }
        if let held = claims[key] {
            if held.strength.rawValue < strength.rawValue { return }
            if held.strength == strength {
                if held.position != position { claims[key] = Claim(position: nil, strength: strength) }
                return
            }
        }
        claims[key] = Claim(position: position, strength: strength)
    }
}

/// A normalised spelling and the position of the case it names.
private struct Spelling: Sendable {
    let key: [UInt8]
    let position: Int

    /// A plain byte loop: the generic `elementsEqual` showed up in profiles of bulk parsing.
    func matches(_ other: UnsafeBufferPointer<UInt8>) -> Bool {
        key.withUnsafeBufferPointer { own in
            guard own.count == other.count else { return false }
            for index in own.indices where own[index] != other[index] { return false }
            return true
        }
    }
}
