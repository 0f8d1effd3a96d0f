import Testing
@testable import DatelineKit

@Suite struct EventFinderTests {
    typealias T = EventTestDocuments
    static let leaders: [String: EntityReference] = ["Putin": T.putin, "Vladimir Putin": T.putin, "Xi": T.xi, "Xi Jinping": T.xi]

    func names(_ event: ContactEvent, _ role: ContactEvent.Participant.Role? = nil) -> [String] {
        event.participants.filter { role == nil || $0.role == role }.map(\.entity.name)
    }

    @Test func congratulationDatedByItsTimex() {
        let doc = T.document("Russian President Vladimir Putin on Friday congratulated Xi Jinping on his appointment to a third term.",
                             published: "2023-03-10", entities: Self.leaders, timexes: [("on Friday", "2023-03-10")])
        let events = T.events(doc)
        #expect(events.count == 1)
        let event = events[0]
        #expect(event.type == "congratulation")
        #expect(event.cameo == "051" && event.plover == "SUPPORT")
        #expect(names(event, .source) == ["Vladimir Putin"])
        #expect(names(event, .target) == ["Xi Jinping"])
        #expect(event.date?.value == "2023-03-10")
        #expect(event.date?.basis?.contains("on Friday") == true)
        #expect(!event.background && event.modality == .asserted)
    }

    @Test func anInvitationIsDatedByItsMakingNotByWhatItInvitesTo() {
        let doc = T.document("Putin has accepted Xi's invitation to attend the Beijing Olympics in February 2022.",
                             published: "2021-12-15", entities: Self.leaders, timexes: [("February 2022", "2022-02")])
        let invitation = T.events(doc).first { $0.type == "invitation" }
        #expect(invitation?.date?.value == "2021-12-15", "\(String(describing: invitation?.date))")
        #expect(invitation?.date?.basis?.contains("publication") == true)
    }

    @Test func videoCallAndLaterCallAreOneContact() {
        let text = "Putin and Xi praised their partnership during a video call on Tuesday. The Chinese and Russian leaders emphasized their rapport during Tuesday's call."
        let events = T.events(T.document(text, published: "2025-01-21", entities: Self.leaders, timexes: [("on Tuesday", "2025-01-21")]))
        let calls = events.filter { $0.type == "video_call" || $0.type == "phone_call" }
        #expect(calls.count == 1)
        #expect(calls.first?.type == "video_call")
        #expect(Set(calls.first.map { names($0) } ?? []) == ["Vladimir Putin", "Xi Jinping"])
        #expect(calls.first?.evidence.count == 2)
        #expect(calls.first?.place == nil)
    }

    @Test func passiveWelcomeIsAStateVisitInBeijing() {
        let text = "Putin, whose delegation includes top officials, was welcomed by Xi at Beijing's Great Hall of the People, marking the start of Putin's two-day state visit."
        let events = T.events(T.document(text, entities: Self.leaders))
        let visit = events.first { $0.type == "state_visit" }
        #expect(visit != nil)
        #expect(Set(visit.map { names($0) } ?? []) == ["Vladimir Putin", "Xi Jinping"])
        #expect(visit?.place?.name == "Beijing" && visit?.place?.country == "CHN")
        #expect(visit?.date?.value == "2024-05-16")
        #expect(visit?.date?.basis?.contains("publication") == true)
        #expect(events.filter { $0.type == "state_visit" || $0.type == "visit" || $0.type == "meeting" }.count == 1)
    }

    @Test func backgroundMentionKeepsItsOwnDate() {
        let text = "Xi and Putin have met 36 times since 2013, including another videoconference last June."
        let events = T.events(T.document(text, published: "2021-12-15", entities: Self.leaders,
                                         timexes: [("2013", "2013"), ("last June", "2021-06")]))
        #expect(events.count == 1, "the tally of 36 meetings is not an event")
        #expect(events.first?.type == "video_call")
        #expect(events.first?.background == true)
        #expect(events.first?.date?.value == "2021-06")
        #expect(events.first?.date?.precision == .month)
    }

    @Test func plannedTalksAreNotTheVisit() {
        let text = "Putin has stated that he and Xi will discuss the war in informal talks later on Thursday evening."
        let events = T.events(T.document(text, entities: Self.leaders, timexes: [("later on Thursday evening", "2024-05-16TEV")]))
        #expect(events.first?.type == "meeting")
        #expect(events.first?.modality == .planned)
        #expect(events.first?.date?.value == "2024-05-16")
        #expect(events.first?.plover == "AGREE", "an announced meeting is coded as intent to meet")
    }

    @Test func theTwoLeadersSignAJointStatement() {
        let text = "Putin arrived in Beijing. Xi praised the ties between the two nations, which were formalized in a joint statement signed by the leaders."
        let events = T.events(T.document(text, entities: Self.leaders))
        let statement = events.first { $0.cameo == "057" }
        #expect(statement?.type == "statement")
        #expect(Set(statement.map { names($0) } ?? []) == ["Vladimir Putin", "Xi Jinping"])
        let praise = events.first { $0.cameo == "051" }
        #expect(praise.map { names($0, .source) } == ["Xi Jinping"])
    }

    @Test func talksOnWednesdayFoldIntoTheVideoconference() {
        let text = "Putin on Wednesday hailed ties with Beijing during talks with Chinese counterpart Xi Jinping. Putin spoke with Xi by videoconference for the second time this year. Putin's aide described the 1.5-hour call as friendly."
        let events = T.events(T.document(text, published: "2021-12-15", entities: Self.leaders,
                                         timexes: [("on Wednesday", "2021-12-15"), ("this year", "2021")]))
        let contacts = events.filter { ["video_call", "phone_call", "meeting"].contains($0.type) }
        #expect(contacts.count == 1)
        #expect(contacts.first?.type == "video_call")
        #expect(contacts.first?.date?.value == "2021-12-15")
        #expect(contacts.first?.date?.basis?.contains("Wednesday") == true)
    }

    @Test func negatedAllegedAndHypothetical() {
        let doc = T.document("Putin did not meet Xi in Moscow. Officials alleged that Russia attacked the convoy. Xi could visit Moscow if talks succeed.",
                             entities: ["Putin": T.putin, "Xi": T.xi, "Russia": T.russia])
        let events = T.events(doc)
        #expect(events.first { $0.type == "meeting" }?.modality == .negated)
        #expect(events.first { $0.type == "assault" }?.modality == .alleged)
        #expect(events.first { $0.type == "visit" }?.modality == .hypothetical)
    }

    @Test func quotedWordsAreSpeechNotEvents() {
        let doc = T.document("Putin said: \u{201C}We will meet Xi in Beijing and sign a treaty.\u{201D}", entities: Self.leaders)
        #expect(T.events(doc).isEmpty)
    }

    @Test func sanctionsAndThreatsCarryPloverCodes() {
        let doc = T.document("Russia threatened China with tariffs. China imposed new sanctions on Russia.",
                             entities: ["Russia": T.russia, "China": T.china])
        let events = T.events(doc)
        #expect(events.map(\.plover) == ["THREATEN", "SANCTION"])
        #expect(events.map(\.type) == ["threaten", "sanction"])
        #expect(events[1].participants.map(\.role) == [.source, .target])
    }

    @Test func noTextOffsetsOutsideTheDocument() {
        let text = String(repeating: "Putin met Xi, and ", count: 3000) + "\u{201C}"
        let events = T.events(T.document(text, entities: Self.leaders))
        let length = text.unicodeScalars.count
        #expect(events.allSatisfy { $0.evidence.allSatisfy { $0.start >= 0 && $0.end <= length } })
    }
}
