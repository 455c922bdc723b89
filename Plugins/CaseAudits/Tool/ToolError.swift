import CommandLineSupport

/// An audit tool file is wrong: the message names the file, the line and what to write instead.
public typealias ToolError = FileLineError
