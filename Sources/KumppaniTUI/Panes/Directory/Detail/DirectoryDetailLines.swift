import Kumppani

/// The detail view's text: every section of an association as wrapped, styled lines.
enum DirectoryDetailLines {
    struct Line: Equatable {
        var text: String
        var role: StyleRole
        /// The activity or role the line belongs to: the detail's selectable items.
        var item: DetailItem? = nil
    }

    static func make(_ d: AssociationDetail, width: Int, language: Language, today: String) -> [Line] {
        let l = L(language)
        var out: [Line] = []
        func heading(_ key: String) {
            if !out.isEmpty { out.append(Line(text: "", role: .normal)) }
            out.append(Line(text: l[key], role: .header))
        }
        var item: DetailItem?
        func text(_ s: String, _ role: StyleRole = .normal, indent: Int = 0) {
            let pad = String(repeating: " ", count: indent)
            for piece in TextLayout.wrap(s, width: max(8, width - indent)) { out.append(Line(text: pad + piece, role: role, item: item)) }
        }
        func field(_ key: String, _ value: String, _ role: StyleRole = .normal) {
            guard !value.isEmpty else { return }
            text("\(l[key]): \(value)", role)
        }
        let a = d.association
        out.append(Line(text: a.name, role: .title))
        heading("directory.detail.basics")
        field("directory.field.business_id", a.businessID ?? "")
        field("directory.field.register_number", a.registerNumber ?? "")
        field("directory.field.municipality", d.municipality?.name(language) ?? "")
        field("directory.field.wellbeing_county", d.municipality?.wellbeingCountyFI ?? "")
        field("directory.field.status", a.status.label(language), a.status == .dissolved ? .warning : .normal)
        field("directory.field.founded_year", a.foundedYear.map(String.init) ?? "")
        field("directory.detail.target_groups", d.targetGroups.map { $0.label(language) }.joined(separator: ", "))
        field("directory.detail.activity_kinds", d.activityKinds.map { $0.label(language) }.joined(separator: ", "))
        field("directory.field.lahella", a.lahellaListed ? l["common.yes"] : "")
        field("directory.detail.tags", d.tags.joined(separator: ", "))
        if !a.description.isEmpty { text(a.description, .dim) }

        heading("directory.detail.contacts")
        let address = [a.street, [a.postalCode, a.city].filter { !$0.isEmpty }.joined(separator: " ")].filter { !$0.isEmpty }
        field("directory.field.address", address.joined(separator: ", "))
        field("directory.field.phone", a.phone)
        field("directory.field.email", a.email)
        field("directory.field.website", a.website)
        for p in d.contacts where !(p.endOn.map { $0 < today } ?? false) {
            text("\(p.name) (\(p.kindLabel(language)))" + [p.phone, p.email].filter { !$0.isEmpty }.map { ", " + $0 }.joined())
        }

        heading("directory.detail.activities")
        if d.activities.isEmpty { text(l["directory.detail.none"], .dim) }
        for t in d.activities {
            item = .activity(t.id)
            defer { item = nil }
            text("• " + t.title + (t.kind.map { " (\($0.label(language)))" } ?? ""))
            let facts = [t.schedule, t.placeWithMunicipalities, t.cost]
                .filter { !$0.isEmpty }
            if !facts.isEmpty { text(facts.joined(separator: " · "), .dim, indent: 2) }
            if !t.targetGroups.isEmpty { text(t.targetGroups.map { $0.label(language) }.joined(separator: ", "), .dim, indent: 2) }
        }

        heading("directory.detail.people")
        if d.people.isEmpty { text(l["directory.detail.none"], .dim) }
        for p in d.people {
            item = .role(p.affiliationID)
            let ended = p.endOn.map { $0 < today } ?? false
            var dates = ""
            if p.startOn != nil || p.endOn != nil {
                dates = " (" + [p.startOn, p.endOn].map { $0.map { DirectoryFormat.date($0, language) } ?? "" }.joined(separator: "–") + ")"
            }
            text("\(p.name) – \(p.kindLabel(language))" + (p.title.isEmpty ? "" : ", \(p.title)") + dates
                 + (ended ? " " + l["directory.person.ended"] : ""), ended ? .dim : .normal)
            item = nil
        }

        heading("directory.detail.log")
        if d.contactLog.isEmpty { text(l["directory.detail.none"], .dim) }
        for e in d.contactLog {
            item = .logEntry(e.id)
            defer { item = nil }
            let due = e.isDue(today: today)
            var s = "\(DirectoryFormat.date(e.contactedOn, language)) \(e.kind.label(language))"
            if !e.note.isEmpty { s += ": \(e.note)" }
            text(s, due ? .highlight : .normal)
            if let f = e.followUpOn {
                let key = e.followUpDoneOn != nil ? "directory.detail.follow_up_done" : (due ? "directory.detail.follow_up_due" : "directory.detail.follow_up")
                text(l[key, DirectoryFormat.date(f, language)], due ? .highlight : .dim, indent: 2)
            }
        }

        heading("directory.detail.grants")
        if d.grants.isEmpty { text(l["directory.detail.none"], .dim) }
        for g in d.grants {
            let granted = g.grantedCents.map { " → " + Money(cents: $0).formatted(language) } ?? ""
            text("\(g.roundName): \(Money(cents: g.requestedCents).formatted(language))\(granted), \(g.stageLabel(language))")
        }

        heading("directory.detail.meetings")
        if d.meetingItems.isEmpty { text(l["directory.detail.none"], .dim) }
        for m in d.meetingItems {
            let section = m.sectionNumber.map { "§ \($0) " } ?? ""
            text("\(DirectoryFormat.date(m.heldOn, language)) \(m.bodyName): \(section)\(m.title)")
        }
        return out
    }
}

/// A selectable entry of the detail view.
enum DetailItem: Equatable, Hashable {
    case activity(Int64)
    /// A person's role, by affiliation id.
    case role(Int64)
    /// A contact-log entry, by id.
    case logEntry(Int64)
}

enum DirectoryFormat {
    static func date(_ iso: String, _ language: Language) -> String { CivilDate(iso: iso)?.formatted(language) ?? iso }
}
