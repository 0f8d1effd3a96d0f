import Foundation

/// Locates DatelineKit's bundled resource files (knowledge base, lexicons).
public enum ResourceFiles {
    /// The `Resources` folder inside the DatelineKit bundle.
    public static var root: URL {
        Bundle.module.url(forResource: "Resources", withExtension: nil)
            ?? Bundle.module.bundleURL.appendingPathComponent("Resources")
    }

    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }
}
