import Foundation

extension GrantStore {
    /// Records one instalment. The reference must carry a valid check digit and the IBAN must be
    /// valid; the paid total may never exceed the grant. The first payment moves a decided grant to `paid`.
    @discardableResult
    public func addPayment(applicationID id: Int64, paidOn: CivilDate, amountCents: Int64, reference: String, iban: String,
                           language: Language = .fi) throws -> Int64 {
        try perform {
            let ref: ReferenceNumber
            switch ReferenceNumber.parse(reference) {
            case .success(let r): ref = r
            case .failure(let p): throw GrantProblem.invalidReference(p.message(language))
            }
            let account: IBAN
            switch IBAN.parse(iban) {
            case .success(let a): account = a
            case .failure(let p): throw GrantProblem.invalidIBAN(p.message(language))
            }
            return try audited {
                let s = try snapshot(applicationID: id)
                if let problem = StageRules.paymentProblem(amount: amountCents, s, paidOn: paidOn) { throw problem }
                let paymentID = try insertPayment(id, paidOn: paidOn, amount: amountCents, reference: ref.electronic,
                                                  iban: account.electronic, corrects: nil, reason: "")
                if s.application.stage == .decided { try setStage(id, from: .decided, to: .paid, note: "") }
                return paymentID
            }
        }
    }

    /// Corrects an instalment to the amount it should have been: a new row holding the difference,
    /// naming the instalment it corrects. The original row is never changed.
    @discardableResult
    public func correctPayment(paymentID: Int64, correctAmountCents: Int64, reason: String, on date: CivilDate) throws -> Int64 {
        try perform {
            if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw GrantProblem.correctionReasonMissing }
            if correctAmountCents < 0 { throw GrantProblem.negativeAmount }
            return try audited {
                guard let row = try db.queryOne("SELECT * FROM grant_payments WHERE id = ?", paymentID) else { throw GrantProblem.notFound }
                let original = Self.payment(from: row)
                // Corrections always name the instalment itself, so its amount in force is one sum.
                let rootID = original.correctsID ?? original.id
                guard let root = try db.queryOne("SELECT * FROM grant_payments WHERE id = ?", rootID).map(Self.payment(from:)) else {
                    throw GrantProblem.notFound
                }
                let inForce = try db.scalarInt("SELECT coalesce(sum(amount_cents), 0) FROM grant_payments WHERE id = ? OR corrects_id = ?",
                                               rootID, rootID) ?? 0
                let delta = correctAmountCents - inForce
                if delta == 0 { throw GrantProblem.paymentMustBePositive }
                let s = try snapshot(applicationID: root.applicationID)
                if let decided = s.firstDecidedOn ?? s.decision?.decidedOn, date < decided { throw GrantProblem.paymentBeforeDecision(paid: date, decided: decided) }
                let granted = s.decision?.grantedCents ?? 0
                let excess = s.netPaidCents + delta - granted
                if excess > 0 { throw GrantProblem.paymentOverGrant(excess: excess, granted: granted, paid: s.netPaidCents) }
                return try insertPayment(root.applicationID, paidOn: date, amount: delta, reference: root.reference, iban: root.iban,
                                         corrects: rootID, reason: reason)
            }
        }
    }

    /// All payment rows, each instalment followed by its corrections.
    public func payments(applicationID id: Int64) throws -> [GrantPayment] {
        try perform {
            let rows = try db.query("SELECT * FROM grant_payments WHERE application_id = ? ORDER BY paid_on, created_at", id)
                .map(Self.payment(from:))
            return Self.chainOrder(rows, id: \.id, corrects: \.correctsID)
        }
    }

    private func insertPayment(_ id: Int64, paidOn: CivilDate, amount: Int64, reference: String, iban: String,
                               corrects: Int64?, reason: String) throws -> Int64 {
        let paymentID = Store.newID()
        try db.run("""
            INSERT INTO grant_payments(id, application_id, paid_on, amount_cents, reference, iban, corrects_id, correction_reason,
                created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?)
            """, paymentID, id, paidOn, amount, reference, iban, corrects, reason, now, osUser)
        return paymentID
    }

    static func payment(from row: Row) -> GrantPayment {
        GrantPayment(id: row.int64("id") ?? 0, applicationID: row.int64("application_id") ?? 0,
                     paidOn: date(row, "paid_on") ?? CivilDate(dayNumber: 0), amountCents: row.int64("amount_cents") ?? 0,
                     reference: row.string("reference") ?? "", iban: row.string("iban") ?? "", correctsID: row.int64("corrects_id"),
                     correctionReason: row.string("correction_reason") ?? "", createdAt: row.string("created_at") ?? "",
                     createdBy: row.string("created_by") ?? "")
    }
}
