/// Type-erased access to a code set, for validation and export code that works column by column.
///
/// Two descriptors are equal when they name the same set (``CodeSet/codeSetName`` is unique).
/// Codes going in and out are stored codes, the code sets' raw values.
public struct CodeSetDescriptor: Sendable, Hashable, CustomStringConvertible {
    /// The set's human name, e.g. "Placement Type".
    public let name: String
    /// The Ofsted form of every value, in Ofsted's order.
    public let allowedForms: [String]
    /// The stored code of every value, in Ofsted's order.
    public let codes: [String]
    private let parseCode: @Sendable (String) -> String?
    private let renderCode: @Sendable (String) -> String?

    /// Describes the code set `type`.
    public init<Code: CodeSet>(_ type: Code.Type) {
        name = Code.codeSetName
        allowedForms = Code.allowedForms
        codes = Code.allCases.map(\.rawValue)
        parseCode = { Code.parse($0)?.rawValue }
        renderCode = { Code(rawValue: $0)?.ofstedForm }
    }

    /// The stored code for any real-world spelling (see ``CodeSet/parse(_:)``), or nil.
    public func parse(_ text: String) -> String? {
        parseCode(text)
    }

    /// The Ofsted form of a stored code, or nil when `code` is not exactly one of ``codes``.
    public func ofstedForm(ofCode code: String) -> String? {
        renderCode(code)
    }

    /// The set's name.
    public var description: String { name }

    /// Descriptors are equal when they describe the same set.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.name == rhs.name
    }

    /// Hashes the set's name, matching `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
    }
}
