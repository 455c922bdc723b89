import Foundation

extension HTTPRouteRequest {
    /// The fields of an `application/x-www-form-urlencoded` body, read by Foundation's
    /// `URLComponents` (`+` is a space, `%XX` decoded); a field named twice keeps its first
    /// value, a malformed body gives no fields. Never parse forms by hand.
    public var formFields: [String: String] {
        let text = String(decoding: body, as: UTF8.self).replacingOccurrences(of: "+", with: "%20")
        var fields: [String: String] = [:]
        // `URLComponents(string:)` refuses what is not a valid query, rather than trapping.
        for item in URLComponents(string: "?" + text)?.queryItems ?? [] where fields[item.name] == nil {
            fields[item.name] = item.value ?? ""
        }
        return fields
    }

    /// The value of cookie `name` in the `Cookie` header.
    public func cookie(_ name: String) -> String? {
        headers["cookie"]?.split(separator: ";").lazy.map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.hasPrefix(name + "=") }.map { String($0.dropFirst(name.count + 1)) }
    }
}
