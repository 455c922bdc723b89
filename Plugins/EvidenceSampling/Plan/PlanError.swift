import CommandLineSupport

/// A plan file is wrong: the message names the file, the line and what to write instead.
public typealias PlanError = FileLineError
