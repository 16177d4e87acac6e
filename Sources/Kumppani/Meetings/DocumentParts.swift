import Foundation

/// The pieces the agenda and the minutes share.
enum DocumentParts {
    static func roleText(_ role: String, _ l: L) -> String {
        ["chair", "vice_chair", "deputy"].contains(role) ? l["meetings.role.\(role)"] : ""
    }

    static func personLine(_ p: MeetingDocument.Person, _ l: L) -> String {
        var parts = [p.name]
        if !p.deputyFor.isEmpty {
            parts.append(l["meetings.doc.deputy_for", p.deputyFor])
        } else {
            let role = roleText(p.role, l)
            if !role.isEmpty { parts.append(role) }
        }
        var line = parts.joined(separator: ", ")
        if !p.represents.isEmpty { line += " (\(p.represents))" }
        if !p.arrived.isEmpty { line += ", " + l["meetings.doc.arrived", p.arrived] }
        if !p.left.isEmpty { line += ", " + l["meetings.doc.left", p.left] }
        if !p.note.isEmpty { line += ", " + p.note }
        return line
    }

    static func header(_ doc: MeetingDocument, language: Language, minutes: Bool) -> [DocumentBlock.Field] {
        let l = L(language)
        let m = doc.meeting
        let (start, end) = doc.timeRange
        var time = MeetingFormat.date(m.heldOn)
        if !start.isEmpty { time += " " + l["meetings.clock_stamp", end.isEmpty ? start : "\(start)–\(end)"] }
        var place = m.place
        if !m.link.isEmpty { place += (place.isEmpty ? "" : ", ") + m.link }
        var fields: [DocumentBlock.Field] = doc.county.isEmpty ? [] : [.init(l["meetings.doc.county"], doc.county.headerLine(language))]
        fields += [DocumentBlock.Field(l["meetings.doc.body"], doc.body.name),
                      .init(l["meetings.doc.number"], m.numberText),
                      .init(l["meetings.doc.time"], time), .init(l["meetings.doc.place"], place)]
        let none = l["common.none"]
        if minutes {
            fields.append(.init(l["meetings.doc.present"], doc.present.isEmpty ? none : doc.present.map { personLine($0, l) }.joined(separator: "\n")))
            fields.append(.init(l["meetings.doc.absent"], doc.absent.isEmpty ? none : doc.absent.map { personLine($0, l) }.joined(separator: "\n")))
            fields.append(.init(l["meetings.doc.others"], doc.others.isEmpty ? none : doc.others.map { personLine($0, l) }.joined(separator: "\n")))
        } else {
            fields.append(.init(l["meetings.doc.invited"], doc.members.isEmpty ? none : doc.members.map { personLine($0, l) }.joined(separator: "\n")))
        }
        fields.append(.init(l["meetings.doc.chair"], doc.chair.isEmpty ? none : doc.chair))
        fields.append(.init(l["meetings.doc.secretary"], doc.secretary.isEmpty ? none : doc.secretary))
        if minutes && !doc.checkers.isEmpty { fields.append(.init(l["meetings.doc.checkers"], doc.checkers.joined(separator: ", "))) }
        return fields
    }

    static func attachmentText(_ a: Attachment) -> String {
        a.label.isEmpty ? a.target : "\(a.label) (\(a.target))"
    }

    static func actionText(_ a: MeetingAction, _ l: L) -> String {
        var t = a.text
        if !a.owner.isEmpty { t += " – " + a.owner }
        if let due = a.dueOn { t += ", " + l["meetings.doc.due", MeetingFormat.date(due)] }
        if let done = a.doneOn { t += " (" + l["meetings.doc.done", MeetingFormat.date(done)] + ")" }
        return t
    }

