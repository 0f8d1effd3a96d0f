import Foundation

/// A one-line progress bar on stderr, drawn only on a terminal and at most ~10 times a second.
final class ProgressBar {
    private let enabled: Bool
    private var lastDraw = DispatchTime(uptimeNanoseconds: 0)

    init(enabled: Bool) { self.enabled = enabled }

    func update(done: Int, total: Int, label: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        guard done == total || now.uptimeNanoseconds - lastDraw.uptimeNanoseconds > 100_000_000 else { return }
        lastDraw = now
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total) files  \(label)\u{1B}[K".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
