import ArgumentParser
import Domain
import PluginKit
import WorkforceRegister

/// `ilacs-admin week move CONVERSATION --day D --at HH:MM [--inspector ID] [--room R | --online]`.
struct WeekMoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Move a planned conversation to another day, slot, inspector or room.",
        discussion: """
            The move must keep every hard rule of the plan: the day is a day on site, the time starts \
            one of the day's slots (the settings of the last `week plan`), the inspector is on the \
            team and is the children's tracking inspector when they have one, the practitioner (and \
            invited manager) works that day and is not on leave, nobody is booked twice, the \
            inspector stays within capacity, and an in-person conversation has a free room. \
            Otherwise nothing changes and the rule is named. The conversation's sequence is raised, \
            so its invitation is sent again; a later `week plan` keeps the booking.

            Examples:
              ilacs-admin week move 12 --day 2026-12-08 --at 10:00
              ilacs-admin week move 12 --day 2026-12-08 --at 14:00 --inspector 3 --room "Room 2"
              ilacs-admin week move 12 --day 2026-12-09 --at 09:00 --online
            """)

    @Argument(help: "The conversation's id (`ilacs-admin week show`).")
    var conversation: Int

    @Option(help: "The day.")
    var day: CalendarDate

    @Option(help: "The slot's start, HH:MM.")
    var at: String

    @Option(help: "The inspector's id (default: the tracking inspector, else the current one).")
    var inspector: Int?

    @Option(help: "The room (default: the current room when free, else the first free one).")
    var room: String?

    @Flag(help: "Online, in no room.")
    var online = false

    func validate() throws {
        if WeekSettings.minutes(at) == nil { throw ValidationError("--at: give a time as HH:MM") }
        if online && room != nil { throw ValidationError("--online: give either --room or --online, not both") }
    }

    func run() async throws {
        let check = MoveCheck(
            conversationID: conversation, day: day, at: WeekSettings.minutes(at) ?? 0, inspector: inspector.map(String.init), room: room, online: online)
        let booking = try await AdminRuntime.run(for: InspectionWeekPlugin.pluginName) { runtime in
            let register = WorkforceRegister(pool: runtime.pool)
            return try await runtime.pool.transaction { connection in
                try await WeekChanges.move(check, register: register, actor: runtime.actor, on: connection)
            }
        }
        var place = "online"
        if case .room(let name) = booking.place { place = name }
        print("Conversation \(conversation): \(booking.day.iso) \(booking.slot.label), inspector \(booking.inspectorID), \(place).")
    }
}
