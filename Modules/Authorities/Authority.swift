import Foundation

/// An English local authority with children's services, as the Department for Education's
/// published statistics name it.
///
/// ``oldCode`` is the three-digit "old LA code" (Nottinghamshire is 891) by which the DfE's files
/// and the statistical-neighbour model join authorities, and which `ILACS_AUTHORITY` takes.
public struct Authority: Sendable, Hashable, Codable {
    /// The three-digit old LA code, e.g. `891`.
    public let oldCode: String
    /// The nine-character ONS code of the latest published year, e.g. `E10000024`.
    public let newCode: String
    /// The name as the statistical-neighbour model writes it, e.g. `Nottinghamshire`.
    public let name: String
    /// The ONS code of its region (one of the nine English regions), e.g. `E12000004`.
    public let regionCode: String

    /// Creates an authority; the library's own table is ``england``.
    public init(oldCode: String, newCode: String, name: String, regionCode: String) {
        self.oldCode = oldCode
        self.newCode = newCode
        self.name = name
        self.regionCode = regionCode
    }

    /// The region's name, e.g. `East Midlands`.
    public var regionName: String { Self.regions[regionCode] ?? regionCode }

    /// The authority whose old LA code is `code` (surrounding spaces ignored).
    /// - Throws: ``UnknownAuthorityError`` naming the code and how to find the right one.
    public static func named(_ code: String) throws(UnknownAuthorityError) -> Authority {
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        guard let authority = byOldCode[trimmed] else { throw UnknownAuthorityError(code: trimmed) }
        return authority
    }

    private static let byOldCode = Dictionary(uniqueKeysWithValues: england.map { ($0.oldCode, $0) })
}

/// A code that is not the old LA code of an English authority with children's services.
public struct UnknownAuthorityError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The code as given.
    public let code: String

    public var description: String {
        "'\(code)' is not the old LA code of an English authority with children's services: use the three-digit "
            + "code of the DfE's statistics (891 is Nottinghamshire); `ilacs-admin authorities` lists all \(Authority.england.count)"
    }
}
