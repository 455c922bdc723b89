import ArgumentParser
struct GenerateCommand: AsyncParsableCommand {}
