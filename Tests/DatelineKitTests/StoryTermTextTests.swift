import Foundation
import Testing
@testable import DatelineKit

/// A story's term texts as stored, and entity term hashes, read and built without per-Character work:
/// the results must be those of the plain string operations they replace.
@Suite struct StoryTermTextTests {
    /// The reading `SQLiteStoryRepository.names` replaced: lines split as Characters.
    static func namesByCharacters(_ text: String) -> [UInt64: String] {
        var names: [UInt64: String] = [:]
        for line in text.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t"), let term = UInt64(line[..<tab]) else { continue }
            names[term] = String(line[line.index(after: tab)...])
        }
        return names
    }

    @Test func namesReadBackAsWritten() {
        let names: [UInt64: String] = [1: "missile", UInt64.max: "Vladimir Putin", 42: "Zürich", 7: "tab\there", 9: "line\nbreak",
                                       13: "é\u{301}", 14: ""]
        let read = SQLiteStoryRepository.names(SQLiteStoryRepository.namesText(names))
        #expect(read.count == names.count && read == SQLiteStoryRepository.names(SQLiteStoryRepository.namesText(read)))
        #expect(read[1] == "missile" && read[UInt64.max] == "Vladimir Putin" && read[42] == "Zürich")
        #expect(read[7] == "tab here" && read[9] == "line break" && read[13] == "é\u{301}")
    }

    @Test func namesReadAsCharacterSplittingReadThem() {
        let texts = [
            "", "\n\n", "1\tone", "1\tone\n2\ttwo\n", "1\tone\r\n2\ttwo\n3\tthree", "x\tnot a term\n5\tfive",
            "6\tsix\tand more\n\n7\tseven\r\n", "8\t\u{301}accent\n9\t日本\n", "10 no tab\n11\televen", "+12\tplus\n-13\tminus",
            "14\tend\r", "\r\n15\tafter crlf", "16\ta\r\r\n17\tb",
        ]
        for text in texts {
            #expect(SQLiteStoryRepository.names(text) == Self.namesByCharacters(text), "\(text.debugDescription)")
        }
    }

    @Test func entityTermHashIsTheHashOfItsText() {
        for key in ["Q7747", "putin", "Émile Zola", "", "ENTITY:Straße", "日本"] {
            #expect(StoryTerms.hash(key, continuing: StoryTerms.entityPrefix) == StoryTerms.hash("entity:" + key))
        }
    }
}