    static func itemBlocks(_ e: MeetingDocument.Item, doc: MeetingDocument, language: Language, minutes: Bool,
                           texts: DocumentTexts = .plain) -> [DocumentBlock] {
        let l = L(language)
        let item = e.item
        // The texts that can have a Swedish version beside the Finnish, as this document prints them.
        let background = texts.text(item, .background), proposal = texts.text(item, .proposal)
        let decision = texts.text(item, .decision)
        var out: [DocumentBlock] = [.section(number: item.section, title: texts.text(item, .title))]
        if !item.caseNumber.isEmpty { out.append(.labeled(l["decisions.list.case"], item.caseNumber)) }
        if item.kind == .information { out.append(.labeled(l["meetings.doc.kind"], l["meetings.kind.information"])) }
        if !item.preparer.isEmpty { out.append(.labeled(l["meetings.doc.preparer"], item.preparer)) }
        if !e.associations.isEmpty { out.append(.labeled(l["meetings.doc.associations"], e.associations.joined(separator: ", "))) }
        if !background.isEmpty { out.append(.labeled(l["meetings.doc.background"], background)) }
        if !e.followUp.isEmpty {
            out.append(.list(label: l["meetings.doc.follow_up"], entries: e.followUp.map { .init(actionText($0, l), struck: $0.isDone) }))
        }
        if !proposal.isEmpty { out.append(.labeled(l["meetings.doc.proposal"], proposal)) }
        if minutes {
            if !e.disqualifications.isEmpty {
                out.append(.list(label: l["meetings.doc.disqualified"], entries: e.disqualifications.map {
                    .init($0.reason.isEmpty ? $0.personName : "\($0.personName): \($0.reason)")
                }))
            }
            if !item.discussion.isEmpty { out.append(.labeled(l["meetings.doc.discussion"], item.discussion)) }
            if !e.counterProposals.isEmpty {
                out.append(.list(label: l["meetings.doc.counter_proposals"], entries: e.counterProposals.map { c in
                    var t = c.text
                    if !c.proposer.isEmpty { t += " " + l["meetings.doc.proposed_by", c.proposer] }
                    t += c.seconder.isEmpty ? l["meetings.doc.not_seconded"] : l["meetings.doc.seconded_by", c.seconder]
                    if !c.outcome.isEmpty { t += " " + l["meetings.doc.outcome.\(c.outcome)"] }
                    return .init(t)
                }))
            }
            if !item.counterProposalsText.isEmpty { out.append(.labeled(l["meetings.doc.counter_proposals"], item.counterProposalsText)) }
            if item.hasVote {
                var v = l["meetings.doc.vote_line", item.voteFor ?? 0, item.voteAgainst ?? 0, item.voteAbstain ?? 0]
                if !item.voteNames.isEmpty { v += "\n" + item.voteNames }
                out.append(.labeled(l["meetings.doc.vote"], v))
            }
            out.append(.labeled(l["meetings.doc.decision"], decision.isEmpty ? l["common.none"] : decision))
            if !e.grantDecisions.isEmpty {
                // What the § decided, from the decision rows themselves: per applicant and in total.
                let money = { (c: Int64) in Money(cents: c).formatted(language) }
                let total = e.grantDecisions.reduce(Int64(0)) { $0 + $1.decision.grantedCents }
                out.append(.list(label: l["decisions.doc.granted_in_section", e.grantDecisions.count, money(total)],
                                 entries: e.grantDecisions.map { .init("\($0.applicant): \($0.decision.outcome.label(language)) \(money($0.decision.grantedCents))") }))
            }
            if !item.dissent.isEmpty { out.append(.labeled(l["meetings.doc.dissent"], item.dissent)) }
            if !e.actions.isEmpty {
                out.append(.list(label: l["meetings.doc.actions"], entries: e.actions.map { .init(actionText($0, l), struck: $0.isDone) }))
            }
        }
        if !e.attachments.isEmpty {
            out.append(.list(label: l["meetings.doc.item_attachments"], entries: e.attachments.map { .init(attachmentText($0)) }))
        }
        return out
    }

    static func goalsTable(_ goals: [NegotiationGoal], language: Language, texts: DocumentTexts = .plain) -> [DocumentBlock] {
        let l = L(language)
        return [.heading(l["meetings.doc.goals_table"]),
                .table(headers: [l["meetings.goal.goal"], l["meetings.goal.measures"], l["meetings.goal.responsible"],
                                 l["meetings.goal.indicator"], l["meetings.goal.status"]],
                       rows: goals.map { [texts.goalText($0, measures: false), texts.goalText($0, measures: true), $0.responsible, $0.indicator, l["meetings.goal.status.\($0.status.rawValue)"]] })]
    }
}
