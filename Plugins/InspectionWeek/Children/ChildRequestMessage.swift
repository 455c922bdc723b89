import Messaging

/// The message asking a sampled child's allocated worker whether the child would like to talk
/// to an inspector. It goes to the worker, never to the child, and names the child by case key only.
enum ChildRequestMessage {
    /// The message about case `caseKey` of inspection `inspectionID` to the worker at `address`.
    static func make(caseKey: String, address: String, inspectionID: Int) -> OutgoingMessage {
        let text = """
            Inspectors of children's services would like to hear from children and young people. \
            You are the allocated worker of the child or young person with case key \(caseKey).

            Please ask them, in the way that suits them, whether they would like to talk to an \
            inspector. It is their choice. Nobody will contact them directly: please do not forward \
            this message to them.

            Then tell the inspection coordinator:
            - whether they agreed to talk to an inspector;
            - how they would like to talk: in person, online, or with a trusted adult;
            - any access needs (an interpreter, a quiet room, a time after school).
            """
        return OutgoingMessage(
            kind: "child-request", dedupeKey: "child-request.\(inspectionID).\(caseKey)", recipient: address, suppressionKey: nil,
            group: WeekMail.group(inspectionID), subject: "Inspection: would the child or young person of case \(caseKey) like to talk to an inspector?",
            text: text, html: WeekMail.html(text))
    }
}
