/// One conversation to place in the week: who takes part, how, and with which inspector.
public struct Conversation: Sendable, Hashable, Codable, Identifiable {
    /// What the conversation is for.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A practitioner about all of their sampled children.
        case practitioner
        /// A group session with foster carers.
        case fosterCarersGroup
        /// A child or young person who agreed, through their allocated worker.
        case childOrYoungPerson
    }

    /// Where it happens.
    public enum Mode: String, Sendable, Hashable, Codable {
        /// Needs a room.
        case inPerson
        /// Needs no room.
        case online
        /// Needs no room, but gets a free one when the slot has one left.
        case either
    }

    /// Stable id (the plugin's conversation key).
    public var id: String
    /// What it is for.
    public var kind: Kind
    /// The practitioner who takes part (for a child, the allocated worker who brings or connects
    /// them); `nil` for a foster carers' group session with no practitioner.
    public var practitionerID: String?
    /// The team manager invited, if the plan asks for one: they must be free and available too.
    public var managerID: String?
    /// In person, online or either.
    public var mode: Mode
    /// The inspector who tracks the child and so must hold it; `nil` when any inspector may.
    public var requiredInspectorID: String?

    /// A conversation; see the properties for each argument.
    public init(
        id: String, kind: Kind, practitionerID: String?, managerID: String? = nil, mode: Mode, requiredInspectorID: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.practitionerID = practitionerID
        self.managerID = managerID
        self.mode = mode
        self.requiredInspectorID = requiredInspectorID
    }

    /// The people besides the inspector who must be there (practitioner, then manager).
    public var participantIDs: [String] {
        var ids: [String] = []
        for id in [practitionerID, managerID].compactMap({ $0 }) where !ids.contains(id) { ids.append(id) }
        return ids
    }
}
