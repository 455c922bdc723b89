import ArgumentParser

/// How a child or young person would like to talk to an inspector, as their allocated worker
/// recorded it: `--way in-person|online|with-trusted-adult`.
enum ChildWay: String, Sendable, CaseIterable, ExpressibleByArgument {
    case inPerson = "in-person"
    case online
    case withTrustedAdult = "with-trusted-adult"

    /// The value stored in `week_child_requests.way`.
    var stored: String {
        switch self {
        case .inPerson: "in_person"
        case .online: "online"
        case .withTrustedAdult: "with_trusted_adult"
        }
    }

    /// The conversation's mode: online only when the child asked for it; in person (with a
    /// trusted adult there, when asked) otherwise, as `week plan` reads the requests.
    var mode: String {
        self == .online ? "online" : "in_person"
    }
}
