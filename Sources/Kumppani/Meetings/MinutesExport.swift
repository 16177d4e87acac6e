import Foundation

/// The minutes (*pöytäkirja*) laid out as Finnish bodies do: header, every § with its proposal,
/// decision and what was recorded, signature and checking blocks, attachments, amendments.
public enum MinutesExport {
    public static func blocks(_ doc: MeetingDocument, language: Language, texts: DocumentTexts? = nil) -> [DocumentBlock] {
        let l = L(language)
        let texts = texts ?? .single(language)
        var out: [DocumentBlock] = [.title(l["meetings.doc.minutes_title", doc.body.name, doc.meeting.numberText])]
        out.append(.heading(MeetingStore.statusLine(doc.meeting, language: language)))
        out.append(.fields(DocumentParts.header(doc, language: language, minutes: true)))
        for entry in doc.items {
            out += DocumentParts.itemBlocks(entry, doc: doc, language: language, minutes: true, texts: texts)
        }
        if !doc.goals.isEmpty { out += DocumentParts.goalsTable(doc.goals, language: language, texts: texts) }
        out.append(.signatures(intro: l["meetings.doc.in_witness"],
                               captions: [caption("sign_chair", doc.chair, l), caption("sign_secretary", doc.secretary, l)]))
        let checkers = doc.checkers + Array(repeating: "", count: max(0, 2 - doc.checkers.count))
        out.append(.heading(l["meetings.doc.checking"]))
        out.append(.signatures(intro: l["meetings.doc.checking_text"],
                               captions: [l["meetings.doc.place_date"]] + checkers.map { caption("sign_checker", $0, l) }))
        let attachments = doc.items.flatMap { e in e.attachments.map { (e.item.section, $0) } }
        if !attachments.isEmpty {
            out.append(.list(label: l["meetings.doc.attachments"], entries: attachments.map { section, a in
                DocumentBlock.Entry((section.map { "§ \($0): " } ?? "") + DocumentParts.attachmentText(a))
            }))
        }
        let amendments = doc.amendments + doc.items.flatMap(\.amendments)
        if !amendments.isEmpty {
            out.append(.heading(l["meetings.doc.amendments"]))
            out.append(.list(label: "", entries: amendments.map { a in
                let section = a.itemID.flatMap { id in doc.items.first { $0.item.id == id }?.item.section }
                let when = MeetingFormat.instant(a.at).map { MeetingFormat.date(MeetingFormat.helsinkiDate($0)) + " " + l["meetings.clock_stamp", MeetingFormat.time(MeetingFormat.helsinkiHHMM($0))] } ?? a.at
                // Time, who (when known) and which §, without empty fields between commas.
                let prefix = [when, a.osUser, section.map { "§ \($0)" } ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")
                return DocumentBlock.Entry(l["meetings.doc.amendment_entry", prefix, a.reason, a.text])
            }))
        }
        return out
    }

    /// "Name, role" under a signature line; just "Role" when nobody was chosen, so the line can be signed.
    static func caption(_ key: String, _ name: String, _ l: L) -> String {
        name.trimmingCharacters(in: .whitespaces).isEmpty ? l["meetings.doc.\(key)_blank"] : l["meetings.doc.\(key)", name]
    }

    public static func render(_ doc: MeetingDocument, format: DocumentFormat, language: Language = .fi) -> String {
        DocumentWriter.write(blocks(doc, language: language), format: format,
                             title: L(language)["meetings.doc.minutes_title", doc.body.name, doc.meeting.numberText],
                             print: doc.printHeader(L(language)["meetings.doc.print_minutes"]), language: language)
    }
}

/// The agenda (*esityslista*): header, members invited, every § with its background and proposal.
public enum AgendaExport {
    public static func blocks(_ doc: MeetingDocument, language: Language, texts: DocumentTexts? = nil) -> [DocumentBlock] {
        let l = L(language)
        let texts = texts ?? .single(language)
        var out: [DocumentBlock] = [.title(l["meetings.doc.agenda_title", doc.body.name, doc.meeting.numberText])]
        out.append(.heading(MeetingStore.statusLine(doc.meeting, language: language)))
        out.append(.fields(DocumentParts.header(doc, language: language, minutes: false)))
        for entry in doc.items {
            out += DocumentParts.itemBlocks(entry, doc: doc, language: language, minutes: false, texts: texts)
        }
        if !doc.goals.isEmpty { out += DocumentParts.goalsTable(doc.goals, language: language, texts: texts) }
        out.append(.signatures(intro: "", captions: [MinutesExport.caption("sign_chair", doc.chair, l)]))
        return out
    }

    public static func render(_ doc: MeetingDocument, format: DocumentFormat, language: Language = .fi) -> String {
        DocumentWriter.write(blocks(doc, language: language), format: format,
                             title: L(language)["meetings.doc.agenda_title", doc.body.name, doc.meeting.numberText],
                             print: doc.printHeader(L(language)["meetings.doc.print_agenda"]), language: language)
    }
}

extension MeetingStore {
    public func exportMinutes(meetingID: Int64, format: DocumentFormat, language: Language = .fi) throws -> String {
        MinutesExport.render(try document(meetingID: meetingID), format: format, language: language)
    }

    public func exportAgenda(meetingID: Int64, format: DocumentFormat, language: Language = .fi) throws -> String {
        AgendaExport.render(try document(meetingID: meetingID), format: format, language: language)
    }

    /// The minutes or agenda in the body's document language: one language, or Finnish with
    /// Swedish after each heading and text for a bilingual body.
    public func exportInBodyLanguage(meetingID: Int64, minutes: Bool, format: DocumentFormat) throws -> String {
        let doc = try document(meetingID: meetingID)
        let build: (Language, DocumentTexts?) -> [DocumentBlock] = {
            minutes ? MinutesExport.blocks(doc, language: $0, texts: $1) : AgendaExport.blocks(doc, language: $0, texts: $1)
        }
        let titleKey = minutes ? "meetings.doc.minutes_title" : "meetings.doc.agenda_title"
        guard doc.body.bilingual else {
            let language = doc.body.documentLanguage
            return DocumentWriter.write(build(language, nil), format: format, title: L(language)[titleKey, doc.body.name, doc.meeting.numberText])
        }
        let title = [Language.fi, .sv].map { L($0)[titleKey, doc.body.name, doc.meeting.numberText] }.joined(separator: " / ")
        return DocumentWriter.write(BilingualDocument.interleave(finnish: build(.fi, .bilingualFinnish), swedish: build(.sv, .bilingualSwedish)), format: format, title: title)
    }
}
