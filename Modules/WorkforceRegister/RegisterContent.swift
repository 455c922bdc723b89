/// Everything one import puts in the register: it replaces what was there.
public struct RegisterContent: Sendable, Hashable {
    /// Every member of staff.
    public var staff: [StaffMember]
    /// Every period of leave.
    public var leave: [LeavePeriod]
    /// Every supervision.
    public var supervision: [SupervisionRecord]
    /// Every training course attended.
    public var training: [TrainingRecord]

    /// Creates the content of a register.
    public init(staff: [StaffMember], leave: [LeavePeriod] = [], supervision: [SupervisionRecord] = [], training: [TrainingRecord] = []) {
        self.staff = staff
        self.leave = leave
        self.supervision = supervision
        self.training = training
    }

    /// Rows per file, keyed `staff`, `leave`, `supervision`, `training`.
    public var counts: [String: Int] {
        ["staff": staff.count, "leave": leave.count, "supervision": supervision.count, "training": training.count]
    }
}
