import Foundation
import Testing
@testable import DatelineKit

@Suite struct EventDebugTests {
    @Test func dump() throws {
        guard let path = ProcessInfo.processInfo.environment["EVENT_DEBUG"] else { return }
        Extractor().run(paths: [path]) { result in
            guard case .success(let record) = result else { return }
            let annotated = AnnotatedDocument(document: record.document, layers: record.layers)
            for f in EventFinder().find(in: annotated) {
                print("FOUND", f.action.name, f.weak ? "weak" : "", f.sources.map(\.name), "->", f.targets.map(\.name), f.date?.value ?? "-", f.modality, f.background, "|", annotated.text(of: f.trigger), "|", annotated.text(of: f.sentence).prefix(90))
            }
        }
    }
}
extension EventDebugTests {
    @Test func small() {
        guard ProcessInfo.processInfo.environment["EVENT_DEBUG"] != nil else { return }
        let trump = EntityReference(id: "Q22686", name: "Donald Trump", kind: .person)
        let doc = EventTestDocuments.document("Russian President Vladimir Putin and Chinese President Xi Jinping praised their growing partnership during a video call on Tuesday, hours after Donald Trump was inaugurated.", entities: ["Vladimir Putin": EventTestDocuments.putin, "Xi Jinping": EventTestDocuments.xi, "Donald Trump": trump])
        for f in EventFinder().find(in: doc) { print("SMALL", f.action.name, f.sources.map(\.name), f.targets.map(\.name)) }
        let scalars = Array(doc.document.text.unicodeScalars)
        let w = SentenceWords(scalars: scalars, range: 0..<scalars.count)
        print("SMALL words", w.words.map(\.text))
        print("SMALL clause", w.clause(around: 11))
    }
}
