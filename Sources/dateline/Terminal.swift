import Foundation

/// Printing helpers for the command-line tool: problems to stderr, colour only on a terminal.
enum Terminal {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("dateline: \(message)\n".utf8))
    }

    static var isInteractive: Bool { isatty(STDOUT_FILENO) != 0 }
    static var stderrIsInteractive: Bool { isatty(STDERR_FILENO) != 0 }
}
