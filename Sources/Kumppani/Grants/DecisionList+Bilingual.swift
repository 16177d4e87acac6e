import Foundation

/// The decision list in its body's document language (issue 17): one language, or for a
/// bilingual body Finnish first with the Swedish after each heading and text, laid out by the
/// same blocks and writers as the bilingual minutes.
extension DecisionList {
    /// The list as blocks in one language: the bilingual document pairs two of these.
    func blocks(_ language: Language) -> [DocumentBlock] {
        let l = L(language)
        let money = { (c: Int64) in Money(cents: c).formatted(language) }
        let header = headerLines(language)
        var out: [DocumentBlock] = [.title(title(language)), .heading(header[0])]
        out.append(.list(label: "", entries: header.dropFirst().map { DocumentBlock.Entry($0) }))
        out.append(.table(headers: headers(language), rows: lines.map { cells($0, language, money: money) } + [totals(language, money: money)]))
        if !conflicts.isEmpty {
            out.append(.list(label: l["grants.list.conflicts"], entries: conflicts.map { .init("\($0.personName) — \($0.associationName): \($0.reason)") }))
        }
        if isDecided && !appealInstructions.isEmpty {
            out += [.heading(l["decisions.appeal.heading"]), .labeled("", appealInstructions)]
        }
        return out
    }

    /// The round's decision list as its deciding body prints it: a bilingual body's in both
    /// languages, any other in the body's language (Finnish without a body).
    public static func inBodyLanguage(store: Store, roundID: Int64, format: Format) throws -> String {
        let round = try GrantStore(store: store).round(id: roundID)
        let body = try round.decidingBodyID.flatMap { try MeetingStore(store: store).body($0) }
        guard let body, body.bilingual else {
            let language = body?.documentLanguage ?? .fi
            return try build(store: store, roundID: roundID, language: language).rendered(format, language)
        }
        let fi = try build(store: store, roundID: roundID, language: .fi), sv = try build(store: store, roundID: roundID, language: .sv)
        if format == .csv {
            // One header row naming each column in both languages; the cells as the Finnish list has them.
            let money = { (c: Int64) in Money(cents: c).editable(.fi) }
            let header = zip(fi.headers(.fi), sv.headers(.sv)).map { BilingualDocument.pair($0, $1) }
            return CSVText.document([header] + fi.lines.map { fi.cells($0, .fi, money: money) } + [fi.totals(.fi, money: money)])
        }
        let blocks = BilingualDocument.interleave(finnish: fi.blocks(.fi), swedish: sv.blocks(.sv))
        let title = [fi.title(.fi), sv.title(.sv)].joined(separator: " / ")
        let document: DocumentFormat = format == .html ? .html : .md
        return DocumentWriter.write(blocks, format: document, title: title, print: fi.printHeader(.fi), language: .fi)
    }
}

extension DecisionLetter {
    /// The language a decision letter is written in (issue 17): the recipient's. An association
    /// written to in Swedish or English gets its letter so; one left at the default, Finnish, gets
    /// it in the deciding body's document language (a Swedish body writes Swedish).
    public static func recipientLanguage(store: Store, applicationID: Int64) throws -> Language {
        let grants = GrantStore(store: store)
        let app = try grants.application(id: applicationID)
        let own = try DirectoryStore(store: store).correspondenceLanguage(of: app.associationID)
        if own != .fi { return own }
        let bodyID = try grants.decisionInForce(applicationID: applicationID)?.bodyID ?? grants.round(id: app.roundID).decidingBodyID
        return try bodyID.flatMap { try MeetingStore(store: store).body($0)?.documentLanguage } ?? .fi
    }

    /// The letter in the recipient's language.
    public static func inRecipientLanguage(store: Store, applicationID: Int64, format: Format) throws -> String {
        let language = try recipientLanguage(store: store, applicationID: applicationID)
        return try build(store: store, applicationID: applicationID, language: language).rendered(format, language)
    }
}
