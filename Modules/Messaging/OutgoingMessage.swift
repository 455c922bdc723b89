import Mail

/// One message a plugin hands to the outbox, already rendered.
///
/// The outbox records it against its owner (the plugin queuing it) and `kind`; `dedupeKey` is
/// unique per owner, so queuing the same message again adds nothing. Fields added later (extra
/// MIME parts, say) get defaults here, so callers written before them keep compiling.
public struct OutgoingMessage: Sendable, Equatable {
    /// What kind of message it is for its owner (`invitation`, `reminder`); shown in counts.
    public var kind: String
    /// The owner's key for this message: a second message with the same key is not queued.
    public var dedupeKey: String
    /// The address it goes to.
    public var recipient: String
    /// The owner's key for the subject it is about (a household id, say): while the owner has
    /// suppressed that key, the message is not sent. Nil: never suppressed.
    public var suppressionKey: String?
    /// The owner's label for a batch (`campaign-12`), for status counts; also named in the
    /// Message-ID. Letters, digits, `.`, `-` and `_` only.
    public var group: String?
    /// The subject line.
    public var subject: String
    /// The plain-text part.
    public var text: String
    /// The HTML part.
    public var html: String
    /// Header fields added after the standard ones (`List-Unsubscribe`, say). No personal data
    /// beyond what the message itself carries; values must be single lines.
    public var headers: [MailHeaderField]
    /// A meeting invitation or cancellation sent with the message (RFC 6047), if any. Each
    /// revision of an invitation is a message of its own: put the invitation's SEQUENCE in
    /// `dedupeKey` (`conversation-12.seq-3`), so an update or a cancellation is queued while
    /// queuing the same revision twice still adds nothing.
    public var calendar: MailCalendarPart?

    /// Describes a message; `headers` and `calendar` are optional.
    public init(
        kind: String, dedupeKey: String, recipient: String, suppressionKey: String?, group: String?,
        subject: String, text: String, html: String, headers: [MailHeaderField] = [], calendar: MailCalendarPart? = nil
    ) {
        self.kind = kind
        self.dedupeKey = dedupeKey
        self.recipient = recipient
        self.suppressionKey = suppressionKey
        self.group = group
        self.subject = subject
        self.text = text
        self.html = html
        self.headers = headers
        self.calendar = calendar
    }
}

/// One extra header field of a queued message.
public struct MailHeaderField: Sendable, Equatable, Codable {
    /// The field name (`List-Unsubscribe`).
    public var name: String
    /// The field's value, one line.
    public var value: String

    /// Creates the field.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// True when the field cannot spill into another: a name of printable ASCII without a colon,
    /// and a value without line breaks.
    var isWellFormed: Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && $0 != ":" }
            && !value.unicodeScalars.contains { $0 == "\r" || $0 == "\n" }
    }
}
